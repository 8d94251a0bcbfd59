/// An article ready to be recorded: what `ArticlePipeline` produced from one file.
public struct ExtractedArticle: Sendable, Hashable {
    public var article: NormalizedArticle
    public var sha256: String
    public var claims: [Claim]

    public init(article: NormalizedArticle, sha256: String, claims: [Claim]) {
        self.article = article
        self.sha256 = sha256
        self.claims = claims
    }
}

/// The outcome of recording one article.
public enum IngestResult: Sendable, Hashable {
    /// The same bytes were recorded before (under any name): nothing added, nothing alerted.
    case duplicate
    /// Recorded; these alerts were stored unsent in the same transaction.
    case recorded(alerts: [Alert])
}

/// The durable memory of known claims. Implementations record an article,
/// its claims and mentions and the alerts it raises in one transaction, and
/// keep the alerts as an outbox until `markSent` is called.
public protocol ClaimStore: Sendable {
    /// Records one article atomically (`IngestPlan` decides what changes).
    func ingest(_ extracted: ExtractedArticle) throws -> IngestResult
    /// Alerts stored but not yet marked sent, oldest first.
    func unsentAlerts() throws -> [Alert]
    /// Marks alerts as delivered to the journal.
    func markSent(alertIDs: [String]) throws
}

/// Where alerts go (the journal in production).
public protocol AlertSink: Sendable {
    /// Delivers one alert; throws when it could not be delivered.
    func send(_ alert: Alert) throws
}
