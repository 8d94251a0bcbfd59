/// Who says what in one clause of a sentence: the speaker (one actor, or
/// several in a joint claim), the speech verb, and the words that carry what
/// is said. Claims are read from frames, never from a whole sentence, so
/// that "X denied it, blaming the raid on Y" yields X's denial and X's raid,
/// and a place named in another clause does not leak into the claim.
struct StatementFrame {
    var speakers: [String]
    var speakerRange: Range<Int>?
    /// The speech verb(s); nil when the speaker is the subject of the act itself.
    var cue: Range<Int>?
    /// Word ranges holding what is said.
    var content: [Range<Int>]
    var clause: Range<Int>
    var rule: String
    /// The speaker is a pronoun or group reference ("they said"), standing for the group's own people.
    var speakerIsReference = false
    /// A claim quoted inside another ("the ministry's claim that…", "the 1,500 claimed by the Kremlin").
    var isEmbedded = false
    /// The speaker labels what follows a colon ("RDK channel: …", "Gladkov (governor): …").
    var isLabelled = false

    func contains(_ index: Int) -> Bool { content.contains { $0.contains(index) } }

    /// A clause going on with the previous frame's speaker, with no speech verb of its own
    /// ("…, but they were repelled").
    var continuesStatement: Bool { cue == nil && speakerRange == nil && !isLabelled && !isEmbedded }
}

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
            if isBreak && i - starts.last! >= 2 { starts.append(i) }
        }
        return starts.indices.map { starts[$0]..<(starts[safe: $0 + 1] ?? sentence.words.count) }
    }

    /// Speech cues that start a frame: not quoted, not negated ("did not comment"),
    /// not passive ("claimed by" — see `embedded`); cues a few words apart
    /// ("said on Telegram that") are one.
    private func speechCues(in clause: Range<Int>, _ sentence: SentenceAnalysis) -> [Range<Int>] {
        var out = [Range<Int>]()
        for cue in sentence.cues(.speech, in: clause) where !sentence.words[cue.range.lowerBound].isQuoted {
            let start = cue.range.lowerBound
            if language.passiveAgents.contains(sentence.folded[safe: cue.range.upperBound] ?? "") { continue }
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
            if let last = out.last, start - last.upperBound <= 3, !language.speakerAfterCue.contains(cue.phrase) {
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
    private func answers(before start: Int, in words: [String]) -> Bool {
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
        guard found.isEmpty, let labelSpeakers, !labelSpeakers.isEmpty else { return found }
        let all = 0..<sentence.words.count
        return [StatementFrame(speakers: labelSpeakers, speakerRange: nil, cue: nil, content: [all], clause: all, rule: "the label's speaker goes on", isLabelled: true)]
    }

    private func frames(in sentence: SentenceAnalysis, clauses: [Range<Int>], candidates: [SpeakerCandidate]) -> [StatementFrame] {
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
                    guard let speaker = inClause.first(where: { candidate in
                        (candidate.range.lowerBound >= cue.upperBound && candidate.range.lowerBound - cue.upperBound <= 1)
                            || (candidate.isPronoun && cue.contains(candidate.range.lowerBound))
                    }) else { continue }
                    let content = [clause.lowerBound..<cue.lowerBound, min(clause.upperBound, max(speaker.range.upperBound, cue.upperBound))..<clause.upperBound].filter { !$0.isEmpty }
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
                    return !candidate.isReference && candidate.range.lowerBound >= cue.upperBound && candidate.range.lowerBound - cue.upperBound <= 4
                        && !sentence.words[cue.upperBound..<candidate.range.lowerBound].contains { $0.followsComma || $0.followsClauseBreak }
                        && (end >= clause.upperBound || sentence.words[end].followsComma || sentence.words[end].followsClauseBreak)
                }
                let reportsBefore = cue.lowerBound > clause.lowerBound + 2 && cueFollowsBreak(cue, sentence)
                    && !sentence.words[clause.lowerBound..<cue.lowerBound].contains(where: \.isQuoted)
                // With an actor before the verb, the one after it reports only when it ends the
                // clause: "Герасимов, …, доповів Путіну, що …" is told to Putin, not by him.
                let actorBefore = inClause.contains { !$0.isReference && $0.range.upperBound <= cue.lowerBound }
                let endsClause = reporter.map { $0.range.upperBound >= clause.upperBound } ?? false
                if let speaker = reporter, reportsBefore, !actorBefore || endsClause, !introducesWhatIsSaid(after: speaker, sentence) {
                    let content = [clause.lowerBound..<cue.lowerBound, speaker.range.upperBound..<max(speaker.range.upperBound, contentEnd)].filter { !$0.isEmpty }
                    clauseFrames.append(frame(speaker, inClause, sentence, cue: cue, content: content, clause: clause, rule: "report then '\(phrase(cue, sentence))'"))
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
                    !(lastCue.upperBound..<speaker.range.lowerBound).contains(where: { language.clauseBreakers.contains(sentence.folded[$0]) || language.opensClause(at: $0, in: sentence.folded) })
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
                    let subjectStart = language.determiners.contains(sentence.folded[safe: speaker.range.lowerBound - 1] ?? "") ? speaker.range.lowerBound - 1 : speaker.range.lowerBound
                    // "…, the ministry said", "…, Governor Alexei Smirnov said": a comma up to three
                    // words before the name (its determiner or title between) ends what is said.
                    let invertedReport = subjectStart > clause.lowerBound
                        && (max(clause.lowerBound + 1, subjectStart - 3)...subjectStart).contains { sentence.words[$0].followsComma }
                    // '"…," the fighter said, referring to …': after the verb and a comma, the
                    // outlet's gloss, not more of what was said.
                    let quoteCloses = sentence.words[subjectStart].separator.contains("\"")
                    let glossAfter = quoteCloses && after.lowerBound < sentence.words.count && sentence.words[after.lowerBound].followsComma
                        && !language.complementizers.contains(sentence.folded[after.lowerBound])
                    let saysLittle = !hasClaimWords(after, sentence)
                    var content = ((quoteBefore || invertedReport) && saysLittle) || (quoteBefore && glossAfter) ? [clause.lowerBound..<speaker.range.lowerBound] : [after]
                    // "…, who assured him that …": the relative clause's own words, to its comma.
                    if speaker.isRelative {
                        content = [after.lowerBound..<(after.first(where: { $0 > after.lowerBound && sentence.words[$0].followsComma }) ?? after.upperBound)]
                    }
                    clauseFrames.append(frame(speaker, inClause, sentence, cue: cue, content: content, clause: clause, rule: "speaker before '\(phrase(cue, sentence))'"))
                    continue
                }
                // Not a name inside what follows ("…, insisting that no Ukrainian units crossed").
                if let speaker = inClause.first(where: { candidate in
                    candidate.range.lowerBound >= cue.upperBound && candidate.range.lowerBound - cue.upperBound <= 2 && (!candidate.isReference || candidate.isPronoun)
                        && !sentence.folded[cue.upperBound..<candidate.range.lowerBound].contains(where: language.complementizers.contains)
                }),
                    sentence.words[..<cue.lowerBound].contains(where: \.isQuoted)
                {
                    // '"…," said Viacheslav Gladkov, the governor.', '«…», — написал он.'
                    let content = [0..<cue.lowerBound]
                    clauseFrames.append(frame(speaker, inClause, sentence, cue: cue, content: content, clause: clause, rule: "quotation then '\(phrase(cue, sentence))'"))
                    continue
                }
                if let speaker = reporter, cue.lowerBound > clause.lowerBound, !introducesWhatIsSaid(after: speaker, sentence) {
                    // "когда о прорыве заявил легион": no speaker before the verb, its subject after it.
                    let content = [clause.lowerBound..<cue.lowerBound, speaker.range.upperBound..<max(speaker.range.upperBound, contentEnd)].filter { !$0.isEmpty }
                    clauseFrames.append(frame(speaker, inClause, sentence, cue: cue, content: content, clause: clause, rule: "subject after '\(phrase(cue, sentence))'"))
                    continue
                }
                let opensClause = cue.lowerBound == clause.lowerBound || language.participles.contains(sentence.folded[cue.lowerBound])
                // Not a claim noun another actor owns, with what it claims after it ("dismissed as
                // fiction the ministry's statement that …"): that is the owner's claim, quoted
                // (`embedded`), not more of the speaker's ("called the ministry's claims a lie" is).
                let owned = sentence.actors.contains { $0.isPossessive && $0.range.upperBound <= cue.lowerBound && cue.lowerBound - $0.range.upperBound <= 1 }
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
                    clauseFrames.append(frame(subject, candidates, sentence, cue: cue, content: [clause.lowerBound..<contentEnd], clause: 0..<clause.upperBound, rule: "subject of '\(phrase(cue, sentence))'"))
                }
            }
            if clauseFrames.isEmpty && cues.isEmpty {
                if let narration = narration(in: clause, inClause, sentence) {
                    clauseFrames.append(narration)
                } else if let previous = frames.last, !previous.isEmbedded, sentence.words[clause.lowerBound].followsClauseBreak || language.clauseBreakers.contains(sentence.words[clause.lowerBound].text) {
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

    /// A digest's or transcript's label: a short first clause naming an actor, with no speech
    /// verb, then a colon ("RDK channel: our fighters have crossed…", "Alexander Bogomaz
    /// (Bryansk governor): a sabotage group…"). The actor says the rest of the sentence.
    private func label(in sentence: SentenceAnalysis, clauses: [Range<Int>], candidates: [SpeakerCandidate]) -> StatementFrame? {
        guard clauses.count >= 2, let first = clauses.first, first.count <= 10,
            sentence.words[clauses[1].lowerBound].separator.contains(":"),
            sentence.cues(.speech, in: first).isEmpty,
            // A digest's time stamp may stand before the name ("12:10 Thu — FSB, via RIA Novosti: …").
            let speaker = candidates.first(where: { !$0.isReference && first.contains($0.range.lowerBound) }), speaker.range.lowerBound <= 4,
            first.upperBound - speaker.range.upperBound <= 4
        else { return nil }
        // "Q (Kyiv Independent): Governor Gladkov says …": a speaker named after the colon with
        // its own speech verb speaks, not the label.
        let rest = clauses[1].lowerBound..<sentence.words.count
        let cues = sentence.cues(.speech, in: rest).map(\.range)
        if candidates.contains(where: { candidate in
            !candidate.isReference && rest.contains(candidate.range.lowerBound)
                && cues.contains { $0.lowerBound >= candidate.range.upperBound && $0.lowerBound - candidate.range.upperBound <= 3 }
        }) {
            return nil
        }
        var labelled = frame(speaker, candidates, sentence, cue: nil, content: [clauses[1].lowerBound..<sentence.words.count], clause: 0..<sentence.words.count, rule: "label")
        labelled.isLabelled = true
        return labelled
    }

    /// No speech verb: an actor standing first in the clause, before the act, asserts it
    /// ("Kyiv distanced itself from…", "the Legion launched incursions…").
    private func narration(in clause: Range<Int>, _ candidates: [SpeakerCandidate], _ sentence: SentenceAnalysis) -> StatementFrame? {
        // A speech verb left out of the frames (negated or passive: "не заявляли", "has not
        // said") means the clause is about what was or was not said, not the outlet's telling.
        guard sentence.cues(.speech, in: clause).isEmpty else { return nil }
        let acts = sentence.cues.filter { !$0.value.isDisjoint(with: [.raid, .denial, .counterclaim]) && clause.contains($0.range.lowerBound) }
        // The first actor with an act after it ("В ходе боёв … бойцы РДК взяли в плен …": an act in
        // a phrase before the subject does not hide the subject's own).
        func act(after candidate: SpeakerCandidate) -> Int? { acts.map(\.range.lowerBound).filter { $0 >= candidate.range.upperBound }.min() }
        guard let speaker = candidates.first(where: { candidate in act(after: candidate).map { !candidate.isReference || $0 - candidate.range.upperBound <= 2 } ?? false }),
            let firstAct = act(after: speaker), firstAct - speaker.range.upperBound <= 25
        else { return subjectAfterTheAct(in: clause, acts: acts, candidates, sentence) }
        // "Peskov declined to comment on the fighting" asserts nothing.
        let between = sentence.folded[speaker.range.upperBound..<firstAct]
        if between.contains(where: language.nonAssertions.contains) { return nil }
        // "Капустин — о рейде…", "Kapustin: about the raid": an act right after the name and
        // "about" is the topic of a headline, not told (with a verb between, "министерство
        // рапортовало об отражении", the verb tells it).
        if firstAct - 1 == speaker.range.upperBound, language.topicPrepositions.contains(sentence.folded[firstAct - 1]) { return nil }
        var told = frame(speaker, candidates, sentence, cue: nil, content: [speaker.range.upperBound..<clause.upperBound], clause: clause, rule: "subject of the act")
        // "NIKITIN: No, that is not true.": a name and a colon label what follows.
        told.isLabelled = sentence.words[safe: speaker.range.upperBound]?.separator.contains(":") ?? false
        if told.isLabelled { told.rule = "label, speaker \(speaker.how)" }
        return told
    }

    /// "Ответственность за рейд взяли на себя легион и РДК": the clause's actor stands right
    /// after its act and ends the clause (the order of a language with free word order), with no
    /// actor before the act.
    private func subjectAfterTheAct(in clause: Range<Int>, acts: [PhraseMatcher<Trigger.Categories>.Match], _ candidates: [SpeakerCandidate], _ sentence: SentenceAnalysis) -> StatementFrame? {
        for act in acts {
            guard let speaker = candidates.first(where: { !$0.isReference && $0.range.lowerBound >= act.range.upperBound && $0.range.lowerBound - act.range.upperBound <= 1 }),
                !sentence.words[act.range.upperBound..<speaker.range.lowerBound].contains(where: { $0.followsComma || $0.followsClauseBreak })
            else { continue }
            let joint = coordinated(speaker, candidates, sentence)
            let last = candidates.filter { joint.contains($0.names[0]) && $0.names.count == 1 }.map(\.range.upperBound).max() ?? speaker.range.upperBound
            guard last >= clause.upperBound || sentence.words[last].followsComma || sentence.words[last].followsClauseBreak else { continue }
            let between = sentence.folded[clause.lowerBound..<act.range.lowerBound]
            if between.contains(where: language.nonAssertions.contains) { return nil }
            return frame(speaker, candidates, sentence, cue: nil, content: [clause.lowerBound..<speaker.range.lowerBound], clause: clause, rule: "subject after the act")
        }
        return nil
    }

    /// Claims quoted inside a clause: "the Russian Defence Ministry's claim that …",
    /// "the Legion's assertion that …", "the 1,500 claimed by the Kremlin".
    private func embedded(in sentence: SentenceAnalysis, clauses: [Range<Int>]) -> [StatementFrame] {
        var out = [StatementFrame]()
        let words = sentence.folded
        for mention in sentence.actors where mention.isPossessive && !mention.isQuoted {
            var i = mention.range.upperBound
            if language.possessiveSuffixes.contains(words[safe: i] ?? "") { i += 1 }
            guard let noun = words[safe: i], language.claimNouns.contains(noun),
                let that = (i + 1...i + 2).first(where: { language.complementizers.contains(words[safe: $0] ?? "") })
            else { continue }
            let end = clauses.first { $0.contains(that) }?.upperBound ?? words.count
            out.append(StatementFrame(
                speakers: [mention.name], speakerRange: mention.range, cue: i..<(i + 1), content: [(that + 1)..<end],
                clause: mention.range.lowerBound..<end, rule: "quoted claim '\(mention.phrase)'s \(noun) that'", isEmbedded: true))
        }
        for cue in sentence.cues(.speech) where language.passiveAgents.contains(words[safe: cue.range.upperBound] ?? "") {
            guard let mention = sentence.actors.first(where: { $0.range.lowerBound == cue.range.upperBound + 1 || ($0.range.lowerBound == cue.range.upperBound + 2 && language.determiners.contains(words[cue.range.upperBound + 1])) }),
                !mention.isQuoted
            else { continue }
            let start = max(0, cue.range.lowerBound - 4)
            out.append(StatementFrame(
                speakers: [mention.name], speakerRange: mention.range, cue: cue.range, content: [start..<cue.range.lowerBound, mention.range.upperBound..<min(words.count, mention.range.upperBound + 4)],
                clause: start..<mention.range.upperBound, rule: "quoted claim '\(cue.phrase) by \(mention.phrase)'", isEmbedded: true))
        }
        return out
    }

    private func frame(_ speaker: SpeakerCandidate, _ candidates: [SpeakerCandidate], _ sentence: SentenceAnalysis, cue: Range<Int>?, content: [Range<Int>], clause: Range<Int>, rule: String) -> StatementFrame {
        let names = coordinated(speaker, candidates, sentence)
        return StatementFrame(
            speakers: names, speakerRange: speaker.range, cue: cue, content: content, clause: clause, rule: "\(rule), speaker \(speaker.how)",
            speakerIsReference: speaker.isReference)
    }

    /// The speaker and those coordinated with it ("X and Y", "X, Y and Z"):
    /// actors of the same role separated only by connective words.
    private func coordinated(_ speaker: SpeakerCandidate, _ candidates: [SpeakerCandidate], _ sentence: SentenceAnalysis) -> [String] {
        let single = candidates.filter { $0.names.count == 1 }
        guard speaker.names.count == 1, let index = single.firstIndex(of: speaker) else { return speaker.names }
        func joinable(_ a: SpeakerCandidate, _ b: SpeakerCandidate) -> Bool {
            guard roles[a.names[0]] == roles[b.names[0]], b.range.lowerBound >= a.range.upperBound, b.range.lowerBound - a.range.upperBound <= 6 else { return false }
            return sentence.folded[a.range.upperBound..<b.range.lowerBound].allSatisfy(language.connectives.contains)
        }
        var low = index, high = index
        while low > 0, joinable(single[low - 1], single[low]) { low -= 1 }
        while high + 1 < single.count, joinable(single[high], single[high + 1]) { high += 1 }
        var names = [String]()
        for candidate in single[low...high] where !names.contains(candidate.names[0]) { names.append(candidate.names[0]) }
        return names
    }

    private func hasClaimWords(_ range: Range<Int>, _ sentence: SentenceAnalysis) -> Bool {
        sentence.cues.contains { range.contains($0.range.lowerBound) && !$0.value.isDisjoint(with: [.raid, .denial, .counterclaim, .losses, .raider]) }
    }

    /// A complementizer follows the name ("доповів Путіну, що …", "told the governor that …"):
    /// the name is who is told, and what is said comes after it.
    private func introducesWhatIsSaid(after candidate: SpeakerCandidate, _ sentence: SentenceAnalysis) -> Bool {
        sentence.folded[safe: candidate.range.upperBound].map(language.complementizers.contains) ?? false
    }

    /// A comma or a dash stands right before the cue: what precedes it is reported.
    private func cueFollowsBreak(_ cue: Range<Int>, _ sentence: SentenceAnalysis) -> Bool {
        let separator = sentence.words[cue.lowerBound].separator
        return sentence.words[cue.lowerBound].followsComma || separator.contains("-")
    }

    private func phrase(_ range: Range<Int>, _ sentence: SentenceAnalysis) -> String {
        sentence.folded[range].joined(separator: " ")
    }
}
