import Foundation

/// Where the claim store lives (`--store URL`, the config's `store` key): a SQLite file, the
/// embedded default, or a database on a PostgreSQL server shared by several hosts.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(PostgresAddress)

    /// A PostgreSQL database as `postgresql://USER@HOST[:PORT]/DB` names it. The URL never holds
    /// the password: it comes from a file (`store_password_file`, `PGPASSFILE`, `~/.pgpass`).
    public struct PostgresAddress: Sendable, Hashable, CustomStringConvertible {
        public var user: String
        public var host: String
        public var port: Int
        public var database: String

        public init(user: String, host: String, port: Int = 5432, database: String) {
            self.user = user
            self.host = host
            self.port = port
            self.database = database
        }

        /// The URL without a password: safe for logs, errors and the `CLAIMWATCH_STORE` field.
        public var description: String {
            let host = self.host.contains(":") ? "[\(self.host)]" : self.host
            return "postgresql://\(user)@\(host):\(port)/\(database)"
        }
    }

    public var description: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path)"
        case .postgres(let address): address.description
        }
    }

    /// Why a store URL was refused, written for the operator.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var problem: String
        public var description: String { problem }
    }

    /// Reads `sqlite:PATH` or `postgresql://USER@HOST[:PORT]/DB` (also `postgres://`).
    /// - Throws: `ParseError` saying what is wrong, never repeating the text given: a mistyped
    ///   URL may hold a password (`?password=…`, `user:secret@`, a libpq `key=value` string).
    public static func parse(_ text: String) throws(ParseError) -> StoreLocation {
        if text.hasPrefix("sqlite:") {
            let path = String(text.dropFirst("sqlite:".count))
            guard !path.isEmpty else { throw ParseError(problem: "'sqlite:' names no file; write sqlite:PATH") }
            return .sqlite(path: path)
        }
        for scheme in ["postgresql://", "postgres://"] where text.hasPrefix(scheme) {
            return .postgres(try parseAddress(String(text.dropFirst(scheme.count)), scheme: scheme))
        }
        throw ParseError(problem: "the store is not a store URL (not shown: it may hold a password); write sqlite:PATH or postgresql://USER@HOST[:PORT]/DB")
    }

    private static func parseAddress(_ rest: String, scheme: String) throws(ParseError) -> PostgresAddress {
        let format = "write \(scheme)USER@HOST[:PORT]/DB"
        guard let at = rest.lastIndex(of: "@") else { throw ParseError(problem: "the store URL names no user; \(format)") }
        let userPart = String(rest[..<at])
        if userPart.contains(":") {
            throw ParseError(
                problem: "the store URL holds a password; passwords never go on the command line or in the URL: "
                    + "name a file with store_password_file, or use PGPASSFILE")
        }
        guard !userPart.isEmpty else { throw ParseError(problem: "the store URL names no user; \(format)") }
        let afterUser = rest[rest.index(after: at)...]
        guard let slash = afterUser.firstIndex(of: "/") else { throw ParseError(problem: "the store URL names no database; \(format)") }
        var hostPort = String(afterUser[..<slash])
        let database = String(afterUser[afterUser.index(after: slash)...])
        guard !database.isEmpty, !database.contains("/"), !database.contains("?") else {
            throw ParseError(problem: "the store URL's database is not one name; \(format), with no options after it (a password goes in a file)")
        }
        var port = 5432
        var host: String
        if hostPort.hasPrefix("[") {
            guard let close = hostPort.firstIndex(of: "]") else { throw ParseError(problem: "the store URL's host has no closing ']'") }
            host = String(hostPort[hostPort.index(after: hostPort.startIndex)..<close])
            hostPort = String(hostPort[hostPort.index(after: close)...])
            if !hostPort.isEmpty {
                guard hostPort.hasPrefix(":") else { throw ParseError(problem: "the store URL has something other than :PORT after its host") }
                port = try parsePort(String(hostPort.dropFirst()))
            }
        } else if let colon = hostPort.lastIndex(of: ":") {
            host = String(hostPort[..<colon])
            port = try parsePort(String(hostPort[hostPort.index(after: colon)...]))
        } else {
            host = hostPort
        }
        guard !host.isEmpty else { throw ParseError(problem: "the store URL names no host; \(format)") }
        return PostgresAddress(
            user: userPart.removingPercentEncoding ?? userPart, host: host, port: port, database: database.removingPercentEncoding ?? database)
    }

    private static func parsePort(_ text: String) throws(ParseError) -> Int {
        guard let port = Int(text), (1...65535).contains(port) else {
            throw ParseError(problem: "the store URL's port is not a number from 1 to 65535")
        }
        return port
    }
}
