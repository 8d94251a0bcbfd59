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
        var label: (paragraph: Int, speakers: [String])?
        /// The last sentence, when it said nothing and had no speaker of its own: a sentence
        /// after it that credits it ("Gladkov announced this on Telegram") gives it its speaker.
        var unattributed: (sentence: SentenceAnalysis, context: ExtractionContext)?
        /// Sentences wholly inside a quotation still open at their end, saying nothing with no
        /// speaker: the sentence that closes it ('… territory," Syrskyi said.') gives them its speaker.
        var quotation = [(sentence: SentenceAnalysis, context: ExtractionContext)]()
        for sentence in sentences {
            context.enter(sentence)
            if let current = label, current.paragraph != sentence.paragraph { label = nil }
            var (claims, frames, opened, statements, candidates) = claims(in: sentence, context: context, tracing: tracing, labelSpeakers: label?.speakers ?? voice)
            if let opened { label = (sentence.paragraph, opened) }
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
            quotation = silent && insideOpenQuotation && (quotation.isEmpty || quotation.last?.sentence.paragraph == sentence.paragraph) ? quotation + [(sentence, context)] : []
            // "03:58 | Russian Volunteer Corps (RDK)" on a line of its own: the digest's entry
            // heading names who speaks in the paragraph below it.
            if claims.isEmpty, let speakers = Self.entryHeading(sentence) { label = (sentence.paragraph + 1, speakers) }
            found += claims
            if tracing { trace.append(SentenceTrace(sentence: sentence, frames: frames, claims: claims)) }
            context.leave(sentence, claims: claims, roles: roles, region: region(of: sentence.places))
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
        let denials = DenialLinker(roles: roles, raiders: raiders, answers: language.answers).link(foundDenials, against: facts, firstNamed: firstNamed, named: named)
        let claims = ClaimMerger.merge(facts + denials.map(inJurisdiction)).enumerated()
            .sorted { ($0.element.sentenceIndex, $0.offset) < ($1.element.sentenceIndex, $1.offset) }
            .map(\.element.claim)
        return (claims, trace)
    }

    /// A claim that names no region, of an official answering for one (a governor), is about
    /// that region: "there is no enemy on the region's territory", "saboteurs entered a village".
    /// Not one that names several regions.
    private func inJurisdiction(_ item: FoundClaim) -> FoundClaim {
        guard item.claim.region == nil, !item.hasOwnRegion, let region = jurisdictions[item.claim.claimant] else { return item }
        var out = item
        out.claim.region = region
        return out
    }

    /// Whether a frame's speaker stands in a relative clause: a relative pronoun between it and
    /// the comma before it ("пленными, которых корпус показал", "prisoners, whom the corps showed").
    private func inRelativeClause(_ frame: StatementFrame, _ sentence: SentenceAnalysis) -> Bool {
        guard let speaker = frame.speakerRange?.lowerBound, speaker > 0 else { return false }
        var index = speaker - 1
        while index >= 0 {
            if language.relativePronouns.contains(sentence.folded[index]) { return sentence.words[index].followsComma }
            if sentence.words[index].followsComma || sentence.words[index].followsClauseBreak || speaker - index > 3 { return false }
            index -= 1
        }
        return false
    }

    /// The claims of an earlier sentence that `sentence` credits to `speakers` (a back-reference,
    /// or the close of a quotation), read wholly as theirs.
    private func retold(
        _ earlier: (sentence: SentenceAnalysis, context: ExtractionContext), by speakers: [String], in sentence: SentenceAnalysis
    ) -> [FoundClaim] {
        Self.dated(claims(in: earlier.sentence, context: earlier.context, tracing: false, labelSpeakers: speakers, credited: true).0, by: sentence)
    }

    /// "X + Y: raid by X; raid by Y", for `scan --explain`.
    private static func describe(_ told: [FoundClaim], by speakers: [String]) -> String {
        speakers.joined(separator: " + ") + ": " + told.map { "\($0.claim.kind.rawValue) by \($0.claim.claimant)" }.joined(separator: "; ")
    }

    /// Claims credited by a later sentence, dated by nothing of their own, take that sentence's
    /// day: the day their speaker said them ('…," the Legion said on Monday').
    private static func dated(_ told: [FoundClaim], by sentence: SentenceAnalysis) -> [FoundClaim] {
        guard let day = sentence.dates.lazy.compactMap(\.day).first else { return told }
        return told.map { item in
            guard item.dateSource == .fallback, item.claim.date != nil else { return item }
            var out = item
            out.claim.date = day
            out.dateSource = .statement
            return out
        }
    }

    /// The speakers of a sentence that credits the one before it: a speech verb beside a
    /// back-reference ("announced this", "об этом сообщил", "про це повідомив", "This was
    /// reported by …") with its speaker, saying nothing of its own.
    private func creditedSpeakers(in sentence: SentenceAnalysis, frames: [StatementFrame], candidates: [SpeakerCandidate]) -> [String]? {
        let words = sentence.folded
        guard !language.backReferencePhrases.isEmpty, !sentence.isQuestion, sentence.has(.speech) else { return nil }
        func credits(_ cue: Range<Int>) -> Bool {
            // Right before the verb, or a passive marker between ("This was stated by …"); not
            // "This morning Gladkov wrote", "Это видео опубликовал".
            let before = language.backReferencePhrases.contains { phrase in
                (0...1).contains { gap in
                    let start = cue.lowerBound - gap - phrase.count
                    return start >= 0 && words.hasPhrase(phrase, at: start)
                        && (gap == 0 || language.passiveMarkers.contains(words[cue.lowerBound - 1]))
                        && !sentence.words[(start + 1)...cue.lowerBound].contains { $0.followsComma || $0.followsClauseBreak }
                }
            }
            let after = language.backReferencePhrases.contains { phrase in
                guard words.hasPhrase(phrase, at: cue.upperBound) else { return false }
                let next = cue.upperBound + phrase.count
                return next >= words.count || sentence.words[next].followsComma || sentence.words[next].followsClauseBreak
                    || language.governing.contains(words[next]) || language.locativePrepositions.contains(words[next])
            }
            return before || after
        }
        let cues = sentence.cues(.speech).map(\.range).filter(credits)
        guard !cues.isEmpty else { return nil }
        for cue in cues {
            if let frame = frames.first(where: { $0.cue?.overlaps(cue) == true && !$0.isEmbedded && !$0.speakers.isEmpty }) { return frame.speakers }
            // "Об этом сообщил губернатор Гладков": the speaker right after the verb; "This was
            // stated by the governor": after the passive agent.
            // "Про це заявили у спільному відеозверненні ЛСР і РДК": after a place or channel, up
            // to the clause's comma; several names joined are all its speakers.
            var start = cue.upperBound
            if start < words.count, language.passiveAgents.contains(words[start]) { start += 1 }
            var end = start
            while end < words.count, end - start < 8, end == start || !(sentence.words[end].followsComma || sentence.words[end].followsClauseBreak) { end += 1 }
            let after = candidates.filter { !$0.isReference && $0.range.lowerBound >= start && $0.range.upperBound <= end }
            if let first = after.first {
                return after.filter { $0.range.lowerBound - first.range.lowerBound <= 6 }.flatMap(\.names).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
            }
            if let speaker = candidates.first(where: { $0.range.lowerBound >= start && $0.range.lowerBound - start <= 1 }) {
                return speaker.names
            }
        }
        return nil
    }

    /// A digest's or live blog's entry heading: a short line with no sentence end, naming an
    /// actor in its first words (after a time stamp), and stating no act. Its actors speak the
    /// next paragraph's sentences that name no speaker of their own.
    static func entryHeading(_ sentence: SentenceAnalysis) -> [String]? {
        guard !sentence.isHeadline, sentence.words.count <= 12, !sentence.text.endsSentence,
            let first = sentence.actors.first(where: { !$0.isQuoted }), first.range.lowerBound <= 4,
            !sentence.has(.raid), !sentence.has(.denial), !sentence.has(.counterclaim), !sentence.has(.losses)
        else { return nil }
        // A label, not a headline: after the name nothing, an apposition, a parenthesis or a
        // dash ("Gladkov, governor of …", "Peskov (via TASS)", "Forwarded from the Legion — 12
        // March") — "Міноборони відреагували на події" is a headline's sentence. Before the name,
        // a time stamp or short marks, or words only on a line that carries a time or a number
        // ("Photo: Russian Defence Ministry" is a credit, not a label).
        let words = sentence.words
        let stamped = words.contains { $0.text.first?.isNumber ?? false }
        guard stamped || words[..<first.range.lowerBound].allSatisfy({ $0.text.unicodeScalars.count <= 3 }) else { return nil }
        if first.range.upperBound < words.count {
            let next = words[first.range.upperBound]
            let opensAside = next.followsComma || next.separator.contains { "(:|-\u{2013}\u{2014}".contains($0) }
            let anotherName = sentence.actors.contains { $0.range.lowerBound == first.range.upperBound }
            guard opensAside || anotherName else { return nil }
        }
        // The first name ("Forwarded from the Legion": governed, yet the label's), then the names
        // that may speak ("Podolyak, adviser to Zelensky": not Zelensky).
        var names = [first.name]
        for mention in sentence.actors where !mention.isQuoted && mention.canSpeak && !names.contains(mention.name) { names.append(mention.name) }
        return names
    }

    private func analyze(_ article: NormalizedArticle) -> [SentenceAnalysis] {
        var out = [SentenceAnalysis]()
        let blocks = (article.title.map { [$0] } ?? []) + article.paragraphs
        let offset = article.title == nil ? 0 : 1
        var table = ArticleWords(vocabulary: vocabulary, memo: wordMemo)
        /// The last day the text named: "Three days later" in the next sentence counts from it.
        var lastNamedDay: Day?
        /// The last day named, a period's bound too: what "that day" refers to.
        var lastReferent: Day?
        for (index, paragraph) in blocks.enumerated() {
            for text in SentenceSplitter.split(paragraph, abbreviations: language.abbreviations) {
                let words = SentenceAnalysis.words(of: text)
                let folded = words.map(\.text)
                let ids = table.ids(of: folded)
                var actors = [Mention]()
                // "anti-Kremlin", "pro-Kremlin" describe, they do not name a speaker.
                // "Ukraine's Defence Ministry": a qualifier before the possessive 's' qualifies too.
                func qualified(_ start: Int) -> Bool {
                    // "In Ukraine, Zelensky said": a comma or clause break between them ends the phrase.
                    if start < words.count && (words[start].followsComma || words[start].followsClauseBreak) { return false }
                    let before = folded[safe: start - 1] ?? ""
                    if language.nameQualifiers.contains(before) { return true }
                    return language.possessiveSuffixes.contains(before) && language.nameQualifiers.contains(folded[safe: start - 2] ?? "")
                }
                for match in actorMatcher.matches(in: folded, ids: ids, table: &table) where !qualified(match.range.lowerBound) {
                    // "Belgorod Governor Vyacheslav Gladkov" is one mention of one actor.
                    if let last = actors.last, last.name == match.value, last.range.upperBound == match.range.lowerBound,
                        !words[match.range.lowerBound].followsComma
                    {
                        actors[actors.count - 1].range = last.range.lowerBound..<match.range.upperBound
                        actors[actors.count - 1].phrase += " " + match.phrase
                        continue
                    }
                    // 'The "Freedom of Russia" Legion': quotation marks inside a name do not put it in a
                    // quotation, nor do marks that wrap exactly the name («Сибирский батальон» заявил).
                    let end = match.range.upperBound
                    let wrapped = words[match.range.lowerBound].separator.contains("\"")
                        && (end >= words.count ? text.last == "\"" || text.last == "»" : words[end].separator.hasPrefix("\""))
                    let isQuoted = words[match.range].allSatisfy(\.isQuoted) && !wrapped
                    actors.append(Mention(range: match.range, name: match.value, phrase: match.phrase, isQuoted: isQuoted))
                }
                actors = actors.map { SentenceAnalysis.annotate($0, in: words, language: language) }
                // A place inside an actor's name ("Belgorod Governor") is not a place of the act.
                let places = placeMatcher.matches(in: folded, ids: ids, table: &table)
                    .filter { place in !actors.contains { $0.range.overlaps(place.range) } }
                    .map { Mention(range: $0.range, name: $0.value, phrase: $0.phrase, isQuoted: words[$0.range.lowerBound].isQuoted) }
                let cues = cueMatcher.allMatches(numbers: ids.map { table.vocabularyNumbers[Int($0)] })
                // "живущий в Киеве, написал": a placed name speaks only beside a speech verb
                // ("в Минобороны заявили", "сообщили во вторник в Минобороны").
                for i in actors.indices where actors[i].range.lowerBound > 0 && language.locativePrepositions.contains(folded[actors[i].range.lowerBound - 1]) {
                    let range = actors[i].range
                    let besideSpeech = cues.contains { cue in
                        guard cue.value.contains(.speech) else { return false }
                        let between = cue.range.lowerBound >= range.upperBound ? range.upperBound..<(cue.range.lowerBound + 1) : cue.range.upperBound..<range.lowerBound
                        let near = cue.range.lowerBound >= range.upperBound ? cue.range.lowerBound - range.upperBound <= 1 : range.lowerBound - cue.range.upperBound <= 4
                        return near && between.upperBound <= words.count && !words[between].contains { $0.followsComma || $0.followsClauseBreak }
                    }
                    // "Смирнов на совещании у Путина признал": with its clause's subject named before
                    // it, a placed name beside the verb is where the subject spoke, not who.
                    // Only where the preposition follows a noun of the clause ("совещании у"), not a name
                    // ("о прорыве РДК в Минобороны сообщили": the ministry speaks).
                    let prepositionAt = range.lowerBound - 1
                    let afterNoun = prepositionAt > 0 && !actors.contains { $0.range.contains(prepositionAt - 1) }
                    let subjectBefore = afterNoun && actors[..<i].contains { other in
                        other.canSpeak && other.range.upperBound < range.lowerBound
                            && !words[other.range.upperBound..<range.lowerBound].contains { $0.followsComma || $0.followsClauseBreak }
                    }
                    if !besideSpeech || subjectBefore { actors[i].isGoverned = true }
                }
                out.append(SentenceAnalysis(
                    text: text, paragraph: index - offset, isHeadline: index < offset, words: words, folded: folded,
                    actors: actors, places: places, cues: cues,
                    dates: DateResolver.mentions(
                        in: folded, published: article.published, anchor: lastNamedDay, referent: lastReferent, dateWords: language.dates,
                        isBreak: { words[$0].followsComma || words[$0].followsClauseBreak })))
                lastNamedDay = out.last?.dates.compactMap(\.day).last ?? lastNamedDay
                lastReferent = out.last?.dates.compactMap(\.named).last ?? lastReferent
            }
        }
        return out
    }

    /// The actor a channel's name is, when the name is wholly that actor's aliases
    /// ("Вячеслав Гладков", "Русский добровольческий корпус | РДК"); nil for an outlet that is
    /// not an actor ("Kyiv Post": a word is left over).
    func channelActor(of article: NormalizedArticle) -> String? {
        for name in [article.outlet, article.header].compactMap({ $0 }) {
            let words = TextFolding.words(name)
            guard !words.isEmpty, words.count <= 12 else { continue }
            var table = ArticleWords(vocabulary: vocabulary, memo: wordMemo)
            let found = actorMatcher.matches(in: words, ids: table.ids(of: words), table: &table)
            let covered = found.reduce(0) { $0 + $1.range.count }
            if covered == words.count, let first = found.first, found.allSatisfy({ $0.value == first.value }) { return first.value }
        }
        return nil
    }

    /// The region of a set of place mentions: one region (directly or through its
    /// settlements), `.several` when they name more than one, `.none` when none.
    func region(of places: [Mention]) -> SentenceRegion {
        var found = [String]()
        for mention in places {
            let region = regions.contains(mention.name) ? mention.name : regionOfPlace[mention.name]
            if let region, !found.contains(region) { found.append(region) }
        }
        switch found.count {
        case 0: return .none
        case 1: return .one(found[0])
        default: return .several
        }
    }

    /// The claims of one sentence, the trace of its frames, and the speakers of a label that
    /// opens it (`labelSpeakers` when an earlier sentence of the paragraph opened one).
    private func claims(
        in sentence: SentenceAnalysis, context: ExtractionContext, tracing: Bool, labelSpeakers: [String]?, credited: Bool = false
    ) -> ([FoundClaim], [String], opened: [String]?, frames: [StatementFrame], candidates: [SpeakerCandidate]) {
        // A question asserts nothing ("How did they get into Russia?").
        if sentence.isQuestion { return ([], tracing ? ["a question: no claim"] : [], nil, [], []) }
        // A sentence a later one credits to its speakers ("… Gladkov announced this") is theirs,
        // told acts too ("Ukrainian troops have entered Sudzha."), not the outlet's narration:
        // no speaker of its own is looked for.
        let candidates = credited ? [] : SpeakerCandidate.all(in: sentence, context: context, actorWords: actorWords, roles: roles, language: language)
        let frames = FrameFinder(roles: roles, language: language).frames(in: sentence, candidates: candidates, labelSpeakers: labelSpeakers)
        let opened = frames.first { $0.isLabelled && ($0.speakerRange?.lowerBound ?? .max) <= 4 }?.speakers
        var out = [FoundClaim]()
        var notes = [String]()
        let read = frames.map { ($0, FrameSignals($0, sentence, roles: roles, language: language)) }
        for (frame, signals) in read {
            var decided = [String]()
            for speaker in frame.speakers {
                // Every lexicon actor has a role (`Lexicon.requireRoles`); none is guessed.
                guard let role = roles[speaker] else { continue }
                for (kind, because) in decisions(frame, signals, sentence, role: role) {
                    if tracing { decided.append("\(kind.rawValue) by \(speaker) (\(because))") }
                    var claim = makeClaim(
                        kind: kind, speaker: speaker, role: role, frame: frame, signals: signals, sentence: sentence, context: context,
                        rule: "\(because); \(frame.rule)")
                    // "…said militants crossed the border, but they were repelled": an official's
                    // statement going on, with no speech verb of its own, to stop what it told is one
                    // counterclaim, not also a raid (claims.md).
                    // Not when the counterclaim names places of its own, apart from the raid's ("…seized
                    // part of Tyotkino, but two other groups were destroyed near Sudzha").
                    if kind == .counterclaim, role == .russianOfficial, frame.continuesStatement,
                        let told = out.firstIndex(where: { $0.claim.claimant == speaker && $0.claim.kind == .raid }),
                        claim.claim.places.isEmpty || !Set(claim.claim.places).isDisjoint(with: out[told].claim.places)
                    {
                        let raid = out.remove(at: told)
                        for place in raid.claim.places where !claim.claim.places.contains(place) { claim.claim.places.append(place) }
                        if claim.claim.region == nil, raid.hasOwnRegion { (claim.claim.region, claim.hasOwnRegion) = (raid.claim.region, true) }
                        if claim.claim.subject == nil { claim.claim.subject = raid.claim.subject }
                        if tracing { decided.append("its raid told before is this counterclaim's") }
                    }
                    guard let index = out.firstIndex(where: { $0.claim.claimant == speaker && $0.claim.kind == kind }) else {
                        out.append(claim)
                        continue
                    }
                    // One sentence, one claim per speaker and kind: keep what each frame adds.
                    for place in claim.claim.places where !out[index].claim.places.contains(place) { out[index].claim.places.append(place) }
                    if out[index].claim.region == nil && !out[index].hasOwnRegion { out[index].claim.region = claim.claim.region }
                    out[index].deniedOwners += claim.deniedOwners
                    out[index].mentionsRaid = out[index].mentionsRaid || claim.mentionsRaid
                }
            }
            guard tracing else { continue }
            let said = frame.content.map { sentence.folded[$0].prefix(8).joined(separator: " ") }.joined(separator: " / ")
            notes.append("\(frame.speakers.joined(separator: " + ")): “\(said)…” [\(frame.rule)] → \(decided.isEmpty ? "nothing" : decided.joined(separator: "; "))")
        }
        // A denial's settlements: those its speaker names for the act in the same sentence
        // ("said a group had tried to enter Tetkino, but insisted there was no breakthrough").
        for index in out.indices where out[index].claim.kind == .denial {
            // A frame asserting an act of its own ("conceded on Sunday that a group had entered X")
            // is a raid claim with its places; the denial takes those of an attempt or a mention.
            for (frame, signals) in read where frame.speakers.contains(out[index].claim.claimant) && signals.mentionsRaid && !signals.remote && signals.act == nil {
                for place in settlements(of: frame, in: sentence) where !out[index].claim.places.contains(place) {
                    out[index].claim.places.append(place)
                }
            }
            if !out[index].hasOwnRegion, case .one(let region) = region(of: sentence.places.filter { out[index].claim.places.contains($0.name) }) {
                out[index].claim.region = region
                out[index].hasOwnRegion = true
            }
        }
        return (out, notes, opened, frames, candidates)
    }

    private func settlements(of frame: StatementFrame, in sentence: SentenceAnalysis) -> [String] {
        sentence.places.filter { frame.contains($0.range.lowerBound) && !regions.contains($0.name) }.map(\.name)
    }

    /// The kind table decides ("the 1,500 claimed by the Kremlin" too: its `quoted-by-agent` rows).
    private func decisions(_ frame: StatementFrame, _ signals: FrameSignals, _ sentence: SentenceAnalysis, role: ActorRole) -> [(ClaimKind, String)] {
        language.kinds.decide(signals, role: role).map { ($0.kind, $0.because) }
    }

    private func makeClaim(
        kind: ClaimKind, speaker: String, role: ActorRole, frame: StatementFrame, signals: FrameSignals, sentence: SentenceAnalysis,
        context: ExtractionContext, rule: String
    ) -> FoundClaim {
        let (actDate, statementDate, period) = dates(of: frame, in: sentence)
        // The words before the speaker in its clause (none when the speaker stands before the clause).
        let speakerZone = frame.clause.lowerBound..<max(frame.clause.lowerBound, frame.speakerRange?.lowerBound ?? frame.clause.lowerBound)
        let ownPlaces = sentence.places.filter { frame.contains($0.range.lowerBound) || speakerZone.contains($0.range.lowerBound) }
        let settlements = ownPlaces.map(\.name).filter { !regions.contains($0) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        // "в приграничные районы двух областей": a number of regions, none of them one.
        let countsRegions = sentence.cues(.regions).contains { frame.contains($0.range.lowerBound) }
        let namedRegion = region(of: ownPlaces)
        let ownRegion = countsRegions && namedRegion == .none ? .several : namedRegion
        var regionValue: String?
        switch ownRegion {
        case .one(let name): regionValue = name
        case .several: regionValue = nil
        case .none:
            let refersBack = signals.actReference || kind == .counterclaim || kind == .denial || (kind == .raid && role == .russianOfficial)
            // "…after the raid of 22 May 2023 it said …" in a piece on March 2024: a sentence
            // dated more than a month from the text's last act is not its continuation.
            let datedElsewhere = (actDate ?? statementDate).map { own in
                context.lastDate.map { abs(own.days(to: $0)) > 30 } ?? false
            } ?? false
            regionValue = refersBack && !period && !datedElsewhere ? context.regionForContinuation : nil
        }
        var date: Day?
        if kind == .denial {
            date = actDate ?? statementDate
        } else if period && actDate == nil {
            date = nil
        } else {
            date = actDate ?? statementDate ?? context.lastDate ?? context.published
        }

        var subject: String?
        if kind != .denial {
            // The speaker when it raids itself (a group, an army), else the first raider named in what it says.
            subject = raiders.contains(speaker) ? speaker : sentence.actors.first { frame.contains($0.range.lowerBound) && raiders.contains($0.name) }?.name
        }
        let inFrame = sentence.actors.filter { frame.contains($0.range.lowerBound) && $0.name != speaker }
        var owners = inFrame.filter(\.isPossessive).map(\.name)
        // "опроверг заявление Минобороны", "версию губернатора": a name right after a claim noun
        // owns the claim (a genitive, where English writes "the ministry's statement").
        // In the clause too, before the verb: "Киев версию брянского губернатора отверг".
        owners += sentence.actors.filter { mention in
            mention.name != speaker && (frame.contains(mention.range.lowerBound) || frame.clause.contains(mention.range.lowerBound))
                && mention.range.lowerBound > 0 && language.claimNouns.contains(sentence.folded[mention.range.lowerBound - 1])
        }.map(\.name)
        owners += possessiveReferences(in: frame, sentence, context: context)
        if kind == .denial { owners += answered(in: sentence, context: context, speaker: speaker) }
        if !frame.isEmbedded {
            // "the 1,500 claimed by the Kremlin", "the ministry's claim that …" in the same clause.
            owners += sentence.actors.filter { mention in
                frame.clause.overlaps(mention.range) && mention.name != speaker
                    && (mention.isPossessive || language.passiveAgents.contains(sentence.folded[safe: mention.range.lowerBound - 1] ?? "")
                        || language.passiveAgents.contains(sentence.folded[safe: mention.range.lowerBound - 2] ?? ""))
            }.map(\.name)
        }
        let claim = Claim(kind: kind, claimant: speaker, subject: subject, region: regionValue, places: settlements, date: date, evidence: sentence.text)
        return FoundClaim(
            claim: claim, sentenceIndex: context.sentenceIndex, isHeadline: sentence.isHeadline || sentence.isStandfirst,
            hasOwnRegion: ownRegion != .none, hasOwnDate: actDate != nil || (kind == .denial && statementDate != nil),
            deniedOwners: owners.reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
            namedOthers: inFrame.filter { !$0.isQuoted || kind == .denial }.map(\.name),
            mentionsRaid: signals.mentionsRaid && !signals.remote, rule: rule,
            dateSource: actDate != nil ? .act : period ? .period : statementDate != nil ? .statement : .fallback,
            inRelativeClause: inRelativeClause(frame, sentence), contextDate: period ? nil : context.lastDate ?? context.published)
    }

    /// "replying to Putin: …", "answering the governor's account": the actor (or reference) right
    /// after an answer cue of the language (`answer-cues`) owns what the sentence's denial answers.
    private func answered(in sentence: SentenceAnalysis, context: ExtractionContext, speaker: String) -> [String] {
        var out = [String]()
        let words = sentence.folded
        for start in words.indices {
            guard let phrase = language.answerCuePhrases.first(where: { words.hasPhrase($0, at: start) }) else { continue }
            var next = start + phrase.count
            if language.determiners.contains(words[safe: next] ?? "") { next += 1 }
            if let mention = sentence.actors.first(where: { $0.range.lowerBound == next }), mention.name != speaker {
                out.append(mention.name)
            } else if let cue = sentence.cues(.actorReference).first(where: { $0.range.lowerBound == next || $0.range.lowerBound == start + phrase.count }),
                let name = SpeakerCandidate.actorReferred(by: cue.phrase, earlier: [], context: context, actorWords: actorWords, language: language),
                name != speaker
            {
                out.append(name)
            }
        }
        return out
    }

    /// "the governor's account", "the ministry's statements": references owning what is denied.
    private func possessiveReferences(in frame: StatementFrame, _ sentence: SentenceAnalysis, context: ExtractionContext) -> [String] {
        var out = [String]()
        for cue in sentence.cues(.actorReference) where frame.contains(cue.range.lowerBound) && !language.personalPronouns.contains(cue.phrase) {
            let end = cue.range.upperBound
            guard end < sentence.words.count, sentence.words[end].separator.hasPrefix("'") else { continue }
            if let name = SpeakerCandidate.actorReferred(by: cue.phrase, earlier: [], context: context, actorWords: actorWords, language: language) {
                out.append(name)
            }
        }
        return out
    }

    /// The frame's act date (a day in what is said), its statement date (a day in the
    /// speaker's words: "said on Tuesday that", "On May 22, X claimed"), and whether
    /// what is said is dated only by a period ("since Tuesday").
    private func dates(of frame: StatementFrame, in sentence: SentenceAnalysis) -> (act: Day?, statement: Day?, period: Bool) {
        var act: Day?
        var statement: Day?
        /// How far the statement date stands from the speech verb: of several, the nearest is
        /// this frame's ("Gladkov, who on Thursday said …, conceded on Sunday that …").
        var statementDistance = Int.max
        var period = false
        for mention in sentence.dates where frame.clause.contains(mention.range.lowerBound) || frame.contains(mention.range.lowerBound) {
            // "…, contradicting his June 1 claim that …": a day before a claim noun dates that
            // other claim, not this frame's act or statement.
            if language.claimNouns.contains(sentence.folded[safe: mention.range.upperBound] ?? "") { continue }
            let inContent = frame.contains(mention.range.lowerBound)
            var isStatement = !inContent
            if inContent, let cue = frame.cue, mention.range.lowerBound >= cue.upperBound, mention.range.lowerBound - cue.upperBound <= 5 {
                // "said on Tuesday that …", "told reporters on Wednesday that …"
                let next = sentence.folded[mention.range.upperBound..<min(sentence.words.count, mention.range.upperBound + 3)]
                isStatement = next.contains(where: language.complementizers.contains) || mention.range.upperBound >= sentence.words.count
                    || (sentence.words[safe: mention.range.upperBound]?.followsComma ?? false)
            }
            if mention.isPeriod {
                if inContent { period = true }
            } else if isStatement {
                let distance = frame.cue.map { cue in
                    mention.range.lowerBound >= cue.upperBound ? mention.range.lowerBound - cue.upperBound : cue.lowerBound - mention.range.upperBound
                } ?? 0
                if distance < statementDistance { (statement, statementDistance) = (mention.day, distance) }
            } else {
                act = act ?? mention.day
            }
        }
        return (act, statement, period)
    }
}

/// A set of place mentions' region evidence.
enum SentenceRegion: Equatable {
    case none, one(String), several
}

/// One sentence of `scan --explain`: what was found in it and what it produced.
public struct SentenceTrace: Sendable {
    public var paragraph: Int
    public var text: String
    public var actors: [String]
    public var places: [String]
    public var cues: [String]
    public var frames: [String]
    public var claims: [String]

    init(sentence: SentenceAnalysis, frames: [String], claims: [FoundClaim]) {
        paragraph = sentence.paragraph
        text = sentence.text
        actors = sentence.actors.map {
            "\($0.name) ← '\($0.phrase)'\($0.isQuoted ? " (quoted)" : "")\($0.isPossessive ? " (possessive)" : "")\($0.isGoverned ? " (object)" : "")"
        }
        places = sentence.places.map { "\($0.name) ← '\($0.phrase)'" }
        cues = sentence.cues.map { "\($0.value.map(\.rawValue).sorted().joined(separator: "/")): '\($0.phrase)'" }
        self.frames = frames
        self.claims = claims.map { "\($0.claim.kind.rawValue) by \($0.claim.claimant) — \($0.rule)" }
    }
}
