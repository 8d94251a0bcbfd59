import GRDB

/// A database failure: what the store was doing, on which file or server, and the database's
/// message. Never holds a password.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var operation: String
    /// The SQLite file, or the PostgreSQL URL without a password.
    public var path: String
    public var message: String
    /// SQLite's primary result code, when the failure came from SQLite.
    public var code: ResultCode?
    /// What kind of failure a server store met (nil for SQLite's own, told by `code`).
    public var failure: Failure?

    public enum Failure: Sendable, Hashable {
        /// The server cannot be reached or went away: wait and retry, files stay in the inbox.
        case unavailable
        /// The configuration names a database that is not there, or credentials it refuses:
        /// retrying cannot help (exit 78).
        case configuration
        /// A conflict with another host's transaction: retried at once.
        case conflict
    }

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

    /// A failure the store detected itself, or a server's (no SQLite error behind it).
    public init(operation: String, path: String, message: String, failure: Failure? = nil) {
        self.operation = operation
        self.path = path
        self.message = message
        code = nil
        self.failure = failure
    }

    /// Retrying cannot help: the configuration must change (exit 78).
    public var isConfiguration: Bool { failure == .configuration }

    /// Busy, locked, full or I/O conditions: the file stays in the inbox and is retried.
    public var isTransient: Bool {
        if failure == .unavailable || failure == .conflict { return true }
        guard let code else { return false }
        return [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_CANTOPEN, .SQLITE_PROTOCOL].contains(code)
    }

    public var description: String { "\(operation) in \(path.contains("://") ? "store" : "database") '\(path)': \(message)" }
}
