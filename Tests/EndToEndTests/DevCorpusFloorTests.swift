import ClaimTesting
import Foundation
import Testing

/// Runs the current `claimwatch scan --json` over the dev corpus and scores it
/// with `score.py extract`: a regression below the floor fails the suite.
/// The predictions are made here, by this build, never read from a stored file.
@Suite struct DevCorpusFloorTests {
    static let floor = 0.85
    static var shared: URL { DaemonHarness.root.deletingLastPathComponent().appendingPathComponent("shared") }

    @Test func extractionStaysAboveTheFloor() throws {
        let corpus = Self.shared.appendingPathComponent("corpus/dev")
        let scorer = Self.shared.appendingPathComponent("tools/score.py")
        guard FileManager.default.fileExists(atPath: corpus.appendingPathComponent("gold.json").path),
            FileManager.default.fileExists(atPath: scorer.path)
        else {
            print("DevCorpusFloorTests: ../shared/corpus/dev or ../shared/tools/score.py is absent; the F1 floor is not checked")
            return
        }
        let predictions = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-pred-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: predictions) }
        let scan = try JournalReader.run([DaemonHarness.binary, "scan", "--json", corpus.appendingPathComponent("articles").path])
        #expect(scan.status == 0 || scan.status == 65, "claimwatch scan exited \(scan.status)")
        try Data(scan.output.utf8).write(to: predictions)
        let report = try JournalReader.run(["python3", scorer.path, "extract", "--json", "--gold", corpus.appendingPathComponent("gold.json").path, "--pred", predictions.path])
        #expect(report.status == 0, "score.py exited \(report.status)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let overall = try #require(json["overall"] as? [String: Any])
        let f1 = try #require(overall["f1"] as? Double)
        print("DevCorpusFloorTests: dev extraction F1 \(String(format: "%.3f", f1)) (floor \(Self.floor))")
        #expect(f1 >= Self.floor, "dev-corpus extraction F1 \(f1) fell below the floor \(Self.floor): run scripts/eval to see the misses")
        for (kind, value) in json["per_kind"] as? [String: [String: Any]] ?? [:] {
            let kindF1 = value["f1"] as? Double ?? 0
            #expect(kindF1 >= Self.floor, "F1 for \(kind) is \(kindF1), below the floor \(Self.floor)")
        }
    }
}
