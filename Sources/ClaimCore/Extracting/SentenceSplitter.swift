/// Splits a paragraph into sentences, surviving honorifics and initials
/// ("Mr.", "Gov.", "U.S."), decimals, ellipses inside a sentence, and
/// closing quotes after the full stop.
public enum SentenceSplitter {
    /// The sentences of `paragraph`, trimmed of spaces, verbatim otherwise.
    /// Works on Unicode scalars (no grapheme breaking); a combining mark counts as part of
    /// the word it follows.
    /// - Parameter abbreviations: words whose full stop ends no sentence (a language profile's list).
    public static func split(_ paragraph: String, abbreviations: Set<String> = LanguageProfile.english.abbreviations) -> [String] {
        let chars = Array(paragraph.unicodeScalars)
        // Where each scalar starts in the UTF-8 bytes, so a sentence is copied out as bytes.
        let bytes = Array(paragraph.utf8)
        var offsets = [Int]()
        offsets.reserveCapacity(chars.count + 1)
        var offset = 0
        for c in chars {
            offsets.append(offset)
            offset += UTF8.width(c)
        }
        offsets.append(offset)
        func append(_ range: Range<Int>, to sentences: inout [String]) {
            var lower = range.lowerBound, upper = range.upperBound
            while lower < upper, chars[lower] == " " { lower += 1 }
            while upper > lower, chars[upper - 1] == " " { upper -= 1 }
            if lower < upper { sentences.append(String(decoding: bytes[offsets[lower]..<offsets[upper]], as: UTF8.self)) }
        }
        var sentences = [String]()
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "!" || c == "?" || c == "…" {
                var end = i + 1
                while end < chars.count, chars[end] == "." || chars[end] == "!" || chars[end] == "?" { end += 1 }
                while end < chars.count, isClosing(chars[end]) { end += 1 }
                // Footnote markers after the stop ("… on June 4.[5] Yusov said") end with it.
                while end < chars.count, chars[end] == "[" {
                    var close = end + 1
                    while close < chars.count, close - end <= 4, chars[close].value >= 0x30, chars[close].value <= 0x39 { close += 1 }
                    guard close > end + 1, close < chars.count, chars[close] == "]" else { break }
                    end = close + 1
                }
                if isBoundary(chars, period: i, after: end, abbreviations: abbreviations) {
                    append(start..<end, to: &sentences)
                    start = end
                }
                i = end
            } else {
                i += 1
            }
        }
        append(start..<chars.count, to: &sentences)
        return sentences
    }

    @inline(__always) private static func isClosing(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "\u{00BB}"
    }

    @inline(__always) private static func isOpening(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201C}" || c == "\u{2018}" || c == "\u{00AB}" || c == "("
    }

    @inline(__always) private static func isUppercaseOrDigit(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x30 && c.value <= 0x39) }
        if c.value >= 0x400 && c.value <= 0x45F { return c.value <= 0x42F }
        return c.properties.isUppercase || c.properties.numericType != nil
    }

    /// A letter of a word, or a mark combining with one.
    @inline(__always) private static func isWordPart(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
        if c.isCyrillicLetter { return true }
        return c.properties.isAlphabetic || c.isCombiningMark
    }

    /// A boundary needs whitespace then an uppercase letter, digit or opening quote,
    /// and the word before the stop must not be an abbreviation or an initial.
    private static func isBoundary(_ chars: [Unicode.Scalar], period: Int, after end: Int, abbreviations: Set<String>) -> Bool {
        guard end < chars.count, chars[end].isSpaceLike else { return end >= chars.count }
        var next = end
        while next < chars.count && chars[next].isSpaceLike { next += 1 }
        guard next < chars.count else { return true }
        let n = chars[next]
        guard isUppercaseOrDigit(n) || isOpening(n) else { return false }
        guard chars[period] == "." else { return true }
        var wordStart = period
        while wordStart > 0, isWordPart(chars[wordStart - 1]) || chars[wordStart - 1] == "." { wordStart -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: chars[wordStart..<period])
        let word = String(view).lowercased()
        if abbreviations.contains(word) { return false }
        // Initials and dotted acronyms: "U.S.", "J. Smith".
        if word.count == 1 || word.contains(".") { return false }
        return true
    }
}
