/// Who asserts a claim: the speaker of its reported speech, resolved
/// through "according to", quotations ("…," said X), coordination ("the
/// RVC and the Legion said"), group references ("the militias claimed")
/// and actor references ("the ministry insisted", "he said").
struct ClaimantResolver {
    let roles: [String: ActorRole]
    let lexicon: Lexicon

    /// Words that may stand between coordinated actors.
    static let connectives: Set<String> = [
        "and", "the", "another", "similar", "group", "groups", "also", "as", "well", "known", "both", "s", "its", "or",
    ]

    struct Resolution {
        var claimants: [String]
        var rule: String
    }

    func claimants(of sentence: SentenceAnalysis, context: ExtractionContext) -> Resolution {
        let speech = sentence.cues(.speech).filter { !sentence.words[$0.range.lowerBound].isQuoted }
        let speakers = sentence.actors.filter { !$0.isQuoted }
        for cue in speech where cue.phrase == "according to" {
            if let actor = speakers.first(where: { $0.range.lowerBound >= cue.range.upperBound && $0.range.lowerBound - cue.range.upperBound <= 3 }) {
                return Resolution(claimants: coordinated(actor, in: speakers, sentence), rule: "'according to'")
            }
        }
        for cue in speech {
            let start = cue.range.lowerBound
            let quoteBefore = sentence.words[..<start].contains(where: \.isQuoted)
            if quoteBefore, let actor = speakers.first(where: { $0.range.lowerBound >= cue.range.upperBound && $0.range.lowerBound - cue.range.upperBound <= 3 }) {
                return Resolution(claimants: coordinated(actor, in: speakers, sentence), rule: "quotation then '\(cue.phrase)'")
            }
            if let reference = reference(before: start, in: sentence, context: context) { return reference }
            if let actor = speakers.last(where: { $0.range.upperBound <= start }) {
                return Resolution(claimants: coordinated(actor, in: speakers, sentence), rule: "speaker before '\(cue.phrase)'")
            }
        }
        // No reported speech: the actor standing first, before the trigger, is the subject asserting the act.
        let firstTrigger = sentence.cues.filter { !$0.value.isDisjoint(with: [.raid, .denial, .counterclaim]) }.map(\.range.lowerBound).min() ?? 0
        if let actor = speakers.first, actor.range.upperBound <= firstTrigger {
            return Resolution(claimants: coordinated(actor, in: speakers, sentence), rule: "subject before the trigger")
        }
        if let reference = reference(before: firstTrigger, in: sentence, context: context) { return reference }
        return Resolution(claimants: [], rule: "no speaker")
    }

    /// A group or actor reference standing before `position` (and not inside a quote).
    private func reference(before position: Int, in sentence: SentenceAnalysis, context: ExtractionContext) -> Resolution? {
        let earlier = sentence.cues.filter { $0.range.upperBound <= position && !sentence.words[$0.range.lowerBound].isQuoted }
        if sentence.actors.contains(where: { !$0.isQuoted && $0.range.upperBound <= position }) { return nil }
        if let cue = earlier.last(where: { $0.value.contains(.groupReference) }) {
            let groups = context.groups(in: sentence, roles: roles)
            if !groups.isEmpty { return Resolution(claimants: groups, rule: "group reference '\(cue.phrase)'") }
        }
        if let cue = earlier.last(where: { $0.value.contains(.actorReference) }) {
            if let actor = actorReferred(by: cue.phrase, context: context) {
                return Resolution(claimants: [actor], rule: "reference '\(cue.phrase)'")
            }
        }
        return nil
    }

    /// "the ministry" → the most recent actor whose name or alias holds "ministry";
    /// a pronoun → the last speaker.
    private func actorReferred(by phrase: String, context: ExtractionContext) -> String? {
        let words = TextFolding.words(phrase).filter { $0 != "the" && $0 != "its" }
        guard let noun = words.last, !["he", "she", "it", "they"].contains(noun) else { return context.lastSpeaker }
        for name in context.recentActors.reversed() {
            guard let actor = lexicon.actor(named: name) else { continue }
            if ([actor.name] + actor.aliases).contains(where: { TextFolding.words($0).contains(noun) }) { return name }
        }
        return nil
    }

    /// The actor and those coordinated with it ("X and Y", "X, Y and Z"): actors of
    /// the same role separated only by connective words.
    private func coordinated(_ actor: Mention, in mentions: [Mention], _ sentence: SentenceAnalysis) -> [String] {
        guard let index = mentions.firstIndex(of: actor) else { return [actor.name] }
        func joinable(_ a: Mention, _ b: Mention) -> Bool {
            guard roles[a.name] == roles[b.name], b.range.lowerBound >= a.range.upperBound,
                b.range.lowerBound - a.range.upperBound <= 6
            else { return false }
            return sentence.folded[a.range.upperBound..<b.range.lowerBound].allSatisfy(Self.connectives.contains)
        }
        var low = index, high = index
        while low > 0, joinable(mentions[low - 1], mentions[low]) { low -= 1 }
        while high + 1 < mentions.count, joinable(mentions[high], mentions[high + 1]) { high += 1 }
        var names = [String]()
        for mention in mentions[low...high] where !names.contains(mention.name) { names.append(mention.name) }
        return names
    }
}
