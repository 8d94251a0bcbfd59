import ClaimCore
import Foundation
import GRDB

/// The store without the daemon: the diff of an article, written nowhere (what `claimwatch-bench`
/// measures as the store grows), and a bulk load of known claims (a synthetic store).
extension SQLiteClaimStore {
    /// The diff of one article against the store (candidate lookup and ingest plan) in a
    /// read transaction, writing nothing: the part of `ingest` that could grow with the store.
    public func plan(for extracted: ExtractedArticle, sequence: Int64) throws(StoreError) -> IngestPlan {
        do {
            return try pool.read { db in
                let article = extracted.article
                let known = try Self.candidates(for: extracted.claims, published: article.published, datesKnown: !article.isPublishedInferred, in: db)
                return IngestPlan.make(claims: extracted.claims, article: article, sha256: extracted.sha256, known: known, sequence: sequence)
            }
        } catch {
            throw StoreError(operation: "diff '\(extracted.article.fileName)'", path: path, error: error)
        }
    }

    /// Adds known claims in one transaction (a synthetic store for benchmarks), then checkpoints.
    public func insert(known claims: some Sequence<KnownClaim>, at now: Date = Date()) throws(StoreError) {
        let stamp = Timestamp.text(now)
        do {
            try pool.write { db in
                for claim in claims { try ClaimRecord(claim, now: stamp).insert(db) }
            }
            // A store that grew over months has been checkpointed all along; without this the
            // whole fill sits in the WAL and the first write after it pays for moving it.
            try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        } catch {
            throw StoreError(operation: "insert known claims", path: path, error: error)
        }
    }
}
