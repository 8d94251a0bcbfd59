import ClaimCore
import ClaimDatabase
import Foundation
import Logging
import PostgresNIO

/// The shared store: one PostgreSQL database for the daemons of several hosts, each with its
/// own inbox and state directory. Claims, articles and mentions are shared, so a claim first
/// recorded on one host is known to every other; each host keeps its own outbox (the alerts
/// its files raised, sent to its own journal).
///
/// Exactly once across hosts: every ingest transaction first takes one transaction-level
/// advisory lock, so two hosts never decide "new" for the same claim at the same moment. A
/// lock keyed by kind and claimant would not cover what else a decision reads — the article's
/// identity (its URL and signature bands) and the claims a denial answers, of other claimants —
/// and a batch holds it for milliseconds. SERIALIZABLE with retry, tried instead, is as exact
/// (one new alert per claim in the race test, one serialization failure per racing round) but
/// two daemons' bursts conflict all along and each conflict redoes a batch of up to 64 articles:
/// 23 files/s at start and 49 dropped, against 171 and 144 with the lock (quick bench, 2 cores).
///
/// The store connects when first used and again after the server went away: a failure to
/// reach it is a transient `StoreError`, and the files wait in the inbox for the retry.
public final class PostgresClaimStore: ClaimStore, ClaimArchive, Sendable {
    public let address: StoreLocation.PostgresAddress
    /// The URL without a password: alerts carry it as `CLAIMWATCH_STORE`, on every host alike.
    public let identity: String
    /// The host whose outbox this instance reads and marks.
    public let host: String
    public let articleIdentity: ArticleIdentity
    let link: PostgresLink

    public var location: String { identity }
    public var outboxHost: String? { host }

    /// The ingest lock's key (any constant every build agrees on).
    static let ingestLockKey: Int64 = 0x636C_6D77_696E_6765

    /// Makes the store; connects only when first used (`connect()` to check at once).
    /// - Parameters:
    ///   - password: from `PostgresPassword.find`; nil when the server asks for none.
    ///   - host: this machine's name, owner of the alerts its ingests raise.
    ///   - outbox: true for the daemon: its sessions hold the outbox name (one daemon a name) and
    ///     have the daemon's statement limits; false for an operator command, which only reads.
    public init(
        address: StoreLocation.PostgresAddress, password: String?, host: String, articleIdentity: ArticleIdentity = ArticleIdentity(),
        outbox: Bool = true, connectTimeout: Duration = .seconds(3), logger: Logger = Logger(label: "claimwatch.postgres")
    ) {
        self.address = address
        identity = address.description
        self.host = host
        self.articleIdentity = articleIdentity
        var configuration = PostgresConnection.Configuration(
            host: address.host, port: address.port, username: address.user, password: password, database: address.database, tls: .disable)
        configuration.options.connectTimeout = .seconds(connectTimeout.components.seconds)
        configuration.options.additionalStartupParameters = outbox ? PostgresLink.daemonSettings : PostgresLink.readerSettings
        let outboxName = outbox ? host : nil
        link = PostgresLink(
            configuration: configuration, statementSeconds: outbox ? PostgresSession.daemonSeconds : PostgresSession.readerSeconds, logger: logger
        ) { session in
            try PostgresMigrations.migrate(session)
            if let outboxName { try Self.claimOutbox(outboxName, in: session) }
        }
    }

    deinit { link.close() }

    /// Connects and brings the schema up to date.
    /// - Throws: `StoreError`; `.configuration` for an unknown database or refused credentials,
    ///   `.unavailable` while the server cannot be reached.
    public func connect() throws(StoreError) {
        do {
            try link.withConnection { _ in }
        } catch {
            throw PostgresFailure.storeError("connect", identity, error)
        }
    }

    /// Runs `body` in one transaction; a conflict with another host's transaction is tried again.
    func transaction<T: Sendable>(
        _ operation: @autoclosure () -> String, readOnly: Bool = false, _ body: (PostgresSession) throws -> T
    )
        throws(StoreError) -> T
    {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try link.withConnection { session in try session.inTransaction(readOnly: readOnly) { try body(session) } }
            } catch {
                let failure = PostgresFailure.storeError(operation(), identity, error)
                if failure.failure == .conflict && attempt < 5 { continue }
                throw failure
            }
        }
    }

    /// The key class of the outbox locks (any constant every build agrees on).
    static let outboxLockClass: Int64 = 0x636C_6D77

    /// Holds the outbox name for this session (released when the connection ends), so that a
    /// second daemon of the same name is refused instead of sending this one's alerts.
    static func claimOutbox(_ name: String, in session: PostgresSession) throws {
        let granted = try session.value(Bool.self, "SELECT pg_try_advisory_lock(?::integer, hashtext(?))", [.integer(outboxLockClass), .text(name)])
        guard granted == true else { throw OutboxInUse(name: name) }
    }

    public func ingest(_ batch: [ExtractedArticle], at now: Date) throws(StoreError) -> [IngestResult] {
        let stamp = Timestamp.text(now)
        let (rules, host) = (articleIdentity, host)
        return try transaction(StoreOperation.record(batch)) { session in
            try session.execute("SELECT pg_advisory_xact_lock(?)", [.integer(Self.ingestLockKey)])
            return try batch.map { try Self.ingest($0, now: stamp, host: host, rules: rules, in: session) }
        }
    }

    private static func ingest(
        _ extracted: ExtractedArticle, now: String, host: String, rules: ArticleIdentity, in db: PostgresSession
    ) throws
        -> IngestResult
    {
        if try db.value(Int32.self, "SELECT 1 FROM articles WHERE sha256 = ?", [.text(extracted.sha256)]) != nil {
            return .duplicate
        }
        let article = extracted.article
        let url = article.url.map(ArticleIdentity.canonicalURL)
        let signature = extracted.signature.flatMap { $0.isComparable ? $0 : nil }
        let bandKeys = signature?.bandKeys ?? []
        let verdict = try identify(extracted, url: url, bandKeys: bandKeys, rules: rules, in: db)
        guard
            let articleID = try db.value(
                Int64.self,
                """
                INSERT INTO articles (sha256, file_name, outlet, published, published_inferred, processed_at, lang, url, signature, shingles, host)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """,
                [
                    .text(extracted.sha256), .text(article.fileName), .text(article.outlet), .text(article.published?.description),
                    .boolean(article.isPublishedInferred), .text(now), .text(article.language), .text(url), .bytes(signature?.bytes),
                    .integer(Int64(signature?.shingleCount ?? 0)), .text(host),
                ])
        else { throw StoreError(operation: "record article", path: "", message: "the server returned no article id") }
        let (root, origin) = (verdict.versionOf ?? articleID, verdict.origin ?? articleID)
        try db.execute("UPDATE articles SET root_id = ?, origin_id = ? WHERE id = ?", [.integer(root), .integer(origin), .integer(articleID)])
        // A version is found through its page's bands; only a page of its own is filed.
        if verdict.versionOf == nil, !bandKeys.isEmpty {
            try db.execute(
                "INSERT INTO article_bands (band_key, article_id) SELECT unnest(?::bigint[]), ?", [.integers(bandKeys), .integer(articleID)])
        }
        let known = try candidates(for: extracted.claims, published: article.published, datesKnown: !article.isPublishedInferred, in: db)
        // Of the known claims, those this article's page (an earlier version) or its origin already
        // carried: their source, or origin, is counted.
        var counted = (sources: Set<String>(), origins: Set<String>())
        if !known.isEmpty, root != articleID || origin != articleID {
            for row in try db.rows(
                "SELECT claim_id, root_id = ?, origin_id = ? FROM mentions WHERE (root_id = ? OR origin_id = ?) AND claim_id = ANY(?)",
                [.integer(root), .integer(origin), .integer(root), .integer(origin), .texts(known.map(\.id))])
            {
                let (id, sameRoot, sameOrigin) = try row.decode((String, Bool, Bool).self)
                if sameRoot && root != articleID { counted.sources.insert(id) }
                if sameOrigin && origin != articleID { counted.origins.insert(id) }
            }
        }
        let plan = IngestPlan.make(
            claims: extracted.claims, article: article, sha256: extracted.sha256, known: known, sequence: articleID, counted: counted)
        try write(plan, articleID: articleID, root: root, origin: origin, now: now, host: host, in: db)
        return .recorded(alerts: plan.alerts)
    }

    /// Writes what `plan` decided in a few set-based statements (a round trip each): the claims
    /// in their final state (an article's later mention of a claim carries the earlier one's
    /// merge), its mentions, its alerts and the denials they link.
    private static func write(_ plan: IngestPlan, articleID: Int64, root: Int64, origin: Int64, now: String, host: String, in db: PostgresSession) throws {
        var final = [String: KnownClaim]()
        var order = [String]()
        var isNew = Set<String>()
        for entry in plan.entries {
            if final[entry.stored.id] == nil { order.append(entry.stored.id) }
            final[entry.stored.id] = entry.stored
            if case .new = entry.verdict { isNew.insert(entry.stored.id) }
        }
        let claims = order.map { final[$0]! }
        // Nullable text goes through the arrays as '' (none of these columns holds an empty string).
        func column(_ values: [String?]) -> PostgresValue { .texts(values.map { $0 ?? "" }) }
        let inserted = claims.filter { isNew.contains($0.id) }
        if !inserted.isEmpty {
            try db.execute(
                """
                INSERT INTO claims (id, kind, claimant, subject, region, places, date, denies_claimant, denies_kind, first_published,
                    first_seen, last_seen, last_matched, source_count, origin_count)
                SELECT id, kind, claimant, NULLIF(subject, ''), NULLIF(region, ''), places, NULLIF(date, ''), NULLIF(denies_claimant, ''),
                    NULLIF(denies_kind, ''), NULLIF(first_published, ''), ?, ?, last_matched, source_count, origin_count
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                    ?::bigint[], ?::bigint[], ?::bigint[]) WITH ORDINALITY
                    AS v(id, kind, claimant, subject, region, places, date, denies_claimant, denies_kind, first_published,
                    last_matched, source_count, origin_count, n)
                ORDER BY n
                """,
                [
                    .text(now), .text(now), .texts(inserted.map(\.id)), .texts(inserted.map(\.kind.rawValue)), .texts(inserted.map(\.claimant)),
                    column(inserted.map(\.subject)), column(inserted.map(\.region)), .texts(inserted.map { $0.places.joined(separator: ",") }),
                    column(inserted.map { $0.date?.description }), column(inserted.map { $0.denies?.claimant }),
                    column(inserted.map { $0.denies?.kind.rawValue }), column(inserted.map { $0.firstPublished?.description }),
                    .integers(inserted.map(\.lastMatched)), .integers(inserted.map { Int64($0.sources) }), .integers(inserted.map { Int64($0.origins) }),
                ])
        }
        let updated = claims.filter { !isNew.contains($0.id) }
        if !updated.isEmpty {
            try db.execute(
                """
                UPDATE claims c SET subject = NULLIF(v.subject, ''), region = NULLIF(v.region, ''), places = v.places,
                    date = NULLIF(v.date, ''), last_seen = ?, last_matched = v.last_matched, source_count = v.source_count,
                    origin_count = v.origin_count
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[])
                    AS v(id, subject, region, places, date, last_matched, source_count, origin_count)
                WHERE c.id = v.id
                """,
                [
                    .text(now), .texts(updated.map(\.id)), column(updated.map(\.subject)), column(updated.map(\.region)),
                    .texts(updated.map { $0.places.joined(separator: ",") }), column(updated.map { $0.date?.description }),
                    .integers(updated.map(\.lastMatched)), .integers(updated.map { Int64($0.sources) }), .integers(updated.map { Int64($0.origins) }),
                ])
        }
        // One mention per claim, the first evidence kept (as SQLite's INSERT OR IGNORE keeps it).
        var mentioned = Set<String>()
        let mentions = plan.entries.filter { entry in
            if case .repeatedInArticle = entry.verdict { return false }
            return mentioned.insert(entry.stored.id).inserted
        }
        if !mentions.isEmpty {
            try db.execute(
                """
                INSERT INTO mentions (claim_id, article_id, evidence, root_id, origin_id)
                SELECT claim_id, ?, evidence, ?, ? FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS v(claim_id, evidence, n) ORDER BY n
                ON CONFLICT DO NOTHING
                """,
                [.integer(articleID), .integer(root), .integer(origin), .texts(mentions.map(\.stored.id)), .texts(mentions.map(\.claim.evidence))])
        }
        guard !plan.alerts.isEmpty else { return }
        let encoder = JSONEncoder()
        let payloads = try plan.alerts.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
        try db.execute(
            """
            INSERT INTO alerts (alert_id, sequence, claim_id, event, payload, created_at, host)
            SELECT alert_id, ?, claim_id, event, payload, ?, ? FROM unnest(?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY
                AS v(alert_id, claim_id, event, payload, n)
            ORDER BY n
            ON CONFLICT DO NOTHING
            """,
            [
                .integer(articleID), .text(now), .text(host), .texts(plan.alerts.map(\.alertID)), .texts(plan.alerts.map(\.claimID)),
                .texts(plan.alerts.map(\.event.rawValue)), .texts(payloads),
            ])
        // The first denial link of each claim wins, as one UPDATE after another would have it.
        var linked = Set<String>()
        let links = plan.alerts.compactMap { alert in alert.deniesID.map { (alert.claimID, $0) } }.filter { linked.insert($0.0).inserted }
        if !links.isEmpty {
            try db.execute(
                """
                UPDATE claims c SET denies_id = v.denies_id FROM unnest(?::text[], ?::text[]) AS v(id, denies_id)
                WHERE c.id = v.id AND c.denies_id IS NULL
                """, [.texts(links.map(\.0)), .texts(links.map(\.1))])
        }
    }

    public func unsentAlerts() throws(StoreError) -> [Alert] {
        let host = host
        let payloads = try transaction("read unsent alerts", readOnly: true) { session in
            try session.rows("SELECT payload FROM alerts WHERE host = ? AND sent_at IS NULL ORDER BY sequence, seq", [.text(host)])
                .map { try $0.decode(String.self) }
        }
        do {
            let decoder = JSONDecoder()
            return try payloads.map { try decoder.decode(Alert.self, from: Data($0.utf8)) }
        } catch {
            throw StoreError(operation: "read unsent alerts", path: identity, message: "an alert in the outbox cannot be read: \(error)")
        }
    }

    public func markSent(alertIDs: [String]) throws(StoreError) {
        guard !alertIDs.isEmpty else { return }
        let (host, now) = (host, Timestamp.text(Date()))
        try transaction("mark alerts sent") { session in
            try session.execute(
                "UPDATE alerts SET sent_at = ? WHERE alert_id = ANY(?) AND host = ? AND sent_at IS NULL", [.text(now), .texts(alertIDs), .text(host)])
        }
    }

    public func recordRejection(fileName: String, reason: String, at now: Date) throws(StoreError) {
        let host = host
        try transaction("record rejection of '\(fileName)'") { session in
            try session.execute(
                "INSERT INTO rejections (file_name, reason, rejected_at, host) VALUES (?, ?, ?, ?)",
                [.text(fileName), .text(reason), .text(Timestamp.text(now)), .text(host)])
        }
    }

    /// Articles and claims of every host; alerts of this host's outbox.
    public func counts() throws(StoreError) -> StoreCounts {
        let host = host
        return try transaction("count", readOnly: true) { session in
            let row = try session.rows(
                """
                SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM claims),
                       (SELECT count(*) FROM alerts WHERE host = ? AND sent_at IS NOT NULL),
                       (SELECT count(*) FROM alerts WHERE host = ? AND sent_at IS NULL)
                """, [.text(host), .text(host)])
            let (articles, claims, sent, waiting) = try row[0].decode((Int64, Int64, Int64, Int64).self)
            return StoreCounts(articles: Int(articles), claims: Int(claims), alertsSent: Int(sent), alertsWaiting: Int(waiting))
        }
    }
}
