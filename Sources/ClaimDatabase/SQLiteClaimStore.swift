import ClaimCore
import Foundation
import GRDB

/// The durable store: SQLite through a GRDB `DatabasePool` in WAL mode, so
/// that `claimwatch claims` reads while `run` writes. Migrations run in
/// `init`. An article, its claims and mentions and the alerts it raises are
/// written in one transaction; alerts stay in the outbox until `markSent`.
public final class SQLiteClaimStore: ClaimStore, Sendable {
    public let path: String
    /// This store's random name (32 hex digits), made when the file was created and kept
    /// for its life: alerts carry it as `CLAIMWATCH_STORE`.
    public let identity: String
    let pool: DatabasePool
    /// When a new article is a version or a copy of a known one (`ArticleIdentity`).
    public let articleIdentity: ArticleIdentity
    /// The WAL's pages since the last checkpoint, when checkpoints wait for `maintain()`.
    let deferredCheckpoints: DeferredCheckpoints?

    /// Opens (creating if needed) the database at `path` and migrates it.
    /// - Parameters:
    ///   - busyTimeout: how long a write waits for another writer.
    ///   - deferringCheckpointsAt: the daemon's store: no commit checkpoints the WAL (SQLite's
    ///     automatic checkpoint, an fsync of the database, would delay the alerts of the batch
    ///     that crosses it); `maintain()` does it once the WAL holds this many pages. A commit
    ///     still checkpoints at `DeferredCheckpoints.ceilingFactor` times as many, should
    ///     `maintain()` not be called. Nil: SQLite's own checkpoints.
    /// - Throws: `StoreError` when the file cannot be opened or migrated.
    public init(
        path: String, busyTimeout: TimeInterval = 5, articleIdentity: ArticleIdentity = ArticleIdentity(), deferringCheckpointsAt pages: Int? = nil
    ) throws(StoreError) {
        self.path = path
        self.articleIdentity = articleIdentity
        let deferred = pages.map(DeferredCheckpoints.init(threshold:))
        deferredCheckpoints = deferred
        do {
            var configuration = Self.configuration(busyTimeout: busyTimeout)
            if let deferred { configuration.prepareDatabase { db in deferred.install(on: db) } }
            pool = try DatabasePool(path: path, configuration: configuration)
            try Migrations.makeMigrator().migrate(pool)
            identity = try pool.read { db in try String.fetchOne(db, sql: "SELECT id FROM store_identity") } ?? ""
        } catch {
            throw StoreError(operation: "open", path: path, error: error)
        }
    }

    /// How the store's connections are set up (the benchmark's commit floor uses the same).
    public static func configuration(busyTimeout: TimeInterval) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // NORMAL in WAL mode: a commit survives a process crash; an OS crash may lose
            // the last commits but never corrupts the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        return configuration
    }

    /// Records several articles in one transaction, in order, each as `ingest` would one
    /// after the other (a later article sees what an earlier one stored): one WAL commit for
    /// a batch instead of one per file, and index pages the batch shares written once.
    /// All or none: on an error nothing of the batch is recorded.
    public func ingest(_ batch: [ExtractedArticle], at now: Date) throws(StoreError) -> [IngestResult] {
        do {
            let stamp = Timestamp.text(now)
            let rules = articleIdentity
            return try pool.write { db in try batch.map { try Self.ingest($0, now: stamp, rules: rules, in: db) } }
        } catch {
            throw StoreError(operation: StoreOperation.record(batch), path: path, error: error)
        }
    }

    private static func ingest(_ extracted: ExtractedArticle, now: String, rules: ArticleIdentity, in db: Database) throws -> IngestResult {
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM articles WHERE sha256 = ?"), arguments: [extracted.sha256]) == true {
            return .duplicate
        }
        let article = extracted.article
        let url = article.url.map(ArticleIdentity.canonicalURL)
        let signature = extracted.signature.flatMap { $0.isComparable ? $0 : nil }
        let bandKeys = signature?.bandKeys ?? []
        let verdict = try identify(extracted, url: url, bandKeys: bandKeys, rules: rules, in: db)
        try db.cachedStatement(
            sql: """
                INSERT INTO articles (sha256, file_name, outlet, published, published_inferred, processed_at, lang, url, signature, shingles)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(arguments: [
            extracted.sha256, article.fileName, article.outlet, article.published?.description, article.isPublishedInferred, now, article.language,
            url, signature.map { Data($0.bytes) }, signature?.shingleCount ?? 0,
        ])
        let articleID = db.lastInsertedRowID
        let (root, origin) = (verdict.versionOf ?? articleID, verdict.origin ?? articleID)
        try db.cachedStatement(sql: "UPDATE articles SET root_id = ?, origin_id = ? WHERE id = ?").execute(arguments: [root, origin, articleID])
        // A version is found through its page's bands; only a page of its own is filed.
        if verdict.versionOf == nil {
            let band = try db.cachedStatement(sql: "INSERT INTO article_bands (band_key, article_id) VALUES (?, ?)")
            for key in bandKeys { try band.execute(arguments: [key, articleID]) }
        }
        let known = try candidates(for: extracted.claims, published: article.published, datesKnown: !article.isPublishedInferred, in: db)
        // Of the known claims, those this article's page (an earlier version) or its origin already
        // carried: their source, or origin, is counted. Asked per claim, by index.
        func carried(_ column: String, _ id: Int64) throws -> Set<String> {
            guard id != articleID, !known.isEmpty else { return [] }
            let statement = try db.cachedStatement(sql: "SELECT 1 FROM mentions WHERE \(column) = ? AND claim_id = ? LIMIT 1")
            return Set(try known.map(\.id).filter { try Bool.fetchOne(statement, arguments: [id, $0]) == true })
        }
        let counted = (sources: try carried("root_id", root), origins: try carried("origin_id", origin))
        let plan = IngestPlan.make(
            claims: extracted.claims, article: article, sha256: extracted.sha256, known: known, sequence: articleID, counted: counted)
        for entry in plan.entries {
            switch entry.verdict {
            case .new: try ClaimRecord(entry.stored, now: now).insert(db)
            case .known, .repeatedInArticle: try ClaimRecord.update(entry.stored, now: now, in: db)
            }
            if case .repeatedInArticle = entry.verdict { continue }
            try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO mentions (claim_id, article_id, evidence, root_id, origin_id) VALUES (?, ?, ?, ?, ?)"
            ).execute(arguments: [entry.stored.id, articleID, entry.claim.evidence, root, origin])
        }
        let encoder = JSONEncoder()
        for alert in plan.alerts {
            let payload = String(decoding: try encoder.encode(alert), as: UTF8.self)
            try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO alerts (alert_id, sequence, claim_id, event, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)"
            ).execute(arguments: [alert.alertID, articleID, alert.claimID, alert.event.rawValue, payload, now])
            if let deniesID = alert.deniesID {
                try db.cachedStatement(sql: "UPDATE claims SET denies_id = ? WHERE id = ? AND denies_id IS NULL").execute(arguments: [deniesID, alert.claimID])
            }
        }
        return .recorded(alerts: plan.alerts)
    }

    public func unsentAlerts() throws -> [Alert] {
        do {
            let payloads = try pool.read { db in
                try String.fetchAll(db, sql: "SELECT payload FROM alerts WHERE sent_at IS NULL ORDER BY sequence, rowid")
            }
            let decoder = JSONDecoder()
            return try payloads.map { try decoder.decode(Alert.self, from: Data($0.utf8)) }
        } catch {
            throw StoreError(operation: "read unsent alerts", path: path, error: error)
        }
    }

    /// The deferred WAL checkpoint (`deferringCheckpointsAt`), when the WAL holds enough pages:
    /// a passive one, as SQLite's automatic checkpoint is, so readers are not waited for.
    public func maintain() throws(StoreError) {
        guard let deferred = deferredCheckpoints, deferred.isDue else { return }
        do {
            try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
            deferred.checkpointed()
        } catch {
            throw StoreError(operation: "checkpoint the write-ahead log", path: path, error: error)
        }
    }

    public func markSent(alertIDs: [String]) throws {
        guard !alertIDs.isEmpty else { return }
        let now = Timestamp.text(Date())
        do {
            try pool.write { db in
                let statement = try db.cachedStatement(sql: "UPDATE alerts SET sent_at = ? WHERE alert_id = ?")
                for id in alertIDs { try statement.execute(arguments: [now, id]) }
            }
        } catch {
            throw StoreError(operation: "mark alerts sent", path: path, error: error)
        }
    }

    /// Records that a file was set aside, and why.
    public func recordRejection(fileName: String, reason: String, at now: Date = Date()) throws(StoreError) {
        do {
            try pool.write { db in
                try db.execute(
                    sql: "INSERT INTO rejections (file_name, reason, rejected_at) VALUES (?, ?, ?)",
                    arguments: [fileName, reason, Timestamp.text(now)])
            }
        } catch {
            throw StoreError(operation: "record rejection of '\(fileName)'", path: path, error: error)
        }
    }

    /// Counts for `STATUS=`: articles processed, claims known, alerts sent and waiting.
    /// Articles, claims and alerts are only ever added, never deleted, so each table's
    /// largest rowid is its row count — read from the end of the b-tree, where `COUNT(*)`
    /// would walk a million rows on the daemon's work queue; the waiting alerts are a
    /// range of the `alerts_unsent` index.
    public func counts() throws(StoreError) -> StoreCounts {
        do {
            return try pool.read { db in
                let alerts = try Int.fetchOne(db, sql: "SELECT max(rowid) FROM alerts") ?? 0
                let waiting = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM alerts WHERE sent_at IS NULL") ?? 0
                return StoreCounts(
                    articles: try Int.fetchOne(db, sql: "SELECT max(rowid) FROM articles") ?? 0,
                    claims: try Int.fetchOne(db, sql: "SELECT max(rowid) FROM claims") ?? 0,
                    alertsSent: alerts - waiting,
                    alertsWaiting: waiting)
            }
        } catch {
            throw StoreError(operation: "count", path: path, error: error)
        }
    }
}

/// UTC timestamps as stored (ISO 8601, seconds).
public enum Timestamp {
    public static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }
}
