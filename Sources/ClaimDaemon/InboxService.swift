import ClaimCore
import Dispatch
import Foundation
import Inbox
import Journal
import Logging
import Synchronization

/// The daemon's shell (issue 22): watches the inbox and carries out what the state machine
/// (`InboxStateMachine`) decides — each file through the pipeline, the store (one transaction
/// with its alerts), the journal, and out of the inbox (claims.md, "Processing a file").
///
/// Threads: every event is handled and every effect carried out on one serial work queue,
/// which also carries the inotify source, the timers and the watchdog pings (a hung worker
/// stops the pings). A batch is read and extracted on every core at once off the work queue
/// (`FilePreparation`, no shared state) while the one before is recorded on it; between
/// batches the queue is free for the watchdog, timers, events and a stop. Signals arrive on
/// their own queue and hand work to the work queue; SIGTERM lets the batch being recorded
/// finish. The mutable state sits behind one `Mutex`, only ever taken on the work queue
/// (and by `statusLine`).
public final class InboxService: Sendable {
    /// The config file and the command line, read again on SIGHUP.
    let source: SettingsSource
    let recorder: Recorder
    /// The journal's record of which alerts arrived; nil when alerts go to stderr.
    let presence: (any AlertPresence)?
    let output: AlertOutput
    let logger: Logger
    let notifier = SystemdNotifier()
    let workQueue = DispatchQueue(label: "claimwatch.work")
    let signalQueue = DispatchQueue(label: "claimwatch.signals")
    /// Where batches are read and extracted, off the work queue.
    let prepareQueue = DispatchQueue(label: "claimwatch.prepare")
    /// Which files are being read, for the next start to see if this run crashes on one.
    let marker: ReadingMarker
    /// Set by SIGTERM/SIGINT at once (the stop itself waits its turn on the work queue), so a
    /// batch read after it is not recorded.
    let stopSignalled = Atomic<Bool>(false)
    let state: Mutex<State>

    /// How often the inbox is listed when inotify cannot watch it.
    static let fallbackScanSeconds = 2

    /// What changes while the daemon runs.
    struct State {
        var machine: InboxStateMachine
        var settings: Settings
        var pipeline: ArticlePipeline
        var directory: InboxDirectory
        var watcher: InboxWatcher?
        var sources = Sources()
        var stopped: (@Sendable () -> Void)?
    }

    /// The Dispatch sources the service armed. libdispatch objects are thread-safe, but
    /// swift-corelibs-libdispatch does not mark them `Sendable`; they are made, rescheduled
    /// and cancelled on the work queue only.
    struct Sources: @unchecked Sendable {
        var all: [any DispatchSourceProtocol] = []
        var rescan: (any DispatchSourceTimer)?
        var fallback: (any DispatchSourceTimer)?
    }

    /// Validates everything that can be wrong before READY: directories, lexicon, the state
    /// directory's marker. The store is opened by the caller.
    /// - Throws: `InboxError` (exit 78).
    public init(
        settings: Settings, source: SettingsSource, lexicon: Lexicon, store: any ClaimStore, output: AlertOutput, logger: Logger,
        configuration: InboxStateMachine.Configuration = .init()
    ) throws {
        self.source = source
        self.logger = logger
        let directory = InboxDirectory(
            inbox: settings.inbox, done: settings.doneDirectory, rejected: settings.rejectedDirectory, settleSeconds: settings.settleSeconds)
        try InboxDirectory.makeDirectory(settings.state)
        try directory.createDirectories()
        marker = try ReadingMarker(state: settings.state)
        self.output = output.naming(store: store.identity, host: store.outboxHost)
        recorder = Recorder(store: store, sink: self.output)
        presence = output.toJournal ? JournalPresence() : nil
        state = Mutex(
            State(
                machine: InboxStateMachine(configuration: configuration), settings: settings,
                pipeline: ArticlePipeline(lexicon: lexicon, maxBytes: settings.maxFileBytes), directory: directory))
    }

    /// Arms the watch, takes up a crash of the last run, sends waiting alerts, lists the inbox,
    /// then reports READY; calls `stopped` (on the work queue) once SIGTERM or SIGINT has let
    /// the batch being recorded finish. Everything here runs on the work queue: the watch is
    /// live from its first line, and its events wait their turn.
    public func start(stopped: @escaping @Sendable () -> Void) {
        workQueue.sync {
            let settings = state.withLock { state in
                state.stopped = stopped
                return state.settings
            }
            armWatch(settings.inbox)
            let crash = takePreviousRun()
            marker.installCrashHandlers()
            var counts = StoreCounts()
            var countProblem: String?
            do { counts = try recorder.store.counts() } catch {
                logger.error("\(error)")
                countProblem = "\(error)"
            }
            installSignals()
            installTimers(rescanSeconds: settings.rescanIntervalSeconds)
            if let countProblem { feed(.countFailed(reason: countProblem)) }
            feed(.started(counts: counts, crashed: crash))
            if output.toJournal, (try? JournalCursor())?.hasFiles != true {
                logger.warning(
                    "No journal file is readable by this user: after a crash, unsent alerts cannot be checked against the journal and will be held. Add the systemd-journal group (SupplementaryGroups=systemd-journal)"
                )
            }
            // Logged before READY=1, so the entry precedes the unit's activation in the journal.
            output.event(
                MessageID.ready, priority: 6, "claimwatch ready: watching '\(settings.inbox)', state in '\(settings.state)'",
                fields: [("INBOX", settings.inbox), ("STATE_DIRECTORY", settings.state)], logger: logger)
            notifier.ready(status: statusLine)
        }
    }

    /// `STATUS=` as it stands.
    var statusLine: String { state.withLock { $0.machine.statusLine } }

    /// Hands one event to the state machine and carries out its effects, and those of the
    /// events they report, in order. On the work queue only.
    func feed(_ event: InboxStateMachine.Event) {
        dispatchPrecondition(condition: .onQueue(workQueue))
        var pending = handle(event)
        var index = 0
        while index < pending.count {
            let effect = pending[index]
            index += 1
            if let next = perform(effect) { pending += handle(next) }
        }
        // The store's deferred housekeeping (the WAL checkpoint), once an event's effects are
        // done: after a batch's alerts are sent, and after rejections and outbox flushes too.
        do { try recorder.store.maintain() } catch { logger.error("\(error)") }
    }

    private func handle(_ event: InboxStateMachine.Event) -> [InboxStateMachine.Effect] {
        let now = Self.now()
        return state.withLock { $0.machine.handle(event, now: now) }
    }

    /// Seconds on the monotonic clock (the machine's time).
    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// The marker's report of the last run: a fatal signal while reading files.
    private func takePreviousRun() -> InboxStateMachine.CrashReport? {
        let previous = marker.takePrevious()
        guard let signo = previous.signal else { return nil }
        let signal = "\(String(cString: strsignal(signo))), signal \(signo)"
        let present = state.withLock { state in previous.names.filter(state.directory.contains) }
        if previous.names.count > 1, !present.isEmpty {
            logger.warning(
                "The last run crashed (\(signal)) while reading \(present.count) files: reading them one at a time, so that a file that crashes it again is found and set aside"
            )
        } else if present.isEmpty {
            logger.warning("The last run crashed (\(signal))\(previous.names.isEmpty ? "" : " while reading files no longer in the inbox")")
        }
        return InboxStateMachine.CrashReport(signal: signal, reading: previous.names, present: present)
    }

    /// Ends the service: the watch and timers cancelled, the caller told.
    func stop() {
        let (watcher, sources, stopped) = state.withLock { ($0.watcher, $0.sources, $0.stopped) }
        watcher?.cancel()
        for source in sources.all { source.cancel() }
        marker.end()
        logger.info("claimwatch stopping: \(statusLine)")
        stopped?()
    }
}
