import GRDB

/// A database failure: what the store was doing, on which file, and SQLite's message.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    public var path: String
    public var message: String
    /// SQLite's primary result code, when the failure came from SQLite.
    public var code: ResultCode?

    public init(operation: String, path: String, error: any Error) {
        self.operation = operation
        self.path = path
        if let db = error as? DatabaseError {
            message = db.message ?? "\(db.resultCode)"
            code = db.resultCode.primaryResultCode
        } else {
            message = "\(error)"
            code = nil
        }
    }

    /// A failure the store detected itself (no SQLite error behind it).
    public init(operation: String, path: String, message: String) {
        self.operation = operation
        self.path = path
        self.message = message
        code = nil
    }

    /// Busy, locked, full or I/O conditions: the file stays in the inbox and is retried.
    public var isTransient: Bool {
        guard let code else { return false }
        return [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_PROTOCOL].contains(code)
    }

    public var description: String { "\(operation) in database '\(path)': \(message)" }
}
