import ClaimCore
import Foundation
import Synchronization

/// A `ClaimStore` in memory, for scenario tests of the daemon's decisions: the same
/// `IngestPlan` as `SQLiteClaimStore` (every known claim is a candidate, the definition the
/// SQLite store's windows are tested against), all-or-none batches, and failures on demand.
/// The real store has its own tests; this never replaces them.
public final class InMemoryClaimStore: ClaimStore {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    struct Contents {
        var articles = Set<String>()
        var claims = [KnownClaim]()
        var alerts = [(alert: Alert, isSent: Bool)]()
        var rejections = [(file: String, reason: String)]()
        var sequence: Int64 = 0
        /// While set, every ingest throws it ("database is locked").
        var failure: String?
        /// A batch holding an article with one of these hashes throws ("a file the store chokes on").
        var failingArticles = Set<String>()
        var failMarking = false
    }

    let contents = Mutex(Contents())
    public let identity: String

    public init(identity: String = "in-memory") { self.identity = identity }

    /// Makes every ingest fail with `message` (nil: succeed again).
    public func failIngest(_ message: String?) { contents.withLock { $0.failure = message } }
    /// Makes a batch fail while it holds the article with this hash.
    public func failIngest(ofArticle sha256: String) { contents.withLock { _ = $0.failingArticles.insert(sha256) } }
    /// Makes `markSent` fail (nil… false: succeed again).
    public func failMarking(_ fail: Bool) { contents.withLock { $0.failMarking = fail } }

    public func ingest(_ batch: [ExtractedArticle], at now: Date) throws -> [IngestResult] {
        try contents.withLock { contents in
            if let failure = contents.failure { throw Failure(description: failure) }
            if let bad = batch.first(where: { contents.failingArticles.contains($0.sha256) }) {
                throw Failure(description: "cannot record '\(bad.article.fileName)'")
            }
            var next = contents  // all or none
            let results = batch.map { Self.ingest($0, into: &next) }
            contents = next
            return results
        }
    }

    private static func ingest(_ extracted: ExtractedArticle, into contents: inout Contents) -> IngestResult {
        guard contents.articles.insert(extracted.sha256).inserted else { return .duplicate }
        contents.sequence += 1
        let plan = IngestPlan.make(
            claims: extracted.claims, article: extracted.article, sha256: extracted.sha256, known: contents.claims, sequence: contents.sequence)
        for entry in plan.entries {
            if let index = contents.claims.firstIndex(where: { $0.id == entry.stored.id }) {
                contents.claims[index] = entry.stored
            } else {
                contents.claims.append(entry.stored)
            }
        }
        for alert in plan.alerts where !contents.alerts.contains(where: { $0.alert.alertID == alert.alertID }) {
            contents.alerts.append((alert, false))
        }
        return .recorded(alerts: plan.alerts)
    }

    public func unsentAlerts() throws -> [Alert] {
        contents.withLock { $0.alerts.filter { !$0.isSent }.map(\.alert) }
    }

    public func markSent(alertIDs: [String]) throws {
        try contents.withLock { contents in
            if contents.failMarking { throw Failure(description: "cannot mark alerts sent") }
            for index in contents.alerts.indices where alertIDs.contains(contents.alerts[index].alert.alertID) {
                contents.alerts[index].isSent = true
            }
        }
    }

    public func recordRejection(fileName: String, reason: String, at now: Date) throws {
        contents.withLock { $0.rejections.append((fileName, reason)) }
    }

    public func counts() throws -> StoreCounts {
        contents.withLock { contents in
            let sent = contents.alerts.count { $0.isSent }
            return StoreCounts(articles: contents.articles.count, claims: contents.claims.count, alertsSent: sent, alertsWaiting: contents.alerts.count - sent)
        }
    }

    /// Every known claim, in the order first recorded.
    public var claims: [KnownClaim] { contents.withLock { $0.claims } }
    /// The rejections recorded, in order.
    public var rejections: [(file: String, reason: String)] { contents.withLock { $0.rejections } }
}
