/// Finds lexicon names (actors or places) in a sentence: exact alias matches
/// first, then a fallback for transliteration variants the lexicon does not
/// list (Hraivoron for Graivoron, Tiotkino for Tyotkino, Starovoyt for
/// Starovoit). The fallback compares spelling skeletons and never merges two
/// distinct entries: a word close to two canonical names matches neither.
struct NameMatcher: Sendable {
    struct Entry: Sendable {
        var skeletons: [String]
        var name: String
        var phrase: String
    }

    private let exact: PhraseMatcher<String>
    /// Fuzzy entries keyed by the first letter of their first skeleton.
    private let fuzzy: [Character: [Entry]]

    init(_ names: [(name: String, aliases: [String])]) {
        var pairs = [(phrase: String, value: String)]()
        var fuzzy = [Character: [Entry]]()
        for entry in names {
            for phrase in [entry.name] + entry.aliases {
                pairs.append((phrase, entry.name))
                let skeletons = TextFolding.words(phrase).map(Self.skeleton)
                guard let first = skeletons.first?.first, skeletons.contains(where: { $0.count >= Self.minimumFuzzyLength }) else { continue }
                fuzzy[first, default: []].append(Entry(skeletons: skeletons, name: entry.name, phrase: phrase))
            }
        }
        exact = PhraseMatcher(pairs)
        self.fuzzy = fuzzy
    }

    init(places: [Place]) { self.init(places.map { ($0.name, $0.aliases) }) }
    init(actors: [Actor]) { self.init(actors.map { ($0.name, $0.aliases) }) }

    static let minimumFuzzyLength = 6

    /// Non-overlapping matches, exact ones first; fuzzy ones fill the gaps.
    func matches(in words: [String]) -> [PhraseMatcher<String>.Match] {
        var out = exact.matches(in: words)
        var covered = Set<Int>()
        for match in out { covered.formUnion(match.range) }
        var i = 0
        while i < words.count {
            if covered.contains(i) || words[i].count < 4 {
                i += 1
                continue
            }
            if let match = fuzzyMatch(at: i, in: words, covered: covered) {
                out.append(match)
                covered.formUnion(match.range)
                i = match.range.upperBound
            } else {
                i += 1
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func fuzzyMatch(at i: Int, in words: [String], covered: Set<Int>) -> PhraseMatcher<String>.Match? {
        let first = Self.skeleton(words[i])
        guard let key = first.first, let candidates = fuzzy[key] else { return nil }
        var found: [(Entry, Int)] = []
        for entry in candidates where i + entry.skeletons.count <= words.count {
            let range = i..<(i + entry.skeletons.count)
            guard !range.contains(where: covered.contains) else { continue }
            var ok = true
            for (offset, skeleton) in entry.skeletons.enumerated() {
                let word = offset == 0 ? first : Self.skeleton(words[i + offset])
                if !Self.close(word, skeleton) {
                    ok = false
                    break
                }
            }
            if ok { found.append((entry, entry.skeletons.count)) }
        }
        let longest = found.map(\.1).max() ?? 0
        let best = found.filter { $0.1 == longest }
        // Two distinct canonical names within reach: ambiguous, match neither.
        guard let pick = best.first, Set(best.map(\.0.name)).count == 1 else { return nil }
        let phrase = words[i..<(i + longest)].joined(separator: " ")
        return PhraseMatcher<String>.Match(range: i..<(i + longest), value: pick.0.name, phrase: "\(phrase)' ~ '\(pick.0.phrase)")
    }

    /// Equal skeletons, or one edit apart for long words with the same first letter.
    static func close(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard a.count >= minimumFuzzyLength + 1, b.count >= minimumFuzzyLength + 1, a.first == b.first, abs(a.count - b.count) <= 1 else { return false }
        return editDistance(Array(a), Array(b), limit: 1) <= 1
    }

    /// A spelling skeleton that erases the usual transliteration differences:
    /// kh/h/g, zh/z, sh/s, ts/c, yo/io/ye/ie/ë → e, yu/iu → u, ya/ia → a, y/j → i,
    /// w → v, doubled letters.
    static func skeleton(_ word: String) -> String {
        var s = word.lowercased().filter(\.isLetter)
        for (from, to) in replacements { s = s.replacingAll(from, with: to) }
        var out = ""
        for ch in s where ch != out.last { out.append(ch) }
        return out
    }

    private static let replacements: [(String, String)] = [
        ("kh", "h"), ("zh", "z"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("ts", "c"), ("tz", "c"), ("ë", "e"), ("yo", "e"), ("io", "e"),
        ("ye", "e"), ("ie", "e"), ("yu", "u"), ("iu", "u"), ("ya", "a"), ("ia", "a"), ("j", "i"), ("y", "i"), ("h", "g"), ("w", "v"),
        ("x", "ks"), ("ck", "k"), ("q", "k"),
    ]

    /// Levenshtein distance, stopping early once it exceeds `limit`.
    static func editDistance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            if current.min()! > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }
}

extension String {
    /// Every occurrence of `target` replaced (FoundationEssentials-free).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
