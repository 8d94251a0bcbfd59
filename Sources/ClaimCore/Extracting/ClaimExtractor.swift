/// Rule- and lexicon-based claim extraction, in the spirit of event coders
/// such as PETRARCH (actor and verb dictionaries) but on clauses rather
/// than parses: each clause's speech frames (who says what) are read for
/// trigger phrases, and a frame whose speaker is in the lexicon makes a
/// claim whose kind follows from what is said and the speaker's role.
///
/// Pure: an article and a lexicon in, claims (and an explanation) out.
public struct ClaimExtractor: Sendable {
    /// Each canonical actor's name and alias words ("the ministry" → the actor whose words hold "ministry").
    let actorWords: [String: Set<String>]
    let actorMatcher: NameMatcher
    let placeMatcher: NameMatcher
    let cueMatcher: PhraseMatcher<Trigger.Categories>
    /// The words of every actor, place and trigger phrase, numbered: each sentence is
    /// numbered once and the three matchers compare numbers.
    let vocabulary: Vocabulary
    let roles: [String: ActorRole]
    /// Actors that can be the subject of a raid (`Actor.canRaid`).
    let raiders: Set<String>
    let regionOfPlace: [String: String]
    let regions: Set<String>
    /// The region each official with one answers for (`Actor.jurisdiction`).
    let jurisdictions: [String: String]
    /// Word skeletons and fuzzy candidates for the name matchers, kept across articles.
    let wordMemo: WordMemo
    /// The function words the rules ask about.
    let language: LanguageProfile
    /// The extractors of the lexicon's other languages, by code (empty in those extractors).
    let otherLanguages: [String: ClaimExtractor]
    /// Tells an article's language when the reader has not.
    public let identifier: LanguageIdentifier

    /// Prepares the matchers for `lexicon` (done once per lexicon load, not per article): one
    /// extractor per language the lexicon reads, sharing its actors and places.
    public init(lexicon: Lexicon) {
        let identifier = LanguageIdentifier(profiles: lexicon.languages)
        let others = lexicon.otherLanguages.map { profile in
            (profile.code, ClaimExtractor(lexicon: lexicon, profile: profile, triggers: profile.triggers, identifier: identifier, others: [:]))
        }
        self.init(
            lexicon: lexicon, profile: lexicon.language, triggers: lexicon.triggers + lexicon.language.triggers, identifier: identifier,
            others: Dictionary(others, uniquingKeysWith: { a, _ in a }))
    }

    private init(lexicon: Lexicon, profile: LanguageProfile, triggers: [Trigger], identifier: LanguageIdentifier, others: [String: ClaimExtractor]) {
        self.identifier = identifier
        otherLanguages = others
        actorWords = Dictionary(
            lexicon.actors.map { actor in (actor.name, Set(([actor.name] + actor.aliases).flatMap { TextFolding.words($0) })) },
            uniquingKeysWith: { a, b in a.union(b) })
        var categories = [String: Trigger.Categories]()
        for trigger in triggers { categories[trigger.phrase.lowercased(), default: []].insert(trigger.category) }
        let vocabulary = Vocabulary(
            phrases: lexicon.actors.flatMap { [$0.name] + $0.aliases } + lexicon.places.flatMap { [$0.name] + $0.aliases } + categories.keys,
            morphology: profile.morphology)
        self.vocabulary = vocabulary
        // Names in another script are compared in Latin letters (the profile's transliteration).
        let spelling = lexicon.skeletonRules.transliterating(with: profile.transliteration)
        actorMatcher = NameMatcher(actors: lexicon.actors, vocabulary: vocabulary, rules: spelling)
        placeMatcher = NameMatcher(places: lexicon.places, vocabulary: vocabulary, rules: spelling)
        wordMemo = WordMemo(rules: spelling, matchers: [actorMatcher, placeMatcher])
        // In phrase order: a Dictionary's order changes from one process to the next.
        cueMatcher = PhraseMatcher(categories.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, vocabulary: vocabulary)
        roles = Dictionary(lexicon.actors.map { ($0.name, $0.role) }, uniquingKeysWith: { a, _ in a })
        raiders = Set(lexicon.actors.filter(\.canRaid).map(\.name))
        regionOfPlace = Dictionary(lexicon.places.compactMap { p in p.region.map { (p.name, $0) } }, uniquingKeysWith: { a, _ in a })
        regions = Set(lexicon.places.filter(\.isRegion).map(\.name))
        jurisdictions = Dictionary(lexicon.actors.compactMap { actor in actor.jurisdiction.map { (actor.name, $0) } }, uniquingKeysWith: { a, _ in a })
        language = profile
    }

    /// The language of `article`: the reader's, else told from its text.
    public func language(of article: NormalizedArticle) -> String {
        article.language ?? identifier.identify((article.title.map { [$0] } ?? []) + article.paragraphs)
    }

    /// Whether articles in `code` are read (a profile exists for it).
    public func reads(_ code: String) -> Bool { code == language.code || otherLanguages[code] != nil }

    /// The claims of `article`, in order of first mention.
    public func extract(_ article: NormalizedArticle) -> [Claim] { explain(article, tracing: false).claims }

    /// The claims and, sentence by sentence, what produced them (`scan --explain`).
    public func explain(_ article: NormalizedArticle) -> (claims: [Claim], trace: [SentenceTrace]) { explain(article, tracing: true) }

    /// How many paragraphs below its heading a forwarded post may run (a digest's posts are short;
    /// a page quoting one forwarded line must not give the rest of the page to its channel).
    static let forwardedParagraphs = 4

    /// The claims, and the trace when `tracing` (the same rules either way: the trace only
    /// writes down what they decided).
    private func explain(_ article: NormalizedArticle, tracing: Bool) -> (claims: [Claim], trace: [SentenceTrace]) {
        let code = language(of: article)
        if code != language.code {
            // An article in a language no profile reads has no claims: English rules never guess at it.
            return otherLanguages[code]?.explain(article, tracing: tracing) ?? ([], [])
        }
        let sentences = analyze(article)
        /// A channel's own page (its name is the outlet or the page's first line, and that name
        /// is wholly one actor's): a sentence with no speaker of its own is the channel's.
        let voice = channelActor(of: article).map { [$0] }
        var context = ExtractionContext(published: article.published)
        var found = [FoundClaim]()
        var trace = [SentenceTrace]()
        /// A transcript's or digest's label at a paragraph's start ("NIKITIN: No, that is not
        /// true. … our fighters are there."): its speaker goes on through the paragraph.
        /// A post forwarded into a digest ("Forwarded from the Legion") may run over paragraphs:
        /// `forwardedAt` is its heading's paragraph.
        var label: (paragraph: Int, speakers: [String], forwardedAt: Int?)?
        /// The last sentence, when it said nothing and had no speaker of its own: a sentence
        /// after it that credits it ("Gladkov announced this on Telegram") gives it its speaker.
        var unattributed: (sentence: SentenceAnalysis, context: ExtractionContext)?
        /// Sentences wholly inside a quotation still open at their end, saying nothing with no
        /// speaker: the sentence that closes it ('… territory," Syrskyi said.') gives them its speaker.
        var quotation = [(sentence: SentenceAnalysis, context: ExtractionContext)]()
        for sentence in sentences {
            context.enter(sentence)
            if let current = label, current.paragraph != sentence.paragraph {
                // A forwarded post goes on over its paragraphs, up to the next entry of the digest
                // and no further than `forwardedParagraphs` below its heading.
                let carries = current.forwardedAt.map { sentence.paragraph - $0 <= Self.forwardedParagraphs } ?? false
                label =
                    carries && sentence.paragraph > current.paragraph && !opensEntry(sentence)
                    ? (sentence.paragraph, current.speakers, current.forwardedAt) : nil
            }
            var (claims, frames, opened, statements, candidates) = claims(
                in: sentence, context: context, tracing: tracing, labelSpeakers: label?.speakers ?? voice)
            if let opened { label = (sentence.paragraph, opened, nil) }
            // "No Ukrainian troops are in the region. The governor announced this on Telegram."
            let credited = claims.isEmpty ? creditedSpeakers(in: sentence, frames: statements, candidates: candidates) : nil
            if let credited, let previous = unattributed, sentence.paragraph - previous.sentence.paragraph <= 1 {
                let told = retold(previous, by: credited, in: sentence)
                found += told
                if tracing, !told.isEmpty { frames.append("credits the sentence before to \(Self.describe(told, by: credited))") }
            }
            let silent = claims.isEmpty && credited == nil && !statements.contains { $0.cue != nil }
            unattributed = silent ? (sentence, context) : nil
            let startsQuoted = sentence.words.first?.isQuoted == true
            if startsQuoted, let opening = quotation.first, sentence.paragraph == opening.sentence.paragraph,
                let closer = statements.first(where: { frame in
                    guard frame.cue != nil, !frame.isEmbedded, !frame.speakers.isEmpty, let at = frame.speakerRange?.lowerBound else { return false }
                    return !sentence.words[at].isQuoted && sentence.words[..<at].contains(where: \.isQuoted)
                })
            {
                for earlier in quotation {
                    let told = retold(earlier, by: closer.speakers, in: sentence)
                    found += told
                    if tracing, !told.isEmpty { frames.append("closes the quotation opened before, said by \(Self.describe(told, by: closer.speakers))") }
                }
            }
            let insideOpenQuotation = startsQuoted && sentence.words.last?.isQuoted == true
            quotation =
                silent && insideOpenQuotation && (quotation.isEmpty || quotation.last?.sentence.paragraph == sentence.paragraph)
                ? quotation + [(sentence, context)] : []
            // "03:58 | Russian Volunteer Corps (RDK)" on a line of its own: the digest's entry
            // heading names who speaks in the paragraph below it.
            if claims.isEmpty, let speakers = entryHeading(sentence) {
                label = (sentence.paragraph + 1, speakers, opensForwardLine(sentence) ? sentence.paragraph : nil)
            }
            found += claims
            if tracing { trace.append(SentenceTrace(sentence: sentence, frames: frames, claims: claims)) }
            context.leave(sentence, claims: claims, roles: roles, region: region(of: sentence.places))
            if claims.isEmpty, let day = headingDay(sentence) { context.enter(heading: day) }
        }
        let facts = ClaimMerger.merge(found.filter { $0.claim.kind != .denial }.map(inJurisdiction))
        // The order the article first names its actors in: a denial answering several
        // claimants' claims points at the first of them named (claims.md). Read only when the
        // article has a denial.
        let foundDenials = found.filter { $0.claim.kind == .denial }
        var firstNamed = [String: Int]()
        var named = [Set<String>]()
        if !foundDenials.isEmpty {
            for (index, sentence) in sentences.enumerated() {
                for mention in sentence.actors where firstNamed[mention.name] == nil { firstNamed[mention.name] = index << 16 | mention.range.lowerBound }
            }
            named = sentences.map { Set($0.actors.map(\.name)) }
        }
        let denials = DenialLinker(roles: roles, raiders: raiders, answers: language.answers).link(
            foundDenials, against: facts, firstNamed: firstNamed, named: named)
        let claims = ClaimMerger.merge(facts + denials.map(inJurisdiction)).enumerated()
            .sorted { ($0.element.sentenceIndex, $0.offset) < ($1.element.sentenceIndex, $1.offset) }
            .map(\.element.claim)
        return (claims, trace)
    }
}
