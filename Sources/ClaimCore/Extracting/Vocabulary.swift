/// Numbers for the words of a lexicon's phrases. A sentence's words are looked up here
/// once, and every phrase matcher built on the same vocabulary (actors, places, cues)
/// then matches integers: no word is hashed again and no string compared.
struct Vocabulary: Sendable {
    /// A word no phrase holds.
    static let unknown: Int32 = -1
    /// The `*` of a phrase, standing for any one word.
    static let wildcard: Int32 = -2

    private let numbers: [String: Int32]

    /// Numbers the words of `phrases` (split as `words(ofPhrase:)` splits them).
    init(phrases: some Sequence<String>) {
        var numbers = [String: Int32]()
        for phrase in phrases {
            for word in Self.words(ofPhrase: phrase) where word != "*" && numbers[word] == nil {
                numbers[word] = Int32(numbers.count)
            }
        }
        self.numbers = numbers
    }

    func number(of word: String) -> Int32 { numbers[word] ?? Self.unknown }

    func numbers(of words: [String]) -> [Int32] { words.map(number(of:)) }

    /// A phrase's words as matchers compare them: folded word tokens, a lone `*` kept.
    static func words(ofPhrase phrase: String) -> [String] {
        phrase.split(separator: " ").flatMap { $0 == "*" ? ["*"] : TextFolding.words($0) }
    }
}
