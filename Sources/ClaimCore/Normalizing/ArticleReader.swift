/// Bytes and a file name in, a `NormalizedArticle` out: the first stage of
/// the pipeline that `run` and `scan` share.
///
/// The format is told by content (a JSON record, an HTML document, else
/// plain text), the extension only breaks ties. The publication day comes
/// from the document's metadata, its dateline, or a date in its URL; when
/// none exists the caller's fallback (the file's mtime) is used and marked
/// inferred.
public struct ArticleReader: Sendable {
    /// Files larger than this are rejected before decoding.
    public var maxBytes: Int
    /// Removes page chrome with the words of the languages loaded (`page.tsv`, `dates.tsv`).
    private let boilerplate: Boilerplate
    /// Page chrome, byline and month words of the languages loaded.
    public var words: PageWords { boilerplate.words }

    public init(maxBytes: Int = 8 << 20, words: PageWords = .builtIn) {
        self.maxBytes = maxBytes
        boilerplate = Boilerplate(words: words)
    }

    /// Reads one article.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - fileName: the display name, used for format ties and carried into the article.
    ///   - fallbackDate: the day to assume when the article states none (the file's mtime).
    /// - Throws: `ArticleError` when the bytes are not an article.
    public func read(_ bytes: [UInt8], fileName: String, fallbackDate: Day?) throws(ArticleError) -> NormalizedArticle {
        guard !bytes.isEmpty else { throw .empty }
        guard bytes.count <= maxBytes else { throw .tooLarge(size: bytes.count, limit: maxBytes) }
        // Control and invisible format characters go before anything reads the text (raw ones
        // here; ones that HTML entities or JSON escapes spell out once those are decoded, below).
        // A JSON record is parsed as it came: cleaning its raw text could remove an escape
        // sequence's worth of quotes and commas and change its structure. Its strings are
        // cleaned once decoded.
        let raw = try TextDecoding.decode(bytes).text
        var sanitizer = TextSanitizer()
        let text = sanitizer.clean(raw)
        let format = Self.detectFormat(text, fileName: fileName)
        var title: String?
        var paragraphs: [String]
        var outlet: String?
        /// The document's date fields, tried in turn (a record's "time": "18:45" is no date).
        var dateTexts = [String]()
        var url: String?
        /// Where a dateline can stand: the first lines of a text, the visible text of a page.
        var head: String?
        /// A page's head is made only when no date field dates it (its masthead is read then).
        var htmlPage: HTMLReader.Result?
        var header: String?
        switch format {
        case .json:
            sanitizer = TextSanitizer()
            var record = try JSONArticleReader().read(raw)
            // A separator inside the body (U+2028, NEL) becomes a space: it stands inside a sentence
            // far more often than between paragraphs, which a scraper writes as "\n\n".
            record.text = sanitizer.clean(TextDecoding.normalizeLineEnds(record.text), lineBreak: " ")
            let body = PlainTextReader(boilerplate: boilerplate).read(record.text)
            (title, paragraphs, outlet, dateTexts, url) = (record.title ?? body.title, body.paragraphs, record.outlet, record.dates, record.url)
            // A record with no usable date field may print a dateline in its text, as a page does.
            head = String(record.text.prefix(1200))
            if record.title != nil, let bodyTitle = body.title { paragraphs.insert(bodyTitle, at: 0) }
            // The record's lead, kept apart from its body, opens the text unless the body repeats
            // it, compared folded (cleaned below with the other fields).
            var scratch = TextSanitizer()
            if let lead = record.standfirst, !TextFolding.fold(record.text).contains(TextFolding.fold(scratch.clean(lead, lineBreak: " "))) {
                paragraphs.insert(lead, at: 0)
            }
        case .html:
            let page = HTMLReader().read(text)
            (title, paragraphs, outlet, url) = (page.title, boilerplate.strip(page.paragraphs), page.outlet, page.url)
            dateTexts = page.published.map { [$0] } ?? []
            htmlPage = page
        case .plainText:
            let plain = PlainTextReader(boilerplate: boilerplate).read(text)
            (title, paragraphs) = (plain.title, plain.paragraphs)
            head = String(text.prefix(1200))
            header = Self.firstLine(of: text, mayBe: { _ in true }) { !$0.isEmpty }
            // A saved page's address on a line of its own (a footer or a header) is its URL.
            url = Self.firstLine(of: text, mayBe: Self.mayStartWithHTTP) {
                ($0.hasPrefix("https://") || $0.hasPrefix("http://")) && !$0.contains(" ")
            }
        }
        // Plain text's fields are cut from the cleaned text and decode nothing: no second pass.
        if format != .plainText {
            func clean(_ field: String) -> String { sanitizer.clean(field, lineBreak: " ") }
            title = title.map(clean)
            paragraphs = paragraphs.map(clean)
            (outlet, dateTexts, url) = (outlet.map(clean), dateTexts.map(clean), url.map(clean))
        }
        guard paragraphs.contains(where: { !Boilerplate.hasAtMostThreeWords($0) }) || title != nil else { throw .noText }
        func day(in text: String) -> Day? { Day(iso: text) ?? DatelineParser.firstDate(in: text, months: words.months) }
        var published = dateTexts.lazy.compactMap(day(in:)).first
        // A page's first lines, then the masthead before its article.
        if published == nil, let htmlPage { head = (htmlPage.paragraphs.prefix(8) + htmlPage.leading.prefix(12)).joined(separator: "\n") }
        if published == nil, let head { published = DatelineParser.firstDate(in: head, months: words.months) }
        if published == nil, let url { published = DatelineParser.dateInURL(url) }
        var inferred = published == nil && fallbackDate != nil
        // "MOSCOW, March 2 (Wire) -": a wire dateline without its year.
        if published == nil, let head, let fallbackDate, let dateline = DatelineParser.yearlessDateline(in: head, words: words, notAfter: fallbackDate) {
            published = dateline.day
            inferred = !dateline.confirmed
        }
        var article = NormalizedArticle(
            fileName: fileName, format: format, title: title, paragraphs: paragraphs, outlet: outlet,
            published: published ?? fallbackDate, isPublishedInferred: inferred, url: url,
            removedCharacters: sanitizer.removed)
        article.header = header.flatMap { $0.count <= 80 ? $0 : nil }
        return article
    }

    /// The first line of `text`, trimmed of tabs, carriage returns and spaces, that `accept`
    /// takes. Lines are found as bytes (the reader's text has no CR left, `TextDecoding`, so "\n"
    /// is a grapheme of its own) and stop at the first taken, so a long text is not split whole; `mayBe` sees a line's bytes first and
    /// says whether its trimmed form could be taken (a line it refuses is not made a String).
    static func firstLine(of text: String, mayBe: (Substring.UTF8View) -> Bool, _ accept: (String) -> Bool) -> String? {
        let bytes = text.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            if start < end {
                let line = text[start..<end]
                if mayBe(line.utf8) {
                    let trimmed = String(line).trimmingCharacters(in: "\t\r")
                    if accept(trimmed) { return trimmed }
                }
            }
            start = end < bytes.endIndex ? bytes.index(after: end) : end
        }
        return nil
    }

    /// Whether a line's bytes, past leading spaces and tabs, start "http": a line whose
    /// trimmed form starts "http://" or "https://" always does.
    static func mayStartWithHTTP(_ line: Substring.UTF8View) -> Bool {
        let rest = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        return rest.starts(with: "http".utf8)
    }

    /// The format by content: a JSON object or array, a document starting with markup, else text.
    public static func detectFormat(_ text: String, fileName: String) -> ArticleFormat {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.first == "{" || (start.first == "[" && start.dropFirst().drop { $0.isWhitespace }.first == "{") {
            return .json
        }
        let head = Array(start.prefix(512).lowercased().utf8)
        if head.starts(with: "<!doctype html".utf8) || head.starts(with: "<html".utf8) || head.containsSequence(Array("<body".utf8))
            || head.containsSequence(Array("<head".utf8))
            || (head.first == UInt8(ascii: "<") && fileName.lowercased().hasSuffix("html"))
        {
            return .html
        }
        return .plainText
    }
}
