/// Finds lexicon phrases in a word sequence: one table indexed by the number of the
/// first word (`Vocabulary`) over all phrases, longest match first, so matching costs
/// the same whatever the lexicon's size. A `*` after the first word stands for any
/// one word ("crossed the * border", "took * control"). Of two phrases that match at
/// the same word, the longer wins, then the one with fewer `*`, then the earlier entry.
struct PhraseMatcher<Value: Hashable & Sendable>: Sendable {
    struct Match: Hashable {
        var range: Range<Int>
        var value: Value
        var phrase: String
    }

    private struct Candidate: Sendable {
        var words: [Int32]
        var value: Value
        var phrase: String
        /// Position among the entries, the last tie-break.
        var order: Int

        var wildcards: Int { words.count { $0 == Vocabulary.wildcard } }

        /// Tried first: the longer phrase, then the one with fewer `*` ("violated the state
        /// border" before "violated the * border"), then the earlier entry.
        func precedes(_ other: Candidate) -> Bool {
            if words.count != other.words.count { return words.count > other.words.count }
            if wildcards != other.wildcards { return wildcards < other.wildcards }
            return order < other.order
        }
    }

    /// The numbering of this matcher's words; sentences are numbered with it.
    let vocabulary: Vocabulary
    /// Candidates by the number of their first word, longest first.
    private var byFirstWord: [[Candidate]] = []

    /// - Parameter vocabulary: shared with other matchers (it must hold every word of
    ///   `entries`); by default one made from `entries`.
    init(_ entries: [(phrase: String, value: Value)], vocabulary: Vocabulary? = nil) {
        let vocabulary = vocabulary ?? Vocabulary(phrases: entries.map(\.phrase))
        self.vocabulary = vocabulary
        for (order, entry) in entries.enumerated() {
            let words = Vocabulary.words(ofPhrase: entry.phrase)
            guard let first = words.first, first != "*" else { continue }
            let numbers = words.map { $0 == "*" ? Vocabulary.wildcard : vocabulary.number(of: $0) }
            precondition(!numbers.contains(Vocabulary.unknown), "the vocabulary lacks a word of '\(entry.phrase)'")
            let slot = Int(numbers[0])
            if byFirstWord.count <= slot { byFirstWord += Array(repeating: [], count: slot + 1 - byFirstWord.count) }
            byFirstWord[slot].append(Candidate(words: numbers, value: entry.value, phrase: entry.phrase, order: order))
        }
        for slot in byFirstWord.indices { byFirstWord[slot].sort { $0.precedes($1) } }
    }

    /// Non-overlapping matches, scanning left to right, longest first.
    func matches(in words: [String]) -> [Match] { matches(numbers: vocabulary.numbers(of: words)) }

    /// `matches(in:)` on a sentence already numbered with `vocabulary`.
    func matches(numbers words: [Int32]) -> [Match] {
        var out = [Match]()
        var i = 0
        while i < words.count {
            if let found = longest(at: i, in: words) {
                out.append(found)
                i = found.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// Every match, overlapping allowed (used for cue words that may sit inside other phrases).
    func allMatches(in words: [String]) -> [Match] { allMatches(numbers: vocabulary.numbers(of: words)) }

    /// `allMatches(in:)` on a sentence already numbered with `vocabulary`.
    func allMatches(numbers words: [Int32]) -> [Match] {
        words.indices.compactMap { longest(at: $0, in: words) }
    }

    private func longest(at i: Int, in words: [Int32]) -> Match? {
        let first = Int(words[i])
        guard first >= 0, first < byFirstWord.count else { return nil }
        for candidate in byFirstWord[first] where i + candidate.words.count <= words.count {
            var k = 1
            while k < candidate.words.count, words[i + k] == candidate.words[k] || candidate.words[k] == Vocabulary.wildcard { k += 1 }
            if k == candidate.words.count {
                return Match(range: i..<(i + candidate.words.count), value: candidate.value, phrase: candidate.phrase)
            }
        }
        return nil
    }
}
