/// What an actor is, which decides what its claims can be (a group's
/// "killed" is part of its raid; an official's is a counterclaim).
public enum ActorRole: String, Sendable, Hashable, CaseIterable {
    /// An armed group that raids (the subject of raid claims).
    case group
    /// A Russian official side (ministry, Kremlin, governors, FSB).
    case russianOfficial = "russian-official"
    /// A Ukrainian official side (government, military intelligence).
    case ukrainianOfficial = "ukrainian-official"

    /// The side of the conflict: the Russian officials on one, the groups and Kyiv on the other.
    public var isRussianSide: Bool { self == .russianOfficial }
}

/// One canonical actor with its aliases.
public struct Actor: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    public var role: ActorRole
    /// Carries out raids itself, so it can be the subject of a raid or counterclaim though
    /// its role is official (an army: `raider` in roles.tsv's third column). Every group is.
    public var isRaider = false
    /// The region an official answers for (`region=NAME` in roles.tsv: a governor's oblast): a
    /// claim of its own that names no region is about that one.
    public var jurisdiction: String?

    public init(name: String, aliases: [String], role: ActorRole, isRaider: Bool = false, jurisdiction: String? = nil) {
        (self.name, self.aliases, self.role, self.isRaider, self.jurisdiction) = (name, aliases, role, isRaider, jurisdiction)
    }

    /// Can be the subject of a raid: a group, or an actor marked `raider`.
    public var canRaid: Bool { role == .group || isRaider }
}

/// One canonical place: a region, or a settlement with its region.
public struct Place: Sendable, Hashable {
    public var name: String
    public var aliases: [String]
    /// nil for a region; the canonical region for a settlement.
    public var region: String?
    public var isRegion: Bool { region == nil }
}

/// One trigger phrase: the words that signal a kind of claim, or a cue the
/// rules use (speech, negation, anaphora).
public struct Trigger: Sendable, Hashable {
    public enum Category: String, Sendable, Hashable, CaseIterable {
        /// An act of raiding ("crossed into", "captured", "fighting continues").
        case raid
        /// A denial ("denied", "no enemy", "nowhere near").
        case denial
        /// The official side stopping the raiders ("repelled", "driven back"): always a counterclaim.
        case counterclaim
        /// Killing or destroying ("killed", "destroyed", "losses"): a counterclaim when the
        /// raiders are the victims, part of a raid when a group says it, else nothing.
        case losses
        /// The raiders named by a noun ("saboteurs", "the enemy", "armed group").
        case raider
        /// Victims who are not raiders ("civilians", "two people"): their deaths are no counterclaim.
        case victim
        /// A failed or attempted act ("tried to", "an attempt to").
        case attempt
        /// Plans, threats and the future ("will", "soon", "vowed"): not claims.
        case future
        /// Strikes from afar ("drones", "shelling", "missile"): not a ground raid.
        case remote
        /// Description of who a group is ("fighting on Ukraine's side"): its words are no act.
        case background
        /// Places outside the watched border ("Bakhmut", "Crimea"): a clause about them is no claim.
        case elsewhere
        /// The speaker's own forces ("its fighters", "we"): a group placing them somewhere claims a raid.
        case ownForces = "own-forces"
        /// The Russian side's forces ("Russian troops", "border guards"): their act against the
        /// raiders, told by an official, is a counterclaim.
        case defenders
        /// Calling the event a staged act ("a provocation"): Kyiv's or a group's denial, but a
        /// Russian official calling the incursion that asserts it took place.
        case accusation
        /// Russian soil in general ("Russian territory", "inside Russia").
        case territory
        /// Reported speech: "said", "claimed", "according to", "on Telegram".
        case speech
        /// Negation that turns a raid phrase after it into a denial ("did not cross").
        case negation
        /// A reference to the armed groups named just before ("the militias").
        case groupReference = "group-reference"
        /// A reference to an actor named before ("the ministry" → the latest actor called a ministry; "he" → the last speaker).
        case actorReference = "actor-reference"
        /// A reference to the act described just before ("the raid", "the incursion"),
        /// which inherits its region.
        case actReference = "act-reference"
        /// Several regions named by a number ("two regions", "двух областей"): the act has
        /// no one region (claims.md: a claim covering two regions has region null).
        case regions
    }
    public var category: Category
    public var phrase: String
}
