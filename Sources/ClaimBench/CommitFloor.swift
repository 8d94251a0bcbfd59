import ClaimDatabase
import Foundation
import GRDB

/// The cost of one WAL commit at the store's settings, in a scratch database of the
/// benchmark's own: its table never enters a claim store.
struct CommitFloor {
    let pool: DatabasePool

    init(path: String) throws {
        pool = try DatabasePool(path: path, configuration: SQLiteClaimStore.configuration(busyTimeout: 5))
        try pool.write { db in try db.execute(sql: "CREATE TABLE IF NOT EXISTS commits (id INTEGER PRIMARY KEY, at REAL)") }
    }

    /// One row inserted in its own transaction.
    func commitOne() throws {
        try pool.write { db in try db.execute(sql: "INSERT INTO commits (at) VALUES (?)", arguments: [Date().timeIntervalSince1970]) }
    }
}
