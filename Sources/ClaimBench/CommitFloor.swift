import ClaimDatabase
import Foundation
import GRDB
import Journal

/// The cost of one WAL commit at the store's settings, in a scratch database of the
/// benchmark's own: its table never enters a claim store.
struct CommitFloor {
    let pool: DatabasePool

    init(path: String) throws {
        pool = try DatabasePool(path: path, configuration: SQLiteClaimStore.configuration(busyTimeout: 5))
        try pool.write { db in try db.execute(sql: "CREATE TABLE IF NOT EXISTS commits (id INTEGER PRIMARY KEY, at REAL)") }
    }

    /// A scratch database in `run`'s folder, its first commit done (so none measured is the first).
    init(in run: DaemonRun) throws {
        try self.init(path: run.work + "/floor.sqlite")
        try commitOne()
    }

    /// The bare entry the floor sends, marked with the scenario that sends it.
    static func journalEntry(_ scenario: String) -> JournalEntry {
        JournalEntry.event(messageID: "", priority: 7, message: "claimwatch-bench: \(scenario)", extra: [("CLAIMWATCH_BENCH", scenario)])
    }

    /// One row inserted in its own transaction.
    func commitOne() throws {
        try pool.write { db in try db.execute(sql: "INSERT INTO commits (at) VALUES (?)", arguments: [Date().timeIntervalSince1970]) }
    }
}
