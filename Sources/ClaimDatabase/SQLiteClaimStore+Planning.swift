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

    /// What `ingest` would make of an article's identity (version of, copy of), writing nothing.
    public func identity(of extracted: ExtractedArticle) throws(StoreError) -> ArticleIdentity.Verdict {
        let rules = articleIdentity
        do {
            let keys = extracted.signature.flatMap { $0.isComparable ? $0.bandKeys : nil } ?? []
            return try pool.read { db in
                try Self.identify(extracted, url: extracted.article.url.map(ArticleIdentity.canonicalURL), bandKeys: keys, rules: rules, in: db)
            }
        } catch {
            throw StoreError(operation: "identify '\(extracted.article.fileName)'", path: path, error: error)
        }
    }

    /// Adds `count` articles with signatures filed by band, as a synthetic store of known
    /// articles (benchmarks): each signature drawn from `seed`, no claims.
    public func insert(syntheticArticles count: Int, seed: UInt64 = 1) throws(StoreError) {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        do {
            try pool.write { db in
                let article = try db.makeStatement(
                    sql: "INSERT INTO articles (sha256, file_name, outlet, processed_at, signature, shingles) VALUES (?, ?, ?, '2026-01-01T00:00:00Z', ?, ?)")
                let band = try db.makeStatement(sql: "INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)")
                for n in 0..<count {
                    let signature = ArticleSignature(
                        minima: (0..<ArticleSignature.hashCount).map { _ in UInt32(truncatingIfNeeded: next()) }, shingleCount: 300)
                    try article.execute(arguments: ["synthetic-\(seed)-\(n)", "synthetic-\(n).txt", "Outlet \(n % 50)", Data(signature.bytes), 300])
                    let id = db.lastInsertedRowID
                    for key in signature.bandKeys { try band.execute(arguments: [key, id]) }
                }
                try db.execute(sql: "UPDATE articles SET root_id = id, origin_id = id WHERE root_id IS NULL")
            }
            try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        } catch {
            throw StoreError(operation: "insert synthetic articles", path: path, error: error)
        }
    }
}
