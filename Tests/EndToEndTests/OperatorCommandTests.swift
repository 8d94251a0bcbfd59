import ClaimTesting
import Foundation
import Testing

/// `alerts`, `claims` and `show` as an analyst runs them, after the real daemon
/// has written to the real journald and the real store.
@Suite(.serialized) struct OperatorCommandTests {
    let harness: DaemonHarness
    let tag = UUID().uuidString.prefix(8)

    init() throws { harness = try DaemonHarness(name: "operator") }

    var legion: String {
        """
        Volunteers claim a night crossing

        May 22, 2023

        The Freedom of Russia Legion said on Monday that its fighters had crossed into the Belgorod region and seized Kozinka. (\(tag))
        """
    }
    var governor: String {
        """
        Governor denies incursion

        May 23, 2023

        The Belgorod governor denied on Tuesday the Legion's account, saying there was no enemy in Kozinka on Monday. (\(tag))
        """
    }

    /// The daemon processes both fixtures and stops.
    func runDaemon() throws -> (legion: String, governor: String) {
        let names = ("legion-\(tag).txt", "governor-\(tag).txt")
        let daemon = try harness.start()
        try harness.drop([try harness.article(names.0, legion)])
        #expect(try harness.waitForEmptyInbox())
        try harness.drop([try harness.article(names.1, governor)])
        #expect(try harness.waitForEmptyInbox())
        daemon.terminate()
        daemon.waitUntilExit()
        try JournalReader.run(["journalctl", "--sync"])
        return names
    }

    func json(_ output: String) -> [[String: Any]] {
        output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    @Test func alertsFiltersByKindAndAliasAndPrintsTheTable() throws {
        let names = try runDaemon()
        let mine = { (rows: [[String: Any]]) in rows.filter { [names.legion, names.governor].contains($0["article_file"] as? String ?? "") } }
        let raids = mine(json(try DaemonHarness.cli(["alerts", "--all", "--json", "--kind", "raid", "--claimant", "FRL"]).output))
        #expect(raids.count == 1, "--claimant FRL resolves to the Legion")
        #expect(raids.first?["claim_claimant"] as? String == "Freedom of Russia Legion")
        #expect(raids.first?["claim_places"] as? String == "Kozinka")
        let denials = mine(json(try DaemonHarness.cli(["alerts", "--all", "--json", "--kind", "denial", "--since", "10m"]).output))
        #expect(denials.map { $0["claim_denies_claimant"] as? String } == ["Freedom of Russia Legion"])
        #expect(denials.first?["claim_denies_id"] as? String == raids.first?["claim_id"] as? String, "the denial points at the raid it denies")

        let table = try DaemonHarness.cli(["alerts", "--all", "--claimant", "Freedom of Russia Legion"])
        #expect(table.status == 0)
        let lines = table.output.split(separator: "\n")
        #expect(lines.first?.hasPrefix("TIME") == true)
        #expect(lines.contains { $0.contains("new raid") && $0.contains(names.legion) })
        #expect(!table.output.contains("\u{1B}["), "no color codes into a pipe")
    }

    @Test func alertsFollowPrintsAnAlertAsItIsWritten() throws {
        let follower = Process()
        follower.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
        follower.arguments = ["alerts", "--follow", "--json", "--lines", "0", "--kind", "raid"]
        let pipe = Pipe()
        follower.standardOutput = pipe
        try follower.run()
        defer {
            follower.terminate()  // SIGTERM must end --follow
            for _ in 0..<40 where follower.isRunning { Thread.sleep(forTimeInterval: 0.05) }
            let stoppedByTerm = !follower.isRunning
            if !stoppedByTerm { kill(follower.processIdentifier, SIGKILL) }
            follower.waitUntilExit()
            #expect(stoppedByTerm, "alerts --follow ignored SIGTERM")
        }
        Thread.sleep(forTimeInterval: 0.3)
        let names = try runDaemon()
        var received = Data()
        let deadline = Date().addingTimeInterval(10)
        let handle = pipe.fileHandleForReading
        while Date() < deadline, !String(decoding: received, as: UTF8.self).contains(names.legion) {
            var poller = pollfd(fd: handle.fileDescriptor, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 100) > 0 { received.append(handle.availableData) }
        }
        #expect(String(decoding: received, as: UTF8.self).contains(names.legion), "--follow printed the new raid within 10 s")
    }

    @Test func claimsAndShowTellTheRaidsStory() throws {
        let names = try runDaemon()
        let state = harness.state.path
        let claims = json(try DaemonHarness.cli(["claims", "--state", state, "--json", "--kind", "raid", "--region", "belgorod"]).output)
        let raid = try #require(claims.first)
        #expect(raid["status"] as? String == "denied by Belgorod Governor")
        let id = try #require(raid["id"] as? String)
        let shown = try DaemonHarness.cli(["show", String(id.prefix(8)), "--state", state])
        #expect(shown.status == 0)
        #expect(shown.output.contains("Raid claim \(id)"))
        #expect(shown.output.contains(names.legion))
        #expect(shown.output.contains("Denied by (1):"))
        #expect(shown.output.contains("ALERT_ID="))
        let missing = try DaemonHarness.cli(["show", "no-such-id", "--state", state])
        #expect(missing.status == 66)
        let noStore = try DaemonHarness.cli(["claims", "--state", harness.work.appendingPathComponent("nowhere").path])
        #expect(noStore.status == 66)
    }
}
