import ArgumentParser
import ClaimBench
import ClaimCore
import ClaimDaemon
import Foundation

/// `claimwatch-bench`: issue 6's figures in one run, a table and one JSON line. Its own
/// executable, so the shipped `claimwatch` carries no benchmark code.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimwatch-bench",
        abstract: "Measure claimwatch on this machine: extraction, bursts, steady latency, store scale, memory, against the physical floor and a Python peer.",
        discussion: """
            Runs the real daemon (`claimwatch run`, the binary beside this one unless --claimwatch \
            names another) on temporary inboxes against the running \
            systemd-journald (scripts/with-journald gives a private one), so its alerts land in \
            that journal. Prints a table, then one line starting with BENCH_JSON=.

            Scenarios:
              floor       one bare sd_journal_sendv and one SQLite WAL commit (synchronous=NORMAL)
              extraction  reading + extraction alone over byte-distinct corpus copies
              waking      the steady article's extraction and the floor, back to back
                          and after 50 ms idle: what waking costs on this machine
              burst       N files in the inbox at start, then N dropped at once (staged beside
                          the inbox, renamed in), then N written in one by one: files/s until empty
              steady      one new-claim file every 50 ms: rename → journald receive time (p50/p99/max)
              scale       store pre-filled with 1k / 100k / 1M synthetic known claims: diff time per
                          article and steady latency on that store
              identity    versions and copies: body signature and lookup per article among 1k / 1M known articles
              peer        the same burst through Benchmarks/peer/peer.py (when python3 is present)

            Examples:
              scripts/bench                       # release build, private journald, full size
              claimwatch-bench --quick            # small sizes, a minute or two
            """
    )

    @Option(help: ArgumentHelp("Articles to copy into byte-distinct inputs (default: ../shared/corpus/dev/articles when present).", valueName: "DIR"))
    var corpus: String?

    @Option(help: ArgumentHelp("The claimwatch binary to measure (default: the one beside this binary).", valueName: "FILE"))
    var claimwatch: String?

    @Option(help: ArgumentHelp("The Python peer script.", valueName: "FILE"))
    var peer: String = "Benchmarks/peer/peer.py"

    @Flag(help: "Small sizes (1,000 inputs and files, stores of 1k and 100k claims): a quick look, not the figures.")
    var quick = false

    @Option(
        help: ArgumentHelp("Only these scenarios (repeatable): floor, extraction, waking, burst, steady, scale, identity, shared, peer.", valueName: "NAME"))
    var only: [String] = []

    @Option(
        name: .customLong("scale-size"),
        help: ArgumentHelp("Known claims in the scale scenario's store (repeatable; default 1,000, 100,000 and 1,000,000).", valueName: "N"))
    var scaleSizes: [Int] = []

    @Option(
        help: ArgumentHelp(
            "A PostgreSQL server for the shared-store scenario, as postgresql://USER@HOST:PORT/DB (password from PGPASSFILE); it makes a database per run. Default: $CLAIMWATCH_TEST_POSTGRES (scripts/bench starts a throwaway server).",
            valueName: "URL"))
    var storeServer: String?

    func run() throws {
        if let claimwatch { BenchPaths.claimwatch = claimwatch }
        guard FileManager.default.isExecutableFile(atPath: BenchPaths.claimwatch) else {
            throw ValidationError("no claimwatch binary at '\(BenchPaths.claimwatch)': build it (swift build --product claimwatch) or pass --claimwatch FILE")
        }
        var options = Bench.Options()
        options.corpus = corpus ?? (FileManager.default.fileExists(atPath: "../shared/corpus/dev/articles") ? "../shared/corpus/dev/articles" : nil)
        options.peerScript = peer
        options.sharedStoreServer = storeServer ?? ProcessInfo.processInfo.environment["CLAIMWATCH_TEST_POSTGRES"]
        if quick {
            options.extractionInputs = 1_000
            options.burstFiles = 1_000
            options.steadyFiles = 60
            options.scaleSizes = [1_000, 100_000]
            options.identitySizes = [1_000, 100_000]
            options.floorSamples = 500
        }
        if !scaleSizes.isEmpty { options.scaleSizes = scaleSizes }
        let lexicon = try LexiconLoader.load(overlays: [])
        let bench = Bench(options: options, lexicon: lexicon) { FileHandle.standardError.write(Data("bench: \($0)\n".utf8)) }
        func wanted(_ name: String) -> Bool { only.isEmpty || only.contains(name) }
        func say(_ text: String) { FileHandle.standardError.write(Data("bench: \(text)\n".utf8)) }
        var json: [String: Any] = ["inputs": bench.inputDescription, "cores": ProcessInfo.processInfo.activeProcessorCount]
        var rows: [(String, String)] = []
        func row(_ name: String, _ value: String) { rows.append((name, value)) }
        func f(_ v: Double, _ digits: Int = 0) -> String { String(format: "%.\(digits)f", v) }

        var floorMicros: Double?
        if wanted("floor") {
            say("floor")
            let floor = try bench.floor()
            floorMicros = floor.sendv + floor.commit
            row("floor: sd_journal_sendv", "\(f(floor.sendv, 1)) µs")
            row("floor: SQLite WAL commit", "\(f(floor.commit, 1)) µs")
            row("floor: sendv + commit", "\(f(floor.sendv + floor.commit, 1)) µs")
            json["floor"] = ["sendv_us": floor.sendv, "commit_us": floor.commit, "total_us": floor.sendv + floor.commit]
        }
        if wanted("extraction") {
            say("extraction over \(options.extractionInputs) inputs")
            let x = try bench.extraction()
            let rate = Double(x.articles) / x.seconds
            row(
                "extraction",
                "\(f(rate)) articles/s, \(f(Double(x.bytes) / x.seconds / 1e6, 2)) MB/s (\(x.articles) inputs, \(x.claims) claims, \(f(x.seconds * 1e6 / Double(x.articles))) µs each)"
            )
            json["extraction"] = [
                "articles": x.articles, "bytes": x.bytes, "seconds": x.seconds, "articles_per_s": rate, "mb_per_s": Double(x.bytes) / x.seconds / 1e6,
            ]
        }
        if wanted("waking") {
            let samples = quick ? 40 : 100
            say("waking: \(samples) samples each, back to back and after \(options.steadyIntervalMillis) ms idle")
            let w = try bench.waking(samples: samples)
            row(
                "waking: small article",
                "p50 \(f(w.extractionHot)) µs back to back, \(f(w.extractionIdle)) µs after \(w.idleMillis) ms idle (\(f(w.extractionIdle / w.extractionHot, 1))×)"
            )
            row(
                "waking: sendv + commit",
                "p50 \(f(w.floorHot)) µs back to back, \(f(w.floorIdle)) µs after \(w.idleMillis) ms idle (\(f(w.floorIdle / w.floorHot, 1))×)")
            json["waking"] = [
                "samples": w.samples, "idle_ms": w.idleMillis, "extraction_hot_us": w.extractionHot, "extraction_idle_us": w.extractionIdle,
                "floor_hot_us": w.floorHot, "floor_idle_us": w.floorIdle,
            ]
        }
        var ours: Bench.Burst?
        var oursSteady: Distribution?
        if wanted("burst") {
            say("burst: \(options.burstFiles) files at start, then \(options.burstFiles) dropped")
            let b = try bench.claimwatchBurst()
            ours = b
            row("burst: in inbox at start", "\(f(Double(b.atStartFiles) / b.atStartSeconds)) files/s (\(b.atStartFiles) in \(f(b.atStartSeconds, 1)) s)")
            row(
                "burst: dropped at once",
                "\(f(Double(b.droppedFiles) / b.droppedSeconds)) files/s (\(b.droppedFiles) staged, renamed in, \(f(b.droppedSeconds, 1)) s)")
            row(
                "burst: written in one by one",
                "\(f(Double(b.writtenFiles) / b.writtenSeconds)) files/s (\(b.writtenFiles) in \(f(b.writtenSeconds, 1)) s, the writer's time included); \(b.done) in done/"
            )
            row("burst: peak RSS", b.peakRSSMiB.map { "\(f($0, 1)) MiB" } ?? "n/a")
            json["burst"] = burstJSON(b)
        }
        if wanted("steady") {
            say("steady: \(options.steadyFiles) files, one every \(options.steadyIntervalMillis) ms")
            let s = try bench.steady(files: options.steadyFiles)
            let d = Distribution(s.latenciesMicros)
            oursSteady = d
            let ratio = floorMicros.map { " = \(f(d.percentile(99) / $0, 1))× floor" } ?? ""
            row(
                "steady latency",
                "p50 \(f(d.percentile(50) / 1000, 2)) ms, p99 \(f(d.percentile(99) / 1000, 2)) ms\(ratio), max \(f(d.max / 1000, 2)) ms (\(s.latenciesMicros.count)/\(s.files) alerts)"
            )
            row("steady: peak RSS", s.peakRSSMiB.map { "\(f($0, 1)) MiB" } ?? "n/a")
            json["steady"] = steadyJSON(s, floor: floorMicros)
        }
        if wanted("scale") {
            var scales = [[String: Any]]()
            var firstDiff: Double?
            for size in options.scaleSizes {
                say("scale: \(size) known claims")
                let sc = try bench.scale(size: size, steadyFiles: min(options.steadyFiles, 60))
                let diff = Distribution(sc.diffMicros)
                let lat = Distribution(sc.steady.latenciesMicros)
                firstDiff = firstDiff ?? diff.percentile(50)
                let growth = firstDiff.map { " (\(f(diff.percentile(50) / $0, 2))× the smallest)" } ?? ""
                row(
                    "scale \(size): diff per article",
                    "p50 \(f(diff.percentile(50), 1)) µs\(growth), p99 \(f(diff.percentile(99), 1)) µs (store filled in \(f(sc.fillSeconds, 1)) s)")
                row(
                    "scale \(size): steady latency",
                    "p50 \(f(lat.percentile(50) / 1000, 2)) ms, p99 \(f(lat.percentile(99) / 1000, 2)) ms; peak RSS \(sc.steady.peakRSSMiB.map { f($0, 1) } ?? "n/a") MiB"
                )
                scales.append([
                    "known_claims": size, "fill_s": sc.fillSeconds, "diff_p50_us": diff.percentile(50), "diff_p99_us": diff.percentile(99),
                    "steady": steadyJSON(sc.steady, floor: floorMicros),
                ])
            }
            json["scale"] = scales
        }
        if wanted("identity") {
            var sizes = [[String: Any]]()
            for size in options.identitySizes {
                say("identity: \(size) known articles")
                let id = try bench.identity(size: size)
                let (sig, look) = (Distribution(id.signatureMicros), Distribution(id.lookupMicros))
                row(
                    "identity \(size): per article",
                    "signature p50 \(f(sig.percentile(50), 1)) µs, lookup p50 \(f(look.percentile(50), 1)) µs, p99 \(f(look.percentile(99), 1)) µs (store filled in \(f(id.fillSeconds, 1)) s)"
                )
                sizes.append([
                    "known_articles": size, "fill_s": id.fillSeconds, "signature_p50_us": sig.percentile(50), "lookup_p50_us": look.percentile(50),
                    "lookup_p99_us": look.percentile(99),
                ])
            }
            json["identity"] = sizes
        }
        if wanted("shared") {
            if options.sharedStoreServer == nil {
                row("shared store", "skipped (no PostgreSQL server: --store-server URL, or scripts/bench with PostgreSQL installed)")
            }
            var shared = [[String: Any]]()
            for hosts in options.sharedStoreServer == nil ? [] : [1, 2] {
                say("shared: \(hosts) daemon(s) on one PostgreSQL database: burst of \(options.burstFiles), then \(options.steadyFiles) steady files")
                let sh = try bench.shared(hosts: hosts)
                let (b, d) = (sh.burst, Distribution(sh.steady.latenciesMicros))
                let name = "postgresql, \(hosts) daemon\(hosts == 1 ? "" : "s")"
                let besideAtStart = ours.map { " (SQLite, 1 daemon: \(f(Double($0.atStartFiles) / $0.atStartSeconds)))" } ?? ""
                let besideDropped = ours.map { " (SQLite: \(f(Double($0.droppedFiles) / $0.droppedSeconds)))" } ?? ""
                let besideSteady = oursSteady.map { " (SQLite: p50 \(f($0.percentile(50) / 1000, 2)) ms, p99 \(f($0.percentile(99) / 1000, 2)) ms)" } ?? ""
                row("\(name): burst at start", "\(f(Double(b.atStartFiles) / b.atStartSeconds)) files/s\(besideAtStart)")
                row("\(name): burst dropped", "\(f(Double(b.droppedFiles) / b.droppedSeconds)) files/s\(besideDropped); \(b.done) in done/")
                row(
                    "\(name): steady latency",
                    "p50 \(f(d.percentile(50) / 1000, 2)) ms, p99 \(f(d.percentile(99) / 1000, 2)) ms (\(sh.steady.latenciesMicros.count)/\(sh.steady.files) alerts)\(besideSteady)"
                )
                shared.append(["hosts": hosts, "burst": burstJSON(b), "steady": steadyJSON(sh.steady, floor: floorMicros)])
            }
            if !shared.isEmpty { json["shared"] = shared }
        }
        if wanted("peer") {
            say("peer: the same burst through \(peer)")
            if let p = try bench.peerBurst() {
                row("peer burst: in inbox at start", "\(f(Double(p.atStartFiles) / p.atStartSeconds)) files/s")
                row(
                    "peer burst: dropped at once",
                    "\(f(Double(p.droppedFiles) / p.droppedSeconds)) files/s; written in one by one \(f(Double(p.writtenFiles) / p.writtenSeconds)) files/s; \(p.done) in done/; peak RSS \(p.peakRSSMiB.map { f($0, 1) } ?? "n/a") MiB"
                )
                json["peer_burst"] = burstJSON(p)
                if let ours {
                    let ratio = (Double(ours.droppedFiles) / ours.droppedSeconds) / (Double(p.droppedFiles) / p.droppedSeconds)
                    row("claimwatch / peer (dropped burst)", "\(f(ratio, 2))×")
                    json["ratio_to_peer"] = ratio
                }
            } else {
                row("peer", "skipped (no \(peer))")
            }
        }
        let width = rows.map(\.0.count).max() ?? 0
        print("claimwatch-bench — \(bench.inputDescription), \(ProcessInfo.processInfo.activeProcessorCount) cores")
        for (name, value) in rows { print(name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + value) }
        let data = try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys])
        print("BENCH_JSON=" + String(decoding: data, as: UTF8.self))
    }

    func burstJSON(_ b: Bench.Burst) -> [String: Any] {
        [
            "at_start_files": b.atStartFiles, "at_start_s": b.atStartSeconds, "at_start_files_per_s": Double(b.atStartFiles) / b.atStartSeconds,
            "dropped_files": b.droppedFiles, "dropped_s": b.droppedSeconds, "dropped_files_per_s": Double(b.droppedFiles) / b.droppedSeconds,
            "written_files": b.writtenFiles, "written_s": b.writtenSeconds,
            "written_files_per_s": b.writtenSeconds > 0 ? Double(b.writtenFiles) / b.writtenSeconds : 0,
            "done": b.done, "peak_rss_mib": b.peakRSSMiB ?? -1,
        ]
    }

    func steadyJSON(_ s: Bench.Steady, floor: Double?) -> [String: Any] {
        let d = Distribution(s.latenciesMicros)
        var out: [String: Any] = [
            "files": s.files, "alerts_timed": s.latenciesMicros.count, "p50_us": d.percentile(50), "p99_us": d.percentile(99), "max_us": d.max,
            "peak_rss_mib": s.peakRSSMiB ?? -1,
        ]
        if let floor { out["p99_over_floor"] = d.percentile(99) / floor }
        return out
    }
}
