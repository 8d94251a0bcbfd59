import ClaimTesting
import Foundation
import Testing

/// Crash-loop quarantine (issue 22): a file the daemon crashes on while reading it is set
/// aside at the next start, so the service cannot crash-loop on one file. The crash is real:
/// strace makes the kernel deliver SIGILL at the daemon's first `openat` of the poison file.
@Suite(.serialized) struct CrashQuarantineTests {
    let harness: DaemonHarness
    var rejected: URL { harness.state.appendingPathComponent("rejected") }
    var done: URL { harness.state.appendingPathComponent("done") }
    init() throws { harness = try DaemonHarness(name: "quarantine") }

    func article(_ place: String, _ day: Int) -> String {
        "Legion\n\nMay \(day), 2023\n\nThe Freedom of Russia Legion said its fighters crossed into the \(place) region.\n"
    }

    /// Puts `name` in the inbox, written a minute ago (settled, so a start takes it at once).
    func place(_ name: String, _ text: String) throws {
        let url = harness.inbox.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: harness.inbox, withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-60)], ofItemAtPath: url.path)
    }

    /// Runs the daemon under strace, crashing it at its first open of `poison`; true when it died within 20 s.
    func runCrashingOn(_ poison: String) throws -> Bool {
        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        daemon.arguments = [
            "-f", "-qq", "-o", "/dev/null", "-P", harness.inbox.appendingPathComponent(poison).path, "-e", "inject=openat:signal=ILL:when=1",
            DaemonHarness.binary, "run", "--inbox", harness.inbox.path, "--state", harness.state.path, "--log-target", "journal",
        ]
        daemon.standardError = FileHandle.nullDevice
        try daemon.run()
        for _ in 0..<400 where daemon.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        guard !daemon.isRunning else {
            kill(daemon.processIdentifier, SIGKILL)
            daemon.waitUntilExit()
            return false
        }
        return true
    }

    func exists(_ directory: URL, _ name: String) -> Bool { FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path) }

    @Test func aFileTheDaemonCrashedOnAloneIsSetAsideAtTheNextStart() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else {
            print("CrashQuarantineTests: strace is not installed; the crash-loop quarantine test is skipped")
            return
        }
        try place("poison.txt", article("Belgorod", 22))
        #expect(try runCrashingOn("poison.txt"), "the injected SIGILL ends the daemon")
        #expect(exists(harness.inbox, "poison.txt"), "a crash does not move the file")

        let daemon = try harness.start()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        #expect(try harness.waitForEmptyInbox())
        #expect(exists(rejected, "poison.txt"))
        let reason = try String(contentsOf: rejected.appendingPathComponent("poison.txt.reason"), encoding: .utf8)
        #expect(reason.contains("the daemon crashed (Illegal instruction, signal 4) while reading it"), "\(reason)")
        let entries = try JournalReader.entries(["_PID=\(daemon.processIdentifier)", "ARTICLE_FILE=poison.txt"])
        #expect(entries.contains { ($0["REJECT_REASON"] ?? "").contains("crashed") }, "the rejection is in the journal")
        try harness.drop([try harness.article("after.txt", article("Kursk", 24))])
        #expect(try harness.waitForEmptyInbox())
        #expect(exists(done, "after.txt"), "the daemon goes on")
    }

    @Test func aCrashInABatchIsNarrowedToItsFileAndTheOthersAreProcessed() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else {
            print("CrashQuarantineTests: strace is not installed; the crash-loop quarantine test is skipped")
            return
        }
        let good = ["a.txt", "b.txt", "c.txt"]
        for (index, name) in good.enumerated() { try place(name, article(["Kursk", "Bryansk", "Kursk"][index], 1 + 9 * index)) }
        try place("poison.txt", article("Belgorod", 22))
        #expect(try runCrashingOn("poison.txt"), "the batch of four crashes")
        #expect(good.allSatisfy { exists(harness.inbox, $0) }, "nothing of the crashed batch was recorded")
        // The second run reads the four one at a time: it crashes again on the poison alone.
        #expect(try runCrashingOn("poison.txt"), "the poison read alone crashes it again")
        let daemon = try harness.start()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        #expect(try harness.waitForEmptyInbox())
        #expect(exists(rejected, "poison.txt"), "the third start sets the one file aside")
        for name in good { #expect(exists(done, name), "\(name) is processed, not quarantined") }
        let claims = try DaemonHarness.cli(["claims", "--json", "--state", harness.state.path])
        #expect(claims.output.split(separator: "\n").count == good.count, "each good file's claim is recorded once:\n\(claims.output)")
    }
}
