/// Tells which language an article is written in, from its script and its most frequent
/// words: each language's `identifying-words` (and, to part languages of one script,
/// `identifying-letters`) in its profile, plus the languages recognized but not read
/// (`Config/languages.tsv`). A page mixing languages is the language most of its words
/// are in. Pure and deterministic; ties go to the earlier language (English first).
public struct LanguageIdentifier: Sendable, Hashable {
    /// The code for a text no known language's words or letters were found in.
    public static let undetermined = "und"

    struct Candidate: Sendable, Hashable {
        var code: String
        var words: Set<String>
        var letters: Set<Unicode.Scalar>
        var isCyrillic: Bool
        var isRead: Bool
    }

    let candidates: [Candidate]
    /// Each identifying word with the candidates it speaks for, and each identifying letter:
    /// one lookup per word of the text, whatever the number of languages.
    let wordIndex: [String: [Int]]
    let letterIndex: [UInt32: [Int]]
    /// At most this many words are read: enough to be sure (the identifying words are the
    /// most frequent of their languages), and little for a long page.
    static let wordLimit = 400

    /// - Parameters:
    ///   - profiles: the languages read, English first.
    ///   - recognized: `Config/languages.tsv`'s text: languages recognized but not read (by
    ///     default the built-in file).
    public init(profiles: [LanguageProfile], recognized: String? = nil) {
        let recognized = recognized ?? DefaultLexicon.recognizedLanguages
        var candidates = [Candidate]()
        func isCyrillic(_ words: [String]) -> Bool {
            let scalars = words.flatMap(\.unicodeScalars)
            return scalars.count { (0x400...0x4FF).contains($0.value) } * 2 > scalars.count
        }
        for profile in profiles {
            let words = profile.identifyingWords
            candidates.append(
                Candidate(
                    code: profile.code, words: Set(words), letters: Set(profile.identifyingLetters.flatMap(\.unicodeScalars)),
                    isCyrillic: isCyrillic(words), isRead: true))
        }
        for (_, line) in LexiconFile.rows(recognized) {
            let columns = line.split(separator: "\t").map { String($0).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
            guard let code = columns.first, !candidates.contains(where: { $0.code == code }) else { continue }
            let words = columns.dropFirst().flatMap { TextFolding.words($0) }
            candidates.append(Candidate(code: code, words: Set(words), letters: [], isCyrillic: isCyrillic(words), isRead: false))
        }
        self.candidates = candidates
        var words = [String: [Int]]()
        var letters = [UInt32: [Int]]()
        for (index, candidate) in candidates.enumerated() {
            for word in candidate.words { words[word, default: []].append(index) }
            for letter in candidate.letters { letters[letter.value, default: []].append(index) }
        }
        wordIndex = words
        letterIndex = letters
    }

    public static func == (lhs: LanguageIdentifier, rhs: LanguageIdentifier) -> Bool { lhs.candidates == rhs.candidates }
    public func hash(into hasher: inout Hasher) { hasher.combine(candidates) }

    /// The language of `texts` (a title and paragraphs): a profile's code, a recognized
    /// language's code, or `undetermined`. One pass over the scalars of the first
    /// `wordLimit` words, lowercased as `TextFolding` does, without making a String per word
    /// unless it could be an identifying word.
    public func identify(_ texts: [String]) -> String {
        var cyrillic = 0
        var latin = 0
        var hits = [Int](repeating: 0, count: candidates.count)
        var letterHits = [Int](repeating: 0, count: candidates.count)
        var read = 0
        var word = [UInt8]()
        word.reserveCapacity(32)
        func flush() {
            guard !word.isEmpty else { return }
            read += 1
            if word.count <= 24, let speakers = wordIndex[String(decoding: word, as: UTF8.self)] {
                for index in speakers { hits[index] += 1 }
            }
            word.removeAll(keepingCapacity: true)
        }
        outer: for text in texts {
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    let lower = value | 0x20
                    if lower >= 0x61 && lower <= 0x7A {
                        latin += 1
                        word.append(UInt8(lower))
                    } else if value >= 0x30 && value <= 0x39 {
                        word.append(UInt8(value))
                    } else {
                        flush()
                        if read >= Self.wordLimit { break outer }
                    }
                    continue
                }
                if value >= 0x400 && value <= 0x4FF {
                    cyrillic += 1
                    let lower = TextFolding.simpleLowercase(scalar) ?? scalar
                    if let speakers = letterIndex[lower.value] { for index in speakers { letterHits[index] += 1 } }
                    word.appendUTF8(lower)
                } else if scalar.properties.isAlphabetic {
                    latin += 1
                    word.appendUTF8(TextFolding.simpleLowercase(scalar) ?? scalar)
                } else {
                    flush()
                    if read >= Self.wordLimit { break outer }
                }
            }
            flush()
            if read >= Self.wordLimit { break }
        }
        guard cyrillic + latin > 0 else { return Self.undetermined }
        let script = cyrillic > latin
        var best: Int?
        var bestScore = 0
        for (index, candidate) in candidates.enumerated() where candidate.isCyrillic == script {
            // Words weigh most; a letter only one alphabet has tips a close call.
            let score = hits[index] * 4 + letterHits[index]
            if score > bestScore { (best, bestScore) = (index, score) }
        }
        if let best { return candidates[best].code }
        // No word of any language: a headline or a caption. Read it as the first language of
        // its script, if that script has one.
        return candidates.first { $0.isCyrillic == script && $0.isRead }?.code ?? Self.undetermined
    }
}
