import Foundation
import GRDB
import Testing

@testable import ClaimDatabase

/// The candidate reads' own binding (`RawRead`), on a real SQLite file.
@Suite struct RawReadTests {
    func pool() throws -> DatabasePool {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-rowids-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pool = try DatabasePool(path: directory.appendingPathComponent("rows.sqlite").path)
        try pool.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER)")
            for (id, name, n) in [(1, "Тёткино", 5), (2, "Shebekino", 5), (3, "Тёткино", 7), (4, "x\u{0}y", 5)] {
                try db.execute(sql: "INSERT INTO t VALUES (?, ?, ?)", arguments: [id, name, n])
            }
        }
        return pool
    }

    @Test func bindsTextAndIntegersInOrderAndCollectsEveryRow() throws {
        let ids = try pool().read { db in
            var ids = Set<Int64>()
            let statement = try db.cachedStatement(sql: "SELECT id FROM t WHERE name = ? AND n = ? ORDER BY id")
            try RawRead(statement, db: db).read([.text("Тёткино"), .integer(5)], into: &ids)
            try RawRead(statement, db: db).read([.text("Shebekino"), .integer(5)], into: &ids)
            try RawRead(statement, db: db).read([.text("Shebekino"), .integer(7)], into: &ids)
            return ids
        }
        #expect(ids == [1, 2])
    }

    /// GRDB binds a `String` up to its first zero byte; so does the read, or it would miss the row.
    @Test func aTextWithAZeroByteFindsTheRowGRDBWroteWithIt() throws {
        let ids = try pool().read { db in
            var ids = Set<Int64>()
            try RawRead(db.cachedStatement(sql: "SELECT id FROM t WHERE name = ?"), db: db).read([.text("x\u{0}y")], into: &ids)
            return ids
        }
        #expect(ids == [4])
    }

    @Test func aFailedBindNamesTheStatementAndLeavesItUsable() throws {
        try pool().read { db in
            let statement = try db.cachedStatement(sql: "SELECT id FROM t WHERE n = ?")
            var ids = Set<Int64>()
            do {
                try RawRead(statement, db: db).read([.integer(5), .integer(7)], into: &ids)
                Issue.record("a second value for one '?' was bound")
            } catch let error as DatabaseError {
                #expect(error.resultCode == .SQLITE_RANGE)
                #expect(error.sql == "SELECT id FROM t WHERE n = ?")
            }
            try RawRead(statement, db: db).read([.integer(7)], into: &ids)
            #expect(ids == [3])
        }
    }
}
