import ClaimCore
import Foundation
import GRDB

/// The durable store: SQLite through a GRDB `DatabasePool` in WAL mode, so
/// that `claimwatch claims` reads while `run` writes. Migrations run in
/// `init`. An article, its claims and mentions and the alerts it raises are
/// written in one transaction; alerts stay in the outbox until `markSent`.
public final class SQLiteClaimStore: ClaimStore, Sendable {
    public let path: String
    let pool: DatabasePool

    /// Opens (creating if needed) the database at `path` and migrates it.
    /// - Parameter busyTimeout: how long a write waits for another writer.
    /// - Throws: `StoreError` when the file cannot be opened or migrated.
    public init(path: String, busyTimeout: TimeInterval = 5) throws(StoreError) {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // NORMAL in WAL mode: a commit survives a process crash; an OS crash may lose
            // the last commits but never corrupts the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            try Migrations.makeMigrator().migrate(pool)
        } catch {
            throw StoreError(operation: "open", path: path, error: error)
        }
    }

    public func ingest(_ extracted: ExtractedArticle) throws -> IngestResult {
        try ingest(extracted, at: Date())
    }

    /// Records one article at `now` (see `ClaimStore.ingest`).
    public func ingest(_ extracted: ExtractedArticle, at now: Date) throws(StoreError) -> IngestResult {
        do {
            return try pool.write { db in try Self.ingest(extracted, now: Timestamp.text(now), in: db) }
        } catch {
            throw StoreError(operation: "record article '\(extracted.article.fileName)'", path: path, error: error)
        }
    }

    private static func ingest(_ extracted: ExtractedArticle, now: String, in db: Database) throws -> IngestResult {
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM articles WHERE sha256 = ?"), arguments: [extracted.sha256]) == true {
            return .duplicate
        }
        let article = extracted.article
        try db.cachedStatement(
            sql: "INSERT INTO articles (sha256, file_name, outlet, published, published_inferred, processed_at) VALUES (?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [extracted.sha256, article.fileName, article.outlet, article.published?.description, article.isPublishedInferred, now])
        let articleID = db.lastInsertedRowID
        let known = try candidates(for: extracted.claims, published: article.published, datesKnown: !article.isPublishedInferred, in: db)
        let plan = IngestPlan.make(claims: extracted.claims, article: article, sha256: extracted.sha256, known: known, sequence: articleID)
        for entry in plan.entries {
            switch entry.verdict {
            case .new: try ClaimRecord(entry.stored, now: now).insert(db)
            case .known, .repeatedInArticle: try ClaimRecord.update(entry.stored, now: now, in: db)
            }
            if case .repeatedInArticle = entry.verdict { continue }
            try db.cachedStatement(
                sql: "INSERT OR IGNORE INTO mentions (claim_id, article_id, evidence) VALUES (?, ?, ?)"
            ).execute(arguments: [entry.stored.id, articleID, entry.claim.evidence])
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

    /// The known claims the differ needs for `claims`, found through indexes so the cost does
    /// not grow with the store: for each claim, the best few of each window the "same claim"
    /// rules allow (dates within `ClaimDiffer.dateWindow`; a missing date, publication days
    /// within `ClaimDiffer.publicationWindow`; an article with no date of its own, any), in
    /// the differ's own order (closest date, same region, most recently matched), so the
    /// differ's choice is among them; and for a denial, the most recently matched claim of
    /// what it denies, which becomes its CLAIM_DENIES_ID even when the article does not
    /// repeat it (indexes `claims_by_date`, `claims_by_published`, `claims_by_recency`).
    static func candidates(for claims: [Claim], published: Day?, datesKnown: Bool, in db: Database) throws -> [KnownClaim] {
        var rows = [Int64: ClaimRecord]()
        func fetch(_ sql: String, _ arguments: StatementArguments) throws {
            for row in try Row.fetchAll(db.cachedStatement(sql: sql), arguments: arguments) {
                rows[row["rowid"]] = try ClaimRecord(row: row)
            }
        }
        for claim in claims {
            var filter = "kind = ? AND claimant = ?"
            var base: StatementArguments = [claim.kind.rawValue, claim.claimant]
            if let region = claim.region {
                filter += " AND (region = ? OR region IS NULL)"
                base += [region]
            }
            if claim.kind == .denial, let denies = claim.denies {
                filter += " AND (denies_claimant = ? OR denies_claimant IS NULL)"
                base += [denies.claimant]
            }
            var order = "ORDER BY "
            var orderArguments: StatementArguments = []
            if let day = claim.date {
                order += "CASE WHEN date IS NULL THEN 1000000 ELSE abs(julianday(date) - julianday(?)) END, "
                orderArguments += [day.description]
            }
            if let region = claim.region {
                order += "region IS NOT ?, "
                orderArguments += [region]
            }
            order += "last_matched DESC, rowid LIMIT \(Self.candidatesPerWindow)"
            let select = "SELECT rowid, * FROM claims WHERE \(filter)"
            guard datesKnown else {
                try fetch("\(select) \(order)", base + orderArguments)
                continue
            }
            if let day = claim.date {
                let window: StatementArguments = [day.adding(days: -ClaimDiffer.dateWindow).description, day.adding(days: ClaimDiffer.dateWindow).description]
                try fetch("\(select) AND date BETWEEN ? AND ? \(order)", base + window + orderArguments)
            }
            if let published {
                let window: StatementArguments = [
                    published.adding(days: -ClaimDiffer.publicationWindow).description, published.adding(days: ClaimDiffer.publicationWindow).description,
                ]
                // With a date, only claims without one fall back to publication days; without one, any.
                let dateless = claim.date == nil ? "" : " AND date IS NULL"
                try fetch("\(select)\(dateless) AND first_published BETWEEN ? AND ? \(order)", base + window + orderArguments)
            }
        }
        var targets = [(String, String)]()
        for denies in claims.compactMap(\.denies) where !targets.contains(where: { $0 == (denies.kind.rawValue, denies.claimant) }) {
            targets.append((denies.kind.rawValue, denies.claimant))
            try fetch("SELECT rowid, * FROM claims WHERE kind = ? AND claimant = ? ORDER BY last_matched DESC, id LIMIT 1", [denies.kind.rawValue, denies.claimant])
        }
        // In store order, as a full scan would list them (the differ breaks exact ties by order).
        return rows.sorted { $0.key < $1.key }.map(\.value.knownClaim)
    }

    /// How many claims each window contributes at most: the differ takes the best one, the
    /// rest cover claims of the same article changing each other's standing.
    static let candidatesPerWindow = 16

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

/// Totals reported in `STATUS=` and by `claimwatch claims`.
public struct StoreCounts: Sendable, Hashable {
    public var articles: Int
    public var claims: Int
    public var alertsSent: Int
    public var alertsWaiting: Int

    public init(articles: Int, claims: Int, alertsSent: Int, alertsWaiting: Int) {
        self.articles = articles
        self.claims = claims
        self.alertsSent = alertsSent
        self.alertsWaiting = alertsWaiting
    }
}

/// UTC timestamps as stored (ISO 8601, seconds).
enum Timestamp {
    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }
}
