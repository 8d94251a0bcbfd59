import ClaimTesting
import Foundation
import Testing

/// The daemon and the operator commands on a PostgreSQL store, as an operator runs them.
@Suite struct SharedStoreEndToEndTests {
    let harness: DaemonHarness

    init() throws {
        harness = try DaemonHarness(name: "shared-store")
        try FileManager.default.createDirectory(at: harness.inbox, withIntermediateDirectories: true)
    }

    func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DaemonHarness.binary)
        process.arguments = ["run"] + arguments + ["--inbox", harness.inbox.path, "--state", harness.state.path, "--log-target", "stderr"]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        return (process, errors)
    }

    func inbox() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: harness.inbox.path) }

    @Test func aServerThatIsNotThereKeepsTheFilesWaitingAndSaysWhyInStatus() throws {
        let notify = try NotifySocket(directory: harness.work)
        defer { notify.close() }
        try harness.drop([try harness.article("raid.txt", ArticleFixture.raid())])
        // Nothing listens on port 1: the daemon starts, says so, and leaves the file in the inbox.
        let (daemon, errors) = try run(["--store", "postgresql://claimwatch@127.0.0.1:1/claimwatch"], environment: ["NOTIFY_SOCKET": notify.path])
        var status = ""
        for _ in 0..<100 {
            status = notify.messages.last { $0.text.contains("STATUS=files wait") }?.text ?? ""
            if !status.isEmpty { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(notify.messages.contains { $0.text.contains("READY=1") })
        #expect(status.contains("files wait in the inbox") && status.contains("cannot connect to 127.0.0.1:1"), "STATUS: \(status)")
        #expect(daemon.isRunning)
        #expect(try inbox() == ["raid.txt"])
        daemon.terminate()
        daemon.waitUntilExit()
        #expect(daemon.terminationStatus == 0)
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("cannot be reached") && log.contains("files wait in the inbox"))
    }

    @Test func anUnknownDatabaseStopsTheDaemonWithStatus78NamingIt() throws {
        guard let url = try TestPostgres.freshDatabase(for: "SharedStoreEndToEndTests") else { return }
        let missing = url.replacingOccurrences(of: "/test_", with: "/missing_")
        let (daemon, errors) = try run(["--store", missing])
        daemon.waitUntilExit()
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(daemon.terminationStatus == 78)
        #expect(log.contains("does not exist") && log.contains(String(missing.split(separator: "/").last!)), "\(log)")
    }

    @Test func theOperatorCommandsReadTheStoreTheDaemonRecordsInto() throws {
        guard let url = try TestPostgres.freshDatabase(for: "SharedStoreEndToEndTests") else { return }
        let (daemon, _) = try run(["--store", url])
        defer { if daemon.isRunning { daemon.terminate() } }
        try harness.drop([try harness.article("raid.txt", ArticleFixture.raid()), try harness.article("counter.txt", ArticleFixture.counterclaim())])
        #expect(try harness.waitForEmptyInbox())
        daemon.terminate()
        daemon.waitUntilExit()
        let claims = try DaemonHarness.cli(["claims", "--store", url, "--json"])
        #expect(claims.status == 0)
        let lines = claims.output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.compactMap { $0["kind"] as? String }.sorted() == ["counterclaim", "raid"])
        let id = try #require(lines.first { $0["kind"] as? String == "raid" }?["id"] as? String)
        let show = try DaemonHarness.cli(["show", "--store", url, String(id.prefix(8))])
        #expect(show.status == 0 && show.output.contains("raid.txt"))
        let export = try DaemonHarness.cli(["export", "--store", url])
        #expect(export.status == 0 && export.output.contains("counter.txt"))
        // Nothing was written to a SQLite file beside the state directory.
        #expect(!FileManager.default.fileExists(atPath: harness.state.appendingPathComponent("claims.sqlite").path))
    }
}
