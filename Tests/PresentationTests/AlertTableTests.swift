import ClaimCore
import Foundation
import Journal
import Presentation
import Testing

/// `claimwatch alerts` output, from records as sd-journal returns them.
@Suite struct AlertTableTests {
    // 2026-11-22 14:30:05 UTC
    let record = JournalRecord(
        realtimeMicros: 1_795_357_805_000_000,
        fields: [
            "MESSAGE": "New denial: …", "MESSAGE_ID": MessageID.newDenial, "CLAIM_EVENT": "new", "CLAIM_KIND": "denial",
            "CLAIM_CLAIMANT": "Russian Volunteer Corps", "CLAIM_REGION": "Belgorod Oblast", "CLAIM_DATE": "2023-05-22",
            "CLAIM_DENIES_CLAIMANT": "Russian Defense Ministry", "CLAIM_DENIES_KIND": "counterclaim", "CLAIM_SOURCES": "3",
            "ALERT_ID": "a1", "ARTICLE_FILE": "desk-17.txt", "_PID": "42",
        ])

    @Test func aRowIsAlignedUnderTheHeader() {
        let table = AlertTable(color: false, width: nil, utcOffset: 0)
        let line = table.line(record)
        #expect(line.hasPrefix("2026-11-22 14:30:05  new denial        Russian Volunteer Corps     Belgorod Oblast     2023-05-22  "))
        #expect(line.hasSuffix("denies Russian Defense Ministry's counterclaim [desk-17.txt]"))
        for title in ["EVENT", "CLAIMANT", "REGION", "DATE", "DETAIL"] {
            let column = table.header.range(of: title)!.lowerBound.utf16Offset(in: table.header)
            #expect(line.utf16.count > column)
        }
        #expect(
            table.header.range(of: "CLAIMANT")!.lowerBound.utf16Offset(in: table.header)
                == line.range(of: "Russian Volunteer")!.lowerBound.utf16Offset(in: line))
    }

    @Test func theTimeIsShownInTheLocalZone() {
        #expect(AlertTable(color: false, width: nil, utcOffset: 3 * 3_600).line(record).hasPrefix("2026-11-22 17:30:05"))
    }

    @Test func aNarrowTerminalShortensCellsWithAnEllipsis() {
        var long = record
        long.fields["CLAIM_CLAIMANT"] = "A Very Long Name Of An Armed Formation Indeed"
        let line = AlertTable(color: false, width: 110, utcOffset: 0).line(long)
        #expect(line.contains("A Very Long Name Of An Ar… "))
        #expect(line.count == 110)
        #expect(line.hasSuffix("…"))
    }

    @Test func colorMarksTheKindAndIsOffForPipes() {
        #expect(AlertTable(color: true, width: nil, utcOffset: 0).line(record).hasPrefix("\u{1B}[1;33m"))
        var raid = record
        raid.fields["CLAIM_KIND"] = "raid"
        #expect(AlertTable(color: true, width: nil, utcOffset: 0).line(raid).hasPrefix("\u{1B}[1;31m"))
        #expect(!AlertTable(color: false, width: nil, utcOffset: 0).line(raid).contains("\u{1B}"))
    }

    @Test func jsonCarriesTheClaimFieldsLowerCasedAndNoJournalInternals() throws {
        let object = try #require(JSONSerialization.jsonObject(with: Data(AlertTable.json(record, utcOffset: 0).utf8)) as? [String: Any])
        #expect(object["time"] as? String == "2026-11-22T14:30:05+00:00")
        #expect(object["claim_claimant"] as? String == "Russian Volunteer Corps")
        #expect(object["claim_sources"] as? Int == 3)
        #expect(object["alert_id"] as? String == "a1")
        #expect(object["_pid"] == nil && object["message_id"] == nil)
    }
}

/// The catalog and man page that ship with the unit, checked against the code.
@Suite struct ShippedDocumentationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func everyMessageIDHasOneCatalogEntryAndNoEntryIsStale() throws {
        let catalog = try String(contentsOf: Self.root.appendingPathComponent("systemd/claimwatch.catalog"), encoding: .utf8)
        let ids = catalog.split(separator: "\n").filter { $0.hasPrefix("-- ") }.map { String($0.dropFirst(3)) }
        #expect(ids.sorted() == MessageID.all.sorted())
        #expect(Set(ids).count == ids.count)
    }

    @Test func journalctlCompilesTheCatalogAndExplainsEachID() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-catalog-\(UUID().uuidString)")
        let dir = root.appendingPathComponent("usr/lib/systemd/catalog")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: Self.root.appendingPathComponent("systemd/claimwatch.catalog"), to: dir.appendingPathComponent("claimwatch.catalog"))
        try FileManager.default.createDirectory(at: root.appendingPathComponent("var/lib/systemd"), withIntermediateDirectories: true)
        let update = Process()
        update.executableURL = URL(fileURLWithPath: "/usr/bin/journalctl")
        update.arguments = ["--root", root.path, "--update-catalog"]
        let errors = Pipe()
        update.standardError = errors
        try update.run()
        update.waitUntilExit()
        #expect(update.terminationStatus == 0, "\(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")
        let dump = Process()
        dump.executableURL = URL(fileURLWithPath: "/usr/bin/journalctl")
        dump.arguments = ["--root", root.path, "--dump-catalog"] + MessageID.all
        let output = Pipe()
        dump.standardOutput = output
        try dump.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        dump.waitUntilExit()
        for id in MessageID.all { #expect(text.contains("-- \(id)"), "journalctl lost \(id)") }
        #expect(text.contains("Subject: New raid claim: @CLAIM_CLAIMANT@"))
    }

    @Test func theManPageDocumentsEveryCommandAndMessageID() throws {
        let page = try String(contentsOf: Self.root.appendingPathComponent("man/claimwatch.8"), encoding: .utf8)
        for command in ["run", "alerts", "claims", "show", "scan", "replay", "export", "report"] {
            #expect(page.contains(".B claimwatch \(command)"), "synopsis lacks \(command)")
        }
        for id in MessageID.all { #expect(page.contains(id), "man page lacks \(id)") }
    }
}
