/// One sentence's claims: each speech frame's kind, claimant, subject, places, region and
/// dates, and what a denial answers.
extension ClaimExtractor {
    /// The claims of one sentence, the trace of its frames, and the speakers of a label that
    /// opens it (`labelSpeakers` when an earlier sentence of the paragraph opened one).
    func claims(
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
        let read = frames.map { ($0, FrameSignals($0, sentence, roles: roles, language: language, raiders: raiders)) }
        for (frame, signals) in read {
            var decided = [String]()
            for speaker in frame.speakers {
                // Every lexicon actor has a role (`Lexicon.requireRoles`); none is guessed.
                guard let role = roles[speaker] else { continue }
                for (kind, because) in decisions(frame, signals, sentence, role: role) {
                    // "In March, the group led a series of incursions": an act placed in an earlier
                    // month, with no day, is the story's background (claims.md), not a raid or loss
                    // it reports. A denial keeps its own date and stands.
                    if kind != .denial, tellsEarlierMonth(frame, sentence) {
                        if tracing { decided.append("\(kind.rawValue) by \(speaker) told of an earlier month: background, no claim") }
                        continue
                    }
                    if tracing { decided.append("\(kind.rawValue) by \(speaker) (\(because))") }
                    var claim = makeClaim(
                        kind: kind, speaker: speaker, role: role, frame: frame, signals: signals, sentence: sentence, context: context,
                        rule: "\(because); \(frame.rule)")
                    // Under a label or on a channel's page naming this claimant, the sentence telling
                    // its act is its own post ("Forwarded from the RVC: The RVC entered Kozinka."):
                    // the claimant telling it, not an outlet.
                    if claim.isNarrated, !frame.isEmbedded, labelSpeakers?.contains(speaker) == true { claim.isNarrated = false }
                    // "…said militants crossed the border, but they were repelled", "…blamed the attack
                    // on Kyiv, insisting the attackers were stopped": an official's statement going on to
                    // stop what it told is one counterclaim, not also a raid (claims.md). A speech verb of
                    // its own ("…, and by evening said they were pushed out") is a second statement.
                    // Not when the counterclaim names places of its own, apart from the raid's ("…seized
                    // part of Tyotkino, but two other groups were destroyed near Sudzha").
                    if kind == .counterclaim, role == .russianOfficial, frame.goesOn,
                        frame.cue.map({ language.participles.contains(sentence.folded[$0.lowerBound]) }) ?? true,
                        let told = out.firstIndex(where: { $0.claim.claimant == speaker && $0.claim.kind == .raid }),
                        claim.claim.places.isEmpty || !Set(claim.claim.places).isDisjoint(with: out[told].claim.places)
                    {
                        let raid = out.remove(at: told)
                        for place in raid.claim.places where !claim.claim.places.contains(place) { claim.claim.places.append(place) }
                        if claim.claim.region == nil, raid.hasOwnRegion { (claim.claim.region, claim.hasOwnRegion) = (raid.claim.region, true) }
                        if claim.claim.subject == nil { claim.claim.subject = raid.claim.subject }
                        if tracing { decided.append("its raid told before is this counterclaim's") }
                    }
                    // "…were blocked and destroyed," the ministry said, blaming Kyiv for the attack": the
                    // same statement going on to name the act it stopped adds no raid to its counterclaim.
                    if kind == .raid, role == .russianOfficial, frame.goesOn,
                        let stopped = out.firstIndex(where: { $0.claim.claimant == speaker && $0.claim.kind == .counterclaim }),
                        claim.claim.places.isEmpty || !Set(claim.claim.places).isDisjoint(with: out[stopped].claim.places),
                        !claim.hasOwnRegion || !out[stopped].hasOwnRegion || claim.claim.region == out[stopped].claim.region
                    {
                        if out[stopped].claim.region == nil, claim.hasOwnRegion {
                            (out[stopped].claim.region, out[stopped].hasOwnRegion) = (claim.claim.region, true)
                        }
                        if out[stopped].claim.subject == nil { out[stopped].claim.subject = claim.claim.subject }
                        if tracing { decided.append("its counterclaim told before is this raid's") }
                        continue
                    }
                    guard let index = out.firstIndex(where: { $0.claim.claimant == speaker && $0.claim.kind == kind }) else {
                        out.append(claim)
                        continue
                    }
                    // One sentence, one claim per speaker and kind: keep what each frame adds.
                    for place in claim.claim.places where !out[index].claim.places.contains(place) { out[index].claim.places.append(place) }
                    if out[index].claim.region == nil && !out[index].hasOwnRegion { out[index].claim.region = claim.claim.region }
                    // "The ministry keeps reporting repelled attacks: on Monday it said …": the frame
                    // that dates the statement dates the claim.
                    if claim.claim.date != nil, claim.dateSource >= .statement, claim.dateSource > out[index].dateSource {
                        (out[index].claim.date, out[index].dateSource, out[index].hasOwnDate) = (claim.claim.date, claim.dateSource, claim.hasOwnDate)
                    }
                    out[index].deniedOwners += claim.deniedOwners
                    out[index].mentionsRaid = out[index].mentionsRaid || claim.mentionsRaid
                }
            }
            guard tracing else { continue }
            let said = frame.content.map { sentence.folded[$0].prefix(8).joined(separator: " ") }.joined(separator: " / ")
            notes.append(
                "\(frame.speakers.joined(separator: " + ")): “\(said)…” [\(frame.rule)] → \(decided.isEmpty ? "nothing" : decided.joined(separator: "; "))")
        }
        // A denial's settlements: those its speaker names for the act in the same sentence
        // ("said a group had tried to enter Tetkino, but insisted there was no breakthrough").
        for index in out.indices where out[index].claim.kind == .denial {
            // A frame asserting an act of its own ("conceded on Sunday that a group had entered X")
            // is a raid claim with its places; the denial takes those of an attempt or a mention.
            for (frame, signals) in read
            where frame.speakers.contains(out[index].claim.claimant) && signals.mentionsRaid && !signals.remote && signals.act == nil {
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

    func settlements(of frame: StatementFrame, in sentence: SentenceAnalysis) -> [String] {
        sentence.places.filter { frame.contains($0.range.lowerBound) && !regions.contains($0.name) }.map(\.name)
    }

    /// The kind table decides ("the 1,500 claimed by the Kremlin" too: its `quoted-by-agent` rows).
    func decisions(_ frame: StatementFrame, _ signals: FrameSignals, _ sentence: SentenceAnalysis, role: ActorRole) -> [(ClaimKind, String)] {
        language.kinds.decide(signals, role: role).map { ($0.kind, $0.because) }
    }

    func makeClaim(
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
            let datedElsewhere =
                (actDate ?? statementDate).map { own in
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
                && mention.range.lowerBound > 0 && language.ownerClaimNouns.contains(sentence.folded[mention.range.lowerBound - 1])
        }.map(\.name)
        owners += possessiveReferences(in: frame, sentence, context: context, clauseToo: kind == .denial)
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
            mentionsRaid: (signals.mentionsRaid || (kind == .denial && context.askedAboutRaid)) && !signals.remote, rule: rule,
            dateSource: actDate != nil ? .act : period ? .period : statementDate != nil ? .statement : .fallback,
            inRelativeClause: inRelativeClause(frame, sentence), contextDate: period ? nil : context.lastDate ?? context.published,
            headingDate: context.headingDay,
            statesWhatIsDenied: signals.lossesDenied != nil || signals.isSet(.denialNegative) || signals.lossesOfRaiders != nil
                || signals.lossesOfOthers != nil || signals.lossesUnspecified != nil,
            isNarrated: signals.narrated || frame.isEmbedded)
    }

    /// "replying to Putin: …", "answering the governor's account": the actor (or reference) right
    /// after an answer cue of the language (`answer-cues`) owns what the sentence's denial answers.
    func answered(in sentence: SentenceAnalysis, context: ExtractionContext, speaker: String) -> [String] {
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
    /// - Parameter clauseToo: also in the frame's clause outside what is said: a denial's "It
    ///   described the ministry's claims of its destruction as another lie" names the owner before
    ///   the words that deny.
    func possessiveReferences(in frame: StatementFrame, _ sentence: SentenceAnalysis, context: ExtractionContext, clauseToo: Bool = false) -> [String] {
        var out = [String]()
        for cue in sentence.cues(.actorReference)
        where (frame.contains(cue.range.lowerBound) || (clauseToo && frame.clause.contains(cue.range.lowerBound)))
            && !language.personalPronouns.contains(cue.phrase)
        {
            let end = cue.range.upperBound
            guard end < sentence.words.count, sentence.words[end].separator.hasPrefix("'") else { continue }
            if let name = SpeakerCandidate.actorReferred(by: cue.phrase, earlier: [], context: context, actorWords: actorWords, language: language) {
                out.append(name)
            }
        }
        return out
    }

    /// Whether what the frame says, or its clause, names an earlier month with no day
    /// (`DateMention.isEarlierMonth`), or such a month opens the sentence and so places all of
    /// it ("У травні 2023 року Легіон заявляв …, а Міноборони …").
    ///
    /// Not when the frame has a day of its own ("said on Monday Ukraine had lost 20,000 troops since
    /// the incursion began in August"), nor for a month a period's "since" opens, nor one in a
    /// clause describing an actor ("The Legion, which first crossed the border in March, said …").
    func tellsEarlierMonth(_ frame: StatementFrame, _ sentence: SentenceAnalysis) -> Bool {
        // Asked of every frame: most sentences name no such month, and are answered at once.
        guard sentence.dates.contains(where: \.isEarlierMonth) else { return false }
        let (act, statement, _) = dates(of: frame, in: sentence)
        guard act == nil, statement == nil else { return false }
        let describing = FrameSignals.describingClauses(in: sentence, language: language)
        let sentenceHasDay = sentence.dates.contains { $0.day != nil }
        return sentence.dates.contains { mention in
            let start = mention.range.lowerBound
            guard mention.isEarlierMonth, !describing.contains(where: { $0.contains(start) }),
                !sentence.folded[max(0, start - 6)..<start].contains(where: language.dates.periodPrefixes.contains)
            else { return false }
            return (start == 0 && !sentenceHasDay) || frame.clause.contains(start) || frame.contains(start)
        }
    }

    /// The frame's act date (a day in what is said), its statement date (a day in the
    /// speaker's words: "said on Tuesday that", "On May 22, X claimed"), and whether
    /// what is said is dated only by a period ("since Tuesday").
    func dates(of frame: StatementFrame, in sentence: SentenceAnalysis) -> (act: Day?, statement: Day?, period: Bool) {
        var act: Day?
        var statement: Day?
        /// How far the statement date stands from the speech verb: of several, the nearest is
        /// this frame's ("Gladkov, who on Thursday said …, conceded on Sunday that …").
        var statementDistance = Int.max
        var period = false
        for mention in sentence.dates where frame.clause.contains(mention.range.lowerBound) || frame.contains(mention.range.lowerBound) {
            // "…, contradicting his June 1 claim that …": a day before a claim noun dates that
            // other claim, not this frame's act or statement — unless that noun is this frame's
            // cue: then the day is when this frame's claim was stated.
            if language.claimNouns.contains(sentence.folded[safe: mention.range.upperBound] ?? ""), frame.cue?.lowerBound != mention.range.upperBound {
                continue
            }
            let inContent = frame.contains(mention.range.lowerBound)
            var isStatement = !inContent
            if inContent, let cue = frame.cue, mention.range.lowerBound >= cue.upperBound, mention.range.lowerBound - cue.upperBound <= 5 {
                // "said on Tuesday that …", "told reporters on Wednesday that …"
                let next = sentence.folded[mention.range.upperBound..<min(sentence.words.count, mention.range.upperBound + 3)]
                isStatement =
                    next.contains(where: language.complementizers.contains) || mention.range.upperBound >= sentence.words.count
                    || (sentence.words[safe: mention.range.upperBound]?.followsComma ?? false)
            }
            if mention.isPeriod {
                // "Over the past two days the Legion says it lost …": a period put before the speaker
                // in its clause dates what is said.
                let fronted = frame.speakerRange.map { mention.range.upperBound <= $0.lowerBound } ?? false
                if inContent || fronted { period = true }
            } else if isStatement {
                let distance =
                    frame.cue.map { cue in
                        mention.range.lowerBound >= cue.upperBound ? mention.range.lowerBound - cue.upperBound : cue.lowerBound - mention.range.upperBound
                    } ?? 0
                if distance < statementDistance { (statement, statementDistance) = (mention.day, distance) }
            } else {
                act = act ?? mention.day
            }
        }
        // "On 22 May, the Legion said …, while the RVC said …": a day that opens the sentence
        // (a word before it at most) dates every statement in it, not only the first clause's.
        if act == nil && statement == nil && !period,
            let opening = sentence.dates.first(where: { $0.range.lowerBound <= 1 && !$0.isPeriod && $0.day != nil }),
            opening.range.upperBound <= frame.clause.lowerBound
        {
            statement = opening.day
        }
        return (act, statement, period)
    }
}
