/// A language profile, read from `Config/lang/<code>/`: the function words and word lists
/// the rules ask about (`words.tsv`: "is the word before this name a governing
/// preposition?"), the kind table (`kinds.tsv`: speaker role × signals → kind) and the
/// answer table (`answers.tsv`: whose claim a denial answers) and the date words
/// (`dates.tsv`: weekdays, months, "yesterday", "two days earlier") and the page chrome the
/// reader removes (`page.tsv`: sidebar headers, prompts, bylines). The engine holds the
/// rules' mechanics; no English word and no role-to-kind decision lives in its code.
///
/// Each list is stored as a `WordSet`, so a rule's question costs about what comparing with
/// a literal did. Entries of several words (`even as`) are kept as word arrays and matched
/// at a position (`opensClause`, `begins`).
public struct LanguageProfile: Sendable, Hashable {
    /// The lists the engine reads; a profile must give every one.
    public enum List: String, Sendable, CaseIterable {
        case governing, ownerPrepositions = "owner-prepositions", speakerNouns = "speaker-nouns", determiners
        case nameQualifiers = "name-qualifiers", possessiveSuffixes = "possessive-suffixes"
        case personalPronouns = "personal-pronouns", referenceDeterminers = "reference-determiners"
        case genericReferents = "generic-referents", groupReferents = "group-referents"
        case clauseOpeners = "clause-openers", clauseBreakers = "clause-breakers", participles, connectives
        /// Open a clause put before the main one ("after", "when"): a name in it that a comma
        /// then closes does not speak the main clause's verb. Optional: a `words.tsv` written
        /// before it was added reads it as empty.
        case frontedOpeners = "fronted-openers"
        /// Open a second statement with no comma before it when a speaker and its speech or
        /// denial verb follow ("Moscow says attack repelled as Kyiv denies role"). Optional.
        case speakerClauseOpeners = "speaker-clause-openers"
        /// After a reference to the act, say what it was for ("the attacks were meant to …"). Optional.
        case purposePhrases = "purpose-phrases"
        /// Before a name, hedge it and belong to it ("the so-called Russian Volunteer Corps"). Optional.
        case nameHedges = "name-hedges"
        /// Open a clause whose subject says nothing: "None of the groups has claimed …". Optional.
        case negatingQuantifiers = "negating-quantifiers"
        /// Before an infinitive marker, make the act done, not intended ("were able to stop",
        /// "managed to repel"). Optional.
        case achievementWords = "achievement-words"
        /// Counterclaim phrases that stop the raiders even while under way ("fighting to repel the
        /// troops that entered is continuing"): a repulsion, not an operation against them. Optional.
        case repellingPhrases = "repelling-phrases"
        /// Open a digest's line naming whose post follows ("Forwarded from", "Переслано из"): a
        /// label, with or without a time stamp or a colon on the line. Optional.
        case forwardLabels = "forward-labels"
        /// Open a denial phrase that a negation before it completes, not cancels ("never had
        /// anything close to 2,500 men"). Optional.
        case negativePolarity = "negative-polarity"
        /// Before a told act, make it the outlet's guess ("Russian forces likely pushed the Legion
        /// out"): no actor's claim. Optional.
        case hedges
        /// A name right after one of these owns the claim it names, as a genitive ("обвинения
        /// российского президента", "слова Путина"); it is not the one who speaks. Optional (a
        /// language that writes the owner before the noun, as English does, has none).
        case ownerClaimNouns = "owner-claim-nouns"
        /// Before a name, make it an office someone holds, not a speaker ("Medvedev, who served
        /// as Russian president, said"): the name names no actor there. Optional.
        case officePhrases = "office-phrases"
        /// Between a placed name and its speech verb, say how it speaks, not what ("У ГУР у
        /// відповідь повторили", "В Кремле в свою очередь заявили"): they do not part the two.
        /// Optional.
        case discourseAdverbials = "discourse-adverbials"
        case speechNegators = "speech-negators", passiveAgents = "passive-agents", speakerAfterCue = "speaker-after-cue"
        case nonAssertions = "non-assertions", claimNouns = "claim-nouns", complementizers
        case infinitiveMarkers = "infinitive-markers", progressiveMarkers = "progressive-markers"
        case progressiveSuffixes = "progressive-suffixes", passiveMarkers = "passive-markers"
        case intransitiveLosses = "intransitive-losses", negativePrefixes = "negative-prefixes", nonActWords = "non-act-words"
        case abbreviations, answerCues = "answer-cues", relativePronouns = "relative-pronouns"
        /// After or inside a cue that puts its speaker after it, these stand for the last speaker
        /// ("according to him", "по его словам", "за його словами").
        case objectPronouns = "object-pronouns"
        /// Before an act, these make it the topic of a headline or a question, not an assertion
        /// ("Kapustin — about the raid…", "о рейде", "про рейд").
        case topicPrepositions = "topic-prepositions"
        /// Negations that follow what they negate ("прорыва в Тёткино не было", "військ немає").
        case postNegations = "post-negations"
        /// A denial phrase starting with one of these confines the act before it ("troops were
        /// fighting exclusively on the territory of Ukraine"): no act is stated beside the denial.
        case restrictivePrefixes = "restrictive-prefixes"
        /// Beside a speech verb, these credit the sentence before to its speaker ("announced this",
        /// "об этом сообщил", "про це повідомив").
        case backReferences = "back-references"
        /// Frequent words of the language that tell it from others (`LanguageIdentifier`).
        /// Before a name, these place it ("в Киеве", "у Москві"): it speaks only as an institution
        /// beside its speech verb ("в Минобороны заявили", "сообщили в Минобороны").
        case locativePrepositions = "locative-prepositions"
        case identifyingWords = "identifying-words"
        /// Letters only this language's alphabet uses among those read (Ukrainian і ї є ґ).
        case identifyingLetters = "identifying-letters"
        /// The analyser that reduces inflected words to base forms (`Morphology`), by name:
        /// empty for a language written in base forms (English).
        case morphology
        /// The ICU transform that writes the language's names in Latin letters for the fuzzy name
        /// matcher (`Cyrillic-Latin; Latin-ASCII`); empty for a Latin-script language.
        case transliteration
    }

    /// The language's code (`en`), as its folder is named.
    public let code: String
    /// The texts of the five files, so that an overlay replacing one of them can rebuild the rest.
    public let texts: Texts

    /// The texts of a profile's files.
    public struct Texts: Sendable, Hashable {
        public var words: String, kinds: String, answers: String, dates: String, page: String
        /// The language's own trigger phrases (`triggers.tsv` of its folder; empty for English,
        /// whose triggers are the lexicon's `triggers.tsv`).
        public var triggers: String
        public init(words: String, kinds: String, answers: String, dates: String, page: String, triggers: String = "") {
            (self.words, self.kinds, self.answers, self.dates, self.page, self.triggers) = (words, kinds, answers, dates, page, triggers)
        }
    }
    private let entries: [List: [String]]
    /// Speaker role × frame signals → kind (`kinds.tsv`).
    let kinds: KindTable
    /// Whose claims a denial answers (`answers.tsv`).
    let answers: AnswerTable
    /// Weekdays, months and relative days (`dates.tsv`).
    public let dates: DateWords
    /// Page chrome the reader removes (`page.tsv`), with `dates`' months for datelines.
    public let page: PageWords
    /// The language's own trigger phrases (`triggers.tsv` of its folder).
    public let triggers: [Trigger]
    /// The analyser `morphology` names, once the loader has bound it (`with(morphology:)`).
    public private(set) var morphology: (any Morphology)?
    /// The transform `transliteration` names, once the loader has bound it.
    public private(set) var transliteration: (any Transliteration)?
    /// What `words.tsv` names as the transform (nil when none).
    public var transliterationName: String? { entries[.transliteration]?.first }
    /// What `words.tsv` names as the analyser (nil when none).
    public var morphologyName: String? { entries[.morphology]?.first }
    /// The words that tell this language from others.
    public var identifyingWords: [String] { entries[.identifyingWords] ?? [] }
    /// The letters that tell this language from others of its script.
    public var identifyingLetters: [String] { entries[.identifyingLetters] ?? [] }

    let governing: WordSet, ownerPrepositions: WordSet, speakerNouns: WordSet, determiners: WordSet
    let nameQualifiers: WordSet, possessiveSuffixes: WordSet
    let personalPronouns: WordSet, referenceDeterminers: WordSet, genericReferents: WordSet, groupReferents: WordSet
    let clauseBreakers: WordSet, participles: WordSet, connectives: WordSet, frontedOpeners: WordSet
    let speakerClauseOpeners: WordSet
    /// "able", "managed": before an infinitive marker, the act after it was done.
    let achievementWords: WordSet
    /// "repel", "repelling": a repulsion under way is still a repulsion.
    let repellingPhrases: WordSet
    /// `purpose-phrases`, each as its words.
    let purposePhrases: [[String]]
    /// `name-hedges`, each as its words.
    let nameHedges: [[String]]
    /// `office-phrases`, each as its words.
    let officePhrases: [[String]]
    /// `discourse-adverbials`, each as its words.
    let discourseAdverbials: [[String]]
    /// `negating-quantifiers`, each as its words.
    let negatingQuantifiers: [[String]]
    /// `forward-labels`, as word lists.
    let forwardLabels: [[String]]
    /// `negative-polarity`.
    let negativePolarity: WordSet
    /// `hedges`.
    let hedges: WordSet
    /// `owner-claim-nouns`.
    let ownerClaimNouns: WordSet
    let speechNegators: WordSet, passiveAgents: WordSet, speakerAfterCue: WordSet
    let nonAssertions: WordSet, claimNouns: WordSet, complementizers: WordSet
    let infinitiveMarkers: WordSet, progressiveMarkers: WordSet, passiveMarkers: WordSet, intransitiveLosses: WordSet
    let nonActWords: WordSet
    /// "в", "у": a name after one speaks only beside its speech verb.
    let locativePrepositions: WordSet
    /// "who", "whose", "which" after a name and a comma: a clause describing it.
    let relativePronouns: WordSet
    /// "him", "его": the last speaker, after or inside an according-to cue.
    let objectPronouns: WordSet
    /// "about", "о", "про": an act after one is a topic, not an assertion.
    let topicPrepositions: WordSet
    /// "не было", "немає": a negation negating the act a few words before it.
    let postNegations: WordSet
    /// Words whose full stop ends no sentence ("Gov.", "Sept.").
    public let abbreviations: Set<String>
    /// Suffixes and prefixes, tested on a phrase's text rather than looked up.
    let progressiveSuffixes: [String], negativePrefixes: [String], restrictivePrefixes: [String]
    /// Clause openers by first word, each with the words that must follow it (none for a one-word opener).
    let clauseOpeners: [String: [[String]]]
    /// `speakerAfterCue`'s phrases as words, split once.
    let speakerAfterCuePhrases: [[String]]
    /// `answerCues`' phrases as words ("replying to"): the actor after one owns what a denial answers.
    let answerCuePhrases: [[String]]
    /// `backReferences`' phrases as words ("об этом").
    let backReferencePhrases: [[String]]

    /// The entries of `list` in file order.
    public func entries(of list: List) -> [String] { entries[list] ?? [] }

    /// Reads a profile from the texts of its files.
    /// - Parameter folder: where they are, for error messages (`FOLDER/words.tsv` line 3).
    /// - Throws: `LexiconError` naming the file and the line of an unknown list, role, signal or
    ///   kind, or line 0 for a missing list.
    public init(
        code: String, words: String, kinds: String, answers: String, dates: String, page: String, triggers: String = "", folder: String
    ) throws(LexiconError) {
        texts = Texts(words: words, kinds: kinds, answers: answers, dates: dates, page: page, triggers: triggers)
        self.triggers = try Trigger.read(triggers, source: folder + "/triggers.tsv")
        self.dates = try DateWords(text: dates, source: folder + "/dates.tsv")
        self.page = try PageWords(text: page, months: self.dates.months, weekdays: self.dates.weekdays, source: folder + "/page.tsv")
        self.kinds = try KindTable(text: kinds, source: folder + "/kinds.tsv")
        self.answers = try AnswerTable(text: answers, source: folder + "/answers.tsv")
        let source = folder + "/words.tsv"
        var entries = [List: [String]]()
        let lists: [List: [(entry: String, line: Int)]] = try NamedLists.read(
            words, source: source, kind: "word list",
            optional: [
                .frontedOpeners, .speakerClauseOpeners, .purposePhrases, .nameHedges, .negatingQuantifiers, .achievementWords, .repellingPhrases,
                .forwardLabels, .negativePolarity, .hedges, .ownerClaimNouns, .officePhrases,
                .discourseAdverbials,
            ])
        for list in List.allCases {  // in a fixed order, so the first bad entry reported is the same every run
            entries[list] = []
            for (entry, line) in lists[list] ?? [] {
                // The analyser's name is a name, not words of the text.
                if list == .morphology || list == .transliteration {
                    entries[list, default: []].append(entry)
                    continue
                }
                let words = TextFolding.words(entry)
                guard !words.isEmpty else {
                    throw LexiconError(source: source, line: line, problem: "'\(entry)' in '\(list.rawValue)' holds no word")
                }
                entries[list, default: []].append(words.joined(separator: " "))
            }
        }
        self.code = code
        self.entries = entries
        func set(_ list: List) -> WordSet { WordSet(entries[list] ?? []) }
        func phrases(_ list: List) -> [[String]] { (entries[list] ?? []).map { $0.split(separator: " ").map(String.init) } }
        (governing, ownerPrepositions, speakerNouns, determiners) = (set(.governing), set(.ownerPrepositions), set(.speakerNouns), set(.determiners))
        (nameQualifiers, possessiveSuffixes) = (set(.nameQualifiers), set(.possessiveSuffixes))
        (personalPronouns, referenceDeterminers) = (set(.personalPronouns), set(.referenceDeterminers))
        (genericReferents, groupReferents) = (set(.genericReferents), set(.groupReferents))
        (clauseBreakers, participles, connectives) = (set(.clauseBreakers), set(.participles), set(.connectives))
        frontedOpeners = set(.frontedOpeners)
        (speakerClauseOpeners, achievementWords, repellingPhrases) = (set(.speakerClauseOpeners), set(.achievementWords), set(.repellingPhrases))
        (purposePhrases, nameHedges, negatingQuantifiers) = (phrases(.purposePhrases), phrases(.nameHedges), phrases(.negatingQuantifiers))
        forwardLabels = phrases(.forwardLabels)
        officePhrases = phrases(.officePhrases)
        discourseAdverbials = phrases(.discourseAdverbials)
        negativePolarity = set(.negativePolarity)
        hedges = set(.hedges)
        ownerClaimNouns = set(.ownerClaimNouns)
        (speechNegators, passiveAgents, speakerAfterCue) = (set(.speechNegators), set(.passiveAgents), set(.speakerAfterCue))
        (nonAssertions, claimNouns, complementizers) = (set(.nonAssertions), set(.claimNouns), set(.complementizers))
        (infinitiveMarkers, progressiveMarkers, passiveMarkers) = (set(.infinitiveMarkers), set(.progressiveMarkers), set(.passiveMarkers))
        (intransitiveLosses, nonActWords, abbreviations) = (set(.intransitiveLosses), set(.nonActWords), Set(entries[.abbreviations] ?? []))
        relativePronouns = set(.relativePronouns)
        (objectPronouns, topicPrepositions, postNegations) = (set(.objectPronouns), set(.topicPrepositions), set(.postNegations))
        locativePrepositions = set(.locativePrepositions)
        (progressiveSuffixes, negativePrefixes) = (entries[.progressiveSuffixes] ?? [], entries[.negativePrefixes] ?? [])
        restrictivePrefixes = entries[.restrictivePrefixes] ?? []
        var openers = [String: [[String]]]()
        for entry in entries[.clauseOpeners] ?? [] {
            let words = entry.split(separator: " ").map(String.init)
            guard let first = words.first else { continue }
            openers[first, default: []].append(Array(words.dropFirst()))
        }
        clauseOpeners = openers
        (speakerAfterCuePhrases, answerCuePhrases, backReferencePhrases) = (phrases(.speakerAfterCue), phrases(.answerCues), phrases(.backReferences))
    }

    /// This profile with `transliteration` bound.
    public func with(transliteration: (any Transliteration)?) -> LanguageProfile {
        var out = self
        out.transliteration = transliteration
        return out
    }

    /// This profile with `morphology` bound (the analyser its `morphology` list names).
    public func with(morphology: (any Morphology)?) -> LanguageProfile {
        var out = self
        out.morphology = morphology
        return out
    }

    /// A profile built from the texts of a built-in folder, which are tested.
    static func builtIn(code: String, texts: Texts) -> LanguageProfile {
        do {
            return try LanguageProfile(
                code: code, words: texts.words, kinds: texts.kinds, answers: texts.answers, dates: texts.dates, page: texts.page,
                triggers: texts.triggers, folder: "built-in lang/\(code)")
        } catch {
            // The embedded files are tested (DefaultLexiconTests); a bad one is a build defect.
            preconditionFailure("built-in profile lang/\(code): \(error)")
        }
    }

    /// The built-in English profile (`Config/lang/en/words.tsv` compiled in).
    public static let english: LanguageProfile = builtIn(code: "en", texts: DefaultLexicon.profiles[0].texts)

    /// Every built-in profile (`Config/lang/*/`), English first.
    public static let builtInProfiles: [LanguageProfile] = DefaultLexicon.profiles.map { builtIn(code: $0.code, texts: $0.texts) }

    /// True when a clause opener starts at `index` of `words` (its first word there, and the words it needs after it).
    func opensClause(at index: Int, in words: [String]) -> Bool {
        guard let continuations = clauseOpeners[words[index]] else { return false }
        return continuations.contains { words.hasPhrase($0, at: index + 1) }
    }

    /// True when `words` at `range` begin with one of `phrases` (each split into its words).
    func begins(_ range: Range<Int>, in words: [String], with phrases: [[String]]) -> Bool {
        phrases.contains { $0.count <= range.count && words.hasPhrase($0, at: range.lowerBound) }
    }

    /// Equal when they read the same: the files' texts (comments, layout) do not count, and the
    /// word sets, openers and phrases are made from `entries`.
    public static func == (lhs: LanguageProfile, rhs: LanguageProfile) -> Bool {
        lhs.code == rhs.code && lhs.entries == rhs.entries && lhs.kinds == rhs.kinds && lhs.answers == rhs.answers && lhs.dates == rhs.dates
            && lhs.page == rhs.page && lhs.triggers == rhs.triggers && lhs.morphology?.name == rhs.morphology?.name
            && lhs.transliteration?.name == rhs.transliteration?.name
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(entries)
    }
}
