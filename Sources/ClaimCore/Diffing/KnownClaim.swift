/// A claim the store already knows, as the differ needs to see it.
public struct KnownClaim: Sendable, Hashable, Codable {
    /// The store's stable id.
    public var id: String
    public var kind: ClaimKind
    public var claimant: String
    public var subject: String?
    public var region: String?
    public var places: [String]
    /// Stored date: set by the first mention, or filled by a later update.
    public var date: Day?
    public var denies: DeniedClaim?
    /// Publication day of the article that first mentioned it.
    public var firstPublished: Day?
    /// Processing sequence of the last article that matched it (higher is more recent).
    public var lastMatched: Int64
    /// Distinct articles carrying it so far (versions of one article count once).
    public var sources: Int
    /// Independent origins carrying it (copies of one wire story count once).
    public var origins: Int

    public init(
        id: String, kind: ClaimKind, claimant: String, subject: String? = nil, region: String? = nil, places: [String] = [],
        date: Day? = nil, denies: DeniedClaim? = nil, firstPublished: Day? = nil, lastMatched: Int64 = 0, sources: Int = 1, origins: Int = 1
    ) {
        self.id = id
        self.kind = kind
        self.claimant = claimant
        self.subject = subject
        self.region = region
        self.places = places
        self.date = date
        self.denies = denies
        self.firstPublished = firstPublished
        self.lastMatched = lastMatched
        self.sources = sources
        self.origins = origins
    }
}

/// What a matching mention adds to a known claim ("claim updated" when not empty).
public struct ClaimUpdate: Sendable, Hashable {
    public var addedPlaces: [String] = []
    public var filledDate: Day?
    public var filledRegion: String?

    public init(addedPlaces: [String] = [], filledDate: Day? = nil, filledRegion: String? = nil) {
        self.addedPlaces = addedPlaces
        self.filledDate = filledDate
        self.filledRegion = filledRegion
    }

    public var isEmpty: Bool { addedPlaces.isEmpty && filledDate == nil && filledRegion == nil }
}

/// The differ's judgement of one extracted claim.
public enum Verdict: Sendable, Hashable {
    /// No known claim matches: a new claim with this id.
    case new(id: String)
    /// A known claim matches: another source, with what it adds.
    case known(id: String, update: ClaimUpdate)
    /// Matches a claim this same article already mentioned: not another source.
    case repeatedInArticle(id: String)

    public var claimID: String {
        switch self {
        case .new(let id), .known(let id, _), .repeatedInArticle(let id): return id
        }
    }
}
