/// Why the analyser a language profile names cannot be used.
public enum MorphologyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// libstemmer has no such algorithm.
    case unknownAlgorithm(name: String, known: String)
    /// No Hunspell dictionary of that name is installed.
    case missingDictionary(name: String, searched: [String])
    /// ICU has no transform of that id.
    case unknownTransform(id: String)
    /// The profile names an analyser kind claimwatch does not bind.
    case unknownAnalyser(name: String)

    public var description: String {
        switch self {
        case .unknownAlgorithm(let name, let known):
            "libstemmer has no stemmer '\(name)' (it has: \(known))"
        case .missingDictionary(let name, let searched):
            "the Hunspell dictionary '\(name)' is not installed (looked for \(name).aff and \(name).dic in \(searched.joined(separator: ", "))); install its Debian package (hunspell-uk for uk_UA, hunspell-ru for ru_RU)"
        case .unknownTransform(let id):
            "ICU has no transliteration '\(id)' (an ICU transform id, e.g. 'Cyrillic-Latin; Latin-ASCII')"
        case .unknownAnalyser(let name):
            "unknown analyser '\(name)': write 'snowball LANGUAGE' (libstemmer), 'hunspell DICTIONARY' (e.g. hunspell uk_UA), or several joined by '+'"
        }
    }
}
