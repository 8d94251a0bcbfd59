/// Someone a sentence names who may be the speaker of a claim: an actor by
/// name, or a reference resolved to actors ("the ministry", "he", "the militias").
struct SpeakerCandidate: Hashable {
    var range: Range<Int>
    var names: [String]
    /// How it was found, for `scan --explain`.
    var how: String
    /// A pronoun or group reference: only a speaker right before its verb.
    var isReference: Bool
    /// A personal pronoun ("he", "он"), which may also follow a quotation's verb ('"…," — написал он').
    var isPronoun = false
    /// A relative pronoun standing for the name before it ("Gladkov, who on Thursday said …"):
    /// what it says ends with its clause, at the next comma.
    var isRelative = false

    /// The candidates of `sentence`, in order: eligible actor mentions, then references
    /// that no actor mention covers, resolved through `context`.
    static func all(
        in sentence: SentenceAnalysis, context: ExtractionContext, actorWords: [String: Set<String>], roles: [String: ActorRole], language: LanguageProfile
    ) -> [SpeakerCandidate] {
        var out = [SpeakerCandidate]()
        for mention in sentence.actors where mention.canSpeak {
            out.append(SpeakerCandidate(range: mention.range, names: [mention.name], how: "'\(mention.phrase)'", isReference: false))
        }
        let covered = sentence.actors.map(\.range)
        for cue in sentence.cues where !sentence.words[cue.range.lowerBound].isQuoted {
            guard !covered.contains(where: { $0.overlaps(cue.range) }) else { continue }
            if cue.value.contains(.groupReference) {
                let groups = groupsReferred(before: cue.range.lowerBound, in: sentence, context: context, roles: roles)
                if !groups.isEmpty {
                    out.append(SpeakerCandidate(range: cue.range, names: groups, how: "group reference '\(cue.phrase)'", isReference: true))
                }
            } else if cue.value.contains(.actorReference) {
                let earlier = out.filter { $0.range.upperBound <= cue.range.lowerBound && !$0.isReference }
                if let name = actorReferred(by: cue.phrase, earlier: earlier, context: context, actorWords: actorWords, language: language, roles: roles) {
                    let isPronoun = language.personalPronouns.contains(cue.phrase)
                    out.append(
                        SpeakerCandidate(range: cue.range, names: [name], how: "reference '\(cue.phrase)'", isReference: isPronoun, isPronoun: isPronoun))
                }
            }
        }
        // "утверждения Минобороны, которое ещё 12 марта отчиталось об …", "against the Kremlin,
        // which said …": the relative pronoun after a name and a comma is that name, even where
        // the name itself is an object, and speaks the verb of its clause.
        for mention in sentence.actors where !mention.isQuoted {
            let at = mention.range.upperBound
            guard at < sentence.words.count, sentence.words[at].followsComma, language.relativePronouns.contains(sentence.folded[at]) else { continue }
            out.append(
                SpeakerCandidate(
                    range: at..<(at + 1), names: [mention.name], how: "'\(mention.phrase)' through '\(sentence.folded[at])'", isReference: false,
                    isRelative: true))
        }
        // "According to him, …", "По его словам, …", "За його словами, …": a pronoun after or
        // inside a cue that puts its speaker after it stands for the speaker named before.
        for cue in sentence.cues(.speech) where language.begins(cue.range, in: sentence.folded, with: language.speakerAfterCuePhrases) {
            let reach = cue.range.lowerBound..<min(sentence.words.count, cue.range.upperBound + 1)
            // After the cue, the pronoun must stand alone ("according to him,"), not own a noun
            // ("по словам их командира": the commander speaks).
            guard
                let pronoun = reach.first(where: { index in
                    language.objectPronouns.contains(sentence.folded[index])
                        && (index < cue.range.upperBound || index + 1 >= sentence.words.count || sentence.words[index + 1].followsComma
                            || sentence.words[index + 1].followsClauseBreak)
                }),
                !out.contains(where: { $0.range.contains(pronoun) })
            else { continue }
            let earlier = out.filter { $0.range.upperBound <= cue.range.lowerBound && !$0.isReference }
            guard let name = earlier.last?.names.first ?? context.lastSpeaker else { continue }
            out.append(
                SpeakerCandidate(
                    range: pronoun..<(pronoun + 1), names: [name], how: "pronoun '\(sentence.folded[pronoun])'", isReference: true, isPronoun: true))
        }
        return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Groups named in this sentence before the reference, else in the sentence before, else the last group named.
    private static func groupsReferred(before position: Int, in sentence: SentenceAnalysis, context: ExtractionContext, roles: [String: ActorRole]) -> [String]
    {
        var here = [String]()
        for mention in sentence.actors where roles[mention.name] == .group && mention.range.upperBound <= position && !here.contains(mention.name) {
            here.append(mention.name)
        }
        if !here.isEmpty { return here }
        if !context.previousGroups.isEmpty { return context.previousGroups }
        return context.lastGroups
    }

    /// "the ministry" → the latest actor whose name or alias holds "ministry";
    /// a pronoun or a generic referent ("the agency") → the nearest actor named earlier in the
    /// sentence, else the last speaker; a group referent ("the unit") → the group named earlier in
    /// the sentence, else the last group.
    /// `actorWords`: each canonical actor's name and alias words, prepared once per lexicon.
    static func actorReferred(
        by phrase: String, earlier: [SpeakerCandidate], context: ExtractionContext, actorWords: [String: Set<String>], language: LanguageProfile,
        roles: [String: ActorRole] = [:]
    ) -> String? {
        let words = TextFolding.words(phrase).filter { !language.referenceDeterminers.contains($0) }
        guard let noun = words.last, !language.personalPronouns.contains(noun), !language.genericReferents.contains(noun) else {
            return earlier.last?.names.first ?? context.lastSpeaker
        }
        // "Fighters of the Legion have held positions …, the group said": a group named earlier
        // in the sentence, else the last group.
        if language.groupReferents.contains(noun) {
            return earlier.last { candidate in candidate.names.count == 1 && roles[candidate.names[0]] == .group }?.names.first ?? context.lastGroup
        }
        return context.recentActors.last { actorWords[$0]?.contains(noun) ?? false }
    }
}
