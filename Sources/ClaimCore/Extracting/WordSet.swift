/// A language profile's word list as the rules ask it: "is this word in the list?".
/// Most lists hold a handful of words ("by", "the", "he she it"), where comparing the
/// word with each entry costs less than hashing it; longer lists use a hash set.
struct WordSet: Sendable, Hashable {
    /// Lists up to this long are searched entry by entry.
    static let linearLimit = 8

    private let small: [String]
    private let large: Set<String>
    private let isSmall: Bool

    init(_ words: some Sequence<String>) {
        var seen = Set<String>()
        let unique = words.filter { seen.insert($0).inserted }
        isSmall = unique.count <= Self.linearLimit
        small = isSmall ? unique : []
        large = isSmall ? [] : Set(unique)
    }

    /// True when `word` is in the list.
    @inline(__always) func contains(_ word: String) -> Bool {
        isSmall ? small.contains(word) : large.contains(word)
    }

    /// The words, in no particular order.
    var words: [String] { isSmall ? small : Array(large) }

    static func == (lhs: WordSet, rhs: WordSet) -> Bool { Set(lhs.words) == Set(rhs.words) }
    func hash(into hasher: inout Hasher) { hasher.combine(Set(words)) }
}
