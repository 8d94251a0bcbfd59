extension [String] {
    /// True when the words from `index` on are `phrase`'s words (an empty phrase is always there).
    @inline(__always) func hasPhrase(_ phrase: [String], at index: Int) -> Bool {
        guard index >= 0, index + phrase.count <= count else { return phrase.isEmpty }
        for (offset, word) in phrase.enumerated() where self[index + offset] != word { return false }
        return true
    }

    /// The first of `phrases` whose words begin at `index` (empty phrases never do).
    @inline(__always) func phrase(among phrases: [[String]], at index: Int) -> [String]? {
        phrases.first { !$0.isEmpty && hasPhrase($0, at: index) }
    }

    /// The first of `phrases` whose words end right before `index`.
    @inline(__always) func phrase(among phrases: [[String]], endingAt index: Int) -> [String]? {
        phrases.first { !$0.isEmpty && index >= $0.count && hasPhrase($0, at: index - $0.count) }
    }
}
