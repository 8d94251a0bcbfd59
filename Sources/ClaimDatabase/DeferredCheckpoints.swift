import GRDB
import GRDBSQLite
import Synchronization

/// WAL checkpoints moved off the commit (`SQLiteClaimStore(deferringCheckpointsAt:)`). A WAL
/// hook on each connection replaces SQLite's automatic checkpoint: after each commit it
/// records how many pages the WAL holds, and the store's `maintain()` checkpoints once they
/// reach `threshold`. Past `ceilingFactor` times that, the commit checkpoints itself, as
/// SQLite would, so the WAL stays bounded when nothing calls `maintain()`.
final class DeferredCheckpoints: Sendable {
    static let ceilingFactor = 10
    let threshold: Int
    private let pages = Atomic<Int>(0)

    init(threshold: Int) { self.threshold = max(1, threshold) }

    var isDue: Bool { pages.load(ordering: .relaxed) >= threshold }
    var walPages: Int { pages.load(ordering: .relaxed) }

    /// After a checkpoint: the WAL starts over at its next write.
    func checkpointed() { pages.store(0, ordering: .relaxed) }

    /// Replaces SQLite's automatic checkpoint on `db` with the hook. The context is unretained:
    /// it stays valid because the pool's `prepareDatabase` closure, which every connection's
    /// configuration keeps, holds this object strongly for as long as a connection can commit.
    func install(on db: Database) {
        sqlite3_wal_hook(db.sqliteConnection, Self.hook, Unmanaged.passUnretained(self).toOpaque())
    }

    private static let hook: @convention(c) (UnsafeMutableRawPointer?, OpaquePointer?, UnsafePointer<CChar>?, Int32) -> Int32 = {
        context, connection, name, walPages in
        guard let context else { return SQLITE_OK }
        let deferred = Unmanaged<DeferredCheckpoints>.fromOpaque(context).takeUnretainedValue()
        deferred.pages.store(Int(walPages), ordering: .relaxed)
        if Int(walPages) >= deferred.threshold * ceilingFactor {
            // The ceiling: checkpoint here, as SQLite's own hook does (an error leaves the WAL
            // for the next commit; the commit itself has succeeded).
            if sqlite3_wal_checkpoint_v2(connection, name, SQLITE_CHECKPOINT_PASSIVE, nil, nil) == SQLITE_OK { deferred.checkpointed() }
        }
        return SQLITE_OK
    }
}
