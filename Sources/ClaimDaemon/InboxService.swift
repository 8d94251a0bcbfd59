import ClaimCore
import ClaimDatabase
import Dispatch
import Foundation
import Inbox
import Journal
import Logging
import Synchronization

/// The daemon: watches the inbox and takes each finished file through the
/// pipeline, the store (one transaction with its alerts), the journal, and
/// out of the inbox (claims.md, "Processing a file").
///
/// Threads: all file work, the inotify source, the rescan timer and the
/// watchdog timer run on one serial work queue (a hung worker stops the
/// watchdog pings). Files are taken in batches: a batch is read and extracted
/// on every core at once off the work queue (`FilePreparation`, no shared
/// state), then recorded on it in arrival order, one transaction a batch, while
/// the next batch is extracted; between batches the queue is free, so the watchdog
/// keeps pinging through a burst. Signals arrive on a separate queue and hand
/// work to the work queue; SIGTERM lets the batch being recorded finish.
public final class InboxService: @unchecked Sendable {
    /// The config file and the command line, read again on SIGHUP.
    let source: SettingsSource
    var settings: Settings
    var pipeline: ArticlePipeline
    let store: SQLiteClaimStore
    var directory: InboxDirectory
    let output: AlertOutput
    let logger: Logger
    let notifier = SystemdNotifier()
    let workQueue = DispatchQueue(label: "claimwatch.work")
    let signalQueue = DispatchQueue(label: "claimwatch.signals")
    private var watcher: InboxWatcher?
    private var sources: [any DispatchSourceProtocol] = []
    private var queue = FileQueue()
    private var retryDelay: [Data: Int] = [:]
    private var processed = 0
    /// Articles recorded in a language no profile reads (`STATUS=`).
    private var unreadLanguageArticles = 0
    /// The store's totals for `STATUS=`, kept up to date as files are recorded and alerts
    /// sent, and re-read from the store at start and on each periodic rescan (counting rows
    /// after every file would grow with the store).
    private var counts = StoreCounts(articles: 0, claims: 0, alertsSent: 0, alertsWaiting: 0)
    /// Why unsent alerts are held (the journal cannot be checked for them), while they are.
    private var outboxHold: String?
    /// Set by an overflow warning, cleared once a periodic rescan finds the inbox empty.
    private var overflowWarned = false
    private var lastPassScan: DispatchTime?
    /// Why the inbox is scanned instead of watched, when it is.
    private var watchProblem: String?
    private var fallbackTimer: (any DispatchSourceTimer)?
    /// The periodic rescan; rescheduled when a reload changes its interval.
    private var rescanTimer: (any DispatchSourceTimer)?
    /// How often the inbox is scanned when inotify cannot watch it.
    static let fallbackScanSeconds = 2
    private var stopping = false
    /// Which files are being read, for the next start to see if this run crashes on one.
    let marker: ReadingMarker
    /// Files the last run was reading when it crashed: read one at a time until each is done,
    /// so a second crash names the one that causes it.
    private var suspects = Set<Data>()
    /// Told when the service has stopped (`start(stopped:)`).
    private var stopped: (@Sendable () -> Void)?
    /// Set by SIGTERM/SIGINT at once (the stop itself waits its turn on the work queue), so a
    /// burst stops after the batch being recorded.
    private let stopRequested = Atomic<Bool>(false)
    /// A batch is being read and extracted on `prepareQueue`.
    private var preparing = false
    /// Where batches are read and extracted, off the work queue (`FilePreparation`).
    let prepareQueue = DispatchQueue(label: "claimwatch.prepare")
    /// Files read and extracted together (on every core), then recorded in one transaction.
    /// 64, not 16: the cores wait for a batch's largest article, and that tail weighs less
    /// in a larger batch (a 8,100-file burst: 1,360 files/s at 16, 1,590 at 64); a stop
    /// still waits only for one batch's recording (tens of milliseconds).
    static let batchSize = 64
    /// Backoff for sending waiting alerts again (0 when none wait), and whether a retry is scheduled.
    private var outboxRetryDelay = 0
    private var outboxRetryPending = false
    /// The longest wait between attempts to send alerts the journal did not take.
    static let outboxRetryMaxSeconds = 30

    /// Validates everything that can be wrong before READY: directories, database, lexicon.
    /// - Throws: `SettingsError` (exit 78), `InboxError` (78), `StoreError` (74).
    public init(settings: Settings, source: SettingsSource, lexicon: Lexicon, output: AlertOutput, logger: Logger) throws {
        self.settings = settings
        self.source = source
        self.logger = logger
        pipeline = ArticlePipeline(lexicon: lexicon, maxBytes: settings.maxFileBytes)
        directory = InboxDirectory(inbox: settings.inbox, done: settings.doneDirectory, rejected: settings.rejectedDirectory, settleSeconds: settings.settleSeconds)
        try InboxDirectory.makeDirectory(settings.state)
        try directory.createDirectories()
        store = try SQLiteClaimStore(path: settings.databasePath, busyTimeout: TimeInterval(settings.busyTimeoutSeconds))
        marker = try ReadingMarker(state: settings.state)
        self.output = output.naming(store: store.identity)
    }

    /// Arms the watch, sends waiting alerts, scans the inbox, then reports READY; calls
    /// `stopped` (on the work queue) once SIGTERM or SIGINT has let the batch being recorded
    /// finish. When inotify cannot watch the inbox, it is scanned every `fallbackScanSeconds`
    /// instead and a critical entry and `STATUS=` say so. Everything here runs on the work
    /// queue: the watch is live from its first line, and its events wait their turn.
    public func start(stopped: @escaping @Sendable () -> Void) {
        workQueue.sync {
            self.stopped = stopped
            do {
                watcher = try InboxWatcher(directory: settings.inbox, queue: workQueue) { [weak self] events in self?.handle(events) }
            } catch {
                fallBackToScanning(
                    problem: "cannot watch the inbox with inotify (\(error))", cause: "no-watch", priority: 2,
                    message: "Inbox '\(settings.inbox)': cannot watch the inbox with inotify (\(error))")
            }
            refreshCounts()
            flushOutbox()
            takeUp(marker.takePrevious())
            marker.installCrashHandlers()
            enqueueScan()
            installSignals()
            installTimers()
            if output.toJournal, (try? JournalCursor())?.hasFiles != true {
                logger.warning("No journal file is readable by this user: after a crash, unsent alerts cannot be checked against the journal and will be held. Add the systemd-journal group (SupplementaryGroups=systemd-journal)")
            }
            // Logged before READY=1, so the entry precedes the unit's activation in the journal.
            output.event(
                MessageID.ready, priority: 6, "claimwatch ready: watching '\(settings.inbox)', state in '\(settings.state)'",
                fields: [("INBOX", settings.inbox), ("STATE_DIRECTORY", settings.state)], logger: logger)
            notifier.ready(status: statusLine())
        }
        workQueue.async { self.drain() }
    }

    // MARK: events

    private func handle(_ events: [InboxWatcher.Event]) {
        for event in events {
            switch event {
            case .finished(let name) where InboxDirectory.isCandidateName(name): queue.push(name, settled: true)
            case .finished: continue
            case .created(let name) where InboxDirectory.isCandidateName(name):
                // Files being written wait for their close or rename; a FIFO, link or directory
                // is set aside now, and a hard link (which raises no other event) is taken now.
                if ArticleFile.isCompleteOnCreation(at: directory.path(of: name)) { queue.push(name, settled: true) }
            case .created: continue
            case .overflow:
                // One warning per burst: a burst that overflows the queue once usually overflows it
                // again; the next warning comes only after the inbox has been drained.
                if !overflowWarned {
                    output.event(
                        MessageID.inboxRescan, priority: 4, "Inbox event queue overflowed: rescanning '\(settings.inbox)' (further overflows are not logged until the inbox is drained)",
                        fields: [("INBOX", settings.inbox), ("RESCAN_CAUSE", "overflow")], logger: logger)
                    overflowWarned = true
                }
                enqueueScan()
            case .watchLost:
                fallBackToScanning(
                    problem: "the inotify watch was removed", cause: "watch-lost", priority: 3,
                    message: "Inbox watch on '\(settings.inbox)' was removed")
            }
        }
        drain()
    }

    /// Queues every candidate in the inbox; returns how many it found.
    @discardableResult
    private func enqueueScan() -> Int {
        do {
            let names = try directory.scan()
            for name in names { queue.push(name, settled: false) }
            return names.count
        } catch {
            logger.error("Unable to scan inbox: \(error)")
            return 0
        }
    }

    /// Takes the next batch of queued files unless one is being read already. A batch is read
    /// and extracted off the work queue (on every core), then recorded on it by `finishBatch`,
    /// which first sets the next batch going: while one batch is recorded (one transaction,
    /// then the journal and the renames, in arrival order) the next is extracted, and between
    /// batches the work queue is free for the watchdog, timers, events and a stop request.
    private func drain() {
        guard !stopping, !stopRequested.load(ordering: .relaxed), !preparing else { return }
        var batch = [(name: [UInt8], settled: Bool)]()
        let limit = suspects.isEmpty ? Self.batchSize : 1
        while batch.count < limit, let item = queue.pop() { batch.append(item) }
        guard !batch.isEmpty else {
            notifier.status(statusLine())
            return
        }
        preparing = true
        marker.begin(batch.map(\.name))
        let (directory, pipeline, maxBytes, taken) = (directory, pipeline, settings.maxFileBytes, batch)
        prepareQueue.async {
            let prepared = FilePreparation.prepare(taken, in: directory, pipeline: pipeline, maxBytes: maxBytes)
            self.workQueue.async { self.finishBatch(taken, prepared) }
        }
    }

    /// Records a prepared batch in order. After a batch that handled files, rescans (Postfix
    /// pickup: events are hints) — at most once a second, so a burst does not read the whole
    /// directory after every batch.
    private func finishBatch(_ batch: [(name: [UInt8], settled: Bool)], _ prepared: [FilePreparation]) {
        preparing = false
        marker.end()
        for item in batch { suspects.remove(Data(item.name)) }
        defer { for item in batch { queue.release(item.name) } }
        // A stop leaves the batch in the inbox for the next start.
        guard !stopping, !stopRequested.load(ordering: .relaxed) else { return }
        drain()
        var handledAny = false
        var articles = [(name: [UInt8], article: ExtractedArticle)]()
        for (item, preparation) in zip(batch, prepared) {
            if case .extracted(let article) = preparation {
                articles.append((item.name, article))
            } else if setAside(item.name, preparation) {
                handledAny = true
            }
        }
        if !articles.isEmpty && record(articles) { handledAny = true }
        if handledAny {
            let now = DispatchTime.now()
            if lastPassScan.map({ now.uptimeNanoseconds - $0.uptimeNanoseconds > 1_000_000_000 }) ?? true {
                enqueueScan()
                lastPassScan = now
            }
        }
        drain()
        notifier.status(statusLine())
    }

    /// Crash-loop quarantine: when the last run died of a fatal signal (a trap, a fault, the
    /// watchdog's abort) while reading files, a file read alone is set aside in rejected/ with
    /// the reason; files read together are read one at a time, so that a second crash names
    /// the one. A run ended by SIGKILL or a power cut leaves no signal: its files are read
    /// again as any other.
    private func takeUp(_ previous: ReadingMarker.Previous) {
        guard let signo = previous.signal else { return }
        let signal = String(cString: strsignal(signo))
        let present = previous.names.filter(directory.contains)
        if previous.names.count == 1, let name = present.first {
            reject(name, reason: "the daemon crashed (\(signal), signal \(signo)) while reading it; it is set aside so that the service does not crash on it again. Move it back into the inbox to try it again (after an upgrade)")
        } else if !present.isEmpty {
            logger.warning("The last run crashed (\(signal), signal \(signo)) while reading \(present.count) files: reading them one at a time, so that a file that crashes it again is found and set aside")
            suspects = Set(present.map { Data($0) })
            for name in present { queue.push(name, settled: false) }
        } else {
            logger.warning("The last run crashed (\(signal), signal \(signo))\(previous.names.isEmpty ? "" : " while reading files no longer in the inbox")")
        }
    }

    // MARK: processing a batch

    /// Handles a name that was not read as an article: gone, not a regular file, still being
    /// written, a failure that may pass, or not an article. True when it left the inbox.
    private func setAside(_ name: [UInt8], _ preparation: FilePreparation) -> Bool {
        switch preparation {
        case .vanished(let warning):
            if let warning { logger.warning("\(warning)") }
            return false  // vanished between event and look: nothing to do
        case .irregular(let kind):
            reject(name, reason: "\(kind), not a regular file; it was not opened")
            return true
        case .unsettled:
            scheduleRetry(name, reason: "still being written")
            return false
        case .retry(let reason):
            scheduleRetry(name, reason: reason)
            return false
        case .reject(let reason):
            reject(name, reason: reason)
            return true
        case .extracted:
            preconditionFailure("articles are recorded, not set aside")
        }
    }

    /// Records a batch's articles in arrival order (claims.md, "Processing a file"): claims
    /// and alerts of all of them in one transaction, then their alerts to the journal, then
    /// the files out of the inbox. A crash between any two steps is taken up at the next
    /// start as after a single file: recorded files still in the inbox have bytes already
    /// seen, and alerts not marked sent are checked against the journal. When the batch
    /// cannot be recorded, its files are tried alone, so one bad file does not hold back
    /// those before it. SIGTERM waits for the batch, not for the rest of a burst. True when
    /// a file left the inbox.
    private func record(_ articles: [(name: [UInt8], article: ExtractedArticle)]) -> Bool {
        let results: [IngestResult]
        do { results = try store.ingest(articles.map(\.article), at: Date()) } catch {
            guard articles.count == 1, let name = articles.first?.name else {
                // Alone, until one fails too: then the store is at fault (locked, full), not a
                // file, and the rest wait for their retry instead of each waiting out the busy
                // timeout on the work queue.
                var moved = false
                for (index, article) in articles.enumerated() {
                    guard record([article]) else {
                        for (name, _) in articles[(index + 1)...] { scheduleRetry(name, reason: error.description) }
                        break
                    }
                    moved = true
                }
                return moved
            }
            let display = FileName.display(name)
            output.event(
                MessageID.storeError, priority: 3, "Unable to record '\(display)': \(error). The file stays in the inbox and is retried",
                fields: [("ARTICLE_FILE", display), ("STORE_ERROR", error.description)], logger: logger)
            scheduleRetry(name, reason: error.description)
            return false
        }
        var alerts = [Alert]()
        for case .recorded(let raised) in results {
            counts.articles += 1
            counts.claims += raised.filter { $0.event == .new }.count
            counts.alertsWaiting += raised.count
            alerts += raised
        }
        deliver(alerts)
        var moved = false
        for ((name, article), result) in zip(articles, results) {
            let display = FileName.display(name)
            do {
                try directory.move(name, to: .done, syncing: false)
            } catch {
                logger.error("Recorded '\(display)' but could not move it to done/: \(error)")
                scheduleRetry(name, reason: error.description)
                continue
            }
            processed += 1
            retryDelay[Data(name)] = nil
            moved = true
            if case .duplicate = result { logger.info("'\(display)' has the same bytes as an article already processed; moved to done/ with no alerts") }
            if case .recorded = result, let language = article.article.language, !pipeline.extractor.reads(language) {
                // Not an error: recorded with its language, no claims, and said once.
                unreadLanguageArticles += 1
                logger.info("'\(display)' is in a language claimwatch does not read (\(language)); recorded with no claims and moved to done/")
            }
        }
        if moved { directory.sync(.done) }
        return moved
    }

    private func deliver(_ alerts: [Alert]) {
        var sent = [String]()
        for alert in alerts {
            do {
                try output.send(alert)
                sent.append(alert.alertID)
            } catch {
                logger.error("Unable to write alert \(alert.alertID) to the journal: \(error). It waits in the outbox")
                scheduleOutboxRetry()
                break
            }
        }
        do {
            try store.markSent(alertIDs: sent)
            counts.alertsSent += sent.count
            counts.alertsWaiting -= sent.count
        } catch { logger.error("\(error)") }
    }

    private func refreshCounts() {
        do { counts = try store.counts() } catch { logger.error("\(error)") }
    }

    /// Alerts the journal did not take wait in the outbox; they are tried again after 1 s,
    /// doubling to `outboxRetryMaxSeconds`, until it takes them (journald restarting, or
    /// the journal readable again), so they go out soon after it returns.
    private func scheduleOutboxRetry() {
        guard !outboxRetryPending, !stopping else { return }
        outboxRetryPending = true
        outboxRetryDelay = min(Self.outboxRetryMaxSeconds, max(1, outboxRetryDelay * 2))
        workQueue.asyncAfter(deadline: .now() + .seconds(outboxRetryDelay)) { [weak self] in
            guard let self, !self.stopping else { return }
            self.outboxRetryPending = false
            self.flushOutbox()
            self.notifier.status(self.statusLine())
        }
    }

    /// Sends alerts left unsent (journal down, or a stop between the journal write and
    /// marking them sent). Those that already reached the journal are marked sent, not
    /// resent; when the journal cannot be read to tell, nothing is resent and the
    /// alerts are held (STATUS= and one critical entry say so) until it can.
    private func flushOutbox() {
        let waiting: [Alert]
        do { waiting = try store.unsentAlerts() } catch {
            logger.error("\(error)")
            return
        }
        guard !waiting.isEmpty else {
            outboxHold = nil
            outboxRetryDelay = 0
            return
        }
        var toSend = waiting
        if output.toJournal {
            do {
                let arrived = try JournalPresence().arrived(waiting.map(\.alertID), store: store.identity)
                if !arrived.isEmpty {
                    try store.markSent(alertIDs: waiting.map(\.alertID).filter(arrived.contains))
                    counts.alertsSent += arrived.count
                    counts.alertsWaiting -= arrived.count
                    logger.notice("\(arrived.count) outbox alerts had reached the journal before the last stop: marked sent, not resent")
                }
                toSend = waiting.filter { !arrived.contains($0.alertID) }
                outboxHold = nil
            } catch {
                if outboxHold == nil {
                    logger.critical("Holding \(waiting.count) outbox alerts: \(error). They are not resent until the journal can be checked, so none is doubled")
                }
                outboxHold = "\(error)"
                scheduleOutboxRetry()
                return
            }
        }
        guard !toSend.isEmpty else { return }
        output.event(
            MessageID.outboxResent, priority: 5, "Sending \(toSend.count) alerts that waited in the outbox",
            fields: [("OUTBOX_WAITING", String(toSend.count))], logger: logger)
        deliver(toSend)
    }

    private func reject(_ name: [UInt8], reason: String) {
        let display = FileName.display(name)
        do {
            let moved = try directory.move(name, to: .rejected)
            try directory.writeReason(reason, for: moved)
            try? store.recordRejection(fileName: display, reason: reason)
            output.event(
                MessageID.fileRejected, priority: 4, "Rejected '\(display)': \(reason)",
                fields: [("ARTICLE_FILE", display), ("REJECT_REASON", reason)], logger: logger)
        } catch {
            logger.error("Unable to move '\(display)' to rejected/ (\(reason)): \(error)")
            scheduleRetry(name, reason: error.description)
        }
    }

    /// Retries a file later with exponential backoff (1 s doubling to 60 s).
    private func scheduleRetry(_ name: [UInt8], reason: String) {
        let key = Data(name)
        let delay = min(60, (retryDelay[key] ?? 0) == 0 ? 1 : retryDelay[key]! * 2)
        retryDelay[key] = delay
        logger.debug("Will retry '\(FileName.display(name))' in \(delay)s: \(reason)")
        workQueue.asyncAfter(deadline: .now() + .seconds(delay)) { [weak self] in
            guard let self, !self.stopping else { return }
            self.queue.push(name, settled: false)
            self.drain()
        }
    }

    func statusLine() -> String {
        var line = "\(processed) files processed, \(counts.claims) claims known, \(counts.alertsSent) alerts sent"
        if unreadLanguageArticles > 0 { line += ", \(unreadLanguageArticles) in languages not read" }
        if counts.alertsWaiting > 0 {
            let waiting = counts.alertsWaiting
            line += outboxHold.map { ", \(waiting) alerts held until the journal can be checked (\($0))" } ?? ", \(waiting) alerts waiting for the journal"
        }
        if let watchProblem { line = "\(watchProblem): scanning every \(Self.fallbackScanSeconds)s; " + line }
        return line
    }

    // MARK: signals and timers

    private func installSignals() {
        for signo in [SIGTERM, SIGINT, SIGHUP] {
            signal(signo, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signo, queue: signalQueue)
            source.setEventHandler { [weak self] in
                guard let self else { return }
                if signo == SIGHUP {
                    self.workQueue.async { self.reload() }
                } else {
                    self.notifier.stopping()
                    self.stopRequested.store(true, ordering: .relaxed)
                    self.workQueue.async { self.stop() }
                }
            }
            source.activate()
            sources.append(source)
        }
    }

    /// Files still get processed when inotify fails them: by scanning every `fallbackScanSeconds`
    /// (on the work queue). Said loudly: one entry with `RESCAN_CAUSE=cause`, and in `STATUS=`.
    private func fallBackToScanning(problem: String, cause: String, priority: Int, message: String) {
        watchProblem = problem
        output.event(
            MessageID.inboxRescan, priority: priority, "\(message); scanning it every \(Self.fallbackScanSeconds) s instead",
            fields: [("INBOX", settings.inbox), ("RESCAN_CAUSE", cause)], logger: logger)
        guard fallbackTimer == nil else { return }
        let timer = DispatchSource.makeTimerSource(queue: workQueue)
        timer.schedule(deadline: .now() + .seconds(Self.fallbackScanSeconds), repeating: .seconds(Self.fallbackScanSeconds))
        timer.setEventHandler { [weak self] in
            self?.enqueueScan()
            self?.drain()
        }
        timer.activate()
        fallbackTimer = timer
        sources.append(timer)
    }

    private func installTimers() {
        let rescan = DispatchSource.makeTimerSource(queue: workQueue)
        rescan.schedule(deadline: .now() + .seconds(settings.rescanIntervalSeconds), repeating: .seconds(settings.rescanIntervalSeconds))
        rescan.setEventHandler { [weak self] in
            guard let self else { return }
            self.refreshCounts()
            self.flushOutbox()
            if self.enqueueScan() == 0 { self.overflowWarned = false }
            self.drain()
        }
        rescan.activate()
        sources.append(rescan)
        rescanTimer = rescan
        if let usec = notifier.watchdogInterval {
            // On the work queue: if a file hangs the worker, the pings stop and systemd restarts us.
            let watchdog = DispatchSource.makeTimerSource(queue: workQueue)
            let interval = DispatchTimeInterval.microseconds(Int(usec / 2))
            watchdog.schedule(deadline: .now() + interval, repeating: interval)
            watchdog.setEventHandler { [weak self] in self?.notifier.watchdog() }
            watchdog.activate()
            sources.append(watchdog)
        }
    }

    /// SIGHUP: the config file and every lexicon read again, with the command line's overrides
    /// kept (`SettingsSource`). Lexicons, `max_file_bytes`, `settle_seconds` and
    /// `rescan_interval_seconds` take effect now; a changed key that needs a restart is named
    /// in the reload's entry and keeps its running value.
    private func reload() {
        notifier.reloading()
        do {
            let next = try source.resolve()
            let lexicon = try LexiconLoader.load(overlays: next.lexicons)
            let changed = settings.changedKeys(to: next)
            let applied = changed.filter(Settings.reloadableKeys.contains)
            let needsRestart = changed.filter { !Settings.reloadableKeys.contains($0) }
            pipeline = ArticlePipeline(lexicon: lexicon, maxBytes: next.maxFileBytes)
            settings.lexicons = next.lexicons
            settings.maxFileBytes = next.maxFileBytes
            settings.settleSeconds = next.settleSeconds
            directory.settleSeconds = next.settleSeconds
            if settings.rescanIntervalSeconds != next.rescanIntervalSeconds {
                settings.rescanIntervalSeconds = next.rescanIntervalSeconds
                let interval = DispatchTimeInterval.seconds(next.rescanIntervalSeconds)
                rescanTimer?.schedule(deadline: .now() + interval, repeating: interval)
            }
            var message = "Reloaded configuration and lexicons (\(lexicon.actors.count) actors, \(lexicon.places.count) places)"
            if !applied.isEmpty { message += "; changed: \(applied.joined(separator: ", "))" }
            if !needsRestart.isEmpty {
                message += "; changed but not applied until a restart: \(needsRestart.joined(separator: ", "))"
                logger.warning("\(message)")
            } else {
                logger.notice("\(message)")
            }
        } catch {
            logger.error("Reload failed, keeping the previous configuration: \(error)")
        }
        notifier.ready(status: statusLine())
    }

    private func stop() {
        stopping = true
        marker.end()
        watcher?.cancel()
        for source in sources { source.cancel() }
        logger.info("claimwatch stopping: \(statusLine())")
        stopped?()
    }
}

/// The names waiting to be handled, in arrival order, without duplicates.
struct FileQueue {
    private var order: [[UInt8]] = []
    private var head = 0
    private var waiting: [Data: Bool] = [:]
    /// Names taken by `pop` and not yet released: a rescan does not queue them again; an
    /// event for one (its writer wrote it again) queues it once more on release.
    private var taken: [Data: Bool] = [:]

    /// Queues a name; `settled` records that an event said its writer finished.
    mutating func push(_ name: [UInt8], settled: Bool) {
        let key = Data(name)
        if taken[key] != nil {
            if settled { taken[key] = true }
            return
        }
        if let known = waiting[key] {
            if settled && !known { waiting[key] = true }
            return
        }
        waiting[key] = settled
        order.append(name)
    }

    mutating func pop() -> (name: [UInt8], settled: Bool)? {
        guard head < order.count else {
            order.removeAll(keepingCapacity: true)
            head = 0
            return nil
        }
        let name = order[head]
        head += 1
        let settled = waiting.removeValue(forKey: Data(name)) ?? false
        taken[Data(name)] = false
        return (name, settled)
    }

    /// Ends a name's turn (recorded, set aside, left for a retry or for the next start).
    mutating func release(_ name: [UInt8]) {
        if taken.removeValue(forKey: Data(name)) == true { push(name, settled: true) }
    }
}
