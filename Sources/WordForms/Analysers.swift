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

    /// `lexicon` with each profile's analyser bound.
    /// - Throws: `MorphologyError` (with the profile's code in `code`) for the first profile whose analyser cannot be made.
    public static func bind(_ lexicon: Lexicon) throws(BindingError) -> Lexicon {
        var out = lexicon
        for profile in lexicon.languages {
            guard let name = profile.morphologyName, profile.morphology?.name != name else { continue }
            do { out.use(profile.with(morphology: try analyser(named: name))) } catch {
                throw BindingError(code: profile.code, cause: error)
            }
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
