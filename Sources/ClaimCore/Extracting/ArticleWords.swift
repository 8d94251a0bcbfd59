/// The distinct words of one article, numbered as first seen. Each word occurrence is
/// hashed once; what the matchers learn about a word — its number in the lexicon's
/// vocabulary, its skeleton and fuzzy name candidates (`WordFacts`, from the process-wide
/// `WordMemo`) — is kept by that number, since an article repeats its words. A value the
/// extractor passes `inout` (a class's stored arrays would be checked for exclusive access
/// on every word).
struct ArticleWords {
    /// A word's number in this article.
    typealias ID = Int32

    let vocabulary: Vocabulary
    let memo: WordMemo
    private var index: [String: ID] = [:]
    private(set) var words: [String] = []
    /// Each word's number in `vocabulary` (`Vocabulary.unknown` when no lexicon phrase holds it).
    private(set) var vocabularyNumbers: [Int32] = []
    private var facts: [WordFacts?] = []
    /// Per word, a bit per matcher slot: whether the word has fuzzy candidates there (bit 7:
    /// not yet known). Asked for every uncovered word of every sentence, so it is kept apart
    /// from `facts`, whose arrays would be retained and released on each look.
    private var candidateSlots: [UInt8] = []

    init(vocabulary: Vocabulary, memo: WordMemo) {
        self.vocabulary = vocabulary
        self.memo = memo
        index.reserveCapacity(1024)
        candidateSlots.reserveCapacity(1024)
        words.reserveCapacity(1024)
        vocabularyNumbers.reserveCapacity(1024)
        facts.reserveCapacity(1024)
    }

    /// The numbers of `words`, adding those not seen before.
    mutating func ids(of words: [String]) -> [ID] {
        words.map { word in
            if let found = index[word] { return found }
            let id = ID(self.words.count)
            index[word] = id
            self.words.append(word)
            vocabularyNumbers.append(vocabulary.number(of: word))
            facts.append(nil)
            candidateSlots.append(0x80)
            return id
        }
    }

    /// Whether the word has fuzzy candidates for the matcher in `slot` (0…6).
    mutating func hasCandidates(_ id: ID, slot: Int) -> Bool {
        var bits = candidateSlots[Int(id)]
        if bits & 0x80 != 0 {
            bits = 0
            for (index, list) in facts(of: id).candidates.enumerated() where index < 7 && !list.isEmpty { bits |= 1 << index }
            candidateSlots[Int(id)] = bits
        }
        return slot >= 7 || bits & (1 << slot) != 0
    }

    /// The word's skeleton and fuzzy candidates, looked up once per article.
    mutating func facts(of id: ID) -> WordFacts {
        if let known = facts[Int(id)] { return known }
        let found = memo.facts(of: words[Int(id)])
        facts[Int(id)] = found
        return found
    }
}
