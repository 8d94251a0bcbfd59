import ClaimCore
import GRDB

/// One known claim as `claimwatch claims` lists it.
public struct ClaimSummary: Sendable, Hashable {
    public var claim: KnownClaim
    public var firstSeen: String
    public var lastSeen: String
    /// Claimants of the denials that point at this claim.
    public var deniedBy: [String]
    /// For a raid: claimants of the counterclaims about the same region and day (`ClaimRelations`).
    public var counteredBy: [String] = []
    /// For a denial: the id of the claim it denies, when known.
    public var deniesID: String?

    public init(claim: KnownClaim, firstSeen: String, lastSeen: String, deniedBy: [String], counteredBy: [String] = [], deniesID: String?) {
        self.claim = claim
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.deniedBy = deniedBy
        self.counteredBy = counteredBy
        self.deniesID = deniesID
    }
}

extension SQLiteClaimStore {
    /// Every known claim, oldest first, with who denied it.
    public func listClaims() throws(StoreError) -> [ClaimSummary] {
        do {
            return try pool.read { db in
                let records = try ClaimRecord.fetchAll(db, sql: "SELECT * FROM claims ORDER BY first_seen, rowid")
                var deniers = [String: [String]]()
                for row in try Row.fetchAll(
                    db, sql: "SELECT denies_id, claimant FROM claims WHERE kind = 'denial' AND denies_id IS NOT NULL ORDER BY first_seen, rowid")
                {
                    deniers[row["denies_id"], default: []].append(row["claimant"])
                }
                return ClaimSummary.counteringRaids(
                    records.map { record in
                        ClaimSummary(
                            claim: record.knownClaim, firstSeen: record.first_seen, lastSeen: record.last_seen,
                            deniedBy: deniers[record.id] ?? [], deniesID: record.denies_id)
                    })
            }
        } catch {
            throw StoreError(operation: "list claims", path: path, error: error)
        }
    }
}
