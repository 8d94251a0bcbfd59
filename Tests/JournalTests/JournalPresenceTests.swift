import ClaimCore
import Foundation
import Journal
import Testing

/// The outbox's question to the real journald: which of these alerts did this store
/// already write? (scripts/test starts a private journald when none runs.)
@Suite(.serialized) struct JournalPresenceTests {
    let tag = UUID().uuidString

    /// An alert whose ALERT_ID is unique to this test run.
    func alert(_ n: Int) -> Alert {
        var alert = JournalEntryTests.alert
        alert.claimID = "presence-\(tag)-\(n)"
        return alert
    }

    @Test func onlyThisStoresAlertsAndUnnamedOnesHaveArrived() throws {
        #expect(JournalWriter.isAvailable, "no journald socket: run the suite with scripts/test")
        let (ours, theirs, unnamed, never) = (alert(1), alert(2), alert(3), alert(4))
        let writer = JournalWriter()
        try writer.send(.alert(ours, store: "store-a-\(tag)"))
        try writer.send(.alert(theirs, store: "store-b-\(tag)"))
        try writer.send(.alert(unnamed))
        let ids = [ours, theirs, unnamed, never].map(\.alertID)

        let arrived = try JournalPresence().arrived(ids, store: "store-a-\(tag)")

        #expect(arrived == [ours.alertID, unnamed.alertID], "another store's entry with the same ALERT_ID is not ours")
        #expect(try JournalPresence().arrived(ids) == [ours.alertID, theirs.alertID, unnamed.alertID], "no store given: any entry counts")
    }

    @Test func anIDWrittenByAnotherStoreAndThenByThisOneHasArrived() throws {
        let alert = alert(5)
        try JournalWriter().send(.alert(alert, store: "store-b-\(tag)"))
        try JournalWriter().send(.alert(alert, store: "store-a-\(tag)"))
        #expect(try JournalPresence().arrived([alert.alertID], store: "store-a-\(tag)") == [alert.alertID])
    }
}
