import ClaimCore
import ClaimDaemon
import ClaimDatabase
import ClaimTesting
import Foundation
import Journal
import Testing

/// The outbox after a crash: alerts committed with their claims but not marked
/// sent, some of which reached the journal before the crash. The real daemon,
/// the real journald, the real SQLite file.
@Suite(.serialized) struct OutboxRecoveryTests {
    let harness: DaemonHarness
    let tag = UUID().uuidString.prefix(8)

    init() throws {
        harness = try DaemonHarness(name: "outbox")
        try FileManager.default.createDirectory(at: harness.state, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: harness.inbox, withIntermediateDirectories: true)
    }

    var storePath: String { harness.state.appendingPathComponent("claims.sqlite").path }

    /// Records an article as the daemon would, up to the commit; its alerts wait in the outbox.
    func commit(_ text: String, as name: String) throws -> [Alert] {
        let pipeline = ArticlePipeline(lexicon: try LexiconLoader.load(overlays: []))
        let extracted = try pipeline.process(Array(text.utf8), fileName: name, modified: nil)
        guard case .recorded(let alerts) = try SQLiteClaimStore(path: storePath).ingest(extracted, at: Date()) else { return [] }
        return alerts
    }

    /// Article A's alerts are written to the journal (the crash came before marking them sent); B's never were.
    /// A's entries name `writer` as their store (default: this store, as the daemon writes them).
    func crashedState(writtenBy writer: String? = nil) throws -> (written: [Alert], unwritten: [Alert]) {
        let written = try commit(
            "Legion crossing\n\nMay 22, 2023\n\nThe Freedom of Russia Legion said on Monday that its fighters had crossed into the Belgorod region. (\(tag))",
            as: "a-\(tag).txt")
        let unwritten = try commit(
            "Corps raid\n\nMarch 12, 2024\n\nThe Russian Volunteer Corps said on Tuesday that its fighters had entered the Kursk region. (\(tag))",
            as: "b-\(tag).txt")
        #expect(!written.isEmpty && !unwritten.isEmpty)
        let store = try writer ?? SQLiteClaimStore(path: storePath).identity
        for alert in written { try JournalWriter().send(.alert(alert, store: store)) }
        return (written, unwritten)
    }

    func journalCount(_ alertID: String) throws -> Int {
        try JournalReader.entries(["ALERT_ID=\(alertID)"]).count
    }

    func waitForEmptyOutbox(_ timeout: TimeInterval = 10) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try SQLiteClaimStore(path: storePath).unsentAlerts().isEmpty { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @Test func aRestartSendsWhatNeverArrivedAndNothingTwice() throws {
        let (written, unwritten) = try crashedState()
        let daemon = try harness.start()
        #expect(try waitForEmptyOutbox())
        daemon.terminate()
        daemon.waitUntilExit()
        for alert in written { #expect(try journalCount(alert.alertID) == 1, "already in the journal: not resent") }
        for alert in unwritten { #expect(try journalCount(alert.alertID) == 1, "never written: sent once") }
    }

    @Test func anotherStoresEntriesWithTheSameIDsDoNotStopTheResend() throws {
        // Another claimwatch read the same bytes into its own store: same ALERT_IDs, not ours.
        let (written, unwritten) = try crashedState(writtenBy: "another-store-\(tag)")
        let daemon = try harness.start()
        #expect(try waitForEmptyOutbox())
        daemon.terminate()
        daemon.waitUntilExit()
        let ours = try SQLiteClaimStore(path: storePath).identity
        for alert in written + unwritten {
            let entries = try JournalReader.entries(["ALERT_ID=\(alert.alertID)", "CLAIMWATCH_STORE=\(ours)"])
            #expect(entries.count == 1, "sent once by this store")
        }
    }

    @Test func anUnreadableJournalHoldsTheOutboxInsteadOfResendingBlindly() throws {
        guard getuid() == 0 else {
            print("OutboxRecoveryTests: not root; the unreadable-journal case (setpriv to nobody) is skipped")
            return
        }
        let (written, unwritten) = try crashedState()
        // As nobody: the journald socket takes entries, but no journal file is readable.
        let daemon = try harness.startAsNobody()
        #expect(!(try waitForEmptyOutbox(2)), "held, not sent")
        daemon.terminate()
        daemon.waitUntilExit()
        for alert in unwritten { #expect(try journalCount(alert.alertID) == 0) }
        let held = try JournalReader.entries(["_PID=\(daemon.processIdentifier)", "PRIORITY=2"])
        #expect(
            held.contains {
                ($0["MESSAGE"] ?? "").contains("Holding \(written.count + unwritten.count) outbox alerts") && ($0["MESSAGE"] ?? "").contains("systemd-journal")
            })

        // Once the journal can be read (here: as root), they go out, once.
        let again = try harness.start()
        #expect(try waitForEmptyOutbox())
        again.terminate()
        again.waitUntilExit()
        for alert in written + unwritten { #expect(try journalCount(alert.alertID) == 1) }
    }
}
