/// Splits a paragraph into sentences, surviving honorifics and initials
/// ("Mr.", "Gov.", "U.S."), decimals, ellipses inside a sentence, and
/// closing quotes after the full stop.
public enum SentenceSplitter {
    /// The sentences of `paragraph`, trimmed of spaces, verbatim otherwise.
    /// Works on Unicode scalars (no grapheme breaking); a combining mark counts as part of
    /// the word it follows.
    /// - Parameter abbreviations: words whose full stop ends no sentence (a language profile's list).
    public static func split(_ paragraph: String, abbreviations: Set<String> = LanguageProfile.english.abbreviations) -> [String] {
        var paragraph = paragraph
        return paragraph.withUTF8 { bytes in
            ranges(in: bytes, abbreviations: abbreviations).map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self) }
        }
    }

    /// Where the sentences of a paragraph's bytes (valid UTF-8) are: byte ranges, each starting
    /// and ending on a scalar, trimmed of spaces. Read straight from the bytes, decoding a
    /// scalar only where a byte is not ASCII.
    static func ranges(in bytes: UnsafeBufferPointer<UInt8>, abbreviations: Set<String>) -> [Range<Int>] {
        let count = bytes.count
        var sentences = [Range<Int>]()
        func append(_ lower: Int, _ upper: Int) {
            var lower = lower, upper = upper
            while lower < upper, bytes[lower] == 0x20 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
            if lower < upper { sentences.append(lower..<upper) }
        }
        var start = 0
        var i = 0
        while i < count {
            let (c, width) = UTF8Scalars.scalar(at: i, in: bytes)
            if c == "." || c == "!" || c == "?" || c == "…" {
                var end = i + width
                while end < count, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "!") || bytes[end] == UInt8(ascii: "?") {
                    end += 1
                }
                while end < count {
                    let (next, nextWidth) = UTF8Scalars.scalar(at: end, in: bytes)
                    guard isClosing(next) else { break }
                    end += nextWidth
                }
                // Footnote markers after the stop ("… on June 4.[5] Yusov said") end with it.
                while end < count, bytes[end] == UInt8(ascii: "[") {
                    var close = end + 1
                    while close < count, close - end <= 4, bytes[close] >= 0x30, bytes[close] <= 0x39 { close += 1 }
                    guard close > end + 1, close < count, bytes[close] == UInt8(ascii: "]") else { break }
                    end = close + 1
                }
                if isBoundary(bytes, period: i, after: end, abbreviations: abbreviations) {
                    append(start, end)
                    start = end
                }
                i = end
            } else {
                i += width
            }
        }
        append(start, count)
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

    /// The scalar that ends just before byte `i` (the start of a scalar, > 0) and its width.
    @inline(__always) private static func scalar(before i: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Unicode.Scalar, Int) {
        var start = i - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (UTF8Scalars.scalar(at: start, in: bytes).0, i - start)
    }

    /// A boundary needs whitespace then an uppercase letter, digit or opening quote,
    /// and the word before the stop must not be an abbreviation or an initial.
    private static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, period: Int, after end: Int, abbreviations: Set<String>) -> Bool {
        let count = bytes.count
        guard end < count, UTF8Scalars.scalar(at: end, in: bytes).0.isSpaceLike else { return end >= count }
        var next = end
        while next < count {
            let (c, width) = UTF8Scalars.scalar(at: next, in: bytes)
            guard c.isSpaceLike else { break }
            next += width
        }
        guard next < count else { return true }
        let n = UTF8Scalars.scalar(at: next, in: bytes).0
        guard isUppercaseOrDigit(n) || isOpening(n) else { return false }
        guard bytes[period] == UInt8(ascii: ".") else { return true }
        var wordStart = period
        while wordStart > 0 {
            let (c, width) = scalar(before: wordStart, in: bytes)
            guard isWordPart(c) || c == "." else { break }
            wordStart -= width
        }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<period]), as: UTF8.self).lowercased()
        if abbreviations.contains(word) { return false }
        // Initials and dotted acronyms: "U.S.", "J. Smith".
        if word.count == 1 || word.contains(".") { return false }
        return true
    }
}
