import ClaimTesting
import Foundation
import Testing

/// `replay` and `export` (issue 23) with the built binary, against the real daemon's alerts
/// and the real store.
@Suite(.serialized) struct ReplayExportTests {
    let harness: DaemonHarness
    init() throws { harness = try DaemonHarness(name: "replay") }

    func jsonLines(_ text: String) -> [[String: Any]] {
        text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    }

    /// What the issue compares: kind, claimant, region, date, evidence (and the event and file).
    func summary(_ fields: [String: Any]) -> String {
        ["claim_event", "claim_kind", "claim_claimant", "claim_region", "claim_date", "claim_evidence", "article_file"]
            .map { "\(fields[$0] ?? "-")" }.joined(separator: " | ")
    }

    @Test func replayGivesTheAlertsTheDaemonGaveForTheSameStream() throws {
        let corpus = DaemonHarness.corpus.appendingPathComponent("articles")
        guard FileManager.default.fileExists(atPath: corpus.path) else {
            print("ReplayExportTests: ../shared/corpus is absent; the replay-against-the-daemon test is skipped")
            return
        }
        let replay = try DaemonHarness.cli(["replay", "--json", corpus.path])
        #expect(replay.status == 0)
        let replayed = jsonLines(replay.output).map(summary)
        #expect(replayed.count > 30)
        let again = try DaemonHarness.cli(["replay", "--json", corpus.path])
        #expect(again.output == replay.output, "the same input gives the same output, byte for byte")

        // The daemon, fed the same files one at a time in replay's order.
        let order = try DaemonHarness.cli(["replay", "--order", corpus.path]).output.split(separator: "\n").map { String($0.split(separator: " ").last!) }
        #expect(order.count == (try FileManager.default.contentsOfDirectory(atPath: corpus.path)).count)
        let daemon = try harness.start()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        for name in order {
            try harness.drop([corpus.appendingPathComponent(name)])
            #expect(try harness.waitForEmptyInbox(), "\(name) processed")
        }
        let journal = try JournalReader.entries(["_PID=\(daemon.processIdentifier)", "CLAIM_EVENT=new", "CLAIM_EVENT=updated"])
        let alerted = journal.map { entry in summary(Dictionary(uniqueKeysWithValues: entry.map { ($0.key.lowercased(), $0.value as Any) })) }
        #expect(alerted == replayed)
    }

    @Test func againstShowsExactlyTheAlertsAnAliasAdds() throws {
        let articles = harness.work.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try ArticleFixture.raid(into: "Belgorod", day: 22).write(to: articles.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "Bears\n\nJune 3, 2023\n\nThe White Bears unit said its fighters crossed into the Kursk region.\n"
            .write(to: articles.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let overlay = harness.work.appendingPathComponent("overlay")
        try FileManager.default.createDirectory(at: overlay, withIntermediateDirectories: true)
        try "Russian Volunteer Corps\tWhite Bears unit\n".write(to: overlay.appendingPathComponent("actors.tsv"), atomically: true, encoding: .utf8)

        let plain = try DaemonHarness.cli(["replay", "--json", articles.path])
        #expect(jsonLines(plain.output).count == 1)
        let changes = try DaemonHarness.cli(["replay", "--json", "--against", overlay.path, articles.path])
        let lines = jsonLines(changes.output)
        #expect(lines.count == 1, "\(changes.output)")
        #expect(lines.first?["change"] as? String == "added")
        let alert = lines.first?["alert"] as? [String: Any]
        #expect(alert?["claim_claimant"] as? String == "Russian Volunteer Corps" && alert?["article_file"] as? String == "b.txt")
        let table = try DaemonHarness.cli(["replay", "--against", overlay.path, articles.path]).output
        #expect(table.split(separator: "\n").filter { $0.hasPrefix("+ ") }.count == 1)
    }

    @Test func aFileReplayCannotReadIsNamedAndTheStatusSaysSo() throws {
        let articles = harness.work.appendingPathComponent("mixed")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        try ArticleFixture.raid().write(to: articles.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        _ = FileManager.default.createFile(atPath: articles.appendingPathComponent("empty.txt").path, contents: Data())
        let run = try DaemonHarness.cli(["replay", "--json", articles.path])
        #expect(run.status == 65)
        #expect(jsonLines(run.output).count == 1, "the replay goes on past the bad file")
    }

    @Test func exportedCSVParsedBackEqualsTheStoresRows() throws {
        let daemon = try harness.start()
        let texts = [
            ArticleFixture.raid(into: "Belgorod", day: 22),
            "Kursk, \"quoted\"\n\nJune 3, 2023\n\nThe Russian Volunteer Corps said, with \"irony\", that its fighters crossed into the Kursk region.\n",
            ArticleFixture.counterclaim(in: "Belgorod", day: 22),
            ArticleFixture.raid(into: "Belgorod", day: 23, note: "A second outlet, the same claim."),
        ]
        for (index, text) in texts.enumerated() { try harness.drop([try harness.article("e\(index).txt", text)]) }
        #expect(try harness.waitForEmptyInbox())
        daemon.terminate()
        daemon.waitUntilExit()
        let csv = harness.work.appendingPathComponent("claims.csv")
        let export = try DaemonHarness.cli(["export", "--state", harness.state.path])
        #expect(export.status == 0)
        try export.output.write(to: csv, atomically: true, encoding: .utf8)
        let check = """
            import csv, sqlite3, sys
            rows = list(csv.reader(open(sys.argv[1], newline="")))
            header, body = rows[0], rows[1:]
            db = sqlite3.connect(sys.argv[2])
            stored = db.execute('''SELECT c.id, c.kind, c.claimant, a.file_name, a.sha256, m.evidence, c.source_count
                FROM mentions m JOIN claims c ON c.id = m.claim_id JOIN articles a ON a.id = m.article_id''').fetchall()
            want = sorted((r[0], r[1], r[2], r[3], r[4], r[5], str(r[6])) for r in stored)
            col = {name: i for i, name in enumerate(header)}
            got = sorted((r[col["claim_id"]], r[col["kind"]], r[col["claimant"]], r[col["article_file"]], r[col["article_sha256"]], r[col["evidence"]], r[col["sources"]]) for r in body)
            print(len(got), "rows")
            sys.exit(0 if got == want and len(got) >= 4 else 1)
            """
        let result = try JournalReader.run(["python3", "-c", check, csv.path, harness.state.appendingPathComponent("claims.sqlite").path])
        #expect(result.status == 0, "\(result.output)")
        let jsonl = try DaemonHarness.cli(["export", "--format", "jsonl", "--kind", "raid", "--state", harness.state.path])
        let claims = jsonLines(jsonl.output)
        #expect(claims.allSatisfy { $0["kind"] as? String == "raid" } && !claims.isEmpty)
        #expect(claims.contains { ($0["mentions"] as? [Any])?.count == 2 }, "a claim two articles carried lists both")
    }
}
