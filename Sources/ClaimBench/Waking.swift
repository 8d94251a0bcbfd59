import ClaimCore
import Foundation
import Journal

extension Bench {
    /// Back to back, and each after the steady scenario's gap of idle (p50, µs).
    public struct Waking: Sendable {
        public var samples: Int
        public var idleMillis: Int
        public var extractionHot: Double, extractionIdle: Double
        public var floorHot: Double, floorIdle: Double
    }

    /// What idling costs the next piece of work on this machine: the steady scenario's small
    /// article read and extracted, and the floor (one sendv and one WAL commit), each measured
    /// back to back and after `steadyIntervalMillis` of sleep. Steady latency is paid after
    /// idle; the floor it is compared with is measured hot, so this says how much of the ratio
    /// is the machine waking.
    public func waking(samples: Int) throws -> Waking {
        let pipeline = ArticlePipeline(lexicon: lexicon)
        let writer = JournalWriter()
        let entry = CommitFloor.journalEntry("waking")
        let run = try DaemonRun(label: "waking")
        defer { run.remove() }
        let floor = try CommitFloor(in: run)
        /// `work`'s p50; `prepare` (untimed) makes its input. Each run gets articles of its own
        /// (`tag`), so neither finds the other's words in the pipeline's word memo.
        func p50<Input>(idle: Bool, _ prepare: (Int) -> Input, _ work: (Input) throws -> Void) throws -> Double {
            var times = [Double]()
            for n in 0..<samples {
                let input = prepare(n)
                if idle { usleep(UInt32(options.steadyIntervalMillis) * 1000) }
                let start = Clock.monotonicSeconds()
                try work(input)
                times.append((Clock.monotonicSeconds() - start) * 1e6)
            }
            return Distribution(times).percentile(50)
        }
        func article(_ tag: String) -> (Int) -> BenchInputs.File {
            { n in BenchInputs.File(name: "\(tag)-\(n).txt", bytes: BenchInputs.newClaimArticle(n, tag: tag)) }
        }
        let extract: (BenchInputs.File) throws -> Void = { file in _ = try pipeline.process(file.bytes, fileName: file.name, modified: nil) }
        let commit: (Int) throws -> Void = { _ in
            try writer.send(entry)
            try floor.commitOne()
        }
        return Waking(
            samples: samples, idleMillis: options.steadyIntervalMillis,
            extractionHot: try p50(idle: false, article("waking-hot"), extract),
            extractionIdle: try p50(idle: true, article("waking-idle"), extract),
            floorHot: try p50(idle: false, { $0 }, commit), floorIdle: try p50(idle: true, { $0 }, commit))
    }
}
