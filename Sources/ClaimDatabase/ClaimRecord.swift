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
    var origin_count: Int

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
        origin_count = claim.origins
    }

    static func update(_ claim: KnownClaim, now: String, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE claims SET subject = ?, region = ?, places = ?, date = ?, last_seen = ?, last_matched = ?, source_count = ?,
                origin_count = ? WHERE id = ?
                """
        ).execute(arguments: [
            claim.subject, claim.region, claim.places.joined(separator: ","), claim.date?.description, now, claim.lastMatched,
            claim.sources, claim.origins, claim.id,
        ])
    }

    var knownClaim: KnownClaim {
        Self.knownClaim(
            id: id, kind: kind, claimant: claimant, subject: subject, region: region, places: places, date: date,
            deniesClaimant: denies_claimant, deniesKind: denies_kind, firstPublished: first_published, lastMatched: last_matched,
            sources: source_count, origins: origin_count)
    }

    /// The columns the differ reads, in this order (`knownClaim(row:)`).
    static let knownColumns =
        "id, kind, claimant, subject, region, places, date, denies_claimant, denies_kind, first_published, last_matched, source_count, origin_count"

    /// A row of `knownColumns`, read by position: decoding by column name cost more than the
    /// candidate index reads once the windows fill up (a million claims: ~40 rows a claim).
    static func knownClaim(row: Row) -> KnownClaim {
        knownClaim(
            id: row[0], kind: row[1], claimant: row[2], subject: row[3], region: row[4], places: row[5], date: row[6], deniesClaimant: row[7],
            deniesKind: row[8], firstPublished: row[9], lastMatched: row[10], sources: row[11], origins: row[12])
    }

    /// `knownClaim(row:)` from a row being stepped (`RawRead.forEachRow`): the same columns,
    /// decoded as GRDB decodes them.
    static func knownClaim(raw row: RawRow) -> KnownClaim {
        knownClaim(
            id: row.text(0) ?? "", kind: row.text(1) ?? "", claimant: row.text(2) ?? "", subject: row.text(3), region: row.text(4),
            places: row.text(5) ?? "", date: row.text(6), deniesClaimant: row.text(7), deniesKind: row.text(8), firstPublished: row.text(9),
            lastMatched: row.int64(10), sources: Int(row.int64(11)), origins: Int(row.int64(12)))
    }

    private static func knownClaim(
        id: String, kind: String, claimant: String, subject: String?, region: String?, places: String, date: String?, deniesClaimant: String?,
        deniesKind: String?, firstPublished: String?, lastMatched: Int64, sources: Int, origins: Int
    ) -> KnownClaim {
        KnownClaim.stored(
            id: id, kind: kind, claimant: claimant, subject: subject, region: region, places: places, date: date, deniesClaimant: deniesClaimant,
            deniesKind: deniesKind, firstPublished: firstPublished, lastMatched: lastMatched, sources: sources, origins: origins)
    }
}
