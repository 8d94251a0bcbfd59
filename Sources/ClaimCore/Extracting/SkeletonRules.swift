/// The spelling skeleton rules of the fuzzy name matcher (`Config/skeleton.tsv`): letter
/// sequences and what they become, applied in order, so that the usual transliteration
/// differences (kh/h/g, zh/z, yo/io/ë → e, y/j → i, w → v…) vanish before two spellings
/// are compared. Data, so a new romanization is a line, not a code change.
public struct SkeletonRules: Sendable, Hashable {
    /// Letters and what they become.
    struct Rule: Sendable, Hashable {
        var from: [Unicode.Scalar]
        var to: [Unicode.Scalar]
    }
    let replacements: [Rule]
    /// Turns a word of another script into Latin letters before the rules apply (a language
    /// profile's `transliteration`, bound from ICU), so that "Тёткино" and "Tyotkino" meet.
    private(set) var transliteration: (any Transliteration)?

    /// These rules, with non-Latin words first transliterated by `transliteration`.
    public func transliterating(with transliteration: (any Transliteration)?) -> SkeletonRules {
        var out = self
        out.transliteration = transliteration
        return out
    }

    public static func == (lhs: SkeletonRules, rhs: SkeletonRules) -> Bool {
        lhs.replacements == rhs.replacements && lhs.transliteration?.name == rhs.transliteration?.name
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(replacements) }

    /// Reads a `skeleton.tsv` (letters, a tab, what they become; `#` comments).
    /// - Throws: `LexiconError` naming `source` and the line of a row without two columns.
    public init(text: String, source: String) throws(LexiconError) {
        var replacements = [Rule]()
        for (number, line) in LexiconFile.rows(text) {
            // An empty replacement deletes the letters ("h<TAB>").
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: " ") }
            guard columns.count == 2, !columns[0].isEmpty else {
                throw LexiconError(source: source, line: number, problem: "expected 'letters<TAB>replacement'")
            }
            replacements.append(Rule(from: Array(columns[0].lowercased().unicodeScalars), to: Array(columns[1].lowercased().unicodeScalars)))
        }
        self.replacements = replacements
    }

    /// The built-in rules (`Config/skeleton.tsv` compiled in).
    public static let builtIn: SkeletonRules = {
        do { return try SkeletonRules(text: DefaultLexicon.skeleton, source: "built-in skeleton.tsv") } catch {
            // The embedded file is tested (DefaultLexiconTests); a bad one is a build defect.
            preconditionFailure("built-in skeleton rules: \(error)")
        }
    }()

    /// A word's skeleton: its letters lowercased, each rule applied to the whole word in
    /// order, doubled letters made one. Works on Unicode scalars, one pass per rule; a
    /// decomposed "ë" (e + U+0308) is folded like the precomposed one.
    func skeleton(of word: String) -> NameMatcher.Skeleton {
        var s = [Unicode.Scalar]()
        s.reserveCapacity(word.utf8.count)
        if word.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: letters only, lowercased, without walking grapheme clusters.
            for byte in word.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"): s.append(Unicode.Scalar(byte))
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): s.append(Unicode.Scalar(byte + 32))
                default: continue
                }
            }
        } else {
            let word = transliteration.map { $0.latin(word) } ?? word
            for ch in word.lowercased() where ch.isLetter {
                for scalar in ch.unicodeScalars where scalar != "\u{0308}" || s.last != "e" { s.append(scalar) }
            }
        }
        var next = [Unicode.Scalar]()
        next.reserveCapacity(s.count + 4)
        for rule in replacements {
            let (from, to) = (rule.from, rule.to)
            guard s.count >= from.count else { continue }
            var k = 0
            var changed = false
            next.removeAll(keepingCapacity: true)
            while k < s.count {
                if s[k] == from[0], k + from.count <= s.count, from.count == 1 || s[(k + 1)..<(k + from.count)].elementsEqual(from[1...]) {
                    next.append(contentsOf: to)
                    k += from.count
                    changed = true
                } else {
                    next.append(s[k])
                    k += 1
                }
            }
            if changed { swap(&s, &next) }
        }
        var out = NameMatcher.Skeleton()
        out.reserveCapacity(s.count)
        for scalar in s where scalar != out.last { out.append(scalar) }
        return out
    }
}
