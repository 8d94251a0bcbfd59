/// The distinct words of one article, numbered as first seen: the interning step of the
/// tokenizer. A word is looked up by its folded UTF-8 bytes (an open-addressing table over
/// the bytes, no `String` made or hashed), and a `String` is made only the first time a word
/// is seen, so a sentence's tokens share their texts with every earlier occurrence. What
/// the matchers learn about a word — its number in the lexicon's vocabulary, its skeleton
/// and fuzzy name candidates (`WordFacts`, from the process-wide `WordMemo`) — is kept by
/// that number, since an article repeats its words. A value the extractor passes `inout`
/// (a class's stored arrays would be checked for exclusive access on every word).
struct ArticleWords {
    /// A word's number in this article.
    typealias ID = Int32

    let vocabulary: Vocabulary
    let memo: WordMemo
    /// Per word, its text.
    private(set) var words: [String] = []
    /// Each word's number in `vocabulary` (`Vocabulary.unknown` when no lexicon phrase holds it).
    private(set) var vocabularyNumbers: [Int32] = []
    private var facts: [WordFacts?] = []
    /// Per word, a bit per matcher slot: whether the word has fuzzy candidates there (bit 7:
    /// not yet known). Asked for every uncovered word of every sentence, so it is kept apart
    /// from `facts`, whose arrays would be retained and released on each look.
    private var candidateSlots: [UInt8] = []
    /// The words' bytes, one after another; word `id` ends at `ends[id]` and starts where
    /// the one before ends.
    private var spelling: [UInt8] = []
    private var ends: [Int32] = []
    /// Per word, its byte hash (rehashing when the table grows reads no bytes).
    private var hashes: [UInt32] = []
    /// The open-addressing table: a word's number + 1 in the slot its hash probes to, 0 empty.
    private var slots: [Int32]

    init(vocabulary: Vocabulary, memo: WordMemo) {
        self.vocabulary = vocabulary
        self.memo = memo
        slots = [Int32](repeating: 0, count: 2048)
        candidateSlots.reserveCapacity(1024)
        words.reserveCapacity(1024)
        vocabularyNumbers.reserveCapacity(1024)
        facts.reserveCapacity(1024)
        spelling.reserveCapacity(8192)
        ends.reserveCapacity(1024)
        hashes.reserveCapacity(1024)
    }

    /// The numbers of `words`, adding those not seen before.
    mutating func ids(of words: [String]) -> [ID] {
        words.map { word in
            var word = word
            return word.withUTF8 { id(ofUTF8: $0) }
        }
    }

    /// The number of the word spelled by `bytes` (folded UTF-8), adding it when new.
    mutating func id(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> ID {
        // FNV-1a over the bytes.
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let id = Int(entry - 1)
            if hashes[id] == hash && spells(id, bytes) { return ID(id) }
            slot = (slot + 1) & mask
        }
        let id = ID(words.count)
        slots[slot] = id + 1
        spelling.append(contentsOf: bytes)
        ends.append(Int32(spelling.count))
        hashes.append(hash)
        let word = String(decoding: bytes, as: UTF8.self)
        words.append(word)
        vocabularyNumbers.append(vocabulary.number(of: word))
        facts.append(nil)
        candidateSlots.append(0x80)
        if words.count * 2 > slots.count { grow() }
        return id
    }

    /// Whether word `id` is spelled `bytes`.
    @inline(__always) private func spells(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = id == 0 ? 0 : Int(ends[id - 1])
        let end = Int(ends[id])
        guard end - start == bytes.count else { return false }
        var k = 0
        while k < bytes.count {
            if spelling[start + k] != bytes[k] { return false }
            k += 1
        }
        return true
    }

    /// Doubles the table, keeping it at most half full.
    private mutating func grow() {
        var bigger = [Int32](repeating: 0, count: slots.count * 2)
        let mask = bigger.count - 1
        for id in hashes.indices {
            var slot = Int(hashes[id]) & mask
            while bigger[slot] != 0 { slot = (slot + 1) & mask }
            bigger[slot] = Int32(id) + 1
        }
        slots = bigger
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
