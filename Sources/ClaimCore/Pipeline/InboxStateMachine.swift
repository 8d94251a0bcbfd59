/// The daemon's decisions, as a value driven by events (issue 22): which files to read
/// next and in what batches, when to retry a file or the outbox and after how long, when to
/// rescan, when to stop, and what `STATUS=` says. It touches nothing: each event returns
/// the effects the shell (`InboxService`, on its one work queue) carries out — listing the
/// inbox, reading a batch, recording it, moving a file, flushing the outbox — and the shell
/// reports each result back as an event. Time is an input (`now`, seconds on any monotonic
/// clock), so scenario tests run whole crash-like sequences with a manual clock and no sleeps.
public struct InboxStateMachine: Sendable {
    public typealias Name = [UInt8]

    public struct Configuration: Sendable, Hashable {
        /// Files read and extracted together, then recorded in one transaction.
        public var batchSize = 64
        /// A file left in the inbox (store error, still being written…) is tried again after 1 s, doubling to 60 s.
        public var fileBackoff = Backoff(first: 1, longest: 60)
        /// Alerts the journal did not take are tried again after 1 s, doubling to 30 s.
        public var outboxBackoff = Backoff(first: 1, longest: 30)
        /// After a batch that handled files the inbox is listed again (events are hints), at most this often.
        public var rescanGap = 1.0
        public init() {}
    }

    /// A name taken from the queue, and whether an event said its writer finished.
    public struct QueuedFile: Sendable, Hashable {
        public var name: Name
        public var settled: Bool
        public init(name: Name, settled: Bool) {
            self.name = name
            self.settled = settled
        }
    }

    /// One recorded file's end.
    public enum RecordedFile: Sendable, Hashable {
        /// Recorded (or a duplicate) and moved to done/; `unreadLanguage`: in a language no profile reads.
        case moved(unreadLanguage: Bool)
        /// Still in the inbox: the store failed, or the move did; tried again later.
        case left(reason: String)
    }

    public enum Event: Sendable {
        /// At start: the store's totals, and the files the last run crashed on (`present` in the inbox).
        case started(counts: StoreCounts, crashed: CrashReport?)
        /// inotify names (`settled`: closed after writing, or renamed in).
        case seen([Name], settled: Bool)
        /// The kernel's event queue overflowed: events were lost.
        case overflow
        /// The inbox listed (`periodic`: by the rescan timer).
        case scanned([Name], periodic: Bool)
        /// A batch read and extracted, one preparation per file, in order.
        case prepared([QueuedFile], [FilePreparation])
        /// A batch recorded: each file's end, the store's new claims and alerts, and their delivery.
        case recorded([(Name, RecordedFile)], newClaims: Int, alerts: Int, delivery: Recorder.Delivery)
        /// A file moved to rejected/ (`failure` nil), or not.
        case setAside(Name, failure: String?)
        case outboxFlushed(Outbox.Flush)
        case counted(StoreCounts)
        /// The store's totals could not be read (a server away): said in `STATUS=` until they can.
        case countFailed(reason: String)
        /// The rescan timer: totals, outbox and inbox checked again.
        case periodic
        /// The timer that lists the inbox while inotify cannot watch it.
        case fallbackScan
        /// The one-shot timer asked for by `wake(at:)`.
        case tick
        /// inotify cannot watch the inbox: it is listed every few seconds instead (`problem` in `STATUS=`).
        case watchLost(problem: String)
        /// SIGTERM or SIGINT.
        case stopRequested
    }

    public enum Effect: Sendable, Hashable {
        /// List the inbox; report `scanned`.
        case scan(periodic: Bool)
        /// Read and extract these files off the work queue; report `prepared`.
        case prepare([QueuedFile])
        /// Record these articles (`Recorder`), move each recorded one to done/; report `recorded`.
        case record([Name], [ExtractedArticle])
        /// Move a file to rejected/ with its reason; report `setAside`.
        case reject(Name, reason: String)
        /// Send the alerts waiting in the outbox (`Outbox.flush`); report `outboxFlushed`.
        case flushOutbox
        /// Read the store's totals; report `counted`.
        case refreshCounts
        /// Say once per burst that the event queue overflowed.
        case warnOverflow
        /// A file waits `seconds` before its next try (a debug line).
        case retryLater(Name, seconds: Int, reason: String)
        /// A file vanished between its event and the look; a warning when the look failed otherwise.
        case vanished(Name, warning: String?)
        /// Send a `tick` at `at` (seconds on the machine's clock).
        case wake(at: Double)
        /// `STATUS=` has news: `statusLine`.
        case status
        /// Stopped: the shell may end the process.
        case stopped
    }

    /// What the last run left in `STATE/reading`, for the crash-loop quarantine.
    public struct CrashReport: Sendable, Hashable {
        /// The fatal signal's description ("Illegal instruction, signal 4").
        public var signal: String
        /// The files it was reading, in its batch's order.
        public var reading: [Name]
        /// Those still in the inbox.
        public var present: [Name]
        public init(signal: String, reading: [Name], present: [Name]) {
            self.signal = signal
            self.reading = reading
            self.present = present
        }
    }

    public let configuration: Configuration
    var queue = FileQueue()
    /// The batch being read and extracted, if any: one at a time.
    public internal(set) var preparing: [QueuedFile]?
    /// Files the last run crashed on while reading them together: read one at a time.
    public internal(set) var suspects = Set<Name>()
    var fileBackoff = [Name: Backoff]()
    /// When each waiting file is queued again.
    var retryAt = [Name: Double]()
    var outboxBackoff: Backoff
    var outboxRetryAt: Double?
    /// Why unsent alerts are held (the journal cannot be checked for them), while they are.
    public internal(set) var outboxHold: String?
    var lastPassScan: Double?
    /// Set by an overflow warning, cleared once a periodic rescan finds the inbox empty.
    var overflowWarned = false
    public internal(set) var isStopping = false
    /// Files recorded and moved out since start.
    public internal(set) var processed = 0
    /// Articles recorded in a language no profile reads.
    public internal(set) var unreadLanguageArticles = 0
    /// The store's totals, kept up to date between refreshes.
    public internal(set) var counts = StoreCounts()
    /// Why the inbox is listed instead of watched, when it is.
    public internal(set) var watchProblem: String?
    /// Why the last batch recorded nothing (the store unreachable, locked, full); nil once
    /// a file is recorded again.
    public internal(set) var recordProblem: String?
    /// Why the store's totals could not be read, even with no file waiting; nil once they are.
    public internal(set) var storeProblem: String?

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        outboxBackoff = configuration.outboxBackoff
    }

    /// Takes one event at `now`; returns what the shell does next, in order.
    public mutating func handle(_ event: Event, now: Double) -> [Effect] {
        var effects = [Effect]()
        switch event {
        case .started(let counts, let crashed):
            self.counts = counts
            effects += [.flushOutbox]
            if let crashed { effects += takeUp(crashed) }
            effects += [.scan(periodic: false)]
        case .seen(let names, let settled):
            for name in names { queue.push(name, settled: settled) }
            effects += drain()
        case .overflow:
            if !overflowWarned {
                overflowWarned = true
                effects.append(.warnOverflow)
            }
            effects.append(.scan(periodic: false))
        case .scanned(let names, let periodic):
            for name in names { queue.push(name, settled: false) }
            if periodic && names.isEmpty { overflowWarned = false }
            effects += drain()
        case .prepared(let batch, let preparations):
            effects += prepared(batch, preparations, now: now)
        case .recorded(let files, let newClaims, let alerts, let delivery):
            effects += recorded(files, newClaims: newClaims, alerts: alerts, delivery: delivery, now: now)
        case .setAside(let name, let failure):
            if let failure { effects += scheduleRetry(name, reason: failure, now: now) } else { effects += rescanAfterPass(now: now) }
            queue.release(name)
            effects += drain()
        case .outboxFlushed(let flush):
            effects += outboxFlushed(flush, now: now)
        case .counted(let counts):
            self.counts = counts
            if storeProblem != nil {
                storeProblem = nil
                effects.append(.status)
            }
        case .countFailed(let reason):
            storeProblem = reason
            effects.append(.status)
        case .periodic:
            effects += [.refreshCounts, .flushOutbox, .scan(periodic: true)]
        case .fallbackScan:
            effects.append(.scan(periodic: false))
        case .tick:
            effects += tick(now: now)
        case .watchLost(let problem):
            watchProblem = problem
            effects.append(.status)
        case .stopRequested:
            isStopping = true
            effects.append(.stopped)
        }
        return effects
    }

    /// The next batch, unless one is being read or the service stops: up to `batchSize`
    /// files, or one while files the last run crashed on wait.
    mutating func drain() -> [Effect] {
        guard !isStopping, preparing == nil else { return [] }
        var batch = [QueuedFile]()
        let limit = suspects.isEmpty ? configuration.batchSize : 1
        while batch.count < limit, let item = queue.pop() { batch.append(QueuedFile(name: item.name, settled: item.settled)) }
        guard !batch.isEmpty else { return [.status] }
        preparing = batch
        return [.prepare(batch)]
    }

    /// A batch is read: the next one is set going at once (it is extracted while this one is
    /// recorded), then this one's articles are recorded and the rest set aside or retried.
    /// After a stop, nothing of it is recorded: its files stay for the next start.
    mutating func prepared(_ batch: [QueuedFile], _ preparations: [FilePreparation], now: Double) -> [Effect] {
        preparing = nil
        for item in batch { suspects.remove(item.name) }
        guard !isStopping else {
            for item in batch { queue.release(item.name) }
            return []
        }
        var effects = drain()
        var names = [Name](), articles = [ExtractedArticle]()
        for (item, preparation) in zip(batch, preparations) {
            switch preparation {
            case .extracted(let article):
                names.append(item.name)
                articles.append(article)
            case .vanished(let warning):
                effects.append(.vanished(item.name, warning: warning))
                queue.release(item.name)
            case .irregular(let kind):
                effects.append(.reject(item.name, reason: "\(kind), not a regular file; it was not opened"))
            case .reject(let reason):
                effects.append(.reject(item.name, reason: reason))
            case .unsettled:
                effects += scheduleRetry(item.name, reason: "still being written", now: now)
                queue.release(item.name)
            case .retry(let reason):
                effects += scheduleRetry(item.name, reason: reason, now: now)
                queue.release(item.name)
            }
        }
        if !articles.isEmpty { effects.append(.record(names, articles)) }
        return effects
    }
}
