import ClaimTesting
import Foundation
import Testing

/// A burst of files found at start: the daemon works through it in batches and stays a
/// well-behaved service meanwhile — watchdog pings keep coming, SIGTERM is honoured after
/// the current file, and nothing is lost or handled twice across the stop.
@Suite(.serialized) struct BurstTests {
    let harness: DaemonHarness
    init() throws { harness = try DaemonHarness(name: "burst") }

    /// Enough to keep the daemon busy for well over the 3 s the watchdog check needs.
    static let fileCount = 4000

    /// Byte-distinct small articles (a unique line each), written straight into the inbox.
    func fillInbox() throws {
        try FileManager.default.createDirectory(at: harness.inbox, withIntermediateDirectories: true)
        for i in 0..<Self.fileCount {
            try """
            Volunteers claim a night crossing near Kozinka

            May 22, 2023

            The Freedom of Russia Legion said on Monday that its fighters had crossed into the Belgorod region and seized Kozinka.
            The Russian Defense Ministry said the attack was repelled. Bulletin \(i).
            """.write(to: harness.inbox.appendingPathComponent("burst-\(i).txt"), atomically: false, encoding: .utf8)
        }
    }

    func count(_ directory: String) throws -> Int {
        try FileManager.default.contentsOfDirectory(atPath: harness.state.appendingPathComponent(directory).path).filter { !$0.hasSuffix(".reason") }.count
    }
    func inboxCount() throws -> Int { try FileManager.default.contentsOfDirectory(atPath: harness.inbox.path).count }

    @Test func watchdogKeepsPingingThroughABurst() throws {
        try fillInbox()
        let notify = try NotifySocket(directory: harness.work)
        defer { notify.close() }
        // Pings are due every second; systemd would kill a service silent for 2 s. (With 1 s the
        // check failed once at 1.39 s while the suite's PostgreSQL tests loaded both cores.)
        let daemon = try harness.start(environment: ["NOTIFY_SOCKET": notify.path, "WATCHDOG_USEC": "2000000"])
        defer { if daemon.isRunning { daemon.terminate() } }
        for _ in 0..<2400 where try inboxCount() > 0 { Thread.sleep(forTimeInterval: 0.05) }
        let emptied = NotifySocket.now()
        #expect(try inboxCount() == 0, "the burst was not drained in 120 s")
        #expect(try count("done") == Self.fileCount)
        let messages = notify.messages
        let ready = try #require(messages.first { $0.text.contains("READY=1") }, "no READY=1")
        let pings = messages.filter { $0.text == "WATCHDOG=1" && $0.seconds >= ready.seconds && $0.seconds <= emptied }.map(\.seconds)
        let span = emptied - ready.seconds
        try #require(span > 3, "the burst took \(span) s: too short to show anything; make it larger")
        let gaps = zip([ready.seconds] + pings, pings + [emptied]).map { $1 - $0 }
        #expect(gaps.max()! < 2.0, "longest silence \(gaps.max()!) s while draining \(Self.fileCount) files over \(span) s")
        daemon.terminate()
        daemon.waitUntilExit()
        #expect(daemon.terminationStatus == 0)
    }

    @Test func sigtermDuringABurstStopsAfterTheCurrentFileAndLosesNothing() throws {
        try fillInbox()
        let daemon = try harness.start()
        for _ in 0..<600 where (try? count("done")) ?? 0 < 20 { Thread.sleep(forTimeInterval: 0.02) }
        let asked = NotifySocket.now()
        daemon.terminate()
        daemon.waitUntilExit()
        let took = NotifySocket.now() - asked
        #expect(daemon.terminationStatus == 0)
        #expect(took < 2, "stopping took \(took) s")
        let left = try inboxCount()
        #expect(left > 0, "the whole burst was drained before the stop was honoured")
        #expect(try count("done") + left == Self.fileCount, "every file is either done or still in the inbox")
        // The next start takes the rest; the claims were alerted once, by the first file.
        let again = try harness.start()
        defer { if again.isRunning { again.terminate() } }
        for _ in 0..<2400 where try inboxCount() > 0 { Thread.sleep(forTimeInterval: 0.05) }
        #expect(try count("done") == Self.fileCount)
        #expect(try count("rejected") == 0)
        again.terminate()
        again.waitUntilExit()
        // Each claim was recorded from every file exactly once (a mention each), and alerted once,
        // by the first. The files differ by one line: versions of one page, so one source.
        let export = try DaemonHarness.cli(["export", "--format", "jsonl", "--state", harness.state.path])
        let claims = export.output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(claims.map { ($0["mentions"] as? [Any])?.count } == [Self.fileCount, Self.fileCount], "one mention per file")
        #expect(claims.map { $0["sources"] as? Int } == [1, 1], "versions of one page count once")
        let alerts =
            try JournalReader.entries(["_PID=\(daemon.processIdentifier)"]).filter { $0["CLAIM_EVENT"] != nil }
            + JournalReader.entries(["_PID=\(again.processIdentifier)"]).filter { $0["CLAIM_EVENT"] != nil }
        #expect(alerts.map { "\($0["CLAIM_EVENT"] ?? "") \($0["CLAIM_KIND"] ?? "")" }.sorted() == ["new counterclaim", "new raid"], "\(alerts)")
    }
}
