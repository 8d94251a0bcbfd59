import ClaimCore
import Dispatch
import Foundation
import Inbox
import Journal
import Logging
import Synchronization

/// The state machine's effects, carried out: each returns the event that reports it, or nil
/// when its report comes later (a batch being read) or never (a log line).
extension InboxService {
    func perform(_ effect: InboxStateMachine.Effect) -> InboxStateMachine.Event? {
        switch effect {
        case .scan(let periodic):
            let directory = state.withLock { $0.directory }
            do { return .scanned(try directory.scan(), periodic: periodic) } catch {
                logger.error("Unable to scan inbox: \(error)")
                return nil
            }
        case .prepare(let batch):
            prepare(batch)
            return nil
        case .record(let names, let articles):
            return record(names, articles)
        case .reject(let name, let reason):
            return reject(name, reason: reason)
        case .flushOutbox:
            return .outboxFlushed(flushOutbox())
        case .refreshCounts:
            do { return .counted(try recorder.store.counts()) } catch {
                logger.error("\(error)")
                return .countFailed(reason: "\(error)")
            }
        case .warnOverflow:
            let inbox = state.withLock { $0.settings.inbox }
            output.event(
                MessageID.inboxRescan, priority: 4,
                "Inbox event queue overflowed: rescanning '\(inbox)' (further overflows are not logged until the inbox is drained)",
                fields: [("INBOX", inbox), ("RESCAN_CAUSE", "overflow")], logger: logger)
        case .retryLater(let name, let seconds, let reason):
            logger.debug("Will retry '\(FileName.display(name))' in \(seconds)s: \(reason)")
        case .vanished(_, let warning):
            if let warning { logger.warning("\(warning)") }
        case .wake(let at):
            let delay = max(0, at - Self.now())
            workQueue.asyncAfter(deadline: .now() + delay) { [weak self] in self?.feed(.tick) }
        case .status:
            notifier.status(statusLine)
        case .stopped:
            stop()
        }
        return nil
    }

    /// Reads and extracts a batch on every core, off the work queue; the marker names it
    /// meanwhile. A stop signalled meanwhile is handled before the batch's report.
    private func prepare(_ batch: [InboxStateMachine.QueuedFile]) {
        marker.begin(batch.map(\.name))
        let (directory, pipeline, maxBytes) = state.withLock { ($0.directory, $0.pipeline, $0.settings.maxFileBytes) }
        prepareQueue.async {
            let prepared = FilePreparation.prepare(batch.map { ($0.name, $0.settled) }, in: directory, pipeline: pipeline, maxBytes: maxBytes)
            self.workQueue.async {
                self.marker.end()
                if self.stopSignalled.load(ordering: .relaxed) { self.feed(.stopRequested) }
                self.feed(.prepared(batch, prepared))
            }
        }
    }

    /// Records a batch's articles (`Recorder`: one transaction, then the journal), then moves
    /// each recorded file to done/, syncing the directory once for the batch.
    private func record(_ names: [[UInt8]], _ articles: [ExtractedArticle]) -> InboxStateMachine.Event {
        let report = recorder.record(articles, at: Date())
        let (directory, pipeline) = state.withLock { ($0.directory, $0.pipeline) }
        var files = [([UInt8], InboxStateMachine.RecordedFile)]()
        var moved = false
        for ((name, article), outcome) in zip(zip(names, articles), report.outcomes) {
            let display = FileName.display(name)
            switch outcome {
            case .failed(let reason, let isOwn):
                if isOwn {
                    output.event(
                        MessageID.storeError, priority: 3, "Unable to record '\(display)': \(reason). The file stays in the inbox and is retried",
                        fields: [("ARTICLE_FILE", display), ("STORE_ERROR", reason)], logger: logger)
                }
                files.append((name, .left(reason: reason)))
                continue
            case .recorded, .duplicate:
                break
            }
            do {
                try directory.move(name, to: .done, syncing: false)
            } catch {
                logger.error("Recorded '\(display)' but could not move it to done/: \(error)")
                files.append((name, .left(reason: error.description)))
                continue
            }
            moved = true
            var unread = false
            if case .duplicate = outcome { logger.info("'\(display)' has the same bytes as an article already processed; moved to done/ with no alerts") }
            if case .recorded = outcome, let language = article.article.language, !pipeline.extractor.reads(language) {
                // Not an error: recorded with its language, no claims, and said once.
                unread = true
                logger.info("'\(display)' is in a language claimwatch does not read (\(language)); recorded with no claims and moved to done/")
            }
            files.append((name, .moved(unreadLanguage: unread)))
        }
        if moved { directory.sync(.done) }
        logDelivery(report.delivery)
        return .recorded(files, newClaims: report.newClaims, alerts: report.alerts.count, delivery: report.delivery)
    }

    private func logDelivery(_ delivery: Recorder.Delivery) {
        if let error = delivery.sendError { logger.error("Unable to write \(delivery.undelivered) alerts to the journal: \(error). They wait in the outbox") }
        if let error = delivery.markError { logger.error("\(error)") }
    }

    /// Moves a file to rejected/ with its reason beside it, records why, and says so.
    private func reject(_ name: [UInt8], reason: String) -> InboxStateMachine.Event {
        let display = FileName.display(name)
        let directory = state.withLock { $0.directory }
        do {
            let moved = try directory.move(name, to: .rejected)
            try directory.writeReason(reason, for: moved)
            try? recorder.store.recordRejection(fileName: display, reason: reason, at: Date())
            output.event(
                MessageID.fileRejected, priority: 4, "Rejected '\(display)': \(reason)",
                fields: [("ARTICLE_FILE", display), ("REJECT_REASON", reason)], logger: logger)
            return .setAside(name, failure: nil)
        } catch {
            logger.error("Unable to move '\(display)' to rejected/ (\(reason)): \(error)")
            return .setAside(name, failure: error.description)
        }
    }

    /// Sends what waits in the outbox (`Outbox.flush`) and says what happened.
    private func flushOutbox() -> Outbox.Flush {
        let wasHeld = state.withLock { $0.machine.outboxHold != nil }
        let flush = Outbox.flush(recorder, presence: presence)
        switch flush {
        case .empty: break
        case .unreadable(let reason): logger.error("\(reason)")
        case .held(let waiting, let reason):
            if !wasHeld {
                logger.critical("Holding \(waiting) outbox alerts: \(reason). They are not resent until the journal can be checked, so none is doubled")
            }
        case .delivered(let arrived, let resent):
            if arrived > 0 { logger.notice("\(arrived) outbox alerts had reached the journal before the last stop: marked sent, not resent") }
            let sent = resent.marked.count + resent.unmarked.count
            if sent > 0 {
                output.event(
                    MessageID.outboxResent, priority: 5, "Sent \(sent) alerts that waited in the outbox",
                    fields: [("OUTBOX_WAITING", String(sent + resent.undelivered))], logger: logger)
            }
            logDelivery(resent)
        }
        return flush
    }
}
