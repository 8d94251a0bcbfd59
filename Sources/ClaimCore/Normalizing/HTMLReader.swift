/// Reads a saved HTML page: metadata from `<meta>`, `<time>` and JSON-LD,
/// body text from `<article>` (else `<main>`, else `<body>`), with page
/// chrome (script, style, nav, header, footer, aside, form) dropped.
///
/// A small forgiving tokenizer rather than a DOM: unclosed tags, stray `<`
/// and bad nesting degrade to text, never to an error.
struct HTMLReader {
    struct Result {
        var title: String?
        var paragraphs: [String]
        var outlet: String?
        var published: String?
        var url: String?
        /// The tokens before the article's container (empty when the page has no `<article>`
        /// or `<main>`), read only when asked (`leading`).
        var leadingTokens: ArraySlice<HTMLToken> = []

        /// Visible text before the article's container (a masthead's "Monday 22 May 2023"):
        /// where a page prints its date when no tag carries it.
        var leading: [String] { HTMLReader().paragraphs(leadingTokens, skipping: nil, dropping: HTMLReader.invisible) }
    }

    /// Elements whose whole content is page chrome, not article text.
    static let dropped: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "template", "button", "select",
        "iframe", "figure",
    ]
    /// Elements whose content is never shown.
    static let invisible: Set<String> = ["script", "style", "noscript", "svg", "template"]
    /// Elements that end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "section", "article", "main",
        "blockquote", "figcaption", "dd", "dt", "hr", "table", "body", "title",
    ]

    func read(_ html: String) -> Result {
        let tokens = HTMLTokenizer(html).tokens()
        var result = Result(title: nil, paragraphs: [], outlet: nil, published: nil, url: nil)
        var headline: String?
        for (index, token) in tokens.enumerated() {
            guard case .tag(let name, let attributes, false) = token else { continue }
            switch name {
            case "meta":
                let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"] ?? "").lowercased()
                let content = attributes["content"].map(HTMLEntities.decode)
                switch key {
                case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date":
                    result.published = result.published ?? content
                case "og:site_name", "application-name": result.outlet = result.outlet ?? content
                case "og:title": headline = headline ?? content
                case "og:url": result.url = result.url ?? content
                default: break
                }
            case "link" where attributes["rel"]?.lowercased() == "canonical":
                result.url = result.url ?? attributes["href"]
            case "time":
                result.published = result.published ?? attributes["datetime"]
            case "script" where attributes["type"]?.lowercased() == "application/ld+json":
                if case .text(let json)? = tokens[safe: index + 1] {
                    result.published = result.published ?? JSONLD.value(of: "datePublished", in: json)
                }
            case "h1" where headline == nil:
                headline = textUntilClose(tokens, from: index + 1, name: "h1")
            case "title" where result.title == nil:
                result.title = textUntilClose(tokens, from: index + 1, name: "title")
            default: break
            }
        }
        // The visible h1 is the headline; <title> often carries " | Outlet".
        result.title = headline ?? result.title
        let scope = contentScope(tokens)
        result.paragraphs = paragraphs(tokens[scope], skipping: result.title, dropping: Self.dropped)
        result.leadingTokens = tokens[..<scope.lowerBound]
        return result
    }

    private func textUntilClose(_ tokens: [HTMLToken], from start: Int, name: String) -> String? {
        var text = ""
        var i = start
        while i < tokens.count {
            switch tokens[i] {
            case .text(let t): text += t
            case .tag(let n, _, true) where n == name: i = tokens.count
            default: break
            }
            i += 1
        }
        let clean = PlainTextReader.collapseSpaces(HTMLEntities.decode(text))
        return clean.isEmpty ? nil : clean
    }

    /// Text of `tokens`, split at block boundaries, without the content of `dropping` elements.
    private func paragraphs(_ tokens: ArraySlice<HTMLToken>, skipping title: String?, dropping: Set<String>) -> [String] {
        var out = [String]()
        var current = ""
        var droppedDepth = 0
        var droppedName = ""
        func flush() {
            let text = PlainTextReader.collapseSpaces(HTMLEntities.decode(current))
            if !text.isEmpty && text != title { out.append(text) }
            current = ""
        }
        for token in tokens {
            switch token {
            case .text(let t) where droppedDepth == 0: current += t
            case .tag(let name, _, let closing):
                if droppedDepth > 0 {
                    if name == droppedName { droppedDepth += closing ? -1 : 1 }
                    continue
                }
                if !closing && dropping.contains(name) {
                    flush()
                    droppedDepth = 1
                    droppedName = name
                } else if Self.blocks.contains(name) {
                    flush()
                }
            default: break
            }
        }
        flush()
        return out
    }

    /// The token range inside the first `<article>`, else `<main>`, else everything.
    private func contentScope(_ tokens: [HTMLToken]) -> Range<Int> {
        for container in ["article", "main"] {
            guard let open = tokens.firstIndex(where: { $0.isTag(container, closing: false) }) else { continue }
            let close = tokens[open...].lastIndex(where: { $0.isTag(container, closing: true) }) ?? tokens.count
            return (open + 1)..<close
        }
        return 0..<tokens.count
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

/// Finds a top-level string value in a JSON-LD blob without a full parse.
enum JSONLD {
    static func value(of key: String, in json: String) -> String? {
        guard let keyRange = json.firstRange(of: "\"\(key)\"") else { return nil }
        let rest = json[keyRange.upperBound...].drop { $0 == " " || $0 == ":" || $0 == "\n" || $0 == "\t" }
        guard rest.first == "\"" else { return nil }
        return String(rest.dropFirst().prefix { $0 != "\"" })
    }
}
