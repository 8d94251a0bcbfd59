import ClaimTesting
import Foundation
import Testing

/// Russian, Ukrainian and an unread language through the real daemon and journald (issue 21).
/// The articles are written for this test.
@Suite(.serialized) struct LanguagesEndToEndTests {
    let harness: DaemonHarness

    init() throws { harness = try DaemonHarness(name: "languages") }

    func alerts(_ files: [String]) throws -> [[String: String]] {
        try JournalReader.entries(["SYSLOG_IDENTIFIER=claimwatch"]).filter { files.contains($0["ARTICLE_FILE"] ?? "") && $0["CLAIM_EVENT"] != nil }
    }

    @Test func aRussianClaimIsAlertedOnceWithItsLanguageAndItsEnglishReReportIsNotNew() throws {
        let tag = UUID().uuidString.prefix(8)
        let russian = try harness.article(
            "ru-\(tag).txt",
            """
            Легион заявил о прорыве

            22 мая 2023

            Легион «Свобода России» в понедельник заявил, что его бойцы перешли границу и вошли в Козинку в Белгородской области.
            """)
        let english = try harness.article(
            "en-\(tag).txt",
            """
            Legion claims crossing

            May 23, 2023

            The Freedom of Russia Legion said on Monday that its fighters had crossed into the Belgorod region and entered Kozinka.
            """)
        let daemon = try harness.start()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        try harness.drop([russian])
        #expect(try harness.waitForEmptyInbox())
        try harness.drop([english])
        #expect(try harness.waitForEmptyInbox())
        let raised = try alerts([russian.lastPathComponent, english.lastPathComponent])
        #expect(raised.count == 1, "the English re-report of the Russian claim is no new claim: \(raised)")
        let alert = try #require(raised.first)
        #expect(alert["ARTICLE_LANG"] == "ru")
        #expect(alert["CLAIM_KIND"] == "raid")
        #expect(alert["CLAIM_CLAIMANT"] == "Freedom of Russia Legion")
        #expect(alert["CLAIM_REGION"] == "Belgorod Oblast")
        #expect(alert["CLAIM_PLACES"] == "Kozinka")
        #expect(alert["CLAIM_DATE"] == "2023-05-22")
        // Evidence stays verbatim Cyrillic; MESSAGE is English.
        #expect(alert["CLAIM_EVIDENCE"]?.contains("перешли границу") == true)
        #expect(alert["MESSAGE"]?.hasPrefix("New raid claim: Freedom of Russia Legion says") == true)
    }

    @Test func anArticleInALanguageNotReadIsDoneWithNoClaimAndSaidOnce() throws {
        let tag = UUID().uuidString.prefix(8)
        let german = try harness.article(
            "de-\(tag).txt",
            """
            Gefechte an der Grenze

            22. Mai 2023

            Die Legion sagte, dass ihre Kämpfer die Grenze überschritten haben und sich in dem Dorf Kosinka befinden, wie der Gouverneur bestätigte.
            """)
        let daemon = try harness.start()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        try harness.drop([german])
        #expect(try harness.waitForEmptyInbox())
        #expect(FileManager.default.fileExists(atPath: harness.work.appendingPathComponent("state/done/\(german.lastPathComponent)").path))
        #expect(try alerts([german.lastPathComponent]).isEmpty)
        let said = try JournalReader.entries(["SYSLOG_IDENTIFIER=claimwatch"]).filter { ($0["MESSAGE"] ?? "").contains(german.lastPathComponent) }
        #expect(said.count == 1, "one line names the file: \(said.map { $0["MESSAGE"] ?? "" })")
        #expect(said.first?["MESSAGE"]?.contains("(de)") == true)
        #expect(said.first?["PRIORITY"] == "6")
    }
}
