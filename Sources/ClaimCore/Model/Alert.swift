/// Whether an alert reports a claim first seen, or new detail on a known one.
public enum AlertEvent: String, Sendable, Hashable, Codable {
    case new, updated
}

/// One alert: the content of one journal entry (claims.md, "Journal fields of an alert").
public struct Alert: Sendable, Hashable, Codable {
    public var event: AlertEvent
    public var claimID: String
    public var kind: ClaimKind
    public var claimant: String
    public var subject: String?
    public var region: String?
    public var places: [String]
    public var date: Day?
    public var denies: DeniedClaim?
    public var deniesID: String?
    public var evidence: String
    public var sources: Int
    public var articleFile: String
    public var articleSHA256: String
    public var outlet: String?
    public var published: Day?
    /// The article's language (`ARTICLE_LANG`): `en`, `ru`, `uk`. Nil in alerts written before
    /// languages were told (an outbox from an older version decodes without it).
    public var language: String?
    /// Independent origins carrying the claim (`CLAIM_ORIGINS`): copies of one wire story count
    /// once. Nil in alerts written before origins were counted.
    public var origins: Int?

    public init(
        event: AlertEvent, claimID: String, kind: ClaimKind, claimant: String, subject: String?, region: String?,
        places: [String], date: Day?, denies: DeniedClaim?, deniesID: String?, evidence: String, sources: Int,
        articleFile: String, articleSHA256: String, outlet: String?, published: Day?, language: String? = nil, origins: Int? = nil
    ) {
        self.event = event
        self.claimID = claimID
        self.kind = kind
        self.claimant = claimant
        self.subject = subject
        self.region = region
        self.places = places
        self.date = date
        self.denies = denies
        self.deniesID = deniesID
        self.evidence = evidence
        self.sources = sources
        self.articleFile = articleFile
        self.articleSHA256 = articleSHA256
        self.outlet = outlet
        self.published = published
        self.language = language
        self.origins = origins
    }

    /// The idempotency key: the first 32 hex digits of sha256("ARTICLE_SHA256|CLAIM_ID|CLAIM_EVENT").
    public var alertID: String { Self.alertID(articleSHA256: articleSHA256, claimID: claimID, event: event) }

    public static func alertID(articleSHA256: String, claimID: String, event: AlertEvent) -> String {
        String(SHA256.hex("\(articleSHA256)|\(claimID)|\(event.rawValue)").prefix(32))
    }

    /// Journal priority: warning for new raids and denials, notice for new counterclaims, info for updates.
    public var priority: Int {
        switch (event, kind) {
        case (.updated, _): return 6
        case (.new, .counterclaim): return 5
        case (.new, _): return 4
        }
    }

    /// One human line for `MESSAGE`.
    public var message: String {
        let file = " [\(articleFile)]"
        var whereWhen = ""
        if !places.isEmpty { whereWhen += " in \(places.joined(separator: ", "))" }
        if let region { whereWhen += places.isEmpty ? " in \(region)" : " (\(region))" }
        if let date { whereWhen += " on \(date)" }
        switch (event, kind) {
        case (.updated, _):
            return
                "Claim updated: \(kind.rawValue) claim by \(claimant) now\(whereWhen.isEmpty ? " has more detail" : " reads:\(whereWhen)"), \(sources) sources\(file)"
        case (.new, .raid):
            let actor = subject == claimant ? "it" : (subject ?? "an armed group")
            return "New raid claim: \(claimant) says \(actor) raided Russian territory\(whereWhen)\(file)"
        case (.new, .denial):
            let target = denies.map { "\($0.claimant)'s \($0.kind == .counterclaim ? "counterclaim" : "\($0.kind.rawValue) claim")" } ?? "a claim"
            return "New denial: \(claimant) denies \(target)\(whereWhen)\(file)"
        case (.new, .counterclaim):
            return "New counterclaim: \(claimant) says \(subject ?? "the raiders") were repelled or destroyed\(whereWhen)\(file)"
        }
    }
}
