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

    /// Numbers the words of `phrases` (split as `words(ofPhrase:)` splits them). Words that
    /// share a base form, directly or through other words, share a number, whatever order the
    /// phrases come in (a lexicon's lists may come from sets): "прикрыта" reduces to "прикрыт",
    /// which reduces to "прикр", so both find the text's "прикрыть".
    init(phrases: some Sequence<String>, morphology: (any Morphology)? = nil) {
        var words = Set<String>()
        for phrase in phrases {
            for word in Self.words(ofPhrase: phrase) where word != "*" { words.insert(word) }
        }
        // Union–find over the phrase words and their base forms.
        var parent = [String: String]()
        func root(_ word: String) -> String {
            var current = word
            while let up = parent[current], up != current { current = up }
            var walk = word
            while let up = parent[walk], up != current { parent[walk] = current; walk = up }
            return current
        }
        func join(_ a: String, _ b: String) {
            let (ra, rb) = (root(a), root(b))
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        for word in words {
            if parent[word] == nil { parent[word] = word }
            guard Self.isReduced(word), let morphology else { continue }
            for form in morphology.baseForms(of: word) {
                if parent[form] == nil { parent[form] = form }
                join(word, form)
            }
        }
        var numbers = [String: Int32]()
        var classes = [String: Int32]()
        for word in parent.keys.sorted() {
            let top = root(word)
            if classes[top] == nil { classes[top] = Int32(classes.count) }
            numbers[word] = classes[top]
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
