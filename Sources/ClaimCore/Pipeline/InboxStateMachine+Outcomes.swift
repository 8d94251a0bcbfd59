/// What the machine does with the shell's reports: recorded batches, the outbox, retries
/// coming due, and a crash of the last run.
extension InboxStateMachine {
    /// A batch's files end: moved ones count, the others wait for their retry. The totals
    /// follow the store without reading it; a batch that moved files asks for a rescan.
    mutating func recorded(_ files: [(Name, RecordedFile)], newClaims: Int, alerts: Int, delivery: Recorder.Delivery, now: Double) -> [Effect] {
        var effects = [Effect]()
        var moved = false
        var problem: String?
        for (name, end) in files {
            switch end {
            case .moved(let unreadLanguage):
                processed += 1
                fileBackoff[name] = nil
                moved = true
                if unreadLanguage { unreadLanguageArticles += 1 }
            case .left(let reason):
                problem = problem ?? reason
                effects += scheduleRetry(name, reason: reason, now: now)
            }
            queue.release(name)
        }
        recordProblem = moved ? nil : problem
        counts.claims += newClaims
        counts.alertsWaiting += alerts
        effects += delivered(delivery, now: now)
        if moved { effects += rescanAfterPass(now: now) }
        effects += drain()
        effects.append(.status)
        return effects
    }

    /// Counts what the sink took; alerts it refused wait for the outbox's retry.
    mutating func delivered(_ delivery: Recorder.Delivery, now: Double) -> [Effect] {
        counts.alertsSent += delivery.marked.count
        counts.alertsWaiting -= delivery.marked.count
        return delivery.undelivered > 0 ? scheduleOutboxRetry(now: now) : []
    }

    mutating func outboxFlushed(_ flush: Outbox.Flush, now: Double) -> [Effect] {
        switch flush {
        case .empty:
            outboxHold = nil
            outboxBackoff.reset()
            return []
        case .unreadable:
            return []
        case .held(_, let reason):
            outboxHold = reason
            return scheduleOutboxRetry(now: now) + [.status]
        case .delivered(let arrived, let resent):
            outboxHold = nil
            counts.alertsSent += arrived
            counts.alertsWaiting -= arrived
            return delivered(resent, now: now) + [.status]
        }
    }

    /// Postfix pickup: after a pass that handled files, the inbox is listed again (events are
    /// hints) — at most once per `rescanGap`, so a burst does not list it after every batch.
    mutating func rescanAfterPass(now: Double) -> [Effect] {
        if let last = lastPassScan, now - last <= configuration.rescanGap { return [] }
        lastPassScan = now
        return [.scan(periodic: false)]
    }

    /// A file is queued again after its backoff (1 s doubling to 60 s), unless the service stops.
    mutating func scheduleRetry(_ name: Name, reason: String, now: Double) -> [Effect] {
        guard !isStopping else { return [] }
        var backoff = fileBackoff[name] ?? configuration.fileBackoff
        let delay = backoff.next()
        fileBackoff[name] = backoff
        retryAt[name] = now + Double(delay)
        return [.retryLater(name, seconds: delay, reason: reason), .wake(at: now + Double(delay))]
    }

    /// Alerts the sink did not take are tried again after 1 s, doubling to 30 s, until it takes
    /// them; one retry is pending at a time.
    mutating func scheduleOutboxRetry(now: Double) -> [Effect] {
        guard outboxRetryAt == nil, !isStopping else { return [] }
        let delay = outboxBackoff.next()
        outboxRetryAt = now + Double(delay)
        return [.wake(at: now + Double(delay))]
    }

    /// Queues the files whose retry is due and flushes the outbox when its retry is.
    mutating func tick(now: Double) -> [Effect] {
        guard !isStopping else { return [] }
        var effects = [Effect]()
        // Oldest deadline first (ties by name), so the order does not hang on hashing.
        let due = retryAt.filter { $0.value <= now }.sorted { a, b in a.value != b.value ? a.value < b.value : a.key.lexicographicallyPrecedes(b.key) }
        for (name, _) in due {
            retryAt[name] = nil
            queue.push(name, settled: false)
        }
        if let at = outboxRetryAt, at <= now {
            outboxRetryAt = nil
            effects += [.flushOutbox, .status]
        }
        return effects + drain()
    }

    /// Crash-loop quarantine: when the last run died of a fatal signal while reading files, a
    /// file it read alone is set aside with the reason; files read together are read one at a
    /// time first, so a second crash names the one.
    mutating func takeUp(_ crash: CrashReport) -> [Effect] {
        if crash.reading.count == 1, let name = crash.present.first {
            let reason =
                "the daemon crashed (\(crash.signal)) while reading it; it is set aside so that the service does not crash on it again. Move it back into the inbox to try it again (after an upgrade)"
            return [.reject(name, reason: reason)]
        }
        suspects = Set(crash.present)
        for name in crash.present { queue.push(name, settled: false) }
        return []
    }

    /// `STATUS=`: files processed, claims known, alerts sent and waiting, and any trouble.
    public var statusLine: String {
        var line = "\(processed) files processed, \(counts.claims) claims known, \(counts.alertsSent) alerts sent"
        if unreadLanguageArticles > 0 { line += ", \(unreadLanguageArticles) in languages not read" }
        if counts.alertsWaiting > 0 {
            let waiting = counts.alertsWaiting
            line += outboxHold.map { ", \(waiting) alerts held until the journal can be checked (\($0))" } ?? ", \(waiting) alerts waiting for the journal"
        }
        if let recordProblem {
            line = "files wait in the inbox: \(recordProblem); " + line
        } else if let storeProblem {
            line = "the store cannot be read: \(storeProblem); " + line
        }
        if let watchProblem { line = "\(watchProblem); " + line }
        return line
    }
}
