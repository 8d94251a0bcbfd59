import GRDB
import GRDBSQLite

/// A read of the differ's, bound and stepped through SQLite's own calls: the candidate reads
/// (`SELECT rowid … LIMIT n`, about five per claim), the articles of each signature band, and
/// the known claims they choose. Through GRDB's arguments, cursors and `Row` each cost more in
/// Swift (dynamic casts, key paths built at every call) than SQLite's walk of the index. The
/// statement stays GRDB's cached one: prepared once, reset after use. GRDB does not know of
/// these bindings, so a statement read here is read only here (its SQL is built by these reads
/// alone), never executed through GRDB without arguments.
struct RawRead {
    let statement: Statement
    let db: Database

    init(_ statement: Statement, db: Database) {
        self.statement = statement
        self.db = db
    }

    /// Binds `values` in order, collects every row's first column into `rowIDs`.
    /// - Throws: `DatabaseError` with SQLite's code and message, and the statement's SQL.
    func read(_ values: [SQLValue], into rowIDs: inout Set<Int64>) throws {
        try forEachRow(values) { row in rowIDs.insert(row.int64(0)) }
    }

    /// Binds `values` in order and hands each row to `body`, valid only during the call.
    /// - Throws: `DatabaseError` with SQLite's code and message, and the statement's SQL.
    func forEachRow(_ values: [SQLValue], _ body: (RawRow) throws -> Void) throws {
        let handle = statement.sqliteStatement
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .integer(let number):
                code = sqlite3_bind_int64(handle, index, number)
            case .text(let text):
                // As GRDB binds a `String`, so a value reads back the rows GRDB wrote with it.
                code = text.withCString { sqlite3_bind_text(handle, index, $0, -1, Self.transient) }
            }
            try check(code)
        }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { return try check(code) }
            try body(RawRow(handle: handle))
        }
    }

    private func check(_ code: Int32) throws {
        guard code != SQLITE_OK else { return }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
    }

    /// SQLite copies the text before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// The current row of a statement being stepped, read by column position as GRDB reads them.
struct RawRow {
    let handle: OpaquePointer?

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    /// A TEXT column as GRDB decodes a `String` (up to the first NUL); nil for NULL.
    func text(_ column: Int32) -> String? {
        guard sqlite3_column_type(handle, column) != SQLITE_NULL, let text = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: text)
    }
}
