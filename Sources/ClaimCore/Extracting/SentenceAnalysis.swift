/// One word of a sentence, folded, with whether it stands inside a quotation
/// and the punctuation that separates it from the word before.
struct SentenceWord: Hashable {
    var text: String
    var isQuoted: Bool
    /// The characters between the previous word and this one, spaces included (", ", " - ", "'").
    var separator: String = " " {
        didSet { (followsClauseBreak, followsComma) = Self.breaks(in: separator) }
    }
    /// A clause break stands before this word (";" or ":").
    private(set) var followsClauseBreak = false
    /// A comma stands before this word.
    private(set) var followsComma = false

    init(text: String, isQuoted: Bool, separator: String = " ") {
        self.text = text
        self.isQuoted = isQuoted
        self.separator = separator
        (followsClauseBreak, followsComma) = Self.breaks(in: separator)
    }

    /// Whether a separator holds ";" or ":", and ",": read once, asked by every rule.
    private static func breaks(in separator: String) -> (clause: Bool, comma: Bool) {
        var clause = false
        var comma = false
        for byte in separator.utf8 {
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") { clause = true }
            if byte == UInt8(ascii: ",") { comma = true }
        }
        return (clause, comma)
    }
}

/// A lexicon entry found in a sentence.
struct Mention: Hashable {
    var range: Range<Int>
    var name: String
    var phrase: String
    var isQuoted: Bool
    /// "Bogomaz's version", "the corps' commander": the owner of something, not a speaker.
    var isPossessive = false
    /// The object of a preposition or verb ("against the Kremlin", "strike the Kremlin").
    var isGoverned = false
    /// Part of a word or a dateline, not a name that acts: "Kremlin-backed", "KYIV (Reuters) -".
    var isModifier = false

    /// May stand as the speaker of a claim.
    var canSpeak: Bool { !isQuoted && !isPossessive && !isGoverned && !isModifier }
}

/// What the rules need to know about one sentence: its words, the actors,
/// places, trigger phrases and dates in it.
struct SentenceAnalysis {
    var text: String
    var paragraph: Int
    var isHeadline: Bool
    var words: [SentenceWord] {
        didSet { folded = words.map(\.text) }
    }
    var actors: [Mention]
    var places: [Mention]
    var cues: [PhraseMatcher<Trigger.Categories>.Match]
    var dates: [DateMention]
    /// The words' folded texts, kept beside them (the rules read them dozens of times a sentence).
    private(set) var folded: [String]

    /// A line at the top of the body with no sentence end ("Russia admits losing 28 villages,
    /// the ministry goes on reporting repelled attacks"): a headline or standfirst that the
    /// reader could not tell from the body. Claims.md makes the body's restatement the evidence.
    var isStandfirst: Bool { !isHeadline && paragraph < 2 && !text.endsSentence }

    /// - Parameter folded: `words.map(\.text)`, when the caller has made it already.
    init(
        text: String, paragraph: Int, isHeadline: Bool, words: [SentenceWord], folded: [String]? = nil, actors: [Mention], places: [Mention],
        cues: [PhraseMatcher<Trigger.Categories>.Match], dates: [DateMention]
    ) {
        (self.text, self.paragraph, self.isHeadline, self.words) = (text, paragraph, isHeadline, words)
        (self.actors, self.places, self.cues, self.dates) = (actors, places, cues, dates)
        self.folded = folded ?? words.map(\.text)
    }

    /// Ends with a question mark (closing quotes and brackets after it allowed) outside a
    /// quotation: the sentence asks, it does not assert.
    var isQuestion: Bool {
        guard let last = text.unicodeScalars.last(where: { !"\"'”’»)] ".unicodeScalars.contains($0) }) else { return false }
        return (last == "?" || last == "\u{FF1F}") && !(words.last?.isQuoted ?? false)
    }

    func cues(_ category: Trigger.Category) -> [PhraseMatcher<Trigger.Categories>.Match] {
        cues.filter { $0.value.contains(category) }
    }

    func cues(_ category: Trigger.Category, in range: Range<Int>) -> [PhraseMatcher<Trigger.Categories>.Match] {
        cues.filter { $0.value.contains(category) && range.contains($0.range.lowerBound) }
    }

    func has(_ category: Trigger.Category) -> Bool { cues.contains { $0.value.contains(category) } }

    /// How many words open the sentence as a wire dateline's places ("moscow / kyiv , march 2
    /// ( wire ) - …": 2): places joined by "/", a comma, a month and its day, then the agency in
    /// parentheses and a dash. 0 when the sentence opens with no such dateline.
    static func datelinePlaces(in words: [SentenceWord], language: LanguageProfile) -> Int {
        var places = 1
        while places < min(words.count, 4), words[places].separator == "/" { places += 1 }
        guard places + 1 < words.count, words[places].followsComma, language.dates.months[words[places].text] != nil,
            words[places + 1].text.first?.isNumber == true
        else { return 0 }
        let closes = words[(places + 2)..<min(words.count, places + 8)].contains {
            $0.separator.contains(")") && ($0.separator.contains("-") || $0.separator.contains("–") || $0.separator.contains("—"))
        }
        return closes ? places : 0
    }

    /// Marks possessive and governed mentions: a name after a governing word (the language's
    /// `governing` list, a determiner between them allowed) is an object; after an owner
    /// preposition it is one unless a speaker noun stands before that ("the commander of the corps").
    /// - Parameter datelinePlaces: `datelinePlaces(in: words, language:)`, asked once per sentence.
    static func annotate(_ mention: Mention, in words: [SentenceWord], datelinePlaces: Int, language: LanguageProfile) -> Mention {
        var out = mention
        let end = mention.range.upperBound
        if end < words.count {
            // "Bogomaz's" (then "s"), "the corps' commander" (then "' ").
            let separator = words[end].separator
            let suffixed = separator.hasPrefix("'") && language.possessiveSuffixes.contains(words[end].text)
            out.isPossessive = separator == "'" || separator.hasPrefix("' ") || suffixed
            // "the Legion's commander conceded …", "the corps' spokesman said": the name's speaker
            // speaks for it; it owns no claim.
            if out.isPossessive, let noun = words[safe: suffixed ? end + 1 : end], language.speakerNouns.contains(noun.text) {
                out.isPossessive = false
            }
            // "Kremlin-backed", "Kyiv-based": joined to the next word by a hyphen, it describes;
            // "KYIV (Reuters) - …", "MOSCOW/KYIV, March 2 (Wire) - …": a dateline's places and
            // agency open the sentence.
            let isDateline =
                (mention.range.lowerBound == 0 && separator.contains("(")
                    && words[(end + 1)..<min(words.count, end + 4)].contains { $0.separator.contains(")") && $0.separator.contains("-") })
                || end <= datelinePlaces
            out.isModifier = separator == "-" || isDateline
        }
        let start = mention.range.lowerBound
        var before = start - 1
        if before >= 0, language.determiners.contains(words[before].text) { before -= 1 }
        // "according to the ministry": the name after a cue that puts its speaker after it speaks.
        let afterSpeechCue = language.speakerAfterCuePhrases.contains { phrase in
            !phrase.isEmpty && before + 1 - phrase.count >= 0 && words[(before + 1 - phrase.count)...before].map(\.text) == phrase
        }
        if before >= 0 && !afterSpeechCue {
            let word = words[before].text
            if language.governing.contains(word) {
                out.isGoverned = true
            } else if language.ownerPrepositions.contains(word) {
                out.isGoverned = !(before > 0 && language.speakerNouns.contains(words[before - 1].text))
            } else if language.ownerClaimNouns.contains(word) && before == start - 1 && words[start].separator.allSatisfy({ $0 == " " })
                && !(before > 0
                    && (language.governing.contains(words[before - 1].text) || language.locativePrepositions.contains(words[before - 1].text)
                        || words[before - 1].text.unicodeScalars.count <= 2))
            {
                // "обвинения российского президента отвергли", "назвал слова Путина": a name right
                // after such a claim noun owns the claim (a genitive) and is not the one who speaks.
                // Not after punctuation, nor when a preposition (or any word of two letters)
                // governs the noun ("в ответ на обвинения Гладков заявил": the noun is a phrase of
                // its own).
                out.isGoverned = true
            }
        }
        return out
    }

    /// Splits a sentence into folded words, marking those inside double quotes
    /// (a speaker is never inside the quotation it is credited with) and
    /// keeping the punctuation between words for clause breaks and possessives.
    static func words(of sentence: String) -> [SentenceWord] {
        var table = ArticleWords(vocabulary: Vocabulary(phrases: []), memo: WordMemo())
        return tokens(of: sentence, table: &table).words
    }

    /// `words(of:)`, each word numbered in the article's `table` as it is read (by its bytes:
    /// a word the article has used before makes no new `String`), with those numbers.
    static func tokens(of sentence: String, table: inout ArticleWords) -> (words: [SentenceWord], ids: [ArticleWords.ID]) {
        var sentence = sentence
        return sentence.withUTF8 { SentenceTokenizer.tokens(ofUTF8: $0, table: &table) }
    }
}

extension Unicode.Scalar {
    /// A letter or digit (what `Character.isLetter || isNumber` asks of a character's first scalar).
    @inline(__always) var isWordCharacter: Bool {
        if value < 0x80 {
            let lower = value | 0x20
            return (lower >= 0x61 && lower <= 0x7A) || (value >= 0x30 && value <= 0x39)
        }
        if isCyrillicLetter { return true }
        return properties.isAlphabetic || properties.numericType != nil
    }

    @inline(__always) var isCombiningMark: Bool {
        guard value >= 0x300, !isCyrillicLetter else { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
