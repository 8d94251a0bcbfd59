import ClaimCore
import GRDB

extension SQLiteClaimStore {
    /// Every mention of every claim, by claim id, each claim's oldest first (`claimwatch export`).
    public func mentionsByClaim() throws(StoreError) -> [String: [ClaimMention]] {
        do {
            return try pool.read { db in
                var byClaim = [String: [ClaimMention]]()
                let rows = try Row.fetchCursor(
                    db,
                    sql: """
                        SELECT m.claim_id, a.file_name, a.sha256, a.outlet, a.published, a.processed_at, m.evidence
                        FROM mentions m JOIN articles a ON a.id = m.article_id
                        ORDER BY m.claim_id, a.processed_at, a.id
                        """)
                while let row = try rows.next() {
                    byClaim[row["claim_id"], default: []].append(
                        ClaimMention(
                            fileName: row["file_name"], sha256: row["sha256"], outlet: row["outlet"], published: row["published"],
                            processedAt: row["processed_at"], evidence: row["evidence"]))
                }
                return byClaim
            }
        } catch {
            throw StoreError(operation: "read mentions", path: path, error: error)
        }
    }
}
