import ClaimCore
import ClaimDatabase
import Foundation
import Journal

/// The benchmark scenarios of issue 6; each returns its figures.
public struct Bench {
    public struct Options: Sendable {
        public var corpus: String?
        public var extractionInputs = 10_000
        public var burstFiles = 10_000
        public var steadyFiles = 200
        public var steadyIntervalMillis = 50
        public var scaleSizes = [1_000, 100_000, 1_000_000]
        public var identitySizes = [1_000, 1_000_000]
        public var floorSamples = 2_000
        public var peerScript: String?
        /// A PostgreSQL server (`postgresql://USER@HOST:PORT/DB`, its password from `PGPASSFILE`)
        /// on which the shared-store scenario makes a database per run.
        public var sharedStoreServer: String?
        public init() {}
    }

    let options: Options
    let inputs: BenchInputs
    let lexicon: Lexicon
    let log: (String) -> Void

    public init(options: Options, lexicon: Lexicon, log: @escaping (String) -> Void) {
        self.options = options
        self.lexicon = lexicon
        self.log = log
        inputs = BenchInputs(corpus: options.corpus)
    }

    public var inputDescription: String { inputs.sourceDescription }

    // MARK: floor

    /// One bare `sd_journal_sendv` and one SQLite WAL commit (synchronous=NORMAL, as the store), in µs.
    public func floor() throws -> (sendv: Double, commit: Double) {
        let writer = JournalWriter()
        let entry = CommitFloor.journalEntry("floor")
        var start = Clock.monotonicSeconds()
        for _ in 0..<options.floorSamples { try writer.send(entry) }
        let sendv = (Clock.monotonicSeconds() - start) / Double(options.floorSamples) * 1e6
        let run = try DaemonRun(label: "floor")
        defer { run.remove() }
        let floor = try CommitFloor(in: run)
        start = Clock.monotonicSeconds()
        for _ in 0..<options.floorSamples { try floor.commitOne() }
        let commit = (Clock.monotonicSeconds() - start) / Double(options.floorSamples) * 1e6
        return (sendv, commit)
    }

    // MARK: extraction

    public struct Extraction: Sendable { public var articles: Int; public var bytes: Int; public var seconds: Double; public var claims: Int }

    /// Reading + extraction alone, in this process, over byte-distinct inputs.
    public func extraction() throws -> Extraction {
        let pipeline = ArticlePipeline(lexicon: lexicon)
        let files = (0..<options.extractionInputs).map { inputs.copy($0, tag: "x") }
        var bytes = 0
        var claims = 0
        let start = Clock.monotonicSeconds()
        for file in files {
            bytes += file.bytes.count
            if let extracted = try? pipeline.process(file.bytes, fileName: file.name, modified: nil) { claims += extracted.claims.count }
        }
        return Extraction(articles: files.count, bytes: bytes, seconds: Clock.monotonicSeconds() - start, claims: claims)
    }

    // MARK: burst

    public struct Burst: Sendable {
        public var atStartFiles: Int; public var atStartSeconds: Double
        /// Staged beside the inbox, then renamed in at once while the daemon runs.
        public var droppedFiles: Int; public var droppedSeconds: Double
        /// Written into the inbox one by one (`.NAME.tmp`, then rename) while it runs: the
        /// writer's own time counts, and on few cores it takes CPU from the daemon.
        public var writtenFiles = 0, writtenSeconds = 0.0
        public var done: Int; public var peakRSSMiB: Double?
    }

    /// `options.burstFiles` already in the inbox at start, then as many dropped at once (staged,
    /// then renamed in), then as many written in one by one. `start` launches the daemon under
    /// test on the run's inbox and state.
    func burst(label: String, start: (DaemonRun) throws -> Void, doneDirectory: (DaemonRun) -> String) throws -> Burst {
        let run = try DaemonRun(label: label)
        defer { run.remove() }
        let n = options.burstFiles
        for i in 0..<n { try run.drop(inputs.copy(i, tag: "\(label)-a"), into: run.inbox) }
        let t0 = Clock.monotonicSeconds()
        try start(run)
        guard run.waitForEmptyInbox(timeout: 3600) != nil else { throw BenchError("\(label): the inbox did not empty") }
        let atStart = Clock.monotonicSeconds() - t0
        let staged = try run.stage((0..<n).map { inputs.copy($0, tag: "\(label)-b") })
        let t1 = Clock.monotonicSeconds()
        try run.renameIn(staged)
        guard let _ = run.waitForEmptyInbox(timeout: 3600) else { throw BenchError("\(label): the inbox did not empty") }
        let dropped = Clock.monotonicSeconds() - t1
        let files = (0..<n).map { inputs.copy($0, tag: "\(label)-c") }
        let t2 = Clock.monotonicSeconds()
        for file in files { try run.drop(file) }
        guard let _ = run.waitForEmptyInbox(timeout: 3600) else { throw BenchError("\(label): the inbox did not empty") }
        let written = Clock.monotonicSeconds() - t2
        let done = (try? FileManager.default.contentsOfDirectory(atPath: doneDirectory(run)).count) ?? 0
        let rss = run.peakRSSMiB()
        var burst = Burst(atStartFiles: n, atStartSeconds: atStart, droppedFiles: n, droppedSeconds: dropped, done: done, peakRSSMiB: rss)
        (burst.writtenFiles, burst.writtenSeconds) = (n, written)
        return burst
    }

    public func claimwatchBurst() throws -> Burst {
        try burst(label: "burst", start: { try $0.startClaimwatch(settle: false) }, doneDirectory: { $0.state + "/done" })
    }

    /// The same burst through the Python peer (`Benchmarks/peer/peer.py`).
    public func peerBurst() throws -> Burst? {
        guard let script = options.peerScript, FileManager.default.fileExists(atPath: script) else { return nil }
        let lexiconFile = NSTemporaryDirectory() + "claimwatch-bench-lexicon-\(getpid()).json"
        try PeerLexicon.write(lexicon, to: lexiconFile)
        defer { try? FileManager.default.removeItem(atPath: lexiconFile) }
        return try burst(
            label: "peer",
            start: { run in
                try run.start("/usr/bin/env", ["python3", script, "--inbox", run.inbox, "--state", run.state, "--lexicon", lexiconFile]) {
                    FileManager.default.fileExists(atPath: run.state + "/ready")
                }
            }, doneDirectory: { $0.state + "/done" })
    }

    // MARK: steady

    public struct Steady: Sendable { public var files: Int; public var latenciesMicros: [Double]; public var peakRSSMiB: Double? }

    /// One new-claim file at a time, `steadyIntervalMillis` apart: latency from just before
    /// its rename into the inbox to journald's receive time of its alert.
    public func steady(files count: Int, state prepare: ((String) throws -> Void)? = nil, label: String = "steady") throws -> Steady {
        let run = try DaemonRun(label: label)
        defer { run.remove() }
        if let prepare {
            try FileManager.default.createDirectory(atPath: run.state, withIntermediateDirectories: true)
            try prepare(run.state + "/claims.sqlite")
        }
        try run.startClaimwatch()
        var dropped = [String: UInt64]()
        for n in 0..<count {
            let file = BenchInputs.File(name: "\(label)-\(n).txt", bytes: BenchInputs.newClaimArticle(n, tag: label))
            dropped[file.name] = try run.drop(file)
            usleep(UInt32(options.steadyIntervalMillis) * 1000)
        }
        _ = run.waitForEmptyInbox(timeout: 120)
        let latencies = try journalLatencies(pid: run.process!.processIdentifier, dropped: dropped)
        return Steady(files: count, latenciesMicros: latencies, peakRSSMiB: run.peakRSSMiB())
    }

    /// Reads the daemon's alert entries and pairs each with its file's drop time.
    func journalLatencies(pid: Int32, dropped: [String: UInt64]) throws -> [Double] {
        let cursor = try JournalCursor()
        try cursor.match("_PID", String(pid))
        cursor.seekHead()
        var found = [String: Double]()
        let deadline = Clock.monotonicSeconds() + 20
        while found.count < dropped.count && Clock.monotonicSeconds() < deadline {
            while let record = try cursor.next() {
                guard record.fields["ALERT_ID"] != nil, let file = record.fields["ARTICLE_FILE"], let at = dropped[file], found[file] == nil else { continue }
                found[file] = Double(Int64(record.realtimeMicros) - Int64(at))
            }
            if found.count < dropped.count { _ = try cursor.wait(timeoutMicros: 200_000) }
        }
        if found.count < dropped.count { log("warning: \(dropped.count - found.count) of \(dropped.count) alerts not found in the journal") }
        return Array(found.values)
    }

    // MARK: scale

    public struct Scale: Sendable {
        public var knownClaims: Int
        public var fillSeconds: Double
        public var diffMicros: [Double]
        public var steady: Steady
    }

    /// The store pre-filled with `size` synthetic known claims: per-article diff time (candidate
    /// lookup and plan, in this process) and the daemon's end-to-end latency on that store.
    public func scale(size: Int, steadyFiles: Int) throws -> Scale {
        let fillRun = try DaemonRun(label: "scale-\(size)")
        defer { fillRun.remove() }
        let path = fillRun.work + "/claims.sqlite"
        let t0 = Clock.monotonicSeconds()
        let store = try SQLiteClaimStore(path: path)
        try store.insert(known: SyntheticClaims(lexicon: lexicon, count: size))
        let fill = Clock.monotonicSeconds() - t0
        let pipeline = ArticlePipeline(lexicon: lexicon)
        let articles = (0..<max(inputs.sources.count, 200)).compactMap {
            try? pipeline.process(inputs.copy($0, tag: "scale").bytes, fileName: "s\($0)", modified: nil)
        }
        .filter { !$0.claims.isEmpty }
        var diffs = [Double]()
        for round in 0..<3 {
            for (i, extracted) in articles.enumerated() {
                let start = Clock.monotonicSeconds()
                _ = try store.plan(for: extracted, sequence: Int64(size + round * articles.count + i))
                diffs.append((Clock.monotonicSeconds() - start) * 1e6)
            }
        }
        let steady = try steady(
            files: steadyFiles,
            state: { target in
                try FileManager.default.copyItem(atPath: path, toPath: target)
                for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                    try FileManager.default.copyItem(atPath: path + suffix, toPath: target + suffix)
                }
                // The copy's pages are still dirty in the page cache; without this the daemon's
                // first checkpoint (its first fsync of the store) writes the whole copy back and
                // the scale p99 is the benchmark's own copy, not the daemon.
                for file in [target, target + "-wal"] where FileManager.default.fileExists(atPath: file) {
                    try FileHandle(forUpdating: URL(fileURLWithPath: file)).synchronize()
                }
            }, label: "scale\(size)")
        return Scale(knownClaims: size, fillSeconds: fill, diffMicros: diffs, steady: steady)
    }
}

extension Bench {
    public struct Identity: Sendable {
        public var knownArticles: Int
        public var fillSeconds: Double
        /// Per article: the body's signature, and the store's lookup of versions and copies.
        public var signatureMicros: [Double]
        public var lookupMicros: [Double]
    }

    /// Versions and copies (issue 25): a store of `size` known articles filed by signature band;
    /// the cost per article of its signature and of the lookup among them.
    public func identity(size: Int) throws -> Identity {
        let run = try DaemonRun(label: "identity-\(size)")
        defer { run.remove() }
        let store = try SQLiteClaimStore(path: run.work + "/claims.sqlite")
        let t0 = Clock.monotonicSeconds()
        try store.insert(syntheticArticles: size)
        let fill = Clock.monotonicSeconds() - t0
        let pipeline = ArticlePipeline(lexicon: lexicon)
        let articles = (0..<max(inputs.sources.count, 200)).compactMap {
            try? pipeline.process(inputs.copy($0, tag: "identity").bytes, fileName: "i\($0)", modified: nil)
        }
        var signatures = [Double](), lookups = [Double]()
        for _ in 0..<3 {
            for extracted in articles {
                var start = Clock.monotonicSeconds()
                _ = ArticleSignature(paragraphs: extracted.article.paragraphs)
                signatures.append((Clock.monotonicSeconds() - start) * 1e6)
                start = Clock.monotonicSeconds()
                _ = try store.identity(of: extracted)
                lookups.append((Clock.monotonicSeconds() - start) * 1e6)
            }
        }
        return Identity(knownArticles: size, fillSeconds: fill, signatureMicros: signatures, lookupMicros: lookups)
    }
}

/// The lexicon as the peer reads it: canonical names and their aliases.
enum PeerLexicon {
    static func write(_ lexicon: Lexicon, to path: String) throws {
        var object: [String: Any] = [:]
        object["actors"] = lexicon.actors.map { ["name": $0.name, "aliases": $0.aliases, "role": "\($0.role)"] }
        object["places"] = lexicon.places.map { ["name": $0.name, "aliases": $0.aliases, "region": $0.region as Any] }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
    }
}
