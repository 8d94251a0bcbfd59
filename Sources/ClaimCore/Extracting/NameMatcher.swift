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
        /// Position in lexicon order: among equally good candidates the first one names the match.
        var ordinal: Int
    }

    /// Where a long first skeleton may sit within one edit: its first letter and length.
    private struct NearKey: Hashable {
        var first: Unicode.Scalar
        var count: Int
    }

    /// Names this matcher in a `WordMemo`, which keeps each word's fuzzy candidates per matcher.
    private final class Identity: Sendable {}
    private let identity = Identity()

    private let exact: PhraseMatcher<String>
    /// The spelling skeleton rules the entries were reduced with.
    private let rules: SkeletonRules
    /// Fuzzy entries by the exact skeleton of their first word…
    private let fuzzyByFirstSkeleton: [Skeleton: [Entry]]
    /// …and, when that skeleton is long enough for one edit, by its first letter and length.
    private let fuzzyByNearKey: [NearKey: [Entry]]

    /// - Parameter vocabulary: shared with the other matchers of an extractor (holding every
    ///   word of `names`), so a sentence is numbered once for all; by default its own.
    /// - Parameter rules: the spelling skeleton rules (the lexicon's); the same rules must make
    ///   the skeletons of the sentence's words (`WordMemo`).
    init(_ names: [(name: String, aliases: [String])], vocabulary: Vocabulary? = nil, rules: SkeletonRules = .builtIn) {
        var pairs = [(phrase: String, value: String)]()
        var byFirst = [Skeleton: [Entry]]()
        var byNear = [NearKey: [Entry]]()
        var ordinal = 0
        for entry in names {
            for phrase in [entry.name] + entry.aliases {
                pairs.append((phrase, entry.name))
                let skeletons = TextFolding.words(phrase).map(rules.skeleton(of:))
                guard let head = skeletons.first, let letter = head.first,
                    skeletons.contains(where: { $0.count >= Self.minimumFuzzyLength })
                else { continue }
                let fuzzy = Entry(skeletons: skeletons, name: entry.name, phrase: phrase, ordinal: ordinal)
                ordinal += 1
                byFirst[head, default: []].append(fuzzy)
                if head.count >= Self.minimumFuzzyLength + 1 {
                    byNear[NearKey(first: letter, count: head.count), default: []].append(fuzzy)
                }
            }
        }
        exact = PhraseMatcher(pairs, vocabulary: vocabulary)
        self.rules = rules
        fuzzyByFirstSkeleton = byFirst
        fuzzyByNearKey = byNear
    }

    init(places: [Place], vocabulary: Vocabulary? = nil, rules: SkeletonRules = .builtIn) {
        self.init(places.map { ($0.name, $0.aliases) }, vocabulary: vocabulary, rules: rules)
    }
    init(actors: [Actor], vocabulary: Vocabulary? = nil, rules: SkeletonRules = .builtIn) {
        self.init(actors.map { ($0.name, $0.aliases) }, vocabulary: vocabulary, rules: rules)
    }

    static let minimumFuzzyLength = 6

    /// `word.count < 4` without walking grapheme clusters for the usual ASCII word.
    @inline(__always) static func isShorterThanFour(_ word: String) -> Bool {
        let bytes = word.utf8.count
        if bytes < 4 { return true }
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return false }
        return word.count < 4
    }

    /// Non-overlapping matches, exact ones first; fuzzy ones fill the gaps.
    func matches(in words: [String]) -> [PhraseMatcher<String>.Match] {
        var table = ArticleWords(vocabulary: exact.vocabulary, memo: WordMemo(rules: rules, matchers: [self]))
        let ids = table.ids(of: words)
        return matches(in: words, ids: ids, table: &table)
    }

    /// Whether `other` is this matcher (a copy of it shares its identity).
    func isSame(as other: NameMatcher) -> Bool { identity === other.identity }

    /// `matches(in:)` on words already numbered in `table` (an article's words, shared by the
    /// extractor's matchers, whose vocabulary the table numbers with; its memo made with the
    /// same rules and holding this matcher).
    func matches(in words: [String], ids: [ArticleWords.ID], table: inout ArticleWords) -> [PhraseMatcher<String>.Match] {
        guard let slot = table.memo.slot(of: self) else { preconditionFailure("the article's word memo does not hold this matcher") }
        var out = exact.matches(numbers: ids.map { table.vocabularyNumbers[Int($0)] })
        var covered = [Bool](repeating: false, count: words.count)
        for match in out { for i in match.range { covered[i] = true } }
        var i = 0
        while i < words.count {
            if covered[i] || Self.isShorterThanFour(words[i]) {
                i += 1
                continue
            }
            if let match = fuzzyMatch(at: i, in: words, ids: ids, table: &table, slot: slot, covered: covered) {
                out.append(match)
                for k in match.range { covered[k] = true }
                i = match.range.upperBound
            } else {
                i += 1
            }
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The fuzzy entries whose first word may be close to `first`, in lexicon order
    /// (the same set `close` would accept from every entry, found through the indexes).
    func fuzzyCandidates(startingWith first: Skeleton) -> [Entry] {
        var out = fuzzyByFirstSkeleton[first] ?? []
        if first.count >= Self.minimumFuzzyLength + 1, let letter = first.first {
            let before = out.count
            for count in (first.count - 1)...(first.count + 1) {
                for entry in fuzzyByNearKey[NearKey(first: letter, count: count)] ?? [] where entry.skeletons[0] != first {
                    out.append(entry)
                }
            }
            if out.count > before { out.sort { $0.ordinal < $1.ordinal } }
        }
        return out
    }

    private func fuzzyMatch(
        at i: Int, in words: [String], ids: [ArticleWords.ID], table: inout ArticleWords, slot: Int, covered: [Bool]
    ) -> PhraseMatcher<String>.Match? {
        // Most words are close to no name: answered from a bit, without copying their facts.
        guard table.hasCandidates(ids[i], slot: slot) else { return nil }
        let facts = table.facts(of: ids[i])
        let first = facts.skeleton
        let candidates = facts.candidates[slot]
        guard !candidates.isEmpty else { return nil }
        var found: [(Entry, Int)] = []
        for entry in candidates where i + entry.skeletons.count <= words.count {
            let range = i..<(i + entry.skeletons.count)
            guard !range.contains(where: { covered[$0] }) else { continue }
            var ok = true
            for (offset, target) in entry.skeletons.enumerated() where !Self.close(offset == 0 ? first : table.facts(of: ids[i + offset]).skeleton, target) {
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
        return isWithinOneEdit(a, b)
    }

    /// A word's spelling skeleton under the built-in rules, as text (`SkeletonRules`).
    static func skeleton(_ word: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: SkeletonRules.builtIn.skeleton(of: word))
        return String(view)
    }

    /// At most one insertion, deletion or substitution apart (Levenshtein distance ≤ 1),
    /// in one pass without a distance table.
    static func isWithinOneEdit<T: Equatable>(_ a: [T], _ b: [T]) -> Bool {
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard long.count - short.count <= 1 else { return false }
        var i = 0
        while i < short.count, short[i] == long[i] { i += 1 }
        if i == short.count { return true }
        if short.count == long.count {
            // One substitution at i: the rest must be equal.
            return short[(i + 1)...].elementsEqual(long[(i + 1)...])
        }
        // One insertion into the shorter at i.
        return short[i...].elementsEqual(long[(i + 1)...])
    }
}
