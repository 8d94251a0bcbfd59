@testable import ClaimCore
import ClaimTesting
import Testing

/// The fast skeleton against the straightforward definition it replaced: the
/// transliteration rules applied as whole-string replacements, one rule after another.
struct NameMatcherTests {
    static let rules: [(String, String)] = [
        ("kh", "h"), ("zh", "z"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("ts", "c"), ("tz", "c"), ("ë", "e"), ("yo", "e"), ("io", "e"),
        ("ye", "e"), ("ie", "e"), ("yu", "u"), ("iu", "u"), ("ya", "a"), ("ia", "a"), ("j", "i"), ("y", "i"), ("h", "g"), ("w", "v"),
        ("x", "ks"), ("ck", "k"), ("q", "k"),
    ]

    static func reference(_ word: String) -> String {
        var s = word.lowercased().filter(\.isLetter)
        for (from, to) in rules {
            var out = ""
            var rest = Substring(s)
            while let range = rest.firstRange(of: from) {
                out += rest[..<range.lowerBound]
                out += to
                rest = rest[range.upperBound...]
            }
            s = out + rest
        }
        var out = ""
        for ch in s where ch != out.last { out.append(ch) }
        return out
    }

    @Test(arguments: ["Hraivoron", "Graivoron", "Tyotkino", "Tiotkino", "Starovoyt", "Khatsapetovka", "Shebekino", "Schchukino", "skh", "tsh", "iyo", "Kozinka-2", "Волчанск", "Ёлкино", "Tëtkino"])
    func skeletonMatchesTheRuleByRuleDefinition(_ word: String) {
        #expect(NameMatcher.skeleton(word) == Self.reference(word))
    }

    /// Random words over the letters the rules touch, so chained rewrites meet.
    @Test func skeletonMatchesTheDefinitionOnRandomWords() {
        let letters: [Character] = Array("kzhsctyoeiuajwxqgbëK ")
        var generator = SplitMix(seed: 42)
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 9) + 1
            let word = String((0..<length).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
            #expect(NameMatcher.skeleton(word) == Self.reference(word), "\(word)")
        }
    }

    @Test func aDecomposedDiaeresisFoldsLikeThePrecomposedOne() {
        #expect(NameMatcher.skeleton("Te\u{0308}tkino") == NameMatcher.skeleton("T\u{00EB}tkino"))
    }
}
