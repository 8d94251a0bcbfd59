import FoundationEssentials

/// An article ready to be recorded: what `ArticlePipeline` produced from one file.
public struct ExtractedArticle: Sendable, Hashable {
    public var article: NormalizedArticle
    public var sha256: String
    public var claims: [Claim]
    /// The body's resemblance signature (versions and copies, `ArticleIdentity`); nil: none taken.
    public var signature: ArticleSignature?

    public init(article: NormalizedArticle, sha256: String, claims: [Claim], signature: ArticleSignature? = nil) {
        self.article = article
        self.sha256 = sha256
        self.claims = claims
        self.signature = signature
    }
}

/// The outcome of recording one article.
public enum IngestResult: Sendable, Hashable {
    /// The same bytes were recorded before (under any name): nothing added, nothing alerted.
    case duplicate
    /// Recorded; these alerts were stored unsent in the same transaction.
    case recorded(alerts: [Alert])
}

/// Totals reported in `STATUS=` and by `claimwatch claims`.
public struct StoreCounts: Sendable, Hashable {
    public var articles: Int
    public var claims: Int
    public var alertsSent: Int
    public var alertsWaiting: Int

    public init(articles: Int = 0, claims: Int = 0, alertsSent: Int = 0, alertsWaiting: Int = 0) {
        self.articles = articles
        self.claims = claims
        self.alertsSent = alertsSent
        self.alertsWaiting = alertsWaiting
    }
}

/// The durable memory of known claims. Implementations record articles, their claims and
/// mentions and the alerts they raise in one transaction (`IngestPlan` decides what
/// changes), and keep the alerts as an outbox until `markSent` is called. The daemon
/// depends on this protocol only: `SQLiteClaimStore` in production, `InMemoryClaimStore`
/// (ClaimTesting) in scenario tests. Errors are the implementation's (`StoreError`), and
/// their descriptions are written for the operator.
public protocol ClaimStore: Sendable {
    /// A name for this store, carried by its alerts (`CLAIMWATCH_STORE`).
    var identity: String { get }
    /// When several hosts share the store: the host whose outbox this instance sends and
    /// marks, carried by its alerts (`CLAIMWATCH_HOST`); nil for a store of one host.
    var outboxHost: String? { get }
    /// Records articles in one transaction, in order, each as if recorded one after the other;
    /// all or none.
    func ingest(_ batch: [ExtractedArticle], at now: Date) throws -> [IngestResult]
    /// Alerts stored but not yet marked sent, oldest first.
    func unsentAlerts() throws -> [Alert]
    /// Marks alerts as delivered to the journal.
    func markSent(alertIDs: [String]) throws
    /// Records that a file was set aside, and why.
    func recordRejection(fileName: String, reason: String, at now: Date) throws
    /// Articles, claims, and alerts sent and waiting.
    func counts() throws -> StoreCounts
    /// Housekeeping a store defers off the alert path (SQLite: the WAL checkpoint), done when
    /// due; the daemon calls it once each event's effects are done (after a batch's alerts).
    func maintain() throws
}

extension ClaimStore {
    public var outboxHost: String? { nil }

    /// Nothing deferred.
    public func maintain() throws {}

    /// Records one article (see `ingest(_:at:)`).
    public func ingest(_ extracted: ExtractedArticle, at now: Date = Date()) throws -> IngestResult {
        try ingest([extracted], at: now)[0]
    }
}

/// Where alerts go (the journal in production).
public protocol AlertSink: Sendable {
    /// Delivers one alert; throws when it could not be delivered.
    func send(_ alert: Alert) throws
}

/// Tells which alerts already reached the sink (after a crash between sending an alert and
/// marking it sent): the journal's own record in production.
public protocol AlertPresence: Sendable {
    /// The ids of `alertIDs` the sink already holds for this store.
    /// - Throws: when the sink cannot be read to tell (the alerts are then held, not resent).
    func arrived(_ alertIDs: [String], store: String) throws -> Set<String>
}
