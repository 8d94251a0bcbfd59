import Foundation
import Journal

/// One `claimwatch run` (or the peer) on a private inbox and state directory.
final class DaemonRun {
    let work: String
    var inbox: String { work + "/inbox" }
    var state: String { work + "/state" }
    private(set) var process: Process?

    init(label: String) throws {
        work = NSTemporaryDirectory() + "claimwatch-bench-\(label)-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: work + "/inbox", withIntermediateDirectories: true)
    }

    /// Starts `executable arguments…` and waits until `ready()` holds.
    func start(_ executable: String, _ arguments: [String], ready: () -> Bool) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try process.run()
        self.process = process
        let deadline = Date().addingTimeInterval(30)
        while !ready() && Date() < deadline && process.isRunning { usleep(10_000) }
        guard process.isRunning, ready() else { throw BenchError("\(executable) did not start (\(arguments.joined(separator: " ")))") }
    }

    /// Starts the claimwatch daemon (`BenchPaths.claimwatch run`), logging to the journal; `extra`
    /// arguments first (`--store URL`, `--config FILE`). Ready once its store is open: the SQLite
    /// file made, or, with another store, done/ (made after the store opens).
    /// `settle`: then wait 300 ms more, for scenarios that time what they drop after the start;
    /// a burst already in the inbox is timed from the launch, with no wait of the bench's own.
    func startClaimwatch(_ extra: [String] = [], settle: Bool = true) throws {
        let marker = extra.isEmpty ? state + "/claims.sqlite" : state + "/done"
        try start(BenchPaths.claimwatch, ["run"] + extra + ["--inbox", inbox, "--state", state, "--log-target", "journal"]) {
            FileManager.default.fileExists(atPath: marker)
        }
        if settle { usleep(300_000) }
    }

    /// Writes a file the way producers should: `.NAME.tmp`, then rename. Returns the
    /// wall-clock time just before the rename (µs since the epoch).
    @discardableResult
    func drop(_ file: BenchInputs.File, into directory: String? = nil) throws -> UInt64 {
        let target = directory ?? inbox
        let tmp = "\(target)/.\(file.name).tmp"
        guard FileManager.default.createFile(atPath: tmp, contents: Data(file.bytes)) else { throw BenchError("cannot write \(tmp)") }
        let before = Clock.realtimeMicros()
        guard rename(tmp, "\(target)/\(file.name)") == 0 else { throw BenchError("cannot rename \(tmp)") }
        return before
    }

    /// Writes `files` to a staging directory beside the inbox (same file system), for
    /// `renameIn` to drop them at once: a burst that arrives, not one being written.
    func stage(_ files: [BenchInputs.File]) throws -> [String] {
        let stage = work + "/stage"
        try FileManager.default.createDirectory(atPath: stage, withIntermediateDirectories: true)
        for file in files {
            guard FileManager.default.createFile(atPath: "\(stage)/\(file.name)", contents: Data(file.bytes)) else {
                throw BenchError("cannot write \(stage)/\(file.name)")
            }
        }
        return files.map(\.name)
    }

    /// Renames staged files into the inbox, one `rename` each (as `mv stage/* inbox/` does).
    func renameIn(_ names: [String]) throws {
        for name in names {
            guard rename("\(work)/stage/\(name)", "\(inbox)/\(name)") == 0 else { throw BenchError("cannot rename \(name) into the inbox") }
        }
    }

    /// Names in the inbox that are not hidden temporaries.
    func waiting() -> Int {
        guard let dir = opendir(inbox) else { return 0 }
        defer { closedir(dir) }
        var count = 0
        while let entry = readdir(dir) {
            let first = withUnsafeBytes(of: entry.pointee.d_name) { $0[0] }
            if first != UInt8(ascii: ".") { count += 1 }
        }
        return count
    }

    /// Waits until the inbox is empty; the seconds it took, or nil on timeout.
    func waitForEmptyInbox(timeout: Double) -> Double? {
        let start = Clock.monotonicSeconds()
        while Clock.monotonicSeconds() - start < timeout {
            // Reading a directory of thousands of names costs milliseconds of a core the
            // daemon needs: look rarely while many wait, often near the end (±2 ms).
            let left = waiting()
            if left == 0 { return Clock.monotonicSeconds() - start }
            usleep(left > 64 ? 100_000 : 2_000)
        }
        return nil
    }

    /// Peak resident set size of the daemon so far (VmHWM), in MiB.
    func peakRSSMiB() -> Double? {
        guard let pid = process?.processIdentifier else { return nil }
        return BenchPaths.peakRSSMiB(pid: pid)
    }

    func stop() {
        guard let process, process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    func remove() {
        stop()
        try? FileManager.default.removeItem(atPath: work)
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

public enum BenchPaths {
    static var selfExecutable: String { (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0] }
    /// The daemon measured: `--claimwatch FILE`, else the `claimwatch` beside this binary.
    nonisolated(unsafe) public static var claimwatch = (selfExecutable as NSString).deletingLastPathComponent + "/claimwatch"

    static func peakRSSMiB(pid: Int32) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kib = line.split(separator: " ").compactMap { Double($0) }.first ?? 0
            return kib / 1024
        }
        return nil
    }
}

enum Clock {
    static func realtimeMicros() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return UInt64(ts.tv_sec) * 1_000_000 + UInt64(ts.tv_nsec) / 1000
    }

    static func monotonicSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }
}

/// Percentiles of a sample (nearest rank).
public struct Distribution {
    public let sorted: [Double]
    public init(_ values: [Double]) { sorted = values.sorted() }
    public func percentile(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        return sorted[Swift.min(sorted.count - 1, Swift.max(0, Int((p / 100 * Double(sorted.count)).rounded(.up)) - 1))]
    }
    public var max: Double { sorted.last ?? .nan }
    public var mean: Double { sorted.isEmpty ? .nan : sorted.reduce(0, +) / Double(sorted.count) }
}
