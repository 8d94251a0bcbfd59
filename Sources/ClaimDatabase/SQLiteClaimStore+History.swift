import ClaimCore
import GRDB

/// One article that carried a claim.
public struct ClaimMention: Sendable, Hashable {
    public var fileName: String
    public var sha256: String
    public var outlet: String?
    public var published: String?
    public var processedAt: String
    public var evidence: String
    /// The article's row, the article it is a version of (itself when none), the origin it carries.
    public var articleID: Int64 = 0
    public var rootID: Int64 = 0
    public var originID: Int64 = 0

    public init(fileName: String, sha256: String, outlet: String?, published: String?, processedAt: String, evidence: String) {
        self.fileName = fileName
        self.sha256 = sha256
        self.outlet = outlet
        self.published = published
        self.processedAt = processedAt
        self.evidence = evidence
    }
}

/// One alert the store recorded for a claim (the outbox row).
public struct AlertRecordSummary: Sendable, Hashable {
    public var alertID: String
    public var event: String
    public var createdAt: String
    /// nil while the alert waits in the outbox.
    public var sentAt: String?

    public init(alertID: String, event: String, createdAt: String, sentAt: String?) {
        self.alertID = alertID
        self.event = event
        self.createdAt = createdAt
        self.sentAt = sentAt
    }
}

/// Everything known about one claim, as `claimwatch show` prints it.
public struct ClaimHistory: Sendable, Hashable {
    public var summary: ClaimSummary
    /// Oldest first.
    public var mentions: [ClaimMention]
    /// The denials that point at this claim.
    public var denials: [ClaimSummary]
    /// Counterclaims answering this raid, or raids this counterclaim answers.
    public var related: [ClaimSummary]
    /// For a denial: the claim it denies, when known.
    public var denied: ClaimSummary?
    public var alerts: [AlertRecordSummary]

    public init(
        summary: ClaimSummary, mentions: [ClaimMention], denials: [ClaimSummary], related: [ClaimSummary], denied: ClaimSummary?,
        alerts: [AlertRecordSummary]
    ) {
        self.summary = summary
        self.mentions = mentions
        self.denials = denials
        self.related = related
        self.denied = denied
        self.alerts = alerts
    }
}

extension SQLiteClaimStore {
    /// The history of the claim with `id` (or the one claim whose id starts with it); nil when
    /// none. Reads that claim and what points at it by key, not every claim of the store.
    /// - Throws: `StoreError` when the prefix is ambiguous or the database cannot be read.
    public func history(ofClaim id: String) throws(StoreError) -> ClaimHistory? {
        let records: [ClaimRecord]
        do {
            records = try pool.read { db in
                let exact = try ClaimRecord.fetchAll(db, sql: "SELECT * FROM claims WHERE id = ?", arguments: [id])
                // A prefix of letters and digits only: GLOB then reads an index range, and no
                // character of the prefix is a pattern.
                guard exact.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return exact }
                return try ClaimRecord.fetchAll(db, sql: "SELECT * FROM claims WHERE id GLOB ? ORDER BY id LIMIT 100", arguments: [id + "*"])
            }
        } catch {
            throw StoreError(operation: "find claim", path: path, error: error)
        }
        guard let record = records.first else { return nil }
        if records.count > 1 {
            throw StoreError(
                operation: "find claim", path: path,
                message: "'\(id)' starts \(records.count == 100 ? "100 or more" : String(records.count)) claim ids; give more of it")
        }
        let claim = record.knownClaim
        do {
            return try pool.read { db in
                let mentions = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT a.file_name, a.sha256, a.outlet, a.published, a.processed_at, m.evidence, a.id, m.root_id, m.origin_id
                        FROM mentions m JOIN articles a ON a.id = m.article_id
                        WHERE m.claim_id = ? ORDER BY a.processed_at, a.id
                        """, arguments: [claim.id]
                ).map { row in
                    var mention = ClaimMention(
                        fileName: row["file_name"], sha256: row["sha256"], outlet: row["outlet"], published: row["published"],
                        processedAt: row["processed_at"], evidence: row["evidence"])
                    let id: Int64 = row[6]
                    (mention.articleID, mention.rootID, mention.originID) = (id, row[7] ?? id, row[8] ?? id)
                    return mention
                }
                let alerts = try Row.fetchAll(
                    db, sql: "SELECT alert_id, event, created_at, sent_at FROM alerts WHERE claim_id = ? ORDER BY sequence", arguments: [claim.id]
                ).map { row in
                    AlertRecordSummary(alertID: row["alert_id"], event: row["event"], createdAt: row["created_at"], sentAt: row["sent_at"])
                }
                let denials = try ClaimRecord.fetchAll(db, sql: "SELECT * FROM claims WHERE denies_id = ? ORDER BY first_seen, rowid", arguments: [claim.id])
                var related = [ClaimRecord]()
                if let region = claim.region, claim.kind == .raid || claim.kind == .counterclaim {
                    let other: ClaimKind = claim.kind == .raid ? .counterclaim : .raid
                    related = try ClaimRecord.fetchAll(
                        db, sql: "SELECT * FROM claims WHERE kind = ? AND region = ? ORDER BY first_seen, rowid", arguments: [other.rawValue, region]
                    ).filter { ClaimRelations.counters($0.knownClaim, claim) || ClaimRelations.counters(claim, $0.knownClaim) }
                }
                let denied = try record.denies_id.flatMap { try ClaimRecord.fetchOne(db, sql: "SELECT * FROM claims WHERE id = ?", arguments: [$0]) }
                return ClaimHistory(
                    summary: try Self.summary(of: record, in: db), mentions: mentions,
                    denials: try denials.map { try Self.summary(of: $0, in: db) },
                    related: try related.map { try Self.summary(of: $0, in: db) },
                    denied: try denied.map { try Self.summary(of: $0, in: db) },
                    alerts: alerts)
            }
        } catch {
            throw StoreError(operation: "read claim history", path: path, error: error)
        }
    }

    /// One claim as `claims` lists it, read by its key: who denied it and, for a raid, which
    /// claimants' counterclaims answer it.
    static func summary(of record: ClaimRecord, in db: Database) throws -> ClaimSummary {
        let claim = record.knownClaim
        let deniers = try String.fetchAll(db, sql: "SELECT claimant FROM claims WHERE denies_id = ? ORDER BY first_seen, rowid", arguments: [record.id])
        var summary = ClaimSummary(claim: claim, firstSeen: record.first_seen, lastSeen: record.last_seen, deniedBy: deniers, deniesID: record.denies_id)
        if claim.kind == .raid, let region = claim.region {
            let counterclaims = try ClaimRecord.fetchAll(db, sql: "SELECT * FROM claims WHERE kind = 'counterclaim' AND region = ?", arguments: [region])
            summary.counteredBy = ClaimSummary.counterclaimants(of: claim, among: counterclaims.map(\.knownClaim))
        }
        return summary
    }
}
