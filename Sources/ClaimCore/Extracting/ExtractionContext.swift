/// What earlier sentences tell a later one: the paragraph's region and date
/// (for sentences that refer back), the last speaker (for "he", "the
/// ministry") and the groups just named (for "the militias").
struct ExtractionContext {
    let published: Day?
    private(set) var sentenceIndex = -1
    private(set) var paragraph = Int.min
    private(set) var paragraphRegion: String?
    private(set) var previousParagraphRegion: String?
    private(set) var paragraphDate: Day?
    private(set) var lastSpeaker: String?
    private(set) var previousGroups: [String] = []
    private(set) var currentGroups: [String] = []
    /// Actors in order of last mention, most recent last.
    private(set) var recentActors: [String] = []

    init(published: Day?) { self.published = published }

    /// Region for a sentence that names none: the paragraph's, else the previous paragraph's.
    var regionForContinuation: String? { paragraphRegion ?? previousParagraphRegion }

    mutating func enter(_ sentence: SentenceAnalysis) {
        sentenceIndex += 1
        if sentence.paragraph != paragraph {
            previousParagraphRegion = paragraphRegion ?? previousParagraphRegion
            paragraphRegion = nil
            paragraphDate = nil
            paragraph = sentence.paragraph
        }
        previousGroups = currentGroups
        currentGroups = []
    }

    mutating func leave(_ sentence: SentenceAnalysis, claims: [FoundClaim], roles: [String: ActorRole]) {
        for mention in sentence.actors {
            recentActors.removeAll { $0 == mention.name }
            recentActors.append(mention.name)
            if roles[mention.name] == .group && !currentGroups.contains(mention.name) { currentGroups.append(mention.name) }
        }
        if let speaker = claims.first?.claim.claimant ?? sentence.actors.first(where: { !$0.isQuoted })?.name {
            lastSpeaker = speaker
        }
        if let own = claims.first(where: \.hasOwnRegion)?.claim.region { paragraphRegion = own }
        if let date = sentence.date { paragraphDate = date }
    }

    /// Groups named in this sentence or the one before.
    func groups(in sentence: SentenceAnalysis, roles: [String: ActorRole]) -> [String] {
        var out = [String]()
        for mention in sentence.actors where roles[mention.name] == .group && !out.contains(mention.name) { out.append(mention.name) }
        return out.isEmpty ? previousGroups : out
    }
}

/// A claim as found in one sentence, before linking and merging.
struct FoundClaim {
    var claim: Claim
    var sentenceIndex: Int
    var isHeadline: Bool
    var hasOwnRegion: Bool
    var hasOwnDate: Bool
    /// Other actors the sentence names (candidates for what a denial denies).
    var namedOthers: [String]
    var rule: String
}
