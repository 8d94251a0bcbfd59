/// Numbers for the words of a lexicon's phrases. A sentence's words are looked up here
/// once, and every phrase matcher built on the same vocabulary (actors, places, cues)
/// then matches integers: no word is hashed again and no string compared.
///
/// With a `Morphology` (Russian, Ukrainian), a phrase word is also known by its base forms,
/// and a text word not found as written is looked up by its own: "Гладкова" finds the
/// alias word "гладков", "заявили" the trigger "заявил" (both reduce to "заяв"). Words
/// sharing a base form share a number.
struct Vocabulary: Sendable {
    /// A word no phrase holds.
    static let unknown: Int32 = -1
    /// The `*` of a phrase, standing for any one word.
    static let wildcard: Int32 = -2

    private let numbers: [String: Int32]
    let morphology: (any Morphology)?
    /// Words this short are matched as written: a stemmer would fold pronouns and particles
    /// together ("она", "они" and "он" all reduce to "он").
    static let shortestReduced = 5

    /// Numbers the words of `phrases` (split as `words(ofPhrase:)` splits them).
    init(phrases: some Sequence<String>, morphology: (any Morphology)? = nil) {
        var numbers = [String: Int32]()
        var next: Int32 = 0
        for phrase in phrases {
            for word in Self.words(ofPhrase: phrase) where word != "*" && numbers[word] == nil {
                let forms = Self.isReduced(word) ? morphology?.baseForms(of: word) ?? [] : []
                let number = forms.lazy.compactMap { numbers[$0] }.first ?? next
                if number == next { next += 1 }
                numbers[word] = number
                for form in forms where numbers[form] == nil { numbers[form] = number }
            }
        }
        self.numbers = numbers
        self.morphology = morphology
    }

    /// The number of `word` as written, else of its first base form the vocabulary knows.
    func number(of word: String) -> Int32 {
        if let found = numbers[word] { return found }
        guard let morphology, Self.isReduced(word) else { return Self.unknown }
        for form in morphology.baseForms(of: word) {
            if let found = numbers[form] { return found }
        }
        return Self.unknown
    }

    func numbers(of words: [String]) -> [Int32] { words.map(number(of:)) }

    /// Whether a word is long enough to be reduced to base forms.
    static func isReduced(_ word: String) -> Bool { word.unicodeScalars.count >= shortestReduced }

    /// A phrase's words as matchers compare them: folded word tokens, a lone `*` kept.
    static func words(ofPhrase phrase: String) -> [String] {
        phrase.split(separator: " ").flatMap { $0 == "*" ? ["*"] : TextFolding.words($0) }
    }
}
