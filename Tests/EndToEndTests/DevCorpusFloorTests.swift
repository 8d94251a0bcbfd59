import ClaimTesting
import Foundation
import Testing

/// Runs the current `claimwatch scan --json` over the dev corpora and scores it
/// with `score.py extract`: a regression below the floor fails the suite.
/// The predictions are made here, by this build, never read from a stored file.
@Suite struct DevCorpusFloorTests {
    static let floor = 0.85
    static var shared: URL { DaemonHarness.root.deletingLastPathComponent().appendingPathComponent("shared") }
    static var scorer: URL { shared.appendingPathComponent("tools/score.py") }

    /// Whether `corpus` and the scorer are there; prints one line naming what is absent when not.
    static func isPresent(_ corpus: URL, _ name: String) -> Bool {
        guard FileManager.default.fileExists(atPath: corpus.appendingPathComponent("gold.json").path),
            FileManager.default.fileExists(atPath: scorer.path)
        else {
            print("DevCorpusFloorTests: ../shared/corpus/\(name) or ../shared/tools/score.py is absent; the \(name) floor is not checked")
            return false
        }
        return true
    }

    /// `scan --json` over `articles` scored against `gold`: the overall F1 and each kind's.
    static func score(articles: URL, gold: URL) throws -> (f1: Double, perKind: [String: Double]) {
        let predictions = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-pred-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: predictions) }
        let scan = try JournalReader.run([DaemonHarness.binary, "scan", "--json", articles.path])
        #expect(scan.status == 0 || scan.status == 65, "claimwatch scan exited \(scan.status)")
        try Data(scan.output.utf8).write(to: predictions)
        let report = try JournalReader.run(["python3", scorer.path, "extract", "--json", "--gold", gold.path, "--pred", predictions.path])
        #expect(report.status == 0, "score.py exited \(report.status)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let overall = try #require(json["overall"] as? [String: Any])
        let f1 = try #require(overall["f1"] as? Double)
        let perKind = (json["per_kind"] as? [String: [String: Any]] ?? [:]).mapValues { $0["f1"] as? Double ?? 0 }
        return (f1, perKind)
    }

    @Test func extractionStaysAboveTheFloor() throws {
        let corpus = Self.shared.appendingPathComponent("corpus/dev")
        guard Self.isPresent(corpus, "dev") else { return }
        let (f1, perKind) = try Self.score(articles: corpus.appendingPathComponent("articles"), gold: corpus.appendingPathComponent("gold.json"))
        print("DevCorpusFloorTests: dev extraction F1 \(String(format: "%.3f", f1)) (floor \(Self.floor))")
        #expect(f1 >= Self.floor, "dev-corpus extraction F1 \(f1) fell below the floor \(Self.floor): run scripts/eval to see the misses")
        for (kind, kindF1) in perKind {
            #expect(kindF1 >= Self.floor, "F1 for \(kind) is \(kindF1), below the floor \(Self.floor)")
        }
    }

    /// dev2 by language (issues 20 and 21): regression guards a few points below today's
    /// figures (en 0.816, ru 0.894, uk 0.901; every kind of ru and uk ≥ 0.85). English's
    /// target (0.92, issue 20) is not reached yet; its floor rises as the extractor does.
    static let dev2Floors: [(lang: String, overall: Double, kind: Double)] = [("en", 0.78, 0.70), ("ru", 0.86, 0.80), ("uk", 0.86, 0.80)]

    @Test(arguments: [0, 1, 2]) func dev2ExtractionStaysAboveItsFloorInEachLanguage(index: Int) throws {
        let (lang, floor, kindFloor) = Self.dev2Floors[index]
        let corpus = Self.shared.appendingPathComponent("corpus/dev2")
        guard Self.isPresent(corpus, "dev2") else { return }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-dev2-\(lang)-\(UUID().uuidString)")
        let articles = work.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var gold = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: corpus.appendingPathComponent("gold.json"))) as? [String: Any])
        let chosen = (gold["articles"] as? [[String: Any]] ?? []).filter { $0["lang"] as? String == lang }
        #expect(chosen.count >= 10, "dev2 has \(chosen.count) articles in \(lang)")
        for article in chosen {
            let name = try #require(article["file"] as? String)
            try FileManager.default.copyItem(at: corpus.appendingPathComponent("articles/\(name)"), to: articles.appendingPathComponent(name))
        }
        gold["articles"] = chosen
        let goldFile = work.appendingPathComponent("gold.json")
        try JSONSerialization.data(withJSONObject: gold).write(to: goldFile)
        let (f1, perKind) = try Self.score(articles: articles, gold: goldFile)
        print("DevCorpusFloorTests: dev2 \(lang) extraction F1 \(String(format: "%.3f", f1)) (floor \(floor))")
        #expect(f1 >= floor, "dev2 \(lang) extraction F1 \(f1) fell below the floor \(floor): run scripts/eval on ../shared/corpus/dev2")
        for (kind, kindF1) in perKind {
            #expect(kindF1 >= kindFloor, "dev2 \(lang) F1 for \(kind) is \(kindF1), below the floor \(kindFloor)")
        }
    }
}
