/// Splits a paragraph into sentences, surviving honorifics and initials
/// ("Mr.", "Gov.", "U.S."), decimals, ellipses inside a sentence, and
/// closing quotes after the full stop.
public enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "st", "sen", "rep", "pres", "prof",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "approx",
        "inc", "ltd", "co", "corp", "dept", "est", "fig", "vol",
    ]

    /// The sentences of `paragraph`, trimmed, verbatim otherwise.
    public static func split(_ paragraph: String) -> [String] {
        let chars = Array(paragraph)
        var sentences = [String]()
        var start = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "." || c == "!" || c == "?" || c == "…" {
                var end = i + 1
                while end < chars.count, chars[end] == "." || chars[end] == "!" || chars[end] == "?" { end += 1 }
                while end < chars.count, "\"'”’)»".contains(chars[end]) { end += 1 }
                if isBoundary(chars, period: i, after: end) {
                    append(chars[start..<end], to: &sentences)
                    start = end
                }
                i = end
            } else {
                i += 1
            }
        }
        append(chars[start..<chars.count], to: &sentences)
        return sentences
    }

    private static func append(_ slice: ArraySlice<Character>, to sentences: inout [String]) {
        let text = String(slice).trimmingCharacters(in: "")
        if !text.isEmpty { sentences.append(text) }
    }

    /// A boundary needs whitespace then an uppercase letter, digit or opening quote,
    /// and the word before the stop must not be an abbreviation or an initial.
    private static func isBoundary(_ chars: [Character], period: Int, after end: Int) -> Bool {
        guard end < chars.count, chars[end].isWhitespace else { return end >= chars.count }
        var next = end
        while next < chars.count && chars[next].isWhitespace { next += 1 }
        guard next < chars.count else { return true }
        let n = chars[next]
        guard n.isUppercase || n.isNumber || "\"'“‘«(".contains(n) else { return false }
        guard chars[period] == "." else { return true }
        var wordStart = period
        while wordStart > 0, chars[wordStart - 1].isLetter || chars[wordStart - 1] == "." { wordStart -= 1 }
        let word = String(chars[wordStart..<period]).lowercased()
        if abbreviations.contains(word) { return false }
        // Initials and dotted acronyms: "U.S.", "J. Smith".
        if word.count == 1 || word.contains(".") { return false }
        return true
    }
}
