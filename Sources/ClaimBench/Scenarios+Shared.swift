import Foundation

/// Issue 24's figures: the burst and the steady latency with the claims on a PostgreSQL server,
/// for one daemon and for two daemons (two hosts: own inboxes, states and outbox names) sharing
/// one database — the same inputs as the SQLite scenarios, to put beside them.
extension Bench {
    public struct Shared: Sendable {
        public var hosts: Int
        public var burst: Burst
        public var steady: Steady
    }

    /// `hosts` daemons on one fresh database: the burst's files split among their inboxes
    /// (distinct files, so every one is recorded), then one new-claim file at a time, taking
    /// turns among the hosts.
    public func shared(hosts: Int) throws -> Shared {
        guard let server = options.sharedStoreServer else { throw BenchError("shared: no PostgreSQL server (--store-server URL)") }
        let label = "shared\(hosts)"
        let burstStore = try freshDatabase(server, label: label + "b")
        let runs = try (0..<hosts).map { try DaemonRun(label: "\(label)-h\($0)") }
        defer { for run in runs { run.remove() } }
        let n = options.burstFiles
        for i in 0..<n { try runs[i % hosts].drop(inputs.copy(i, tag: "\(label)-a")) }
        let t0 = Clock.monotonicSeconds()
        for (index, run) in runs.enumerated() { try run.startClaimwatch(try hostArguments(run, store: burstStore, index: index), settle: false) }
        guard runs.allSatisfy({ $0.waitForEmptyInbox(timeout: 3600) != nil }) else { throw BenchError("\(label): an inbox did not empty") }
        let atStart = Clock.monotonicSeconds() - t0
        let staged = try (0..<hosts).map { host in
            try runs[host].stage(stride(from: host, to: n, by: hosts).map { inputs.copy($0, tag: "\(label)-b") })
        }
        let t1 = Clock.monotonicSeconds()
        for (run, names) in zip(runs, staged) { try run.renameIn(names) }
        guard runs.allSatisfy({ $0.waitForEmptyInbox(timeout: 3600) != nil }) else { throw BenchError("\(label): an inbox did not empty") }
        let dropped = Clock.monotonicSeconds() - t1
        let done = runs.reduce(0) { $0 + ((try? FileManager.default.contentsOfDirectory(atPath: $1.state + "/done").count) ?? 0) }
        let rss = runs.compactMap { $0.peakRSSMiB() }.max()
        for run in runs { run.stop() }
        let burst = Burst(atStartFiles: n, atStartSeconds: atStart, droppedFiles: n, droppedSeconds: dropped, done: done, peakRSSMiB: rss)
        return Shared(hosts: hosts, burst: burst, steady: try sharedSteady(hosts: hosts, server: server, label: label))
    }

    private func sharedSteady(hosts: Int, server: String, label: String) throws -> Steady {
        let store = try freshDatabase(server, label: label + "s")
        let runs = try (0..<hosts).map { try DaemonRun(label: "\(label)-s\($0)") }
        defer { for run in runs { run.remove() } }
        for (index, run) in runs.enumerated() { try run.startClaimwatch(try hostArguments(run, store: store, index: index)) }
        var dropped = [[String: UInt64]](repeating: [:], count: hosts)
        for n in 0..<options.steadyFiles {
            let file = BenchInputs.File(name: "\(label)-\(n).txt", bytes: BenchInputs.newClaimArticle(n, tag: label))
            dropped[n % hosts][file.name] = try runs[n % hosts].drop(file)
            usleep(UInt32(options.steadyIntervalMillis) * 1000)
        }
        for run in runs { _ = run.waitForEmptyInbox(timeout: 120) }
        var latencies = [Double]()
        for (run, files) in zip(runs, dropped) { latencies += try journalLatencies(pid: run.process!.processIdentifier, dropped: files) }
        let rss = runs.compactMap { $0.peakRSSMiB() }.max()
        for run in runs { run.stop() }
        return Steady(files: options.steadyFiles, latenciesMicros: latencies, peakRSSMiB: rss)
    }

    /// `--store URL --config FILE`, the file naming this daemon's outbox ("bench-hN").
    private func hostArguments(_ run: DaemonRun, store: String, index: Int) throws -> [String] {
        let config = run.work + "/claimwatch.toml"
        try "host = \"bench-h\(index)\"\n".write(toFile: config, atomically: true, encoding: .utf8)
        return ["--store", store, "--config", config]
    }

    /// A new database on `server` (psql, the role's password from `PGPASSFILE`); its URL.
    private func freshDatabase(_ server: String, label: String) throws -> String {
        guard let slash = server.lastIndex(of: "/") else { throw BenchError("'\(server)' is not a postgresql:// URL") }
        let name = "bench_\(label)_\(getpid())_\(UInt32.random(in: 0...UInt32.max))"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-d", server, "-c", "CREATE DATABASE \(name)"]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("cannot create a database on '\(server)' (psql exited \(process.terminationStatus))") }
        return String(server[..<slash]) + "/" + name
    }
}
