import ClaimCore
import GRDB

/// One row of `claims`.
struct ClaimRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "claims"

    var id: String
    var kind: String
    var claimant: String
    var subject: String?
    var region: String?
    var places: String
    var date: String?
    var denies_claimant: String?
    var denies_kind: String?
    var denies_id: String?
    var first_published: String?
    var first_seen: String
    var last_seen: String
    var last_matched: Int64
    var source_count: Int

    /// Places are stored comma-separated, as `CLAIM_PLACES` carries them; canonical names hold no comma.
    init(_ claim: KnownClaim, now: String) {
        id = claim.id
        kind = claim.kind.rawValue
        claimant = claim.claimant
        subject = claim.subject
        region = claim.region
        places = claim.places.joined(separator: ",")
        date = claim.date?.description
        denies_claimant = claim.denies?.claimant
        denies_kind = claim.denies?.kind.rawValue
        denies_id = nil
        first_published = claim.firstPublished?.description
        first_seen = now
        last_seen = now
        last_matched = claim.lastMatched
        source_count = claim.sources
    }

    static func update(_ claim: KnownClaim, now: String, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE claims SET subject = ?, region = ?, places = ?, date = ?, last_seen = ?, last_matched = ?, source_count = ?
                WHERE id = ?
                """
        ).execute(arguments: [
                claim.subject, claim.region, claim.places.joined(separator: ","), claim.date?.description, now, claim.lastMatched,
                claim.sources, claim.id,
            ])
    }

    var knownClaim: KnownClaim {
        KnownClaim(
            id: id, kind: ClaimKind(rawValue: kind) ?? .raid, claimant: claimant, subject: subject, region: region,
            places: places.isEmpty ? [] : places.split(separator: ",").map(String.init), date: date.flatMap { Day(iso: $0) },
            denies: denies_claimant.map { DeniedClaim(claimant: $0, kind: denies_kind.flatMap(ClaimKind.init) ?? .raid) },
            firstPublished: first_published.flatMap { Day(iso: $0) }, lastMatched: last_matched, sources: source_count)
    }
}
