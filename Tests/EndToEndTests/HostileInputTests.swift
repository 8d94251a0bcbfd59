import ClaimTesting
import Foundation
import Testing

/// Odd and hostile things in the inbox (issue 5): each is rejected with its
/// reason or processed, the daemon never blocks or stops, and nothing is
/// opened that is not a regular file. The real daemon on a real inbox.
@Suite(.serialized) struct HostileInputTests {
    let harness: DaemonHarness
    var inbox: URL { harness.inbox }
    var rejected: URL { harness.state.appendingPathComponent("rejected") }
    var done: URL { harness.state.appendingPathComponent("done") }
    let article = "Legion\n\nMay 22, 2023\n\nThe Freedom of Russia Legion said its fighters crossed into the Belgorod region.\n"

    init() throws { harness = try DaemonHarness(name: "hostile") }

    /// Starts the daemon with a 1 MiB size cap.
    func start() throws -> Process {
        let config = try harness.article("claimwatch.toml", "max_file_bytes = 1048576\nlexicons = []\n")
        return try harness.start(["--config", config.path])
    }

    /// The sidecar of a rejected file. It is written just after the file is moved, so a
    /// file gone from the inbox may be a moment ahead of its reason: wait for it briefly.
    func reason(_ name: String) throws -> String {
        let path = rejected.appendingPathComponent(name + ".reason")
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: path.path) { Thread.sleep(forTimeInterval: 0.05) }
        return try String(contentsOf: path, encoding: .utf8)
    }

    func waitUntilGone(_ names: [String], timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if names.allSatisfy({
                !FileManager.default.fileExists(atPath: inbox.appendingPathComponent($0).path)
                    && (try? FileManager.default.destinationOfSymbolicLink(atPath: inbox.appendingPathComponent($0).path)) == nil
            }) {
                return true
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }

    @Test func nonArticlesAreRejectedWithTheirReasonAndTheDaemonGoesOn() throws {
        let daemon = try start()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        let fm = FileManager.default
        _ = fm.createFile(atPath: inbox.appendingPathComponent("empty.txt").path, contents: Data())
        _ = fm.createFile(
            atPath: inbox.appendingPathComponent("image.png").path,
            contents: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))
        _ = fm.createFile(atPath: inbox.appendingPathComponent("nul.txt").path, contents: Data("The Legion\u{0} crossed into Belgorod.".utf8))
        // 200 MB, sparse: over the cap without costing the disk.
        try JournalReader.run(["truncate", "-s", "200M", inbox.appendingPathComponent("huge.txt").path])
        let names = ["empty.txt", "image.png", "nul.txt", "huge.txt"]
        #expect(waitUntilGone(names))
        #expect(try reason("empty.txt").contains("empty"))
        #expect(try reason("image.png").contains("PNG"))
        #expect(try reason("nul.txt").contains("NUL"))
        #expect(try reason("huge.txt").contains("209715200 bytes, over the 1048576-byte limit"))
        #expect(daemon.isRunning)
        let journal = try JournalReader.entries(["_PID=\(daemon.processIdentifier)", "MESSAGE_ID=ff97e9653dec4493859c01fedc2690b4"])
        #expect(Set(journal.compactMap { $0["ARTICLE_FILE"] }) == Set(names), "one journal entry names each rejected file")
        #expect(journal.allSatisfy { $0["REJECT_REASON"] != nil })
    }

    @Test func fifoSymlinkAndDirectoryAreNeverOpenedAndNeverBlock() throws {
        let daemon = try start()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        let target = try harness.article("secret.txt", article)
        #expect(mkfifo(inbox.appendingPathComponent("fifo").path, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: inbox.appendingPathComponent("link.txt").path, withDestinationPath: target.path)
        try FileManager.default.createDirectory(at: inbox.appendingPathComponent("subdir"), withIntermediateDirectories: false)
        #expect(waitUntilGone(["fifo", "link.txt", "subdir"]))
        #expect(try reason("fifo").contains("FIFO"))
        #expect(try reason("link.txt").contains("symbolic link"))
        #expect(try reason("subdir").contains("directory"))
        // The link moved as a link; its target was neither read (no claim) nor moved.
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: rejected.appendingPathComponent("link.txt").path) == target.path)
        #expect(FileManager.default.fileExists(atPath: target.path))
        // A regular file after them is still processed: nothing blocked on the FIFO.
        try harness.drop([try harness.article("after.txt", article)])
        #expect(waitUntilGone(["after.txt"]))
        #expect(FileManager.default.fileExists(atPath: done.appendingPathComponent("after.txt").path))
    }

    @Test func oddNamesArePreservedAndALongRejectedNameGetsAShortenedReason() throws {
        let daemon = try start()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        let source = try harness.article("source.txt", article)
        let names = ["name with spaces.txt", "new\nline.txt", "Белгород новости.txt", String(repeating: "n", count: 251) + ".txt"]
        for (index, name) in names.enumerated() {
            // Byte-distinct copies, so each is processed rather than deduplicated.
            try (article + "\(index)\n").write(to: inbox.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try FileManager.default.linkItem(at: source, to: inbox.appendingPathComponent("hardlink.txt"))
        let longEmpty = String(repeating: "e", count: 251) + ".txt"
        _ = FileManager.default.createFile(atPath: inbox.appendingPathComponent(longEmpty).path, contents: Data())
        #expect(waitUntilGone(names + ["hardlink.txt", longEmpty]))
        for name in names + ["hardlink.txt"] { #expect(FileManager.default.fileExists(atPath: done.appendingPathComponent(name).path), "done/\(name)") }
        let sidecars = try FileManager.default.contentsOfDirectory(atPath: rejected.path).filter { $0.hasSuffix(".reason") }
        #expect(sidecars.contains { $0.hasPrefix(String(repeating: "e", count: 200)) && $0.utf8.count <= 255 }, "shortened with a hash")
        #expect(daemon.isRunning)
    }

    @Test func aFileStillHeldOpenByItsWriterIsNotReadBeforeItIsClosed() throws {
        let daemon = try start()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        let path = inbox.appendingPathComponent("slow.txt").path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        #expect(fd >= 0)
        let half = Array(article.utf8.prefix(20))
        _ = write(fd, half, half.count)
        Thread.sleep(forTimeInterval: 3.5)  // past settle_seconds (2): the open writer must still hold it back
        #expect(FileManager.default.fileExists(atPath: path), "taken while its writer still had it open")
        let rest = Array(article.utf8.dropFirst(20))
        _ = write(fd, rest, rest.count)
        close(fd)
        #expect(waitUntilGone(["slow.txt"]))
        let stored = try String(contentsOf: done.appendingPathComponent("slow.txt"), encoding: .utf8)
        #expect(stored == article)
        let alerts = try JournalReader.entries(["_PID=\(daemon.processIdentifier)", "ARTICLE_FILE=slow.txt"])
        #expect(alerts.contains { $0["CLAIM_KIND"] == "raid" }, "the whole file was read: its claim was found")
    }

    @Test func anInvalidConfigStopsTheStartWith78AndOnReloadKeepsTheOldOne() throws {
        let bad = try harness.article("bad.toml", "max_file_bytes = \"lots\"\n")
        let refused = try JournalReader.run([DaemonHarness.binary, "run", "--config", bad.path, "--inbox", inbox.path, "--state", harness.state.path])
        #expect(refused.status == 78)

        let config = try harness.article("claimwatch.toml", "max_file_bytes = 1048576\nlexicons = []\n")
        let daemon = try harness.start(["--config", config.path])
        defer { daemon.terminate(); daemon.waitUntilExit() }
        try "max_file_bytes = 1048576\nunknown_key = 1\n".write(to: config, atomically: true, encoding: .utf8)
        kill(daemon.processIdentifier, SIGHUP)
        var failed = [[String: String]]()
        for _ in 0..<100 where failed.isEmpty {
            Thread.sleep(forTimeInterval: 0.05)
            failed = try JournalReader.entries(["_PID=\(daemon.processIdentifier)"]).filter {
                ($0["MESSAGE"] ?? "").contains("Reload failed, keeping the previous configuration")
            }
        }
        #expect(failed.first?["MESSAGE"]?.contains("unknown_key") == true, "the reload error names the key")
        try harness.drop([try harness.article("after-reload.txt", article)])
        #expect(waitUntilGone(["after-reload.txt"]))
        #expect(daemon.isRunning)
    }

    @Test func withoutAnInotifyWatchTheInboxIsScannedAndItSaysSoLoudly() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/strace") else {
            print("HostileInputTests: strace is not installed; the no-watch fallback test is skipped")
            return
        }
        // The kernel refuses the watch as when fs.inotify.max_user_watches is reached.
        let daemon = Process()
        daemon.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
        daemon.arguments = [
            "-f", "-qq", "-o", "/dev/null", "-e", "inject=inotify_add_watch:error=ENOSPC", DaemonHarness.binary, "run",
            "--inbox", inbox.path, "--state", harness.state.path, "--log-target", "journal",
        ]
        daemon.standardError = FileHandle.nullDevice
        try daemon.run()
        defer {
            // Children inherit the test runner's blocked SIGTERM: end strace's tracee and strace for good.
            let children = (try? String(contentsOfFile: "/proc/\(daemon.processIdentifier)/task/\(daemon.processIdentifier)/children", encoding: .utf8)) ?? ""
            for child in children.split(separator: " ").compactMap({ Int32($0) }) { kill(child, SIGKILL) }
            kill(daemon.processIdentifier, SIGKILL)
            daemon.waitUntilExit()
        }
        var warning: [String: String]?
        for _ in 0..<100 where warning == nil {
            Thread.sleep(forTimeInterval: 0.05)
            warning = try JournalReader.entries(["INBOX=\(inbox.path)", "RESCAN_CAUSE=no-watch"]).first
        }
        #expect(warning?["PRIORITY"] == "2")
        #expect(warning?["MESSAGE"]?.contains("max_user_watches") == true, "the message says which limit to raise")
        try harness.drop([try harness.article("scanned.txt", article)])
        #expect(waitUntilGone(["scanned.txt"]), "found by the fallback scan")
        #expect(FileManager.default.fileExists(atPath: done.appendingPathComponent("scanned.txt").path))
    }

    /// Another process holding the store's write lock for `seconds`; returns once it holds it.
    func lockStore(seconds: Int) throws -> Process {
        let locker = Process()
        locker.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        locker.arguments = [
            "-c",
            "import sqlite3,time,sys; c=sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(\(seconds)); c.execute('COMMIT')",
            harness.state.appendingPathComponent("claims.sqlite").path,
        ]
        let ready = Pipe()
        locker.standardOutput = ready
        try locker.run()
        _ = ready.fileHandleForReading.readData(ofLength: 6)
        return locker
    }

    @Test func aLockedDatabaseLeavesTheFileInTheInboxAndItIsRetried() throws {
        let config = try harness.article("claimwatch.toml", "busy_timeout_seconds = 1\nlexicons = []\n")
        let daemon = try harness.start(["--config", config.path])
        defer { daemon.terminate(); daemon.waitUntilExit() }
        // Another process holds the write lock for 4 s.
        let locker = try lockStore(seconds: 4)
        try harness.drop([try harness.article("while-locked.txt", article)])
        Thread.sleep(forTimeInterval: 2)
        #expect(FileManager.default.fileExists(atPath: inbox.appendingPathComponent("while-locked.txt").path), "stays in the inbox while the store is locked")
        let errors = try JournalReader.entries(["_PID=\(daemon.processIdentifier)", "MESSAGE_ID=daaa142fb9de4ba0924072bc58643f1b"])
        #expect(errors.contains { $0["ARTICLE_FILE"] == "while-locked.txt" && ($0["STORE_ERROR"] ?? "").contains("locked") })
        locker.waitUntilExit()
        #expect(waitUntilGone(["while-locked.txt"], timeout: 15), "retried with backoff once the lock is gone")
        #expect(FileManager.default.fileExists(atPath: done.appendingPathComponent("while-locked.txt").path))
        #expect(daemon.isRunning)
    }

    @Test func aLockedDatabaseHoldsABatchForOneAttemptNotOnePerFile() throws {
        let config = try harness.article("claimwatch.toml", "busy_timeout_seconds = 1\nlexicons = []\n")
        let daemon = try harness.start(["--config", config.path])
        defer { if daemon.isRunning { daemon.terminate(); daemon.waitUntilExit() } }
        let locker = try lockStore(seconds: 12)
        defer { kill(locker.processIdentifier, SIGKILL); locker.waitUntilExit() }
        let names = (0..<8).map { "locked-\($0).txt" }
        try harness.drop(try names.map { try harness.article($0, article + "\($0)\n") })
        Thread.sleep(forTimeInterval: 0.5)
        // The batch waits out the busy timeout once, then the first file alone once; the rest
        // wait for their retry, so a stop is served in about two timeouts, not one per file.
        let asked = Date()
        daemon.terminate()
        daemon.waitUntilExit()
        #expect(Date().timeIntervalSince(asked) < 4.5, "stopped \(Date().timeIntervalSince(asked)) s after SIGTERM")
        #expect(daemon.terminationStatus == 0)
        for name in names { #expect(FileManager.default.fileExists(atPath: inbox.appendingPathComponent(name).path), "\(name) stays for the next start") }
    }

    @Test func anUnreadableFileIsRejectedWithItsReason() throws {
        guard getuid() == 0 else {
            print("HostileInputTests: not root; the unreadable-file case (daemon as nobody) is skipped")
            return
        }
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let daemon = try harness.startAsNobody()
        defer { kill(daemon.processIdentifier, SIGKILL); daemon.waitUntilExit() }
        Thread.sleep(forTimeInterval: 0.5)
        // Written by root, mode 0600: the daemon (nobody) may move it but not read it. Made
        // unreadable before it enters the inbox (then renamed in): written in place, the daemon
        // could read it between the write and the chmod.
        let written = try harness.article("secret.txt", article)
        chmod(written.path, 0o600)
        let secret = inbox.appendingPathComponent("secret.txt")
        guard rename(written.path, secret.path) == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        let readable = try harness.article("fine.txt", article + "x\n")
        chmod(readable.path, 0o644)
        try harness.drop([readable])
        #expect(waitUntilGone(["secret.txt", "fine.txt"]))
        #expect(try reason("secret.txt").lowercased().contains("permission denied"))
        #expect(FileManager.default.fileExists(atPath: done.appendingPathComponent("fine.txt").path))
    }

    @Test func aHardLinkAloneIsTakenAtOnce() throws {
        let daemon = try start()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        // `ln` raises IN_CREATE only: no close or rename follows. The periodic rescan is 30 s away.
        try FileManager.default.linkItem(at: try harness.article("linked.txt", article), to: inbox.appendingPathComponent("linked.txt"))
        #expect(waitUntilGone(["linked.txt"], timeout: 5))
        #expect(FileManager.default.fileExists(atPath: done.appendingPathComponent("linked.txt").path))
    }

    /// The daemon is stopped (SIGSTOP) while files are written into the inbox, renamed into it,
    /// and deleted: when it continues it reads events for names that are gone. It forgets
    /// them quietly (nothing rejected, no error) and goes on.
    @Test func aFileDeletedBetweenItsEventAndItsOpeningIsForgottenQuietly() throws {
        let daemon = try start()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        #expect(kill(daemon.processIdentifier, SIGSTOP) == 0)
        let written = inbox.appendingPathComponent("written-then-deleted.txt")
        try article.write(to: written, atomically: false, encoding: .utf8)
        let staged = try harness.article("moved-then-deleted.txt", article + "Another copy.\n")
        let moved = inbox.appendingPathComponent("moved-then-deleted.txt")
        try FileManager.default.moveItem(at: staged, to: moved)
        try FileManager.default.removeItem(at: written)
        try FileManager.default.removeItem(at: moved)
        #expect(kill(daemon.processIdentifier, SIGCONT) == 0)
        // Events are read in order: once this file is done, the two deletions were handled.
        try harness.drop([try harness.article("after.txt", article)])
        #expect(waitUntilGone(["after.txt"]))
        #expect(FileManager.default.fileExists(atPath: done.appendingPathComponent("after.txt").path))
        #expect(daemon.isRunning)
        for name in ["written-then-deleted.txt", "moved-then-deleted.txt"] {
            #expect(!FileManager.default.fileExists(atPath: done.appendingPathComponent(name).path))
            #expect(!FileManager.default.fileExists(atPath: rejected.appendingPathComponent(name).path))
        }
        let entries = try JournalReader.entries(["_PID=\(daemon.processIdentifier)"])
        let aboutThem = entries.filter { ($0["MESSAGE"] ?? "").contains("-then-deleted") || ($0["ARTICLE_FILE"] ?? "").contains("-then-deleted") }
        #expect(aboutThem.isEmpty, "no rejection or error for a file that is gone: \(aboutThem.map { $0["MESSAGE"] ?? "" })")
    }
}
