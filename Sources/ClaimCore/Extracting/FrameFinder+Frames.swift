/// The frames besides a speech verb's: a label line's speaker, narration, a subject after
/// the act, a claim embedded in another's words; and the helpers every frame uses.
extension FrameFinder {
    /// A digest's or transcript's label: a short first clause naming an actor, with no speech
    /// verb, then a colon ("RDK channel: our fighters have crossed…", "Alexander Bogomaz
    /// (Bryansk governor): a sabotage group…"). The actor says the rest of the sentence.
    func label(in sentence: SentenceAnalysis, clauses: [Range<Int>], candidates: [SpeakerCandidate]) -> StatementFrame? {
        guard clauses.count >= 2, let first = clauses.first, first.count <= 10,
            sentence.words[clauses[1].lowerBound].separator.contains(":"),
            sentence.cues(.speech, in: first).isEmpty,
            // A digest's time stamp may stand before the name ("12:10 Thu — FSB, via RIA Novosti: …").
            let speaker = candidates.first(where: { !$0.isReference && first.contains($0.range.lowerBound) }), speaker.range.lowerBound <= 4,
            first.upperBound - speaker.range.upperBound <= 4, onlyMarksBefore(speaker.range.lowerBound, in: sentence)
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
        var labelled = frame(
            speaker, candidates, sentence, cue: nil, content: [clauses[1].lowerBound..<sentence.words.count], clause: 0..<sentence.words.count, rule: "label")
        labelled.isLabelled = true
        return labelled
    }

    /// Whether only short marks stand before `index`, or words beside a time or date stamp
    /// ("▪ 11:34 Thu — FSB: …"): a label's name opens its line; "Суджа під контролем ЗСУ: …"
    /// is a headline about Sudzha.
    /// A title before the name is the name's ("Governor Vyacheslav Gladkov: …", "Пресс-секретарь
    /// Кремля Дмитрий Песков: …").
    func onlyMarksBefore(_ index: Int, in sentence: SentenceAnalysis) -> Bool {
        let before = sentence.words[..<index]
        let titles = sentence.cues(.actorReference).map(\.range)
        return before.indices.allSatisfy { i in
            before[i].text.unicodeScalars.count <= 3 || language.speakerNouns.contains(before[i].text) || titles.contains { $0.contains(i) }
        } || before.contains { $0.text.first?.isNumber ?? false }
    }

    /// No speech verb: an actor standing first in the clause, before the act, asserts it
    /// ("Kyiv distanced itself from…", "the Legion launched incursions…").
    func narration(in clause: Range<Int>, _ candidates: [SpeakerCandidate], _ sentence: SentenceAnalysis) -> StatementFrame? {
        // A speech verb left out of the frames (negated or passive: "не заявляли", "has not
        // said") means the clause is about what was or was not said, not the outlet's telling.
        guard sentence.cues(.speech, in: clause).isEmpty else { return nil }
        // "None of the groups entered Kozinka": the quantifier denies the subject's act.
        if opensWithNegatingQuantifier(clause, sentence) { return nil }
        let acts = sentence.cues.filter { !$0.value.isDisjoint(with: [.raid, .denial, .counterclaim]) && clause.contains($0.range.lowerBound) }
        // The first actor with an act after it ("В ходе боёв … бойцы РДК взяли в плен …": an act in
        // a phrase before the subject does not hide the subject's own).
        func act(after candidate: SpeakerCandidate) -> Int? { acts.map(\.range.lowerBound).filter { $0 >= candidate.range.upperBound }.min() }
        guard
            let speaker = candidates.first(where: { candidate in
                act(after: candidate).map { !candidate.isReference || $0 - candidate.range.upperBound <= 2 } ?? false
            }),
            let firstAct = act(after: speaker), firstAct - speaker.range.upperBound <= 25
        else { return subjectAfterTheAct(in: clause, acts: acts, candidates, sentence) }
        // "Peskov declined to comment on the fighting" asserts nothing.
        let between = sentence.folded[speaker.range.upperBound..<firstAct]
        if between.contains(where: language.nonAssertions.contains) { return nil }
        if isHedged(speaker.range, act: firstAct, in: clause, sentence) { return nil }
        // "Капустин — о рейде…", "Kapustin: about the raid": an act right after the name and
        // "about" is the topic of a headline, not told (with a verb between, "министерство
        // рапортовало об отражении", the verb tells it).
        if firstAct - 1 == speaker.range.upperBound, language.topicPrepositions.contains(sentence.folded[firstAct - 1]) { return nil }
        var told = frame(
            speaker, candidates, sentence, cue: nil, content: [speaker.range.upperBound..<clause.upperBound], clause: clause, rule: "subject of the act")
        // "NIKITIN: No, that is not true.": a name and a colon label what follows.
        told.isLabelled = sentence.words[safe: speaker.range.upperBound]?.separator.contains(":") ?? false
        if told.isLabelled { told.rule = "label, speaker \(speaker.how)" }
        return told
    }

    /// Whether the outlet hedges a told act (`hedges`: "likely", "вероятно"): a hedge in the
    /// clause, outside quotation marks, joined to the subject ("Russian forces likely pushed the
    /// LSR out", "The Legion probably entered", "Бойцы РДК, вероятно, вошли") or, before it, to the
    /// act ("в Козинку, вероятно, вошли бойцы РДК") with no comma or clause break between them but
    /// those around the hedge itself. A hedge in another clause, a relative clause or an aside
    /// ("The Legion, which probably has a few hundred fighters, entered …") hedges something else.
    func isHedged(_ subject: Range<Int>, act: Int, in clause: Range<Int>, _ sentence: SentenceAnalysis) -> Bool {
        (clause.lowerBound..<act).contains { hedge in
            guard !subject.contains(hedge), !sentence.words[hedge].isQuoted, language.hedges.contains(sentence.folded[hedge]) else { return false }
            // A break between two positions, not counting the commas that set the hedge apart.
            func joined(_ from: Int, _ to: Int) -> Bool {
                guard from < to else { return true }
                return !sentence.words[(from + 1)...to].indices.contains { at in
                    at != hedge && at != hedge + 1 && (sentence.words[at].followsComma || sentence.words[at].followsClauseBreak)
                }
            }
            if hedge < subject.lowerBound {
                // Before the subject: joined to it, or, when the subject follows the act, to the act.
                return subject.lowerBound < act ? joined(hedge, subject.lowerBound) : joined(hedge, act)
            }
            return joined(subject.upperBound - 1, hedge) && joined(hedge, act)
        }
    }

    /// "Ответственность за рейд взяли на себя легион и РДК": the clause's actor stands right
    /// after its act and ends the clause (the order of a language with free word order), with no
    /// actor before the act.
    func subjectAfterTheAct(
        in clause: Range<Int>, acts: [PhraseMatcher<Trigger.Categories>.Match], _ candidates: [SpeakerCandidate], _ sentence: SentenceAnalysis
    ) -> StatementFrame? {
        for act in acts {
            guard
                let speaker = candidates.first(where: {
                    !$0.isReference && $0.range.lowerBound >= act.range.upperBound && $0.range.lowerBound - act.range.upperBound <= 1
                }),
                !sentence.words[act.range.upperBound..<speaker.range.lowerBound].contains(where: { $0.followsComma || $0.followsClauseBreak })
            else { continue }
            let joint = coordinated(speaker, candidates, sentence)
            let last = candidates.filter { joint.contains($0.names[0]) && $0.names.count == 1 }.map(\.range.upperBound).max() ?? speaker.range.upperBound
            guard last >= clause.upperBound || sentence.words[last].followsComma || sentence.words[last].followsClauseBreak else { continue }
            let between = sentence.folded[clause.lowerBound..<act.range.lowerBound]
            if between.contains(where: language.nonAssertions.contains) { return nil }
            if isHedged(speaker.range, act: act.range.lowerBound, in: clause, sentence) { return nil }
            return frame(
                speaker, candidates, sentence, cue: nil, content: [clause.lowerBound..<speaker.range.lowerBound], clause: clause, rule: "subject after the act")
        }
        return nil
    }

    /// Claims quoted inside a clause: "the Russian Defence Ministry's claim that …",
    /// "the Legion's assertion that …", "the 1,500 claimed by the Kremlin".
    func embedded(in sentence: SentenceAnalysis, clauses: [Range<Int>]) -> [StatementFrame] {
        var out = [StatementFrame]()
        let words = sentence.folded
        for mention in sentence.actors where mention.isPossessive && !mention.isQuoted {
            var i = mention.range.upperBound
            if language.possessiveSuffixes.contains(words[safe: i] ?? "") { i += 1 }
            // "the ministry's claim that …", also with its day between ("the ministry's claim of
            // 23 May that …", "Gladkov's insistence on 2 June that …").
            guard let noun = words[safe: i], language.claimNouns.contains(noun),
                let that = (i + 1...i + 5).first(where: { language.complementizers.contains(words[safe: $0] ?? "") }),
                that <= i + 2
                    || ((i + 1)..<that).allSatisfy({ at in
                        sentence.dates.contains { $0.range.contains(at) } || language.governing.contains(words[at])
                            || language.ownerPrepositions.contains(words[at])
                    })
            else { continue }
            let end = clauses.first { $0.contains(that) }?.upperBound ?? words.count
            out.append(
                StatementFrame(
                    speakers: [mention.name], speakerRange: mention.range, cue: i..<(i + 1), content: [(that + 1)..<end],
                    clause: mention.range.lowerBound..<end, rule: "quoted claim '\(mention.phrase)'s \(noun) that'", isEmbedded: true))
        }
        for cue in sentence.cues(.speech) where language.passiveAgents.contains(words[safe: cue.range.upperBound] ?? "") {
            guard
                let mention = sentence.actors.first(where: {
                    $0.range.lowerBound == cue.range.upperBound + 1
                        || ($0.range.lowerBound == cue.range.upperBound + 2 && language.determiners.contains(words[cue.range.upperBound + 1]))
                }),
                !mention.isQuoted
            else { continue }
            // "The ministry's account was dismissed by the Legion as fiction": a denial verb before
            // its agent is the agent's own denial of what stands before it, not a claim it quotes.
            if cue.value.contains(.denial), let clause = clauses.first(where: { $0.contains(cue.range.lowerBound) }) {
                out.append(
                    StatementFrame(
                        speakers: [mention.name], speakerRange: mention.range, cue: cue.range,
                        content: [clause.lowerBound..<cue.range.lowerBound, mention.range.upperBound..<clause.upperBound].filter { !$0.isEmpty },
                        clause: clause, rule: "passive denial '\(cue.phrase) by \(mention.phrase)'"))
                continue
            }
            let start = max(0, cue.range.lowerBound - 4)
            out.append(
                StatementFrame(
                    speakers: [mention.name], speakerRange: mention.range, cue: cue.range,
                    content: [start..<cue.range.lowerBound, mention.range.upperBound..<min(words.count, mention.range.upperBound + 4)],
                    clause: start..<mention.range.upperBound, rule: "quoted claim '\(cue.phrase) by \(mention.phrase)'", isEmbedded: true))
        }
        return out
    }

    func frame(
        _ speaker: SpeakerCandidate, _ candidates: [SpeakerCandidate], _ sentence: SentenceAnalysis, cue: Range<Int>?, content: [Range<Int>],
        clause: Range<Int>, rule: String
    ) -> StatementFrame {
        let names = coordinated(speaker, candidates, sentence)
        return StatementFrame(
            speakers: names, speakerRange: speaker.range, cue: cue, content: content, clause: clause, rule: "\(rule), speaker \(speaker.how)",
            speakerIsReference: speaker.isReference)
    }

    /// The speaker and those coordinated with it ("X and Y", "X, Y and Z"):
    /// actors of the same role separated only by connective words.
    func coordinated(_ speaker: SpeakerCandidate, _ candidates: [SpeakerCandidate], _ sentence: SentenceAnalysis) -> [String] {
        let single = candidates.filter { $0.names.count == 1 }
        guard speaker.names.count == 1, let index = single.firstIndex(of: speaker) else { return speaker.names }
        func joinable(_ a: SpeakerCandidate, _ b: SpeakerCandidate) -> Bool {
            guard roles[a.names[0]] == roles[b.names[0]], b.range.lowerBound >= a.range.upperBound, b.range.lowerBound - a.range.upperBound <= 6 else {
                return false
            }
            return sentence.folded[a.range.upperBound..<b.range.lowerBound].allSatisfy(language.connectives.contains)
        }
        var low = index, high = index
        while low > 0, joinable(single[low - 1], single[low]) { low -= 1 }
        while high + 1 < single.count, joinable(single[high], single[high + 1]) { high += 1 }
        var names = [String]()
        for candidate in single[low...high] where !names.contains(candidate.names[0]) { names.append(candidate.names[0]) }
        return names
    }

    func hasClaimWords(_ range: Range<Int>, _ sentence: SentenceAnalysis) -> Bool {
        sentence.cues.contains { range.contains($0.range.lowerBound) && !$0.value.isDisjoint(with: [.raid, .denial, .counterclaim, .losses, .raider]) }
    }

    /// A complementizer follows the name ("доповів Путіну, що …", "told the governor that …"):
    /// the name is who is told, and what is said comes after it.
    func introducesWhatIsSaid(after candidate: SpeakerCandidate, _ sentence: SentenceAnalysis) -> Bool {
        sentence.folded[safe: candidate.range.upperBound].map(language.complementizers.contains) ?? false
    }

    /// The candidate is the subject of a fronted clause that a comma closes before the cue
    /// ("Seventeen days after Ukrainian troops crossed into Russia, the two governments are still
    /// describing…"): an opener (`fronted-openers`) before it with no comma between, its own
    /// verb right after it, and one comma between it and the cue, with a word between that comma
    /// and the cue. Such a name does not speak the main clause's verb; a name right before a
    /// comma ("After the raid the ministry, citing its sources, said"), or before an aside
    /// between two commas ("Since Monday the RVC has, in daily videos, claimed"), still does.
    func standsInFrontedClause(_ candidate: SpeakerCandidate, before cue: Range<Int>, clause: Range<Int>, _ sentence: SentenceAnalysis) -> Bool {
        let (start, end) = (candidate.range.lowerBound, candidate.range.upperBound)
        guard end < cue.lowerBound, !sentence.words[end].followsComma,
            ((end + 1)...cue.lowerBound).filter({ sentence.words[$0].followsComma }).count == 1,
            !sentence.words[cue.lowerBound].followsComma,
            let opener = (clause.lowerBound..<start).last(where: { language.frontedOpeners.contains(sentence.folded[$0]) })
        else { return false }
        return !((opener + 1)...start).contains { sentence.words[$0].followsComma }
    }

    /// A comma or a dash stands right before the cue: what precedes it is reported.
    func cueFollowsBreak(_ cue: Range<Int>, _ sentence: SentenceAnalysis) -> Bool {
        let separator = sentence.words[cue.lowerBound].separator
        return sentence.words[cue.lowerBound].followsComma || separator.contains("-")
    }

    func phrase(_ range: Range<Int>, _ sentence: SentenceAnalysis) -> String {
        sentence.folded[range].joined(separator: " ")
    }
}
