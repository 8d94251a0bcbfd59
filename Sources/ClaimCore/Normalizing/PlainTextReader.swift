/// Reads scraped plain text: blocks separated by blank lines become
/// paragraphs; the headline is the first substantial line before the body;
/// page chrome and trailing sidebars are removed by `Boilerplate`.
struct PlainTextReader {
    struct Result {
        var title: String?
        var paragraphs: [String]
    }

    /// Page chrome and byline words of the languages loaded.
    var boilerplate = Boilerplate(words: .builtIn)

    func read(_ text: String) -> Result {
        // Menus are recognised before spaces are collapsed: their items are
        // separated by runs of spaces, tabs, pipes or breadcrumb arrows.
        // Split as bytes: "\n" is a grapheme of its own (line ends are normalized to it), so
        // this is the Character split without walking grapheme clusters.
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { bytes -> String in
            let raw = Substring(bytes)
            let line = Self.collapseSpaces(raw)
            return Self.isMenu(raw: raw, collapsed: line) ? "" : line
        }
        var paragraphs = [String]()
        var block = [String]()
        func flush() {
            guard !block.isEmpty else { return }
            // Long lines are paragraphs of their own (scrapers keep one per line);
            // short consecutive lines are a hard-wrapped paragraph only when they do not
            // look like a list of links or labels.
            // So are lines of a page or a scan wrapped at a narrower width when at least half of
            // them go on in lower case (a list of headlines or posts starts each line anew).
            let goingOn = block.dropFirst().count { $0.first?.isLowercase == true }
            let wrapped = block.count > 1 && goingOn * 2 >= block.count - 1 && block.dropLast().allSatisfy { $0.count >= 30 }
            if (block.count > 1 && block.allSatisfy({ $0.count > 60 }) && block.dropLast().allSatisfy({ !$0.endsSentence })) || wrapped {
                paragraphs.append(Self.joinWrapped(block))
            } else {
                paragraphs.append(contentsOf: block)
            }
            block = []
        }
        for line in lines {
            if line.isEmpty { flush() } else { block.append(line) }
        }
        flush()
        let body = boilerplate.strip(paragraphs)
        return Self.splitTitle(body, words: boilerplate.words)
    }

    /// Wrapped lines as one paragraph. A word broken at a line end with a hyphen ("про-" then
    /// "никла") is mended: the hyphen goes when either piece is shorter than five letters (a
    /// syllable break), stays when both are words of their own ("диверсионно-" then
    /// "разведывательная", "cross-" then "border"); the next line must go on in lower case.
    static func joinWrapped(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            guard !out.isEmpty else {
                out = line
                continue
            }
            // The letters before a line-end hyphen, when the next line goes on in lower case.
            let head = out.last == "-" && line.first?.isLowercase == true ? out.dropLast().reversed().prefix { $0.isLetter }.count : 0
            guard head > 0 else {
                out += " " + line
                continue
            }
            if head < 5 || line.prefix(while: \.isLetter).count < 5 { out.removeLast() }
            out += line
        }
        return out
    }

    /// The headline is the first line of at least four words that is not a
    /// sentence of the body and comes before the first long paragraph.
    static func splitTitle(_ paragraphs: [String], words bylines: PageWords) -> Result {
        for (index, line) in paragraphs.enumerated() {
            let words = line.split(separator: " ").count
            if words >= 20 { break }
            if words >= 4 && !line.hasSuffix(".") && !DatelineParser.looksLikeByline(line, words: bylines) {
                var rest = paragraphs
                rest.remove(at: index)
                return Result(title: line, paragraphs: rest)
            }
        }
        return Result(title: nil, paragraphs: paragraphs)
    }

    /// A line of navigation items: several separators and no sentence end.
    static func isMenu(raw: Substring, collapsed: String) -> Bool {
        // `collapsed` has single spaces and no space at either end: words are spaces + 1.
        guard !collapsed.endsSentence, collapsed.utf8.lazy.filter({ $0 == 0x20 }).count < 16 else { return false }
        return raw.utf8.withContiguousStorageIfAvailable { Self.hasMenuSeparator($0) } ?? Self.hasMenuSeparator(Array(raw.utf8))
    }

    /// Three spaces, a tab, or " | " / " > " twice ("Home | News | World"): one pipe is a
    /// digest's entry heading ("03:58 | Russian Volunteer Corps"), not a menu.
    private static func hasMenuSeparator(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
        var spaces = 0
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        var pipes = 0
        for byte in bytes {
            if byte == 0x09 { return true }
            if byte == 0x20 {
                spaces += 1
                if spaces == 3 { return true }
                if beforePrevious == 0x20 && (previous == UInt8(ascii: "|") || previous == UInt8(ascii: ">")) {
                    pipes += 1
                    if pipes == 2 { return true }
                }
            } else {
                spaces = 0
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// Collapses runs of whitespace (including NBSP) to one space and trims.
    static func collapseSpaces(_ text: some StringProtocol) -> String {
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            // Byte by byte: a String's bytes are valid UTF-8, so a scalar is decoded only
            // where a byte is not ASCII (to ask whether it is a space like NBSP).
            var i = 0
            while i < bytes.count {
                let (scalar, width) = UTF8Scalars.scalar(at: i, in: bytes)
                if scalar.isSpaceLike {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    for k in i..<(i + width) { out.append(bytes[k]) }
                }
                i += width
            }
        }
        if copied == nil {
            for scalar in text.unicodeScalars {
                if scalar.isSpaceLike {
                    pendingSpace = !out.isEmpty
                } else {
                    if pendingSpace { out.append(0x20) }
                    pendingSpace = false
                    out.appendUTF8(scalar)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// True when the text ends like a sentence (., !, ?, or a closing quote after one).
    /// Read from the end by scalars: every mark asked about is one scalar, and a scalar that
    /// combines with one of them makes a Character that is none of them either way.
    var endsSentence: Bool {
        for scalar in unicodeScalars.reversed() {
            switch scalar {
            case "\"", "'", "”", "’", ")", "»": continue
            case ".", "!", "?", "…": return true
            default: return false
            }
        }
        return false
    }
}
