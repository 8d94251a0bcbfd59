/// What earlier sentences tell a later one: the last region named (for
/// sentences that refer back), the date of the last claim (for sentences
/// that state none), the last speaker (for "he", "the ministry") and the
/// groups just named (for "the militias").
struct ExtractionContext {
    let published: Day?
    private(set) var sentenceIndex = -1
    /// The most recent region evidence: one region, or several ("Belgorod and Kursk"), which refers back to none.
    private(set) var lastRegion: SentenceRegion = .none
    /// The date of the most recent claim, or of the most recent dated act.
    private(set) var lastDate: Day?
    /// The day of the last day heading ("24 MAY" over a chronology's entries), until the next.
    private(set) var headingDay: Day?
    private(set) var lastSpeaker: String?
    private(set) var lastGroup: String?
    /// The groups of the most recent sentence that named any ("these two formations").
    private(set) var lastGroups: [String] = []
    private(set) var previousGroups: [String] = []
    private(set) var currentGroups: [String] = []
    /// Actors in order of last mention, most recent last.
    private(set) var recentActors: [String] = []

    /// The last sentence asked a question of a paragraph that told of the raid ("Western media
    /// write that Ukrainian units have reached Korenevo. Is that true?"): a denial right after it
    /// answers about the raid, though it names none ("No, that does not correspond to reality").
    private(set) var askedAboutRaid = false
    private var paragraph = -1
    private var paragraphTellsRaid = false

    init(published: Day?) { self.published = published }

    /// Region for a sentence that names none but refers back: the last one named, unless that was several.
    var regionForContinuation: String? {
        if case .one(let region) = lastRegion { return region }
        return nil
    }

    mutating func enter(_ sentence: SentenceAnalysis) {
        sentenceIndex += 1
        previousGroups = currentGroups
        currentGroups = []
    }

    /// A line that is only a day ("THURSDAY, 1 JUNE" over a newsletter's section, "22 мая" over a
    /// live blog's entries): what follows, dated by nothing of its own, happened that day.
    mutating func enter(heading day: Day) { (lastDate, headingDay) = (day, day) }

    mutating func leave(_ sentence: SentenceAnalysis, claims: [FoundClaim], roles: [String: ActorRole], region: SentenceRegion) {
        for mention in sentence.actors {
            recentActors.removeAll { $0 == mention.name }
            recentActors.append(mention.name)
            if roles[mention.name] == .group {
                if !currentGroups.contains(mention.name) { currentGroups.append(mention.name) }
                lastGroup = mention.name
            }
        }
        if let speaker = claims.first?.claim.claimant ?? sentence.actors.first(where: \.canSpeak)?.name {
            lastSpeaker = speaker
        }
        if sentence.paragraph != paragraph { (paragraph, paragraphTellsRaid) = (sentence.paragraph, false) }
        // The raiders ("Ukrainian units have reached Korenevo"), or an act at a watched place; not
        // a word of the war in general ("the special military operation continues").
        if (sentence.has(.raider) || (sentence.has(.raid) && !sentence.places.isEmpty)) && !sentence.has(.background) { paragraphTellsRaid = true }
        askedAboutRaid = sentence.isQuestion && paragraphTellsRaid
        if !currentGroups.isEmpty { lastGroups = currentGroups }
        if region != .none { lastRegion = region }
        // The date of the act this sentence reports: its claims', else a dated act nobody is credited with.
        if let date = claims.compactMap(\.claim.date).last {
            lastDate = date
        } else if sentence.has(.raid) || sentence.has(.raider), let date = sentence.dates.compactMap(\.day).first {
            lastDate = date
        }
    }
}

/// A claim as found in one frame, before linking and merging.
struct FoundClaim {
    var claim: Claim
    var sentenceIndex: Int
    var isHeadline: Bool
    var hasOwnRegion: Bool
    var hasOwnDate: Bool
    /// Actors the denial names as the owner of what it denies ("Bogomaz's version").
    var deniedOwners: [String] = []
    /// Other actors the frame names (candidates for what a denial denies).
    var namedOthers: [String]
    /// The frame states something about the raid itself ("no breakthrough", "the saboteurs").
    var mentionsRaid: Bool = false
    var rule: String
    /// Where the date came from; a restatement with a better source gives the merged claim its date.
    var dateSource: DateSource = .fallback
    /// Its speaker stands in a relative clause ("…, которых корпус показал утром"): of two
    /// mentions of one claim, the other is the better evidence.
    var inRelativeClause = false
    /// The day the text was at when the claim was found (its last act's date, else
    /// publication): a denial answering no claim takes it, as the act it denies.
    var contextDate: Day?
    /// The day of the section heading the claim stands under, if any.
    var headingDate: Day?
    /// A denial that says what it denies (losses, that the enemy is there, an act under a
    /// negation: "denied losing any fighters"), not only that it denies ("denied the claim").
    var statesWhatIsDenied = false
    /// Told in the outlet's voice ("The Legion conducted a raid …"), or quoted inside another's
    /// statement ("dismissed the ministry's claim that …"): not said by the claimant.
    var isNarrated = false

    enum DateSource: Int, Comparable {
        /// The article's last date or its publication: a guess.
        case fallback
        /// Only a period ("since Tuesday"): no single day.
        case period
        /// The day the speaker spoke ("said on Tuesday").
        case statement
        /// The day of the act itself.
        case act
        static func < (a: DateSource, b: DateSource) -> Bool { a.rawValue < b.rawValue }
    }
}
