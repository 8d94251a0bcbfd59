/// Finds lexicon names (actors or places) in a sentence: exact alias matches
/// first, then a fallback for transliteration variants the lexicon does not
/// list (Hraivoron for Graivoron, Tiotkino for Tyotkino, Starovoyt for
/// Starovoit). The fallback compares spelling skeletons and never merges two
/// distinct entries: a word close to two canonical names matches neither.
struct NameMatcher: Sendable {
    typealias Skeleton = [Unicode.Scalar]

    struct Entry: Sendable {
        var skeletons: [Skeleton]
        var name: String
        var phrase: String
    }

    private let exact: PhraseMatcher<String>
    /// Fuzzy entries keyed by the first letter of their first skeleton.
    private let fuzzy: [Unicode.Scalar: [Entry]]

    init(_ names: [(name: String, aliases: [String])]) {
        var pairs = [(phrase: String, value: String)]()
        var fuzzy = [Unicode.Scalar: [Entry]]()
        for entry in names {
            for phrase in [entry.name] + entry.aliases {
                pairs.append((phrase, entry.name))
                let skeletons = TextFolding.words(phrase).map(Self.skeletonScalars)
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

    /// Skeletons of the words seen so far (one article's words, shared by the actor and place
    /// matchers), so each distinct word is reduced once.
    final class SkeletonCache {
        private var known: [String: Skeleton] = [:]
        init() {}
        func skeleton(of word: String) -> Skeleton {
            if let found = known[word] { return found }
            let made = NameMatcher.skeletonScalars(word)
            known[word] = made
            return made
        }
    }

    /// Non-overlapping matches, exact ones first; fuzzy ones fill the gaps.
    func matches(in words: [String], cache: SkeletonCache = SkeletonCache()) -> [PhraseMatcher<String>.Match] {
        var out = exact.matches(in: words)
        var covered = Set<Int>()
        for match in out { covered.formUnion(match.range) }
        var i = 0
        while i < words.count {
            if covered.contains(i) || words[i].count < 4 {
                i += 1
                continue
            }
            if let match = fuzzyMatch(at: i, in: words, cache: cache, covered: covered) {
                out.append(match)
                covered.formUnion(match.range)
                i = match.range.upperBound
            } else {
                i += 1
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private func fuzzyMatch(at i: Int, in words: [String], cache: SkeletonCache, covered: Set<Int>) -> PhraseMatcher<String>.Match? {
        let first = cache.skeleton(of: words[i])
        guard let key = first.first, let candidates = fuzzy[key] else { return nil }
        var found: [(Entry, Int)] = []
        for entry in candidates where i + entry.skeletons.count <= words.count {
            let range = i..<(i + entry.skeletons.count)
            guard !range.contains(where: covered.contains) else { continue }
            var ok = true
            for (offset, target) in entry.skeletons.enumerated() where !Self.close(offset == 0 ? first : cache.skeleton(of: words[i + offset]), target) {
                ok = false
                break
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
    static func close(_ a: Skeleton, _ b: Skeleton) -> Bool {
        if a == b { return true }
        guard a.count >= minimumFuzzyLength + 1, b.count >= minimumFuzzyLength + 1, a.first == b.first, abs(a.count - b.count) <= 1 else { return false }
        return editDistance(a, b, limit: 1) <= 1
    }

    /// A spelling skeleton that erases the usual transliteration differences:
    /// kh/h/g, zh/z, sh/s, ts/c, yo/io/ye/ie/ë → e, yu/iu → u, ya/ia → a, y/j → i,
    /// w → v, doubled letters.
    /// Works on Unicode scalars, one pass per rule in order (a later rule sees what an
    /// earlier one made: "kh" → "h" → "g"); a decomposed "ë" (e + U+0308) is folded like
    /// the precomposed one.
    static func skeleton(_ word: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: skeletonScalars(word))
        return String(view)
    }

    static func skeletonScalars(_ word: String) -> Skeleton {
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
            for ch in word.lowercased() where ch.isLetter {
                for scalar in ch.unicodeScalars where scalar != "\u{0308}" || s.last != "e" { s.append(scalar) }
            }
        }
        var next = [Unicode.Scalar]()
        next.reserveCapacity(s.count + 4)
        for (from, to) in scalarReplacements {
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
        var out = Skeleton()
        out.reserveCapacity(s.count)
        for scalar in s where scalar != out.last { out.append(scalar) }
        return out
    }

    private static let replacements: [(String, String)] = [
        ("kh", "h"), ("zh", "z"), ("sch", "s"), ("sh", "s"), ("ch", "c"), ("ts", "c"), ("tz", "c"), ("ë", "e"), ("yo", "e"), ("io", "e"),
        ("ye", "e"), ("ie", "e"), ("yu", "u"), ("iu", "u"), ("ya", "a"), ("ia", "a"), ("j", "i"), ("y", "i"), ("h", "g"), ("w", "v"),
        ("x", "ks"), ("ck", "k"), ("q", "k"),
    ]
    private static let scalarReplacements: [([Unicode.Scalar], [Unicode.Scalar])] = replacements.map {
        (Array($0.0.unicodeScalars), Array($0.1.unicodeScalars))
    }

    /// Levenshtein distance, stopping early once it exceeds `limit`.
    static func editDistance<T: Equatable>(_ a: [T], _ b: [T], limit: Int) -> Int {
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
