import ClaimCore
import ClaimTesting
import Foundation
import Journal
import Testing

@Suite struct JournalEntryTests {
    static let alert = Alert(
        event: .new, claimID: "c0ffee", kind: .denial, claimant: "Russian Volunteer Corps", subject: nil, region: "Belgorod Oblast",
        places: ["Kozinka", "Glotovo"], date: Day(year: 2023, month: 5, day: 22),
        denies: DeniedClaim(claimant: "Russian Defense Ministry", kind: .counterclaim),
        deniesID: "d00d", evidence: "The corps denied \u{201C}these\u{201D} claims.", sources: 1, articleFile: "a b.txt",
        articleSHA256: String(repeating: "ab", count: 32), outlet: "Outlet", published: Day(year: 2023, month: 5, day: 23))

    @Test func anAlertNamesItsStoreOnlyWhenGivenOne() {
        #expect(!JournalEntry.alert(Self.alert).fields.contains { $0.0 == JournalEntry.storeField })
        let named = JournalEntry.alert(Self.alert, store: "5702e")
        #expect(named.fields.filter { $0.0 == JournalEntry.storeField }.map(\.1) == ["5702e"])
        #expect(
            JournalEntry(fields: named.fields.filter { $0.0 != JournalEntry.storeField }) == JournalEntry.alert(Self.alert),
            "the claims.md fields are the same")
    }

    @Test func alertFieldsFollowTheContract() {
        let fields = Dictionary(JournalEntry.alert(Self.alert).fields, uniquingKeysWith: { a, _ in a })
        #expect(fields["PRIORITY"] == "4")
        #expect(fields["MESSAGE_ID"] == MessageID.newDenial)
        #expect(fields["SYSLOG_IDENTIFIER"] == "claimwatch")
        #expect(fields["CLAIM_EVENT"] == "new")
        #expect(fields["CLAIM_PLACES"] == "Kozinka,Glotovo")
        #expect(fields["CLAIM_DENIES_KIND"] == "counterclaim")
        #expect(fields["CLAIM_SUBJECT"] == nil, "null fields are omitted")
        #expect(fields["ALERT_ID"] == Self.alert.alertID)
        #expect(JournalEntry.alert(Self.alert).fields.allSatisfy { JournalEntry.isValidFieldName($0.0) })
    }

    @Test(arguments: [("CLAIM_KIND", true), ("_PID", false), ("1ABC", false), ("claim", false), ("A-B", false), (String(repeating: "A", count: 65), false)])
    func fieldNamesJournaldKeeps(name: String, valid: Bool) {
        #expect(JournalEntry.isValidFieldName(name) == valid)
    }
}

/// A real round trip through systemd-journald (scripts/test starts a private one when none runs).
@Suite struct JournalRoundTripTests {
    @Test func anAlertArrivesWithEveryField() throws {
        #expect(JournalWriter.isAvailable, "no journald socket: run the suite with scripts/test")
        var alert = JournalEntryTests.alert
        alert.claimID = "roundtrip-\(UUID().uuidString)"
        try JournalWriter().send(.alert(alert))
        var found: [[String: String]] = []
        for _ in 0..<50 where found.isEmpty {
            found = try JournalReader.entries(["ALERT_ID=\(alert.alertID)"])
            if found.isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        }
        let entry = try #require(found.first)
        for (key, value) in JournalEntry.alert(alert).fields { #expect(entry[key] == value, "field \(key)") }
    }
}

/// An alert queued by an older version, whose evidence still holds control characters: what
/// reaches journald is printable text, so it is stored as a string and not as a blob.
@Suite struct JournalTextTests {
    static var hostile: Alert {
        var alert = JournalEntryTests.alert
        alert.claimID = "inert-\(UUID().uuidString)"
        alert.evidence = "The corps\u{1B}]52;c;aGk=\u{07} denied \u{202E}42\u{202C} claims.\u{1B}[2J"
        alert.outlet = "Out\u{9B}let"
        return alert
    }

    @Test func everyValueIsEscapedButLineBreaksStay() {
        let entry = JournalEntry.event(messageID: MessageID.storeError, priority: 3, message: "two\nlines\u{1B}[2J")
        #expect(entry.encoded.first == "MESSAGE=two\nlines\\x1b[2J")
        let alert = Dictionary(JournalEntry.alert(Self.hostile).encoded.map { ($0.split(separator: "=", maxSplits: 1)[0], $0) }) { a, _ in a }
        #expect(alert["CLAIM_EVIDENCE"] == "CLAIM_EVIDENCE=The corps\\x1b]52;c;aGk=\\x07 denied \\u202e42\\u202c claims.\\x1b[2J")
        #expect(alert["ARTICLE_OUTLET"] == "ARTICLE_OUTLET=Out\\x9blet")
    }

    @Test func journaldStoresTheEvidenceAsAString() throws {
        #expect(JournalWriter.isAvailable, "no journald socket: run the suite with scripts/test")
        let alert = Self.hostile
        try JournalWriter().send(.alert(alert))
        var line = ""
        for _ in 0..<50 where line.isEmpty {
            try JournalReader.run(["journalctl", "--sync"])
            line = try JournalReader.run(["journalctl", "-o", "json", "--no-pager", "ALERT_ID=\(alert.alertID)"]).output
            if line.isEmpty { Thread.sleep(forTimeInterval: 0.05) }
        }
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        // journalctl -o json gives a field journald holds as binary as an array of byte values.
        #expect(entry["CLAIM_EVIDENCE"] as? String == "The corps\\x1b]52;c;aGk=\\x07 denied \\u202e42\\u202c claims.\\x1b[2J")
        #expect(entry["ARTICLE_OUTLET"] is String)
        #expect(entry["MESSAGE"] is String)
    }
}
