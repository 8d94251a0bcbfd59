import Foundation

/// Test support: the built `claimwatch` binary run as a user runs it, on a
/// private inbox and state directory under the temporary directory.
public struct DaemonHarness {
    /// The package root (three levels above this file).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// `$CLAIMWATCH_BIN`, else the debug build.
    public static var binary: String { ProcessInfo.processInfo.environment["CLAIMWATCH_BIN"] ?? root.appendingPathComponent(".build/debug/claimwatch").path }
    /// `../shared/corpus/dev`, present in CI and on developers' machines, absent on a bare clone.
    public static let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")

    public let work: URL
    public var inbox: URL { work.appendingPathComponent("inbox") }
    public var state: URL { work.appendingPathComponent("state") }

    public init(name: String) throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    /// Starts `claimwatch run` on this inbox and state, logging to the journal, and waits until its database exists.
    /// - Parameters:
    ///   - extra: more arguments for `run` (e.g. `--config FILE`; the inbox and state flags win).
    ///   - environment: variables added to the test's own (e.g. `NOTIFY_SOCKET`, `WATCHDOG_USEC`).
    public func start(_ extra: [String] = [], environment: [String: String] = [:]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new } }
        process.arguments = ["run"] + extra + ["--inbox", inbox.path, "--state", state.path, "--log-target", "journal"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: state.appendingPathComponent("claims.sqlite").path) {
            Thread.sleep(forTimeInterval: 0.05)
        }
        Thread.sleep(forTimeInterval: 0.3)
        return process
    }

    /// Starts `claimwatch run` as `nobody` (uid/gid 65534, no groups) after handing the work
    /// directory to it: no journal file is readable then, and root's 0600 files are not. Needs root.
    public func startAsNobody() throws -> Process {
        try JournalReader.run(["chown", "-R", "65534:65534", work.path])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = [
            "--reuid", "65534", "--regid", "65534", "--clear-groups", Self.binary, "run",
            "--inbox", inbox.path, "--state", state.path, "--log-target", "journal",
        ]
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Drops files the way producers should: write `.NAME.tmp`, then rename.
    public func drop(_ files: [URL], prefix: String = "") throws {
        for file in files {
            let tmp = inbox.appendingPathComponent(".\(prefix)\(file.lastPathComponent).tmp")
            try FileManager.default.copyItem(at: file, to: tmp)
            try FileManager.default.moveItem(at: tmp, to: inbox.appendingPathComponent("\(prefix)\(file.lastPathComponent)"))
        }
    }

    /// Writes `text` to a file named `name` in the work directory (not the inbox).
    public func article(_ name: String, _ text: String) throws -> URL {
        let url = work.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Waits (up to 10 s) until the inbox is empty; false when it never empties.
    public func waitForEmptyInbox() throws -> Bool {
        for _ in 0..<200 {
            if try FileManager.default.contentsOfDirectory(atPath: inbox.path).isEmpty { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    /// Runs `claimwatch ARGS…` to completion: its exit status and stdout.
    public static func cli(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try JournalReader.run([binary] + arguments)
    }
}
