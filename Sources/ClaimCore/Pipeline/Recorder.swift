import FoundationEssentials

/// Records a batch's articles and sends the alerts they raise (claims.md, "Processing a
/// file"): the store first, in one transaction, then the sink, then `markSent`. Moving the
/// files out of the inbox is the caller's next step. A crash between any two steps is taken
/// up at the next start as after a single file: recorded bytes are known (`duplicate`), and
/// alerts not marked sent wait in the outbox (`Outbox`).
public struct Recorder: Sendable {
    public let store: any ClaimStore
    public let sink: any AlertSink

    public init(store: any ClaimStore, sink: any AlertSink) {
        self.store = store
        self.sink = sink
    }

    /// What became of one article.
    public enum Outcome: Sendable, Hashable {
        case recorded(alerts: [Alert])
        /// The same bytes were recorded before: nothing added, nothing alerted.
        case duplicate
        /// Not recorded; the file waits for a retry. `isOwn`: the store failed on this file
        /// alone (said in the journal); otherwise it waits behind a failure of an earlier one.
        case failed(reason: String, isOwn: Bool)
    }

    /// What happened to the alerts of a batch (or of the outbox).
    public struct Delivery: Sendable, Hashable {
        /// Alerts the sink took and the store marked sent.
        public var marked: [String] = []
        /// Alerts the sink took that the store could not mark (checked at the next outbox flush).
        public var unmarked: [String] = []
        /// Alerts left in the outbox because the sink refused one.
        public var undelivered = 0
        public var sendError: String?
        public var markError: String?

        public init() {}
    }

    public struct Report: Sendable, Hashable {
        /// One outcome per article, in order.
        public var outcomes: [Outcome]
        public var delivery: Delivery

        /// The alerts the recorded articles raised, in order.
        public var alerts: [Alert] {
            outcomes.flatMap { outcome -> [Alert] in
                if case .recorded(let alerts) = outcome { return alerts }
                return []
            }
        }
        /// Claims the batch added to the store (its "new" alerts).
        public var newClaims: Int { alerts.count { $0.event == .new } }
    }

    /// Records `articles` in one transaction. When the batch cannot be recorded, its articles
    /// are tried alone, in order, so one bad file does not hold back those before it; the
    /// first that fails alone stops the rest (the store is at fault — locked, full — not a
    /// file, and each would wait out the busy timeout). Then sends the recorded alerts.
    public func record(_ articles: [ExtractedArticle], at now: Date) -> Report {
        var outcomes: [Outcome]
        do {
            outcomes = try store.ingest(articles, at: now).map(Self.outcome)
        } catch {
            outcomes = [Outcome](repeating: .failed(reason: "\(error)", isOwn: articles.count == 1), count: articles.count)
            if articles.count > 1 {
                for (index, article) in articles.enumerated() {
                    do {
                        outcomes[index] = Self.outcome(try store.ingest([article], at: now)[0])
                    } catch {
                        outcomes[index] = .failed(reason: "\(error)", isOwn: true)
                        for later in (index + 1)..<articles.count { outcomes[later] = .failed(reason: "\(error)", isOwn: false) }
                        break
                    }
                }
            }
        }
        var report = Report(outcomes: outcomes, delivery: Delivery())
        report.delivery = deliver(report.alerts)
        return report
    }

    /// Sends `alerts` in order until the sink refuses one, then marks those it took as sent.
    public func deliver(_ alerts: [Alert]) -> Delivery {
        var delivery = Delivery()
        var sent = [String]()
        for alert in alerts {
            do {
                try sink.send(alert)
                sent.append(alert.alertID)
            } catch {
                delivery.sendError = "\(error)"
                break
            }
        }
        delivery.undelivered = alerts.count - sent.count
        guard !sent.isEmpty else { return delivery }
        do {
            try store.markSent(alertIDs: sent)
            delivery.marked = sent
        } catch {
            delivery.unmarked = sent
            delivery.markError = "\(error)"
        }
        return delivery
    }

    private static func outcome(_ result: IngestResult) -> Outcome {
        switch result {
        case .duplicate: .duplicate
        case .recorded(let alerts): .recorded(alerts: alerts)
        }
    }
}
