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
}

/// One alert the store recorded for a claim (the outbox row).
public struct AlertRecordSummary: Sendable, Hashable {
    public var alertID: String
    public var event: String
    public var createdAt: String
    /// nil while the alert waits in the outbox.
    public var sentAt: String?
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
}

extension SQLiteClaimStore {
    /// The history of the claim with `id` (or the one claim whose id starts with it); nil when none.
    /// - Throws: `StoreError` when the prefix is ambiguous or the database cannot be read.
    public func history(ofClaim id: String) throws(StoreError) -> ClaimHistory? {
        let all = try listClaims()
        let exact = all.filter { $0.claim.id == id }
        let matches = exact.isEmpty ? all.filter { $0.claim.id.hasPrefix(id) } : exact
        guard let summary = matches.first else { return nil }
        if matches.count > 1 {
            throw StoreError(operation: "find claim", path: path, message: "'\(id)' starts \(matches.count) claim ids; give more of it")
        }
        let claim = summary.claim
        do {
            return try pool.read { db in
                let mentions = try Row.fetchAll(db, sql: """
                    SELECT a.file_name, a.sha256, a.outlet, a.published, a.processed_at, m.evidence
                    FROM mentions m JOIN articles a ON a.id = m.article_id
                    WHERE m.claim_id = ? ORDER BY a.processed_at, a.id
                    """, arguments: [claim.id]).map { row in
                    ClaimMention(
                        fileName: row["file_name"], sha256: row["sha256"], outlet: row["outlet"], published: row["published"],
                        processedAt: row["processed_at"], evidence: row["evidence"])
                }
                let alerts = try Row.fetchAll(db, sql: "SELECT alert_id, event, created_at, sent_at FROM alerts WHERE claim_id = ? ORDER BY sequence", arguments: [claim.id]).map { row in
                    AlertRecordSummary(alertID: row["alert_id"], event: row["event"], createdAt: row["created_at"], sentAt: row["sent_at"])
                }
                return ClaimHistory(
                    summary: summary, mentions: mentions,
                    denials: all.filter { $0.deniesID == claim.id },
                    related: all.filter { ClaimRelations.counters($0.claim, claim) || ClaimRelations.counters(claim, $0.claim) },
                    denied: summary.deniesID.flatMap { deniedID in all.first { $0.claim.id == deniedID } },
                    alerts: alerts)
            }
        } catch {
            throw StoreError(operation: "read claim history", path: path, error: error)
        }
    }
}
