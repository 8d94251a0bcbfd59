import ClaimCore
import ClaimDatabase
import PostgresNIO

/// What the operator commands read (`ClaimArchive`), across every host's articles.
extension PostgresClaimStore {
    /// A claim with its bookkeeping, as `claims` and `show` list it.
    private struct StoredClaim: Sendable {
        var claim: KnownClaim
        var firstSeen: String
        var lastSeen: String
        var deniesID: String?
    }

    private static let storedColumns = knownColumns + ", first_seen, last_seen, denies_id"

    private static func storedClaim(row: PostgresRow) throws -> StoredClaim {
        let columns = row.makeRandomAccess()
        return StoredClaim(
            claim: try knownClaim(row: row), firstSeen: try columns[13].decode(String.self), lastSeen: try columns[14].decode(String.self),
            deniesID: try columns[15].decode(String?.self))
    }

    public func listClaims() throws(StoreError) -> [ClaimSummary] {
        try transaction("list claims", readOnly: true) { db in
            let stored = try db.rows("SELECT \(Self.storedColumns) FROM claims ORDER BY first_seen, seq").map(Self.storedClaim(row:))
            var deniers = [String: [String]]()
            for row in try db.rows("SELECT denies_id, claimant FROM claims WHERE kind = 'denial' AND denies_id IS NOT NULL ORDER BY first_seen, seq") {
                let (denied, claimant) = try row.decode((String, String).self)
                deniers[denied, default: []].append(claimant)
            }
            return ClaimSummary.counteringRaids(
                stored.map { item in
                    ClaimSummary(
                        claim: item.claim, firstSeen: item.firstSeen, lastSeen: item.lastSeen, deniedBy: deniers[item.claim.id] ?? [],
                        deniesID: item.deniesID)
                })
        }
    }

    public func mentionsByClaim() throws(StoreError) -> [String: [ClaimMention]] {
        try transaction("read mentions", readOnly: true) { db in
            var byClaim = [String: [ClaimMention]]()
            let rows = try db.rows(
                """
                SELECT m.claim_id, a.file_name, a.sha256, a.outlet, a.published, a.processed_at, m.evidence
                FROM mentions m JOIN articles a ON a.id = m.article_id
                ORDER BY m.claim_id, a.processed_at, a.id
                """)
            for row in rows {
                let (claim, file, sha, outlet, published, processed, evidence) = try row.decode(
                    (String, String, String, String?, String?, String, String).self)
                byClaim[claim, default: []].append(
                    ClaimMention(fileName: file, sha256: sha, outlet: outlet, published: published, processedAt: processed, evidence: evidence))
            }
            return byClaim
        }
    }

    public func history(ofClaim id: String) throws(StoreError) -> ClaimHistory? {
        let location = location
        let found = try transaction("find claim", readOnly: true) { db in
            let exact = try db.rows("SELECT \(Self.storedColumns) FROM claims WHERE id = ?", [.text(id)]).map(Self.storedClaim(row:))
            guard exact.isEmpty, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return exact }
            // A prefix of letters and digits only: no character of it is a LIKE pattern.
            return try db.rows("SELECT \(Self.storedColumns) FROM claims WHERE id LIKE ? ORDER BY id LIMIT 100", [.text(id + "%")])
                .map(Self.storedClaim(row:))
        }
        guard let record = found.first else { return nil }
        if found.count > 1 {
            throw StoreError(
                operation: "find claim", path: location,
                message: "'\(id)' starts \(found.count == 100 ? "100 or more" : String(found.count)) claim ids; give more of it")
        }
        let claim = record.claim
        return try transaction("read claim history", readOnly: true) { db in
            let mentions = try db.rows(
                """
                SELECT a.file_name, a.sha256, a.outlet, a.published, a.processed_at, m.evidence, a.id, m.root_id, m.origin_id
                FROM mentions m JOIN articles a ON a.id = m.article_id
                WHERE m.claim_id = ? ORDER BY a.processed_at, a.id
                """, [.text(claim.id)]
            ).map { row in
                let (file, sha, outlet, published, processed, evidence, articleID, root, origin) = try row.decode(
                    (String, String, String?, String?, String, String, Int64, Int64?, Int64?).self)
                var mention = ClaimMention(fileName: file, sha256: sha, outlet: outlet, published: published, processedAt: processed, evidence: evidence)
                (mention.articleID, mention.rootID, mention.originID) = (articleID, root ?? articleID, origin ?? articleID)
                return mention
            }
            let alerts = try db.rows("SELECT alert_id, event, created_at, sent_at FROM alerts WHERE claim_id = ? ORDER BY sequence, seq", [.text(claim.id)])
                .map { row in
                    let (alertID, event, created, sent) = try row.decode((String, String, String, String?).self)
                    return AlertRecordSummary(alertID: alertID, event: event, createdAt: created, sentAt: sent)
                }
            let denials = try db.rows("SELECT \(Self.storedColumns) FROM claims WHERE denies_id = ? ORDER BY first_seen, seq", [.text(claim.id)])
                .map(Self.storedClaim(row:))
            var related = [StoredClaim]()
            if let region = claim.region, claim.kind == .raid || claim.kind == .counterclaim {
                let other: ClaimKind = claim.kind == .raid ? .counterclaim : .raid
                related = try db.rows(
                    "SELECT \(Self.storedColumns) FROM claims WHERE kind = ? AND region = ? ORDER BY first_seen, seq", [.text(other.rawValue), .text(region)]
                ).map(Self.storedClaim(row:)).filter { ClaimRelations.counters($0.claim, claim) || ClaimRelations.counters(claim, $0.claim) }
            }
            let denied = try record.deniesID.flatMap { denied in
                try db.rows("SELECT \(Self.storedColumns) FROM claims WHERE id = ?", [.text(denied)]).first.map(Self.storedClaim(row:))
            }
            return ClaimHistory(
                summary: try Self.summary(of: record, in: db), mentions: mentions, denials: try denials.map { try Self.summary(of: $0, in: db) },
                related: try related.map { try Self.summary(of: $0, in: db) }, denied: try denied.map { try Self.summary(of: $0, in: db) },
                alerts: alerts)
        }
    }

    /// One claim as `claims` lists it, read by its key.
    private static func summary(of record: StoredClaim, in db: PostgresSession) throws -> ClaimSummary {
        let claim = record.claim
        let deniers = try db.rows("SELECT claimant FROM claims WHERE denies_id = ? ORDER BY first_seen, seq", [.text(claim.id)])
            .map { try $0.decode(String.self) }
        var summary = ClaimSummary(claim: claim, firstSeen: record.firstSeen, lastSeen: record.lastSeen, deniedBy: deniers, deniesID: record.deniesID)
        if claim.kind == .raid, let region = claim.region {
            let counterclaims = try db.rows("SELECT \(storedColumns) FROM claims WHERE kind = 'counterclaim' AND region = ?", [.text(region)])
                .map(storedClaim(row:)).map(\.claim)
            summary.counteredBy = ClaimSummary.counterclaimants(of: claim, among: counterclaims)
        }
        return summary
    }
}
