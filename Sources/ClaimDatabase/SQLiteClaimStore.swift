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

    /// Opens (creating if needed) the database at `path` and migrates it.
    /// - Parameter busyTimeout: how long a write waits for another writer.
    /// - Throws: `StoreError` when the file cannot be opened or migrated.
    public init(path: String, busyTimeout: TimeInterval = 5) throws(StoreError) {
        self.path = path
        do {
            pool = try DatabasePool(path: path, configuration: Self.configuration(busyTimeout: busyTimeout))
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
            return try pool.write { db in try batch.map { try Self.ingest($0, now: stamp, in: db) } }
        } catch {
            let names = batch.prefix(3).map { "'\($0.article.fileName)'" }.joined(separator: ", ") + (batch.count > 3 ? ", …" : "")
            throw StoreError(operation: batch.count == 1 ? "record article \(names)" : "record \(batch.count) articles (\(names))", path: path, error: error)
        }
    }

    private static func ingest(_ extracted: ExtractedArticle, now: String, in db: Database) throws -> IngestResult {
        if try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM articles WHERE sha256 = ?"), arguments: [extracted.sha256]) == true {
            return .duplicate
        }
        let article = extracted.article
        try db.cachedStatement(
            sql: "INSERT INTO articles (sha256, file_name, outlet, published, published_inferred, processed_at, lang) VALUES (?, ?, ?, ?, ?, ?, ?)"
        ).execute(arguments: [
            extracted.sha256, article.fileName, article.outlet, article.published?.description, article.isPublishedInferred, now, article.language,
        ])
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

    /// The known claims the differ needs for `claims`, found by bounded index reads so the
    /// cost does not grow with the store.
    ///
    /// The differ ranks the claims a claim matches by closest date, then same region, then
    /// most recently matched, then store order. For each claim this reads, in that order, the
    /// first few of each part of the ranking the "same claim" rules allow: dated claims on
    /// either side of its date (within `ClaimDiffer.dateWindow`, or at any distance when the
    /// article has no date of its own), split by region (the claim's, and none); claims
    /// without a date whose publication days are within `ClaimDiffer.publicationWindow`; and,
    /// for an article with no date, the undated rest. How few is enough: the differ's choice
    /// for a claim is the first of its parts unless earlier claims of the same article moved
    /// known claims (each moves the one it matched: fills its region, date or recency), and
    /// those moved claims are candidates already — so each part needs one more than the
    /// article's other claims of the same kind and claimant (`limit(for:among:)`).
    ///
    /// A denial also brings the most recently matched claim of what it denies, which becomes
    /// its CLAIM_DENIES_ID even when the article does not repeat it.
    ///
    /// Every read walks a covering index of migration v3 in the ranking's order (region and
    /// denial filters come from the index) and stops at the limit; a part read in date order
    /// sorts only the claims of its boundary day, a publication window only what it holds.
    /// Only the chosen rows are read from the table.
    static func candidates(for claims: [Claim], published: Day?, datesKnown: Bool, in db: Database) throws -> [KnownClaim] {
        var rowIDs = Set<Int64>()
        func collect(_ index: String, _ condition: String, order: String, _ arguments: StatementArguments, limit: Int) throws {
            let sql = "SELECT rowid FROM claims INDEXED BY \(index) WHERE \(condition) ORDER BY \(order) LIMIT \(limit)"
            rowIDs.formUnion(try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: arguments))
        }
        for claim in claims {
            let limit = limit(for: claim, among: claims)
            var base = "kind = ? AND claimant = ?"
            var baseArguments: StatementArguments = [claim.kind.rawValue, claim.claimant]
            if claim.kind == .denial, let denies = claim.denies {
                base += " AND (denies_claimant = ? OR denies_claimant IS NULL)"
                baseArguments += [denies.claimant]
            }
            // Each part of the region rule apart, so its order is the index's own.
            let regionParts: [(condition: String, arguments: StatementArguments)] =
                claim.region.map { [(" AND region = ?", [$0]), (" AND region IS NULL", [])] } ?? [("", [])]
            if let day = claim.date {
                let (low, high) = (day.adding(days: -ClaimDiffer.dateWindow).description, day.adding(days: ClaimDiffer.dateWindow).description)
                for part in regionParts {
                    let index = claim.region == nil ? "claims_by_date" : "claims_by_region_date"
                    let filter = base + part.condition
                    let arguments = baseArguments + part.arguments + [day.description]
                    try collect(
                        index, "\(filter) AND date >= ?" + (datesKnown ? " AND date <= ?" : ""), order: "date, last_matched DESC, rowid",
                        arguments + (datesKnown ? [high] : []), limit: limit)
                    try collect(
                        index, "\(filter) AND date < ?" + (datesKnown ? " AND date >= ?" : ""), order: "date DESC, last_matched DESC, rowid",
                        arguments + (datesKnown ? [low] : []), limit: limit)
                }
            }
            // The parts without a date rank by region, then recency.
            var regionFilter = "", regionOrder = "last_matched DESC, rowid"
            var regionArguments: StatementArguments = [], orderArguments: StatementArguments = []
            if let region = claim.region {
                regionFilter = " AND (region = ? OR region IS NULL)"
                regionArguments = [region]
                regionOrder = "region IS NOT ?, " + regionOrder
                orderArguments = [region]
            }
            let filter = base + regionFilter
            if datesKnown, let published {
                let window: StatementArguments = [
                    published.adding(days: -ClaimDiffer.publicationWindow).description, published.adding(days: ClaimDiffer.publicationWindow).description,
                ]
                if claim.date != nil {
                    // A dated claim falls back to publication days only for claims without a date.
                    try collect(
                        "claims_by_date", "\(filter) AND date IS NULL AND first_published BETWEEN ? AND ?", order: regionOrder,
                        baseArguments + regionArguments + window + orderArguments, limit: limit)
                } else {
                    try collect(
                        "claims_by_published", "\(filter) AND first_published BETWEEN ? AND ?", order: regionOrder,
                        baseArguments + regionArguments + window + orderArguments, limit: limit)
                }
            } else if !datesKnown {
                // No date rule: behind the dated ones rank the undated, or, for an undated claim, all —
                // each region part read in recency order (a sort by region first would read them all).
                let undated = claim.date == nil ? "" : " AND date IS NULL"
                for part in regionParts {
                    try collect(
                        "claims_by_recency", base + part.condition + undated, order: "last_matched DESC, rowid", baseArguments + part.arguments, limit: limit)
                }
            }
        }
        var targets = [(String, String)]()
        for denies in claims.compactMap(\.denies) where !targets.contains(where: { $0 == (denies.kind.rawValue, denies.claimant) }) {
            targets.append((denies.kind.rawValue, denies.claimant))
            try collect("claims_by_recency", "kind = ? AND claimant = ?", order: "last_matched DESC, id", [denies.kind.rawValue, denies.claimant], limit: 1)
        }
        guard !rowIDs.isEmpty else { return [] }
        // In store order, as a full scan would list them (the differ breaks exact ties by order).
        let placeholders = Array(repeating: "?", count: rowIDs.count).joined(separator: ",")
        return try Row.fetchAll(
            db, sql: "SELECT \(ClaimRecord.knownColumns) FROM claims WHERE rowid IN (\(placeholders)) ORDER BY rowid",
            arguments: StatementArguments(rowIDs.sorted())
        ).map(ClaimRecord.knownClaim(row:))
    }

    /// How many claims each part of the ranking contributes for `claim`: its best, and one
    /// more for each other claim of `claims` that could move a known claim ahead of or out
    /// of its way (same kind and claimant).
    static func limit(for claim: Claim, among claims: [Claim]) -> Int {
        claims.count { $0.kind == claim.kind && $0.claimant == claim.claimant }
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
enum Timestamp {
    static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }
}
