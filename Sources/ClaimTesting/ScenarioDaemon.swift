import ClaimCore
import Foundation

/// The daemon's state machine driven in memory: an inbox of byte strings, the real pipeline
/// and `Recorder`/`Outbox` over an `InMemoryClaimStore` and a `RecordingAlertSink`, and a
/// manual clock. Effects are carried out at once and in order, as `InboxService` does on its
/// work queue; a batch being read can be held (`holdsReading`) to put a stop in the middle.
/// For scenario tests with no journald, no files and no sleeps.
public final class ScenarioDaemon {
    public typealias Name = [UInt8]

    public var machine: InboxStateMachine
    public let store: InMemoryClaimStore
    public let sink: RecordingAlertSink
    public let pipeline: ArticlePipeline
    public var inbox = [Name: [UInt8]]()
    public var done = [Name: [UInt8]]()
    public var rejected = [Name: String]()
    /// The manual clock (seconds).
    public private(set) var now = 0.0
    /// When set, a batch to read is parked until `finishReading()`.
    public var holdsReading = false
    /// Names whose move to done/ fails (the daemon stopped between recording and moving).
    public var failingMoves = Set<Name>()
    public private(set) var isStopped = false
    /// Every effect carried out, in order.
    public private(set) var effects = [InboxStateMachine.Effect]()
    private var parked: [InboxStateMachine.QueuedFile]?
    private var wakes = [Double]()

    public init(store: InMemoryClaimStore, sink: RecordingAlertSink, lexicon: Lexicon, configuration: InboxStateMachine.Configuration = .init()) {
        self.store = store
        self.sink = sink
        machine = InboxStateMachine(configuration: configuration)
        pipeline = ArticlePipeline(lexicon: lexicon)
    }

    public func start(crashed: InboxStateMachine.CrashReport? = nil) {
        feed(.started(counts: (try? store.counts()) ?? StoreCounts(), crashed: crashed))
    }

    /// Puts a file in the inbox as a producer's rename does, and reports its event.
    public func drop(_ name: String, _ text: String) {
        inbox[Array(name.utf8)] = Array(text.utf8)
        feed(.seen([Array(name.utf8)], settled: true))
    }

    /// Moves the clock on, sending a `tick` when a wake-up it asked for comes due.
    public func advance(by seconds: Double) {
        now += seconds
        let due = wakes.filter { $0 <= now }
        guard !due.isEmpty else { return }
        wakes.removeAll { $0 <= now }
        feed(.tick)
    }

    /// The earliest wake-up asked for and not yet due.
    public var nextWake: Double? { wakes.min() }

    /// Reports the parked batch as read.
    public func finishReading() {
        guard let batch = parked else { return }
        parked = nil
        feed(read(batch))
    }

    public func feed(_ event: InboxStateMachine.Event) {
        var pending = machine.handle(event, now: now)
        var index = 0
        while index < pending.count {
            let effect = pending[index]
            index += 1
            effects.append(effect)
            if let next = perform(effect) { pending += machine.handle(next, now: now) }
        }
    }

    private func perform(_ effect: InboxStateMachine.Effect) -> InboxStateMachine.Event? {
        let recorder = Recorder(store: store, sink: sink)
        switch effect {
        case .scan(let periodic):
            return .scanned(inbox.keys.sorted { $0.lexicographicallyPrecedes($1) }, periodic: periodic)
        case .prepare(let batch):
            if holdsReading {
                parked = batch
                return nil
            }
            return read(batch)
        case .record(let names, let articles):
            let report = recorder.record(articles, at: .init(timeIntervalSince1970: 1_700_000_000 + now))
            var files = [(Name, InboxStateMachine.RecordedFile)]()
            for (name, outcome) in zip(names, report.outcomes) {
                if case .failed(let reason, _) = outcome {
                    files.append((name, .left(reason: reason)))
                    continue
                }
                if failingMoves.contains(name) {
                    files.append((name, .left(reason: "rename failed")))
                } else {
                    done[name] = inbox.removeValue(forKey: name)
                    files.append((name, .moved(unreadLanguage: false)))
                }
            }
            return .recorded(files, newClaims: report.newClaims, alerts: report.alerts.count, delivery: report.delivery)
        case .reject(let name, let reason):
            guard inbox.removeValue(forKey: name) != nil else { return .setAside(name, failure: "no such file") }
            rejected[name] = reason
            return .setAside(name, failure: nil)
        case .flushOutbox:
            return .outboxFlushed(Outbox.flush(recorder, presence: sink))
        case .refreshCounts:
            return (try? store.counts()).map { .counted($0) }
        case .wake(let at):
            wakes.append(at)
        case .stopped:
            isStopped = true
        case .warnOverflow, .retryLater, .vanished, .status:
            break
        }
        return nil
    }

    private func read(_ batch: [InboxStateMachine.QueuedFile]) -> InboxStateMachine.Event {
        let preparations = batch.map { item -> FilePreparation in
            guard let bytes = inbox[item.name] else { return .vanished(warning: nil) }
            do {
                return .extracted(try pipeline.process(bytes, fileName: String(decoding: item.name, as: UTF8.self), modified: nil))
            } catch {
                return .reject(reason: "\(error)")
            }
        }
        return .prepared(batch, preparations)
    }
}
