import ClaimTesting
import Foundation
import Testing

/// SIGHUP on the real daemon (issue 22): the config file is read again with the command
/// line's overrides kept, and a changed key that needs a restart is named.
@Suite(.serialized) struct ReloadTests {
    let harness: DaemonHarness
    init() throws { harness = try DaemonHarness(name: "reload") }

    /// An overlay whose one actor, a group no built-in lexicon knows, makes the claims below.
    func overlay() throws -> URL {
        let directory = harness.work.appendingPathComponent("overlay")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "Crimson Wolves Battalion\tCrimson Wolves\n".write(to: directory.appendingPathComponent("actors.tsv"), atomically: true, encoding: .utf8)
        try "Crimson Wolves Battalion\tgroup\n".write(to: directory.appendingPathComponent("roles.tsv"), atomically: true, encoding: .utf8)
        return directory
    }

    func claimants(of file: String, daemon: Process) throws -> [String] {
        try JournalReader.entries(["_PID=\(daemon.processIdentifier)", "ARTICLE_FILE=\(file)"]).compactMap { $0["CLAIM_CLAIMANT"] }
    }

    func reloadEntry(_ daemon: Process) throws -> String? {
        for _ in 0..<100 {
            let entries = try JournalReader.entries(["_PID=\(daemon.processIdentifier)"]).compactMap { $0["MESSAGE"] }
            if let found = entries.first(where: { $0.hasPrefix("Reloaded configuration") || $0.hasPrefix("Reload failed") }) { return found }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return nil
    }

    @Test func aReloadWithAConfigFileKeepsTheCommandLinesLexiconAndNamesKeysThatNeedARestart() throws {
        let config = try harness.article("claimwatch.toml", "max_file_bytes = 1048576\n")
        let daemon = try harness.start(["--config", config.path, "--lexicon", try overlay().path])
        defer { daemon.terminate(); daemon.waitUntilExit() }
        let first = "Wolves\n\nMay 22, 2023\n\nThe Crimson Wolves Battalion said its fighters crossed into the Belgorod region.\n"
        try harness.drop([try harness.article("before.txt", first)])
        #expect(try harness.waitForEmptyInbox())
        #expect(try claimants(of: "before.txt", daemon: daemon) == ["Crimson Wolves Battalion"], "the overlay is read at start")

        // `inbox` changes in the file, but the command line's --inbox still wins: not a change.
        try "max_file_bytes = 2097152\ninbox = \"/nonexistent/elsewhere\"\nbusy_timeout_seconds = 9\n".write(to: config, atomically: true, encoding: .utf8)
        kill(daemon.processIdentifier, SIGHUP)
        let entry = try #require(try reloadEntry(daemon))
        #expect(entry.contains("changed: max_file_bytes"), "\(entry)")
        #expect(entry.hasSuffix("not applied until a restart: busy_timeout_seconds"), "\(entry)")

        let second = "Wolves\n\nJune 10, 2023\n\nThe Crimson Wolves Battalion said its fighters crossed into the Kursk region.\n"
        try harness.drop([try harness.article("after.txt", second)])
        #expect(try harness.waitForEmptyInbox(), "the inbox of the command line is still watched")
        #expect(try claimants(of: "after.txt", daemon: daemon) == ["Crimson Wolves Battalion"], "the --lexicon overlay outlives the reload")
        #expect(daemon.isRunning)
    }
}
