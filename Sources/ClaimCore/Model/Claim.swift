/// The three kinds of claim of claims.md.
public enum ClaimKind: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Someone asserts an armed incursion, raid or capture took place on Russian territory.
    case raid
    /// Someone asserts a claim is false, or denies involvement, presence or a figure.
    case denial
    /// An official side asserts the raiders were repelled, destroyed or suffered losses.
    case counterclaim

    public static func < (lhs: ClaimKind, rhs: ClaimKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The claim a denial is framed against: who made it and what kind it was.
public struct DeniedClaim: Sendable, Hashable, Codable {
    /// Canonical actor of the denied claim.
    public var claimant: String
    /// Kind of the denied claim.
    public var kind: ClaimKind

    public init(claimant: String, kind: ClaimKind) {
        self.claimant = claimant
        self.kind = kind
    }
}

/// One claim extracted from one article (the fields of claims.md, "Fields of one claim").
public struct Claim: Sendable, Hashable, Codable {
    public var kind: ClaimKind
    /// Canonical actor who asserts the claim.
    public var claimant: String
    /// Canonical actor who did the act, when named.
    public var subject: String?
    /// Canonical region of the act, nil when unknown or when two regions are named.
    public var region: String?
    /// Canonical settlements named for the act, in order of first mention.
    public var places: [String]
    /// Day of the act (or of the statement when the act's own date is not stated).
    public var date: Day?
    /// For denials: the claim it is framed against.
    public var denies: DeniedClaim?
    /// The sentence that carries the claim, verbatim from the article.
    public var evidence: String

    public init(
        kind: ClaimKind, claimant: String, subject: String? = nil, region: String? = nil,
        places: [String] = [], date: Day? = nil, denies: DeniedClaim? = nil, evidence: String
    ) {
        self.kind = kind
        self.claimant = claimant
        self.subject = subject
        self.region = region
        self.places = places
        self.date = date
        self.denies = denies
        self.evidence = evidence
    }
}
