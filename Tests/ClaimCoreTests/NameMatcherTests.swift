import ClaimTesting
import Dispatch
import Testing

@testable import ClaimCore

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

    @Test(arguments: [
        "Hraivoron", "Graivoron", "Tyotkino", "Tiotkino", "Starovoyt", "Khatsapetovka", "Shebekino", "Schchukino", "skh", "tsh", "iyo", "Kozinka-2", "Волчанск",
        "Ёлкино", "Tëtkino",
    ])
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

    /// Levenshtein distance by its table, the definition the one-pass check must agree with.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    @Test func oneEditCheckAgreesWithTheDistanceTable() {
        var generator = SplitMix(seed: 7)
        let letters: [Character] = Array("abc")
        func word() -> [Character] { (0..<Int(generator.next() % 6)).map { _ in letters[Int(generator.next() % 3)] } }
        for _ in 0..<20_000 {
            let a = word(), b = word()
            #expect(NameMatcher.isWithinOneEdit(a, b) == (Self.distance(a, b) <= 1), "\(String(a)) / \(String(b))")
        }
    }

    /// The indexed fuzzy lookup finds what comparing every lexicon entry would: the same
    /// name for a transliteration variant, nothing for a word near two names.
    @Test func fuzzyLookupMatchesVariantsAndRefusesAmbiguity() {
        let matcher = NameMatcher([
            ("Graivoron", ["Grayvoron"]), ("Tyotkino", []), ("Starovoit", ["Roman Starovoit"]),
            ("Kozinkana", []), ("Kozinkama", []),
        ])
        func names(_ text: String) -> [String] { matcher.matches(in: TextFolding.words(text)).map(\.value) }
        #expect(names("shelling of Hraivoron overnight") == ["Graivoron"])
        #expect(names("in Tiotkino") == ["Tyotkino"])
        #expect(names("governor Roman Starovoyt said") == ["Starovoit"])
        // One edit longer and one edit shorter than an entry of eight or more letters.
        #expect(names("Graivorron") == ["Graivoron"])
        #expect(names("Graivron") == ["Graivoron"])
        // Near both Kozinkana and Kozinkama: neither.
        #expect(names("Kozinkasa") == [])
        #expect(names("Kozinkana") == ["Kozinkana"])
    }

    @Test func skeletonMemoAnswersLikeTheRuleAndStaysBounded() {
        let memo = WordMemo(capacity: 3)
        for word in ["Hraivoron", "Tiotkino", "Starovoyt", "Hraivoron", "Shebekino"] {
            #expect(memo.skeleton(of: word) == SkeletonRules.builtIn.skeleton(of: word))
            #expect(memo.count <= 3)
        }
        // Shared between threads: the same answers from every one.
        DispatchQueue.concurrentPerform(iterations: 8) { i in
            let word = ["Graivoron", "Tyotkino", "Kozinka", "Glotovo"][i % 4]
            #expect(memo.skeleton(of: word) == SkeletonRules.builtIn.skeleton(of: word))
        }
        #expect(memo.count <= 3)
    }
}

/// Phrase matching on numbered words against the string rules it replaced.
struct PhraseMatcherTests {
    @Test func theSpecificPhraseWinsOverTheWildcardOneInEitherOrder() {
        let entries: [(phrase: String, value: String)] = [("violated the * border", "any"), ("violated the state border", "state")]
        let sentence = TextFolding.words("Saboteurs violated the state border at dawn")
        for order in [entries, entries.reversed()] {
            let matches = PhraseMatcher(order).matches(in: sentence)
            #expect(matches.map(\.value) == ["state"] && matches.first?.range == 1..<5)
        }
        #expect(PhraseMatcher(entries).matches(in: TextFolding.words("they violated the Russian border")).map(\.value) == ["any"])
    }

    /// Longest first, wildcards standing for one word, non-overlapping left to right (and
    /// every start for `allMatches`): the rules as first written, on random sentences.
    @Test func numberedMatchingAgreesWithTheStringRules() {
        let pool = ["crossed", "the", "border", "state", "into", "took", "control", "of", "said", "*", "kursk"]
        var generator = SplitMix(seed: 41)
        func phrase() -> String {
            let first = pool[Int(generator.next() % UInt64(pool.count - 2))]
            return ([first] + (0..<Int(generator.next() % 3)).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }).joined(separator: " ")
        }
        for _ in 0..<300 {
            var seen = Set<String>()
            let entries = (0..<8).map { _ in phrase() }.filter { seen.insert($0).inserted }.enumerated().map { ($0.element, $0.offset) }
            let matcher = PhraseMatcher(entries)
            let words = (0..<Int(generator.next() % 12)).map { _ in pool[Int(generator.next() % UInt64(pool.count - 1))] }
            func expected(at i: Int) -> (range: Range<Int>, value: Int)? {
                let fits = entries.filter { entry in
                    let parts = entry.0.split(separator: " ").map(String.init)
                    return i + parts.count <= words.count && zip(words[i...], parts).allSatisfy { $0 == $1 || $1 == "*" }
                }
                let best = fits.min { a, b in
                    let (pa, pb) = (a.0.split(separator: " "), b.0.split(separator: " "))
                    if pa.count != pb.count { return pa.count > pb.count }
                    let (wa, wb) = (pa.count { $0 == "*" }, pb.count { $0 == "*" })
                    return wa != wb ? wa < wb : a.1 < b.1
                }
                return best.map { (i..<(i + $0.0.split(separator: " ").count), $0.1) }
            }
            let all = words.indices.compactMap(expected(at:))
            #expect(matcher.allMatches(in: words).map { "\($0.range) \($0.value)" } == all.map { "\($0.range) \($0.value)" }, "\(entries) / \(words)")
            var sequential = [(range: Range<Int>, value: Int)]()
            var i = 0
            while i < words.count {
                if let found = expected(at: i) { sequential.append(found); i = found.range.upperBound } else { i += 1 }
            }
            #expect(matcher.matches(in: words).map { "\($0.range) \($0.value)" } == sequential.map { "\($0.range) \($0.value)" })
        }
    }

    /// The rules are data: without "h → g", Hraivoron no longer reads as Graivoron.
    @Test func theSkeletonRulesComeFromTheirFile() throws {
        let places = [(name: "Graivoron", aliases: [String]())]
        let words = ["in", "hraivoron"]
        #expect(NameMatcher(places).matches(in: words).map(\.value) == ["Graivoron"])
        let withoutHG = try SkeletonRules(text: DefaultLexicon.skeleton.replacing("h\tg\n", with: ""), source: "skeleton.tsv")
        #expect(withoutHG != .builtIn)
        let matcher = NameMatcher(places, rules: withoutHG)
        #expect(matcher.matches(in: words).isEmpty)
        #expect(throws: LexiconError.self) { try SkeletonRules(text: "kh\n", source: "skeleton.tsv") }
        // An empty replacement deletes the letters.
        let deleting = try SkeletonRules(text: "h\t\n", source: "skeleton.tsv")
        #expect(deleting.skeleton(of: "Hraivoron") == Array("raivoron".unicodeScalars))
    }
}
