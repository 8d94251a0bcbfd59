extension [String] {
    /// True when the words from `index` on are `phrase`'s words (an empty phrase is always there).
    @inline(__always) func hasPhrase(_ phrase: [String], at index: Int) -> Bool {
        guard index >= 0, index + phrase.count <= count else { return phrase.isEmpty }
        for (offset, word) in phrase.enumerated() where self[index + offset] != word { return false }
        return true
    }
}
