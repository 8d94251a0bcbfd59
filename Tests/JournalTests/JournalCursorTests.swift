import ClaimCore
import Foundation
import Journal
import Testing

/// sd-journal reads against the real journald (scripts/test starts a private one when none runs).
@Suite(.serialized) struct JournalCursorTests {
    let claimant = "Cursor Test \(UUID().uuidString)"

    func alert(_ kind: ClaimKind, id: String) -> Alert {
        var alert = JournalEntryTests.alert
        alert.kind = kind
        alert.claimant = claimant
        alert.claimID = id
        if kind != .denial { alert.denies = nil; alert.deniesID = nil }
        return alert
    }

    func cursor(kinds: [String]) throws -> JournalCursor {
        let cursor = try JournalCursor()
        try cursor.match("SYSLOG_IDENTIFIER", "claimwatch")
        for id in kinds { try cursor.match("MESSAGE_ID", id) }
        try cursor.match("CLAIM_CLAIMANT", claimant)
        return cursor
    }

    /// Reads everything matching, retrying while journald catches up with our writes.
    func readAll(kinds: [String], expecting count: Int) throws -> [JournalRecord] {
        var records = [JournalRecord]()
        for _ in 0..<100 {
            let cursor = try cursor(kinds: kinds)
            records = []
            while let record = try cursor.next() { records.append(record) }
            if records.count >= count { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return records
    }

    @Test func matchesOnOneFieldAreAlternativesAndAcrossFieldsMustAllHold() throws {
        #expect(JournalWriter.isAvailable, "no journald socket: run the suite with scripts/test")
        let writer = JournalWriter()
        try writer.send(.alert(alert(.raid, id: "r1")))
        try writer.send(.alert(alert(.denial, id: "d1")))
        try writer.send(.alert(alert(.counterclaim, id: "c1")))
        let raidsAndDenials = try readAll(kinds: [MessageID.newRaid, MessageID.newDenial], expecting: 2)
        #expect(raidsAndDenials.map { $0["CLAIM_ID"] } == ["r1", "d1"])
        #expect(raidsAndDenials.first?["CLAIM_EVIDENCE"] == JournalEntryTests.alert.evidence, "UTF-8 fields come back whole")
        #expect(raidsAndDenials.allSatisfy { $0.realtimeMicros > 0 })
        #expect(try readAll(kinds: MessageID.alerts, expecting: 3).count == 3)
    }

    @Test func lastEntriesStartsAtTheNthFromTheEnd() throws {
        let writer = JournalWriter()
        for n in 1...3 { try writer.send(.alert(alert(.raid, id: "n\(n)"))) }
        _ = try readAll(kinds: [MessageID.newRaid], expecting: 3)
        let cursor = try cursor(kinds: [MessageID.newRaid])
        cursor.seek(lastEntries: 2)
        var ids = [String?]()
        while let record = try cursor.next() { ids.append(record["CLAIM_ID"]) }
        #expect(ids == ["n2", "n3"])
    }

    @Test func waitWakesForAnEntryWrittenAfterTheEnd() throws {
        try JournalWriter().send(.alert(alert(.raid, id: "before")))
        _ = try readAll(kinds: [MessageID.newRaid], expecting: 1)
        let cursor = try cursor(kinds: [MessageID.newRaid])
        cursor.seekToEnd()
        #expect(try cursor.next() == nil)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { try? JournalWriter().send(.alert(self.alert(.raid, id: "after"))) }
        var found: JournalRecord?
        for _ in 0..<50 where found == nil {
            try cursor.wait(timeoutMicros: 100_000)
            found = try cursor.next()
        }
        #expect(found?["CLAIM_ID"] == "after")
    }

    /// The case `alerts --follow` starts in when nothing matched yet: every later entry must arrive.
    @Test(arguments: [false, true])
    func followingFromNoMatchingEntrySeesEveryLaterOne(viaLastEntries: Bool) throws {
        let cursor = try cursor(kinds: [MessageID.newRaid])
        if viaLastEntries { cursor.seek(lastEntries: 5) } else { cursor.seekToEnd() }
        #expect(try cursor.next() == nil)
        for n in 1...5 { try JournalWriter().send(.alert(alert(.raid, id: "late\(n)"))) }
        var ids = [String?]()
        for _ in 0..<50 where ids.count < 5 {
            try cursor.wait(timeoutMicros: 100_000)
            while let record = try cursor.next() { ids.append(record["CLAIM_ID"]) }
        }
        #expect(ids == (1...5).map { "late\($0)" })
    }

    @Test func aMissingDirectoryIsAnErrorNamingIt() {
        #expect {
            _ = try JournalCursor(directory: "/nonexistent/claimwatch-journal")
        } throws: { error in
            "\(error)".contains("/nonexistent/claimwatch-journal")
        }
    }
}
