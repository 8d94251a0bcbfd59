import ClaimCore
import ClaimTesting
import Testing

/// The daemon's decisions through crash-like sequences (issue 22), on the state machine with
/// an in-memory inbox, store and sink and a manual clock: no journald, no files, no sleeps.
/// The same behaviours run against the real daemon, SQLite, inotify and journald in
/// EndToEndTests and scripts/crash-test, scripts/outage-test.
@Suite struct DaemonScenarioTests {
    static let lexicon = try! Lexicon.makeDefault()
    let store = InMemoryClaimStore()
    let sink = RecordingAlertSink()

    func daemon(batchSize: Int = 64) -> ScenarioDaemon {
        var configuration = InboxStateMachine.Configuration()
        configuration.batchSize = batchSize
        return ScenarioDaemon(store: store, sink: sink, lexicon: Self.lexicon, configuration: configuration)
    }

    func name(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// The waits the machine asked for, in order, for one file.
    func retryDelays(of file: String, in daemon: ScenarioDaemon) -> [Int] {
        daemon.effects.compactMap { effect in
            if case .retryLater(let name, let seconds, _) = effect, name == self.name(file) { return seconds }
            return nil
        }
    }

    @Test func eachClaimIsAlertedOnceAndEveryFileLeavesTheInbox() {
        let d = daemon()
        d.start()
        d.drop("a.txt", ArticleFixture.raid(day: 22))
        d.drop("b.txt", ArticleFixture.raid(day: 23, note: "A second outlet carried it."))
        d.drop("c.txt", ArticleFixture.counterclaim(day: 22))
        #expect(d.inbox.isEmpty)
        #expect(d.done.count == 3)
        #expect(sink.received.map(\.kind) == [.raid, .counterclaim], "the re-report raises nothing")
        #expect(d.machine.statusLine == "3 files processed, 2 claims known, 2 alerts sent")
    }

    @Test func anAlertTheJournalTookThoughTheWriteFailedIsMarkedSentNotResent() throws {
        let d = daemon()
        d.start()
        sink.set(.failingAfterWrite)
        d.drop("a.txt", ArticleFixture.raid())
        #expect(sink.received.count == 1)
        #expect(d.machine.statusLine.hasSuffix("1 alerts waiting for the journal"))
        sink.set(.accepting)
        #expect(d.nextWake == 1, "the outbox is tried again after 1 s")
        d.advance(by: 1)
        #expect(sink.received.count == 1, "found in the journal, not sent again")
        #expect(try store.unsentAlerts().isEmpty)
        #expect(d.machine.statusLine == "1 files processed, 1 claims known, 1 alerts sent")
    }

    @Test func aLockedStoreLeavesTheFileInTheInboxAndRetriesItWithBackoffUntilItCanBeRecorded() {
        let d = daemon()
        d.start()
        store.failIngest("database is locked")
        d.drop("a.txt", ArticleFixture.raid())
        #expect(d.inbox.keys.contains(name("a.txt")))
        for _ in 0..<5 { d.advance(by: 60) }
        #expect(retryDelays(of: "a.txt", in: d) == [1, 2, 4, 8, 16, 32], "1 s doubling")
        #expect(sink.received.isEmpty)
        store.failIngest(nil)
        d.advance(by: 60)
        #expect(d.inbox.isEmpty && d.done.count == 1)
        #expect(sink.received.count == 1)
        d.drop("again.txt", ArticleFixture.raid(note: "Later copy."))
        store.failIngest("database is locked")
        d.drop("b.txt", ArticleFixture.raid(into: "Kursk", day: 2))
        #expect(retryDelays(of: "b.txt", in: d) == [1], "each file has its own backoff, from 1 s")
    }

    @Test func theJournalGoneAndBackHoldsTheAlertsThenSendsEachOnce() {
        let d = daemon()
        d.start()
        sink.set(.refusing)
        sink.setReadable(false)
        d.drop("a.txt", ArticleFixture.raid(into: "Belgorod", day: 22))
        d.drop("b.txt", ArticleFixture.raid(into: "Kursk", day: 2))
        #expect(d.done.count == 2, "recorded and moved: the alerts wait in the store")
        var waits = [Double]()
        for _ in 0..<6 {
            guard let wake = d.nextWake else { break }
            waits.append(wake - d.now)
            d.advance(by: wake - d.now)
        }
        #expect(waits == [1, 2, 4, 8, 16, 30], "the outbox backs off to 30 s")
        #expect(d.machine.statusLine.contains("2 alerts held until the journal can be checked"))
        sink.set(.accepting)
        sink.setReadable(true)
        d.advance(by: 30)
        #expect(sink.received.map(\.region) == ["Belgorod Oblast", "Kursk Oblast"])
        d.advance(by: 60)
        #expect(sink.received.count == 2)
        #expect(d.machine.statusLine == "2 files processed, 2 claims known, 2 alerts sent")
    }

    @Test func aStopWhileABatchIsReadRecordsNothingOfItAndTheNextStartTakesItUp() {
        let d = daemon()
        d.start()
        d.holdsReading = true
        d.drop("a.txt", ArticleFixture.raid())
        d.drop("b.txt", ArticleFixture.counterclaim())
        d.feed(.stopRequested)
        #expect(d.isStopped)
        d.finishReading()
        #expect(d.inbox.count == 2 && sink.received.isEmpty, "nothing of the batch is recorded after the stop")

        let next = daemon()
        next.inbox = d.inbox
        next.start()
        #expect(next.inbox.isEmpty)
        #expect(sink.received.count == 2)
    }

    @Test func aStopBetweenRecordingAndMovingMakesTheFileADuplicateAtTheNextStart() {
        let d = daemon()
        d.start()
        d.failingMoves = [name("a.txt")]
        d.drop("a.txt", ArticleFixture.raid())
        #expect(sink.received.count == 1)
        #expect(d.inbox.keys.contains(name("a.txt")))

        let next = daemon()
        next.inbox = d.inbox
        next.start()
        #expect(next.done.keys.contains(name("a.txt")))
        #expect(sink.received.count == 1, "the same bytes again: no second alert")
    }

    @Test func aFileTheStoreChokesOnDoesNotHoldBackTheOthersOfItsBatch() throws {
        let d = daemon()
        d.holdsReading = true
        d.start()
        let bad = ArticleFixture.raid(into: "Kursk", day: 2)
        store.failIngest(ofArticle: SHA256.hex(Array(bad.utf8)))
        d.inbox[name("a.txt")] = Array(ArticleFixture.raid().utf8)
        d.inbox[name("bad.txt")] = Array(bad.utf8)
        d.inbox[name("c.txt")] = Array(ArticleFixture.counterclaim().utf8)
        d.feed(.scanned([name("a.txt"), name("bad.txt"), name("c.txt")], periodic: false))
        d.finishReading()
        #expect(d.done.keys.contains(name("a.txt")), "the one before is recorded alone")
        #expect(d.inbox.keys.contains(name("bad.txt")) && d.inbox.keys.contains(name("c.txt")), "the one after waits behind it")
        #expect(retryDelays(of: "bad.txt", in: d) == [1] && retryDelays(of: "c.txt", in: d) == [1])
    }

    @Test func aCrashOnOneFileSetsItAsideAndOnABatchReadsItsFilesOneAtATime() {
        let d = daemon()
        d.inbox[name("poison.txt")] = Array(ArticleFixture.raid().utf8)
        d.start(crashed: .init(signal: "Illegal instruction, signal 4", reading: [name("poison.txt")], present: [name("poison.txt")]))
        #expect(d.rejected[name("poison.txt")]?.hasPrefix("the daemon crashed (Illegal instruction, signal 4) while reading it") == true)
        #expect(sink.received.isEmpty)

        let e = daemon()
        let names = ["a.txt", "b.txt", "c.txt"].map(name)
        for (index, n) in names.enumerated() {
            e.inbox[n] = Array(ArticleFixture.raid(into: ["Kursk", "Bryansk", "Belgorod"][index], day: 1 + 9 * index).utf8)
        }
        e.start(crashed: .init(signal: "Segmentation fault, signal 11", reading: names, present: names))
        let batches = e.effects.compactMap { effect -> Int? in
            if case .prepare(let batch) = effect { return batch.count }
            return nil
        }
        #expect(batches == [1, 1, 1], "one at a time while suspects wait")
        #expect(e.done.count == 3 && e.rejected.isEmpty)
    }

    @Test func anOverflowIsWarnedOnceUntilAPeriodicRescanFindsTheInboxEmpty() {
        let d = daemon()
        d.start()
        d.feed(.overflow)
        d.feed(.overflow)
        d.feed(.periodic)
        d.feed(.overflow)
        #expect(d.effects.filter { $0 == .warnOverflow }.count == 2)
    }

    @Test func theInboxIsListedAgainAfterAPassAtMostOnceASecond() {
        let d = daemon()
        d.start()
        let listingsAtStart = d.effects.filter { $0 == .scan(periodic: false) }.count
        d.drop("a.txt", ArticleFixture.raid(day: 22))
        d.drop("b.txt", ArticleFixture.raid(into: "Kursk", day: 2))
        #expect(d.effects.filter { $0 == .scan(periodic: false) }.count == listingsAtStart + 1)
        d.advance(by: 1.5)
        d.drop("c.txt", ArticleFixture.raid(into: "Bryansk", day: 12))
        #expect(d.effects.filter { $0 == .scan(periodic: false) }.count == listingsAtStart + 2)
    }

    @Test func batchesAreCutAtTheBatchSize() {
        let d = daemon(batchSize: 2)
        d.holdsReading = true
        d.start()
        let names = (1...5).map { name("f\($0).txt") }
        for n in names { d.inbox[n] = Array(ArticleFixture.raid(into: "Kursk", day: 1).utf8) }
        d.feed(.scanned(names, periodic: false))
        for _ in 0..<4 { d.finishReading() }
        let batches = d.effects.compactMap { effect -> Int? in
            if case .prepare(let batch) = effect { return batch.count }
            return nil
        }
        #expect(batches == [2, 2, 1])
        #expect(d.done.count == 5 && sink.received.count == 1)
    }

    @Test func aStoreThatCannotBeReadIsSaidInStatusEvenWithNoFileWaiting() {
        var machine = InboxStateMachine()
        _ = machine.handle(.started(counts: StoreCounts(), crashed: nil), now: 0)
        let effects = machine.handle(.countFailed(reason: "cannot connect to db:5432: Connection refused"), now: 1)
        #expect(effects.contains(.status))
        #expect(
            machine.statusLine == "the store cannot be read: cannot connect to db:5432: Connection refused; 0 files processed, 0 claims known, 0 alerts sent")
        _ = machine.handle(.counted(StoreCounts(articles: 3, claims: 2)), now: 2)
        #expect(machine.statusLine == "0 files processed, 2 claims known, 0 alerts sent")
    }
}
