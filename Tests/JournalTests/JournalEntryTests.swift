import ClaimCore
import ClaimTesting
import Foundation
import Journal
import Testing

@Suite struct JournalEntryTests {
    static let alert = Alert(
        event: .new, claimID: "c0ffee", kind: .denial, claimant: "Russian Volunteer Corps", subject: nil, region: "Belgorod Oblast",
        places: ["Kozinka", "Glotovo"], date: Day(year: 2023, month: 5, day: 22), denies: DeniedClaim(claimant: "Russian Defense Ministry", kind: .counterclaim),
        deniesID: "d00d", evidence: "The corps denied \u{201C}these\u{201D} claims.", sources: 1, articleFile: "a b.txt",
        articleSHA256: String(repeating: "ab", count: 32), outlet: "Outlet", published: Day(year: 2023, month: 5, day: 23))

    @Test func anAlertNamesItsStoreOnlyWhenGivenOne() {
        #expect(!JournalEntry.alert(Self.alert).fields.contains { $0.0 == JournalEntry.storeField })
        let named = JournalEntry.alert(Self.alert, store: "5702e")
        #expect(named.fields.filter { $0.0 == JournalEntry.storeField }.map(\.1) == ["5702e"])
        #expect(JournalEntry(fields: named.fields.filter { $0.0 != JournalEntry.storeField }) == JournalEntry.alert(Self.alert),
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
