/// Finds the frames of a sentence: clause breaks, speech verbs, their speakers.
struct FrameFinder {
    let roles: [String: ActorRole]
    /// The clause openers and breakers, participles, connectives and the other words the rules ask about.
    let language: LanguageProfile

    /// A clause starts at a ";" or ":", at a clause breaker ("but"), and after a comma at a
    /// clause opener (", while", ", even as") or a participle (", saying").
    func clauses(of sentence: SentenceAnalysis) -> [Range<Int>] {
        var starts = [0]
        let folded = sentence.folded
        for (i, word) in sentence.words.enumerated() where i > 0 {
            let isBreak =
                (word.followsClauseBreak && !word.isQuoted)
                || language.clauseBreakers.contains(word.text)
                || (word.followsComma && language.opensClause(at: i, in: folded))
                || (word.followsComma && language.participles.contains(word.text))
                || (!word.isQuoted && language.speakerClauseOpeners.contains(word.text) && opensStatement(after: i, sentence))
            if isBreak && i - starts.last! >= 2 { starts.append(i) }
        }
        return starts.indices.map { starts[$0]..<(starts[safe: $0 + 1] ?? sentence.words.count) }
    }

    /// Whether the clause opens with a negating quantifier outside a quotation ("None of the
    /// groups has claimed …"; not '"No group crossed our border," Gladkov said').
    func opensWithNegatingQuantifier(_ clause: Range<Int>, _ sentence: SentenceAnalysis) -> Bool {
        guard clause.lowerBound < sentence.words.count, !sentence.words[clause.lowerBound].isQuoted else { return false }
        return sentence.folded.phrase(among: language.negatingQuantifiers, at: clause.lowerBound) != nil
    }

    /// Whether a speaker and its speech or denial verb stand right after the word at `index`
    /// (a determiner between allowed), and a speech verb before it: "X says … as Kyiv denies
    /// role", "X said … while the Legion said …". With no statement before, "…, as the ministry
    /// said" credits what comes before it to its speaker: no second statement.
    func opensStatement(after index: Int, _ sentence: SentenceAnalysis) -> Bool {
        guard sentence.cues.contains(where: { $0.value.contains(.speech) && $0.range.upperBound <= index }) else { return false }
        let start = index + 1
        let skipped = language.determiners.contains(sentence.folded[safe: start] ?? "") ? start + 1 : start
        // "the Legion" may be the alias itself, the determiner in it.
        guard let speaker = sentence.actors.first(where: { ($0.range.lowerBound == start || $0.range.lowerBound == skipped) && $0.canSpeak }) else {
            return false
        }
        return sentence.cues.contains { cue in
            cue.range.lowerBound == speaker.range.upperBound && (cue.value.contains(.speech) || cue.value.contains(.denial))
        }
    }

    /// Speech cues that start a frame: not quoted, not negated ("did not comment"),
    /// not passive ("claimed by" — see `embedded`); cues a few words apart
    /// ("said on Telegram that") are one.
    func speechCues(in clause: Range<Int>, _ sentence: SentenceAnalysis) -> [Range<Int>] {
        var out = [Range<Int>]()
        // "None of the groups has itself claimed Lozovaya Rudka": a clause opened by a negating
        // quantifier has a subject that says nothing.
        if opensWithNegatingQuantifier(clause, sentence) { return out }
        for cue in sentence.cues(.speech, in: clause) where !sentence.words[cue.range.lowerBound].isQuoted {
            let start = cue.range.lowerBound
            if language.passiveAgents.contains(sentence.folded[safe: cue.range.upperBound] ?? "") { continue }
            // "the so-called Legion", "the so-called militias": a hedge's verb says nothing.
            if language.nameHedges.contains(where: { hedge in
                (0..<hedge.count).contains { offset in start >= offset && sentence.folded.hasPhrase(hedge, at: start - offset) }
            }) {
                continue
            }
            let before = sentence.folded[max(clause.lowerBound, start - 3)..<start]
            if before.contains(where: language.speechNegators.contains) { continue }
            // "Putin had been informed about …": a passive speech verb's subject hears, not speaks.
            if start > clause.lowerBound, language.passiveMarkers.contains(sentence.folded[start - 1]),
                !language.progressiveSuffixes.contains(where: cue.phrase.hasSuffix)
            {
                continue
            }
            // "reacting to reports of war bloggers", "в ответ на заявления": what the subject
            // answers is someone else's speech, not its own.
            if answers(before: start, in: sentence.folded) { continue }
            // "In a written statement, the group said …": a name or a reference between two cues is
            // the second one's speaker; they are not one cue.
            // Not a name the first cue governs ("A statement by the Legion claiming …").
            let speakerBetween = { (last: Range<Int>) in
                guard last.upperBound < start else { return false }
                let gap = last.upperBound..<start
                let governed = { (at: Int) in
                    at > 0 && (language.passiveAgents.contains(sentence.folded[at - 1]) || language.ownerPrepositions.contains(sentence.folded[at - 1]))
                }
                return sentence.actors.contains { gap.contains($0.range.lowerBound) && $0.canSpeak && !governed($0.range.lowerBound) }
                    || sentence.cues(.actorReference).contains { gap.contains($0.range.lowerBound) && !governed($0.range.lowerBound) }
            }
            if let last = out.last, start - last.upperBound <= 3, !language.speakerAfterCue.contains(cue.phrase), !speakerBetween(last) {
                out[out.count - 1] = last.lowerBound..<max(last.upperBound, cue.range.upperBound)
            } else if let last = out.last, last.overlaps(cue.range) {
                continue
            } else {
                out.append(cue.range)
            }
        }
        return out
    }

    /// Whether an answer cue (`answer-cues`: "responding to", "у відповідь на") ends right before
    /// `start`, or a determiner before it ("reacting to the reports").
    func answers(before start: Int, in words: [String]) -> Bool {
        var end = start
        if end > 0, language.determiners.contains(words[end - 1]) { end -= 1 }
        return language.answerCuePhrases.contains { phrase in end >= phrase.count && words.hasPhrase(phrase, at: end - phrase.count) }
    }

    /// - Parameter labelSpeakers: the speakers of a label that opened the paragraph: a sentence
    ///   with no frame of its own is theirs.
    func frames(in sentence: SentenceAnalysis, candidates: [SpeakerCandidate], labelSpeakers: [String]? = nil) -> [StatementFrame] {
        let clauses = clauses(of: sentence)
        if let label = label(in: sentence, clauses: clauses, candidates: candidates) { return [label] + embedded(in: sentence, clauses: clauses) }
        let found = frames(in: sentence, clauses: clauses, candidates: candidates)
        // "BARANOVSKY: Our main task was …": a transcript's name and colon open the speaker's
        // turn even where the first sentence claims nothing; the turn goes on after it.
        if found.isEmpty, let turn = turn(in: sentence, candidates: candidates) { return [turn] }
        guard found.isEmpty, let labelSpeakers, !labelSpeakers.isEmpty else { return found }
        let all = 0..<sentence.words.count
        return [
            StatementFrame(
                speakers: labelSpeakers, speakerRange: nil, cue: nil, content: [all], clause: all, rule: "the label's speaker goes on", isLabelled: true)
        ]
    }

    /// A name (a time stamp or a few short words before it allowed) and a colon right after it,
    /// with more words after the colon: the speaker's turn in a transcript. Not at the top of the
    /// body, where "Kyiv: More than 70 …" is a dateline.
    func turn(in sentence: SentenceAnalysis, candidates: [SpeakerCandidate]) -> StatementFrame? {
        guard sentence.paragraph > 0, !sentence.isHeadline, let speaker = candidates.first(where: { !$0.isReference }), speaker.range.lowerBound <= 4,
            onlyMarksBefore(speaker.range.lowerBound, in: sentence),
            speaker.range.upperBound < sentence.words.count, sentence.cues(.speech, in: 0..<speaker.range.upperBound).isEmpty,
            let colon = labelColon(after: speaker.range.upperBound, in: sentence)
        else { return nil }
        let all = 0..<sentence.words.count
        var labelled = frame(
            speaker, candidates, sentence, cue: nil, content: [colon..<sentence.words.count], clause: all, rule: "label")
        labelled.isLabelled = true
        return labelled
    }

    /// Where a label's turn starts: the word after the colon right after the speaker, or after
    /// a short answer phrase between them ("RDK channel, answering the governor's account: …",
    /// at most a word before its comma and eight words to the colon, no speech verb among them).
    private func labelColon(after end: Int, in sentence: SentenceAnalysis) -> Int? {
        let words = sentence.words
        if words[end].separator.contains(":") { return end }
        guard let comma = (end...min(end + 1, words.count - 1)).first(where: { words[$0].followsComma }),
            let answer = sentence.folded.phrase(among: language.answerCuePhrases, at: comma)
        else { return nil }
        let start = comma + answer.count
        guard let colon = (start..<min(start + 8, words.count)).first(where: { words[$0].separator.contains(":") }), colon > start,
            sentence.cues(.speech, in: start..<colon).isEmpty
        else { return nil }
        return colon
    }

    func frames(in sentence: SentenceAnalysis, clauses: [Range<Int>], candidates: [SpeakerCandidate]) -> [StatementFrame] {
        var frames = [StatementFrame]()
        for clause in clauses {
            // A name the clause break cuts ("according to the; ministry", or a lexicon alias
            // holding "but") speaks in neither clause; the frames' word ranges rely on it.
            let inClause = candidates.filter { clause.contains($0.range.lowerBound) && $0.range.upperBound <= clause.upperBound }
            let cues = speechCues(in: clause, sentence)
            var clauseFrames = [StatementFrame]()
            for (index, cue) in cues.enumerated() {
                let contentEnd = cues[safe: index + 1]?.lowerBound ?? clause.upperBound
                let after = cue.upperBound..<max(cue.upperBound, contentEnd)
                if language.begins(cue, in: sentence.folded, with: language.speakerAfterCuePhrases) {
                    // The speaker follows the cue, or is a pronoun inside it ("за його словами").
                    // "according to its spokesman, Igor Konashenkov": a title before the name.
                    func titleOnly(_ gap: Range<Int>) -> Bool {
                        gap.count <= 3
                            && sentence.folded[gap].allSatisfy {
                                language.referenceDeterminers.contains($0) || language.determiners.contains($0) || language.speakerNouns.contains($0)
                            }
                    }
                    guard
                        let speaker = inClause.first(where: { candidate in
                            (candidate.range.lowerBound >= cue.upperBound
                                && (candidate.range.lowerBound - cue.upperBound <= 1 || titleOnly(cue.upperBound..<candidate.range.lowerBound)))
                                || (candidate.isPronoun && cue.contains(candidate.range.lowerBound))
                        })
                    else { continue }
                    let content = [
                        clause.lowerBound..<cue.lowerBound, min(clause.upperBound, max(speaker.range.upperBound, cue.upperBound))..<clause.upperBound,
                    ].filter { !$0.isEmpty }
                    clauseFrames.append(frame(speaker, inClause, sentence, cue: cue, content: content, clause: clause, rule: "'according to'"))
                    continue
                }
                // "…, сообщили во вторник в Минобороны", "Two attacks were repelled, said the
                // ministry": after a comma, a speech verb with its speaker right after it reports
                // what stands before it (an actor named in that report does not speak it).
                // The speaker ends the clause ("…, сообщили в Минобороны России."): a name followed by
                // more words is the subject of what is said ("said Ukrainian troops had…").
                let reporter = inClause.first { candidate in
                    let end = candidate.range.upperBound
                    // "відкинули версію брянського губернатора": a name after a claim noun owns the
                    // claim denied; it does not speak.
                    let start = candidate.range.lowerBound
                    let ownsClaim = (max(0, start - 2)..<start).contains { language.claimNouns.contains(sentence.folded[$0]) }
                    return !candidate.isReference && !ownsClaim && candidate.range.lowerBound >= cue.upperBound
                        && candidate.range.lowerBound - cue.upperBound <= 4
                        && !sentence.words[cue.upperBound..<candidate.range.lowerBound].contains { $0.followsComma || $0.followsClauseBreak }
                        && (end >= clause.upperBound || sentence.words[end].followsComma || sentence.words[end].followsClauseBreak)
                }
                let reportsBefore =
                    cue.lowerBound > clause.lowerBound + 2 && cueFollowsBreak(cue, sentence)
                    && !sentence.words[clause.lowerBound..<cue.lowerBound].contains(where: \.isQuoted)
                // With an actor before the verb, the one after it reports only when it ends the
                // clause: "Герасимов, …, доповів Путіну, що …" is told to Putin, not by him.
                let actorBefore = inClause.contains { !$0.isReference && $0.range.upperBound <= cue.lowerBound }
                let endsClause = reporter.map { $0.range.upperBound >= clause.upperBound } ?? false
                if let speaker = reporter, reportsBefore, !actorBefore || endsClause, !introducesWhatIsSaid(after: speaker, sentence) {
                    let content = [clause.lowerBound..<cue.lowerBound, speaker.range.upperBound..<max(speaker.range.upperBound, contentEnd)].filter {
                        !$0.isEmpty
                    }
                    clauseFrames.append(
                        frame(speaker, inClause, sentence, cue: cue, content: content, clause: clause, rule: "report then '\(phrase(cue, sentence))'"))
                    continue
                }
                // "Юсов підтвердив, що діють Легіон та РДК, і наголосив, що …": after a connective, a
                // name inside what the clause's previous speaker said does not speak the next verb.
                let joined = cue.lowerBound > 0 && language.connectives.contains(sentence.folded[cue.lowerBound - 1])
                let before = inClause.last { candidate in
                    candidate.range.upperBound <= cue.lowerBound && cue.lowerBound - candidate.range.upperBound <= (candidate.isReference ? 2 : 25)
                        // "Gladkov, who chairs the council, said …": the relative pronoun speaks only
                        // the verb of its own clause; past the comma, the name before it does.
                        && !(candidate.isRelative && sentence.words[candidate.range.upperBound...cue.lowerBound].contains { $0.followsComma })
                        && !cues.contains(where: { $0.lowerBound >= candidate.range.upperBound && $0.upperBound <= cue.lowerBound })
                        && !(joined && clauseFrames.last.map { $0.contains(candidate.range.lowerBound) } == true)
                        && (candidate.isReference || !standsInFrontedClause(candidate, before: cue, clause: clause, sentence))
                }
                // "Zelensky said Syrskyi had reported to him … on our actions": a name inside what
                // the clause's previous speaker says, before the next verb with no comma between,
                // is a report that speaker relays: what it says is the previous speaker's.
                // Only a name right after that verb (a complementizer or a title of two words between:
                // "said (that) army chief Syrskyi had reported"), not a second speaker further on
                // ("said its fighters had entered Tetkino while the ministry said …").
                if let speaker = before, let last = clauseFrames.last ?? frames.last, let lastCue = last.cue, speaker.range.lowerBound >= lastCue.upperBound,
                    speaker.range.lowerBound - lastCue.upperBound <= 3, !last.speakers.contains(where: speaker.names.contains),
                    !sentence.words[lastCue.upperBound...speaker.range.lowerBound].contains(where: { $0.followsComma || $0.followsClauseBreak }),
                    !(lastCue.upperBound..<speaker.range.lowerBound).contains(where: {
                        language.clauseBreakers.contains(sentence.folded[$0]) || language.opensClause(at: $0, in: sentence.folded)
                    })
                {
                    if clauseFrames.isEmpty {
                        frames[frames.count - 1].content = [lastCue.upperBound..<after.upperBound]
                    } else {
                        clauseFrames[clauseFrames.count - 1].content = [lastCue.upperBound..<after.upperBound]
                    }
                    continue
                }
                if let speaker = before {
                    // '"…," the ministry said on Tuesday.' — what is said is the quotation before the speaker.
                    // '"…," the ministry said' and 'Two attacks were repelled, the ministry said':
                    // what is said stands before the speaker.
                    let quoteBefore = sentence.words[clause.lowerBound..<speaker.range.lowerBound].contains(where: \.isQuoted)
                    let subjectStart =
                        language.determiners.contains(sentence.folded[safe: speaker.range.lowerBound - 1] ?? "")
                        ? speaker.range.lowerBound - 1 : speaker.range.lowerBound
                    // "…, the ministry said", "…, Governor Alexei Smirnov said": a comma up to three
                    // words before the name (its determiner or title between) ends what is said.
                    let invertedReport =
                        subjectStart > clause.lowerBound
                        && (max(clause.lowerBound + 1, subjectStart - 3)...subjectStart).contains { sentence.words[$0].followsComma }
                    // '"…," the fighter said, referring to …': after the verb and a comma, the
                    // outlet's gloss, not more of what was said.
                    let quoteCloses = sentence.words[subjectStart].separator.contains("\"")
                    let glossAfter =
                        quoteCloses && after.lowerBound < sentence.words.count && sentence.words[after.lowerBound].followsComma
                        && !language.complementizers.contains(sentence.folded[after.lowerBound])
                    let saysLittle = !hasClaimWords(after, sentence)
                    var content =
                        ((quoteBefore || invertedReport) && saysLittle) || (quoteBefore && glossAfter)
                        ? [clause.lowerBound..<speaker.range.lowerBound] : [after]
                    // "…, who assured him that …": the relative clause's own words, to its comma.
                    if speaker.isRelative {
                        content = [after.lowerBound..<(after.first(where: { $0 > after.lowerBound && sentence.words[$0].followsComma }) ?? after.upperBound)]
                    }
                    clauseFrames.append(
                        frame(speaker, inClause, sentence, cue: cue, content: content, clause: clause, rule: "speaker before '\(phrase(cue, sentence))'"))
                    continue
                }
                // Not a name inside what follows ("…, insisting that no Ukrainian units crossed").
                if let speaker = inClause.first(where: { candidate in
                    candidate.range.lowerBound >= cue.upperBound && candidate.range.lowerBound - cue.upperBound <= 2
                        && (!candidate.isReference || candidate.isPronoun)
                        && !sentence.folded[cue.upperBound..<candidate.range.lowerBound].contains(where: language.complementizers.contains)
                }),
                    // The quotation closes right before the verb: '"…, and said Kyiv was …"' is the
                    // first speaker going on, and "Kyiv" the subject of what it says.
                    cue.lowerBound > 0, sentence.words[cue.lowerBound - 1].isQuoted
                {
                    // '"…," said Viacheslav Gladkov, the governor.', '«…», — написал он.'
                    let content = [0..<cue.lowerBound]
                    clauseFrames.append(
                        frame(speaker, inClause, sentence, cue: cue, content: content, clause: clause, rule: "quotation then '\(phrase(cue, sentence))'"))
                    continue
                }
                if let speaker = reporter, cue.lowerBound > clause.lowerBound, !introducesWhatIsSaid(after: speaker, sentence) {
                    // "когда о прорыве заявил легион": no speaker before the verb, its subject after it.
                    // "Він заперечив, що добровольці обстріляли авто, про що заявив губернатор": what
                    // the subject said starts after another speaker's verb (and its "що") before it.
                    var start = clause.lowerBound
                    if let other = sentence.cues.filter({ !$0.value.isDisjoint(with: [.speech, .denial]) && clause.contains($0.range.lowerBound) })
                        .map(\.range.upperBound).filter({ $0 <= cue.lowerBound && $0 > clause.lowerBound }).max()
                    {
                        start = language.complementizers.contains(sentence.folded[safe: other] ?? "") ? other + 1 : other
                    }
                    let content = [start..<max(start, cue.lowerBound), speaker.range.upperBound..<max(speaker.range.upperBound, contentEnd)].filter {
                        !$0.isEmpty
                    }
                    clauseFrames.append(
                        frame(speaker, inClause, sentence, cue: cue, content: content, clause: clause, rule: "subject after '\(phrase(cue, sentence))'"))
                    continue
                }
                // "…, but insisted that …": a clause breaker before the verb still leaves it first.
                let opensClause =
                    cue.lowerBound == clause.lowerBound || language.participles.contains(sentence.folded[cue.lowerBound])
                    || (cue.lowerBound == clause.lowerBound + 1 && language.clauseBreakers.contains(sentence.folded[clause.lowerBound]))
                // Not a claim noun another actor owns, with what it claims after it ("dismissed as
                // fiction the ministry's statement that …"): that is the owner's claim, quoted
                // (`embedded`), not more of the speaker's ("called the ministry's claims a lie" is).
                let owned =
                    sentence.actors.contains { $0.isPossessive && $0.range.upperBound <= cue.lowerBound && cue.lowerBound - $0.range.upperBound <= 1 }
                    && language.complementizers.contains(sentence.folded[safe: cue.upperBound] ?? "")
                if let previous = clauseFrames.last ?? frames.last, !previous.isEmbedded, !owned, opensClause || !clauseFrames.isEmpty {
                    // ", saying …", ", adding: …": the same speaker goes on.
                    var continued = previous
                    continued.cue = cue
                    continued.content = [opensClause ? clause.lowerBound..<contentEnd : after]
                    continued.clause = clause
                    continued.speakerRange = nil
                    continued.rule = "continues \(previous.speakers.joined(separator: " and ")) ('\(phrase(cue, sentence))')"
                    clauseFrames.append(continued)
                } else if opensClause, clause.lowerBound > 0, clauseFrames.isEmpty, frames.isEmpty,
                    let subject = candidates.first(where: { !$0.isReference && $0.range.lowerBound <= 3 && $0.range.upperBound <= clause.lowerBound })
                {
                    // "Yusov went further, confirming that …": the sentence's subject speaks the participle.
                    clauseFrames.append(
                        frame(
                            subject, candidates, sentence, cue: cue, content: [clause.lowerBound..<contentEnd], clause: 0..<clause.upperBound,
                            rule: "subject of '\(phrase(cue, sentence))'"))
                }
            }
            if clauseFrames.isEmpty && cues.isEmpty {
                if let narration = narration(in: clause, inClause, sentence) {
                    clauseFrames.append(narration)
                } else if let previous = frames.last, !previous.isEmbedded,
                    sentence.words[clause.lowerBound].followsClauseBreak || language.clauseBreakers.contains(sentence.words[clause.lowerBound].text)
                {
                    // 'said on Telegram: "…"', '…, but nowhere near …': the clause goes on with the same speaker.
                    var continued = previous
                    continued.cue = nil
                    continued.content = [clause]
                    continued.clause = clause
                    continued.speakerRange = nil
                    continued.rule = "continues \(previous.speakers.joined(separator: " and "))"
                    clauseFrames.append(continued)
                }
            }
            frames += clauseFrames
        }
        return frames + embedded(in: sentence, clauses: clauses)
    }
}
