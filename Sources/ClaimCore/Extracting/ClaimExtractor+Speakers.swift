/// Who speaks in a sentence and for whom: a label's speakers, a relayed report's, the
/// back-references that credit an earlier sentence, the region an official answers for.
extension ClaimExtractor {
    /// A claim that names no region, of an official answering for one (a governor), is about
    /// that region: "there is no enemy on the region's territory", "saboteurs entered a village".
    /// Not one that names several regions.
    func inJurisdiction(_ item: FoundClaim) -> FoundClaim {
        guard item.claim.region == nil, !item.hasOwnRegion, let region = jurisdictions[item.claim.claimant] else { return item }
        var out = item
        out.claim.region = region
        return out
    }

    /// Whether a frame's speaker stands in a relative clause: a relative pronoun between it and
    /// the comma before it ("пленными, которых корпус показал", "prisoners, whom the corps showed").
    func inRelativeClause(_ frame: StatementFrame, _ sentence: SentenceAnalysis) -> Bool {
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
    func retold(
        _ earlier: (sentence: SentenceAnalysis, context: ExtractionContext), by speakers: [String], in sentence: SentenceAnalysis
    ) -> [FoundClaim] {
        Self.dated(claims(in: earlier.sentence, context: earlier.context, tracing: false, labelSpeakers: speakers, credited: true).0, by: sentence)
    }

    /// "X + Y: raid by X; raid by Y", for `scan --explain`.
    static func describe(_ told: [FoundClaim], by speakers: [String]) -> String {
        speakers.joined(separator: " + ") + ": " + told.map { "\($0.claim.kind.rawValue) by \($0.claim.claimant)" }.joined(separator: "; ")
    }

    /// Claims credited by a later sentence, dated by nothing of their own, take that sentence's
    /// day: the day their speaker said them ('…," the Legion said on Monday').
    static func dated(_ told: [FoundClaim], by sentence: SentenceAnalysis) -> [FoundClaim] {
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
    func creditedSpeakers(in sentence: SentenceAnalysis, frames: [StatementFrame], candidates: [SpeakerCandidate]) -> [String]? {
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
                return after.filter { $0.range.lowerBound - first.range.lowerBound <= 6 }.flatMap(\.names).reduce(into: []) {
                    if !$0.contains($1) { $0.append($1) }
                }
            }
            if let speaker = candidates.first(where: { $0.range.lowerBound >= start && $0.range.lowerBound - start <= 1 }) {
                return speaker.names
            }
        }
        return nil
    }

    /// Whether the sentence opens with the language's forwarding words ("Forwarded from …").
    func opensForwardLine(_ sentence: SentenceAnalysis) -> Bool {
        sentence.folded.phrase(among: language.forwardLabels, at: 0) != nil
    }

    /// Whether the sentence opens a digest's next entry: a forwarding line (whoever it names), or
    /// a short label and a colon ("От редакции: …", "Q: …").
    func opensEntry(_ sentence: SentenceAnalysis) -> Bool {
        // Not a clock time ("В 05:30 противник…"): a colon between two numbers.
        opensForwardLine(sentence)
            || sentence.words.indices.prefix(4).dropFirst().contains { at in
                sentence.words[at].separator.contains(":")
                    && !(sentence.words[at].text.first?.isNumber == true && sentence.words[at - 1].text.first?.isNumber == true)
            }
    }

    /// A digest's or live blog's entry heading: a short line with no sentence end, naming an
    /// actor in its first words (after a time stamp), and stating no act. Its actors speak the
    /// next paragraph's sentences that name no speaker of their own.
    func entryHeading(_ sentence: SentenceAnalysis) -> [String]? {
        guard !sentence.isHeadline, sentence.words.count <= 12, !sentence.text.endsSentence,
            let first = sentence.actors.first(where: { !$0.isQuoted }), first.range.lowerBound <= 4,
            !sentence.has(.raid), !sentence.has(.denial), !sentence.has(.counterclaim), !sentence.has(.losses)
        else { return nil }
        // A label, not a headline: after the name nothing, an apposition, a parenthesis or a
        // dash ("Gladkov, governor of …", "Peskov (via TASS)", "Forwarded from the Legion — 12
        // March") — "Міноборони відреагували на події" is a headline's sentence. Before the name,
        // a time stamp or short marks, or words only on a line that carries a time or a number
        // or ends in a colon, announcing what follows ("Forwarded from the Legion:"; "Photo:
        // Russian Defence Ministry" is a credit, not a label).
        let words = sentence.words
        // A line ending in a colon may open with a few words ("Forwarded from", "Переслано из
        // канала"), not with what the line is about ("Key facts about the Legion:", "Meanwhile in Kyiv:").
        let before = sentence.folded[..<first.range.lowerBound]
        let announces =
            sentence.text.utf8.last == UInt8(ascii: ":") && before.count <= 3
            && !(before.last.map { language.topicPrepositions.contains($0) || language.locativePrepositions.contains($0) } ?? false)
        // "↪️ Переслано из: Вячеслав Гладков", "Forwarded from Russian Volunteer Corps": the
        // language's forwarding words, and nothing else, before the name.
        let forwarded = !before.isEmpty && Array(before).phrase(among: language.forwardLabels, at: 0)?.count == before.count
        let stamped = words.contains { $0.text.first?.isNumber ?? false } || announces || forwarded
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
}
