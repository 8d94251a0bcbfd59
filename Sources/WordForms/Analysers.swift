import ClaimCore
import Synchronization

/// Binds the analysers language profiles name (`morphology` in `words.tsv`) to the
/// libraries: `snowball LANGUAGE` (libstemmer) and `hunspell DICTIONARY` (libhunspell).
/// One analyser per name is made per process and shared, since a stemmer's memo is worth
/// keeping across lexicon reloads.
public enum Analysers {
    private static let made = Mutex<[String: any Morphology]>([:])

    /// The analyser `name` stands for.
    /// - Throws: `MorphologyError` when it names no library analyser or one that is not installed.
    public static func analyser(named name: String) throws(MorphologyError) -> any Morphology {
        if let known = made.withLock({ $0[name] }) { return known }
        // "snowball russian + hunspell uk_UA": each word's base forms from both, in that order.
        let members = name.split(separator: "+").map { $0.split(separator: " ").joined(separator: " ") }.filter { !$0.isEmpty }
        if members.count > 1 {
            var parts = [any Morphology]()
            for member in members { parts.append(try analyser(named: member)) }
            let combined = CombinedMorphology(parts: parts)
            made.withLock { $0[name] = combined }
            return combined
        }
        let parts = name.split(separator: " ").map(String.init)
        guard parts.count == 2 else { throw .unknownAnalyser(name: name) }
        let analyser: any Morphology
        switch parts[0] {
        case "snowball": analyser = try SnowballStemmer(language: parts[1])
        case "hunspell": analyser = try HunspellLemmas(dictionary: parts[1])
        default: throw .unknownAnalyser(name: name)
        }
        made.withLock { $0[name] = analyser }
        return analyser
    }

    private static let transforms = Mutex<[String: ICUTransliteration]>([:])

    /// The ICU transform `id`, one per process.
    public static func transliteration(id: String) throws(MorphologyError) -> ICUTransliteration {
        if let known = transforms.withLock({ $0[id] }) { return known }
        let made = try ICUTransliteration(id: id)
        transforms.withLock { $0[id] = made }
        return made
    }

    /// `lexicon` with each profile's analyser and transliteration bound.
    /// - Throws: `MorphologyError` (with the profile's code in `code`) for the first profile whose analyser cannot be made.
    public static func bind(_ lexicon: Lexicon) throws(BindingError) -> Lexicon {
        var out = lexicon
        for profile in lexicon.languages {
            var bound = profile
            do {
                if let name = profile.morphologyName, profile.morphology?.name != name { bound = bound.with(morphology: try analyser(named: name)) }
                if let id = profile.transliterationName, profile.transliteration?.name != "icu \(id)" {
                    bound = bound.with(transliteration: try transliteration(id: id))
                }
            } catch {
                throw BindingError(code: profile.code, cause: error)
            }
            out.use(bound)
        }
        return out
    }

    /// A profile whose analyser cannot be made.
    public struct BindingError: Error, Sendable, CustomStringConvertible {
        public var code: String
        public var cause: MorphologyError
        public var description: String { "language '\(code)': \(cause)" }
    }
}

/// Several analysers asked in turn: a word's base forms are theirs together, the first
/// analyser's first ("snowball russian + hunspell uk_UA").
struct CombinedMorphology: ClaimCore.Morphology {
    let parts: [any ClaimCore.Morphology]
    var name: String { parts.map(\.name).joined(separator: " + ") }

    func baseForms(of word: String) -> [String] {
        var out = [String]()
        for part in parts {
            for form in part.baseForms(of: word) where !out.contains(form) { out.append(form) }
        }
        return out
    }
}
