import ClaimTesting
import Foundation
import Testing

/// Runs the built `claimwatch` binary as a user would, against the real journald.
@Suite(.serialized) struct DaemonEndToEndTests {
    static let corpus = DaemonHarness.corpus
    let harness: DaemonHarness
    var work: URL { harness.work }

    init() throws { harness = try DaemonHarness(name: "e2e") }

    func start() throws -> Process { try harness.start() }
    func drop(_ files: [URL], prefix: String = "") throws { try harness.drop(files, prefix: prefix) }
    func waitForEmptyInbox() throws { if !(try harness.waitForEmptyInbox()) { Issue.record("inbox did not empty") } }

    func alerts(_ files: [String]) throws -> [[String: String]] {
        try JournalReader.entries(["SYSLOG_IDENTIFIER=claimwatch"]).filter { files.contains($0["ARTICLE_FILE"] ?? "") && $0["CLAIM_EVENT"] != nil }
    }

    @Test func ownFixtureRaisesOneAlertOnceAndStopsCleanly() throws {
        let name = "fixture-\(UUID().uuidString).txt"
        let article = work.appendingPathComponent(name)
        try """
        Volunteers claim a night crossing

        May 22, 2023

        The Freedom of Russia Legion said on Monday that its fighters had crossed into the Belgorod region and seized Kozinka.
        """.write(to: article, atomically: true, encoding: .utf8)
        let daemon = try start()
        try drop([article])
        try waitForEmptyInbox()
        let first = try alerts([name])
        #expect(first.count == 1)
        let alert = try #require(first.first)
        #expect(alert["CLAIM_KIND"] == "raid")
        #expect(alert["CLAIM_CLAIMANT"] == "Freedom of Russia Legion")
        #expect(alert["CLAIM_REGION"] == "Belgorod Oblast")
        #expect(alert["CLAIM_PLACES"] == "Kozinka")
        #expect(alert["CLAIM_DATE"] == "2023-05-22")
        #expect(alert["PRIORITY"] == "4")
        #expect(alert["ALERT_ID"]?.count == 32)
        try drop([article], prefix: "again-")
        try waitForEmptyInbox()
        #expect(try alerts([name, "again-\(name)"]).count == 1, "same bytes under a new name alert nothing")
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("state/done/again-\(name)").path))
        daemon.terminate()
        daemon.waitUntilExit()
        #expect(daemon.terminationStatus == 0)
    }

    @Test func seedArticlesRaiseTheirFirstMentionsOnce() throws {
        guard FileManager.default.fileExists(atPath: Self.corpus.path) else {
            print("DaemonEndToEndTests: ../shared/corpus is absent; the seed-article run is skipped")
            return
        }
        let seeds = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.appendingPathComponent("articles").path)
            .filter { $0.hasPrefix("00") && Int($0.prefix(3))! <= 4 }.sorted()
        let daemon = try start()
        try drop(seeds.map { Self.corpus.appendingPathComponent("articles/\($0)") })
        try waitForEmptyInbox()
        let raised = try alerts(seeds).filter { $0["CLAIM_EVENT"] == "new" }
        #expect(!raised.isEmpty)
        for alert in raised {
            for field in [
                "MESSAGE", "MESSAGE_ID", "CLAIM_ID", "CLAIM_KIND", "CLAIM_CLAIMANT", "CLAIM_EVIDENCE", "CLAIM_SOURCES", "CLAIM_ORIGINS", "ALERT_ID",
                "ARTICLE_SHA256",
            ] {
                #expect(alert[field] != nil, "alert lacks \(field)")
            }
        }
        // Compare with the gold first mentions of these five files (kind + claimant per file).
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.corpus.appendingPathComponent("gold.json"))) as! [String: Any]
        var seen = Set<String>()
        var expected = [(String, String, String)]()
        for article in gold["articles"] as! [[String: Any]] where seeds.contains(article["file"] as! String) {
            for claim in article["claims"] as! [[String: Any]] where seen.insert(claim["id"] as! String).inserted {
                expected.append((article["file"] as! String, claim["kind"] as! String, claim["claimant"] as! String))
            }
        }
        var pool = raised.map { ($0["ARTICLE_FILE"]!, $0["CLAIM_KIND"]!, $0["CLAIM_CLAIMANT"]!) }
        var matched = 0
        for want in expected {
            if let i = pool.firstIndex(where: { $0 == want }) { matched += 1; pool.remove(at: i) }
        }
        print("DaemonEndToEndTests: \(matched) of \(expected.count) gold first mentions alerted (\(raised.count) new alerts)")
        #expect(matched * 2 >= expected.count, "fewer than half the gold first mentions were alerted")
        try drop(seeds.map { Self.corpus.appendingPathComponent("articles/\($0)") }, prefix: "copy-")
        try waitForEmptyInbox()
        #expect(try alerts(seeds.map { "copy-\($0)" }).isEmpty, "copies under new names must alert nothing")
        daemon.terminate()
        daemon.waitUntilExit()
        #expect(daemon.terminationStatus == 0)
    }
}
