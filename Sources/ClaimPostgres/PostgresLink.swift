import ClaimDatabase
import Logging
import NIOCore
import NIOPosix
import PostgresNIO
import Synchronization

#if canImport(Glibc)
import Glibc
#endif

/// A value bound to a `$n` of a query.
enum PostgresValue: Sendable {
    case text(String?)
    case integer(Int64?)
    case boolean(Bool)
    case bytes([UInt8]?)
    case integers([Int64])
    case texts([String])

    init(_ value: SQLValue) {
        switch value {
        case .text(let text): self = .text(text)
        case .integer(let number): self = .integer(number)
        }
    }
}

/// The store's one connection to the server, made when first needed and made again after the
/// server went away; used by one caller at a time (the daemon's work queue, or a command).
/// Every call blocks its thread on the event loop's answer, as the synchronous `ClaimStore`
/// asks; none runs on an event loop.
final class PostgresLink: Sendable {
    let configuration: PostgresConnection.Configuration
    let logger: Logger
    /// Server-side limits for the daemon's sessions, so that a statement the client gave up on
    /// does not live on: waits for the ingest lock end before the client's own bound, a statement
    /// or a transaction left idle is ended, and a peer that vanished is noticed in about 25 s
    /// rather than the kernel's two hours. (Each is a setting PostgreSQL has had since 9.6.)
    static let daemonSettings: [(String, String)] =
        [
            ("lock_timeout", "8s"), ("statement_timeout", "9s"), ("idle_in_transaction_session_timeout", "30s"),
        ] + readerSettings

    /// An operator command's session: no statement limit (a listing of a large store may take
    /// long), a vanished peer still noticed.
    static let readerSettings: [(String, String)] = [
        ("tcp_keepalives_idle", "10"), ("tcp_keepalives_interval", "5"), ("tcp_keepalives_count", "3"), ("application_name", "claimwatch"),
    ]

    /// Run on each new connection before its first use (the migrations, the outbox's claim).
    let prepare: @Sendable (PostgresSession) throws -> Void
    private let connection = Mutex<PostgresConnection?>(nil)
    private let connections = Atomic<Int>(0)

    /// The client's bound on one statement (`PostgresSession.daemonSeconds` for the daemon).
    let statementSeconds: Int64

    init(
        configuration: PostgresConnection.Configuration, statementSeconds: Int64, logger: Logger,
        prepare: @escaping @Sendable (PostgresSession) throws -> Void
    ) {
        self.configuration = configuration
        self.statementSeconds = statementSeconds
        self.logger = logger
        self.prepare = prepare
    }

    /// Runs `body` on the open connection, connecting first when there is none. A failure that
    /// says the connection is gone closes it, so the next call connects again.
    func withConnection<T: Sendable>(_ body: (PostgresSession) throws -> T) throws -> T {
        try connection.withLock { current throws -> T in
            if current == nil || current!.isClosed {
                let id = connections.add(1, ordering: .relaxed).newValue
                let fresh = try PostgresConnection.connect(
                    on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: id, logger: logger
                ).wait()
                do { try prepare(PostgresSession(connection: fresh, logger: logger, seconds: statementSeconds)) } catch {
                    _ = try? PostgresSession.bounded(fresh.close(), seconds: 5)
                    throw error
                }
                current = fresh
            }
            do {
                return try body(PostgresSession(connection: current!, logger: logger, seconds: statementSeconds))
            } catch {
                if PostgresFailure.classify(error) == .unavailable {
                    if let current { _ = try? PostgresSession.bounded(current.close(), seconds: 5) }
                    current = nil
                }
                throw error
            }
        }
    }

    func close() {
        connection.withLock { current in
            if let current { _ = try? PostgresSession.bounded(current.close(), seconds: 5) }
            current = nil
        }
    }
}

/// Queries on one connection. SQL is written with `?` placeholders, numbered `$1…` here.
struct PostgresSession {
    let connection: PostgresConnection
    let logger: Logger
    /// This session's bound on one statement.
    let seconds: Int64

    /// How long one of the daemon's statements may take, waiting for the ingest lock included,
    /// before the connection is given up as gone: a server stopped under a connection can leave
    /// a query unanswered rather than failed. Well under half the unit's WatchdogSec (30 s,
    /// pinged every 15 s from the same work queue), with the connect timeout (3 s) on top.
    static let daemonSeconds: Int64 = 10
    /// An operator command's bound: a listing of a large store may take minutes.
    static let readerSeconds: Int64 = 600

    func rows(_ sql: String, _ values: [PostgresValue] = []) throws -> [PostgresRow] {
        try Array(Self.bounded(connection.query(Self.query(sql, values), logger: logger), seconds: seconds).rows)
    }

    func execute(_ sql: String, _ values: [PostgresValue] = []) throws {
        _ = try Self.bounded(connection.query(Self.query(sql, values), logger: logger), seconds: seconds)
    }

    /// Waits for `future` at most `seconds`; then throws `Timeout` (the future's own answer,
    /// should it come later, is dropped).
    static func bounded<T: Sendable>(_ future: EventLoopFuture<T>, seconds: Int64) throws -> T {
        let promise = future.eventLoop.makePromise(of: T.self)
        let timer = future.eventLoop.scheduleTask(in: .seconds(seconds)) { promise.fail(Timeout(seconds: seconds)) }
        future.whenComplete { result in
            timer.cancel()
            promise.completeWith(result)
        }
        return try promise.futureResult.wait()
    }

    /// The server did not answer in time: the connection is closed and made again on the next use.
    struct Timeout: Error, CustomStringConvertible {
        var seconds: Int64
        var description: String { "the server did not answer within \(seconds) s" }
    }

    /// Runs `body` in one transaction at READ COMMITTED, whatever the server's default: each
    /// statement after a lock must see what the lock's previous holder committed (under
    /// REPEATABLE READ the snapshot would be taken before the lock was granted). A server error
    /// leaves the connection usable and is rolled back; after a lost or silent connection nothing
    /// more is sent (the link closes it, and the server aborts the transaction) rather than a
    /// ROLLBACK queued behind an unanswered statement.
    func inTransaction<T>(readOnly: Bool = false, _ body: () throws -> T) throws -> T {
        try execute(readOnly ? "BEGIN ISOLATION LEVEL READ COMMITTED READ ONLY" : "BEGIN ISOLATION LEVEL READ COMMITTED")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            if PostgresFailure.classify(error) != .unavailable { try? execute("ROLLBACK") }
            throw error
        }
    }

    /// The first column of the first row, decoded.
    func value<T: PostgresDecodable>(_ type: T.Type, _ sql: String, _ values: [PostgresValue] = []) throws -> T? {
        guard let row = try rows(sql, values).first else { return nil }
        return try row.decode(T.self)
    }

    static func query(_ sql: String, _ values: [PostgresValue]) -> PostgresQuery {
        var numbered = ""
        var index = 0
        for character in sql {
            if character == "?" {
                index += 1
                numbered += "$\(index)"
            } else {
                numbered.append(character)
            }
        }
        precondition(index == values.count, "query has \(index) placeholders for \(values.count) values: \(sql)")
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .text(let text): bindings.append(text)
            case .integer(let number): bindings.append(number)
            case .boolean(let flag): bindings.append(flag)
            case .bytes(let bytes): bindings.append(bytes.map { ByteBuffer(bytes: $0) })
            case .integers(let numbers): bindings.append(numbers)
            case .texts(let texts): bindings.append(texts)
            }
        }
        return PostgresQuery(unsafeSQL: numbered, binds: bindings)
    }
}

/// What a server failure means for the daemon (`StoreError.Failure`), and its message.
enum PostgresFailure {
    static func classify(_ error: any Error) -> StoreError.Failure? {
        if error is OutboxInUse { return .configuration }
        guard let error = error as? PSQLError else {
            // Name resolution, refused and timed-out connects arrive as NIO's own errors.
            return .unavailable
        }
        switch error.code {
        case .server:
            let state = error.serverInfo?[.sqlState] ?? ""
            // 3D000 no such database, 28xxx authentication; 40001 serialization, 40P01 deadlock;
            // 57P0x shutdown / cannot connect now, 53300 too many connections, 08xxx connection.
            if state == "3D000" || state.hasPrefix("28") { return .configuration }
            if state == "40001" || state == "40P01" { return .conflict }
            // 55P03: the ingest lock not granted within lock_timeout; 57014: statement_timeout.
            // Another host holds the store up: wait and retry like an outage, not at once.
            if state.hasPrefix("57P") || state == "53300" || state.hasPrefix("08") || state == "55P03" || state == "57014" { return .unavailable }
            // 42501: the role may not create the schema (PostgreSQL 15: CREATE on schema public).
            if state == "42501" { return .configuration }
            return nil
        case .unsupportedAuthMechanism, .authMechanismRequiresPassword, .saslError: return .configuration
        case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .sslUnsupported: return .unavailable
        default: return nil
        }
    }

    /// The server's own message (and SQLSTATE), or the client's; the query text and its values
    /// are left out, and no password is ever part of either.
    static func message(_ error: any Error) -> String {
        guard let error = error as? PSQLError else { return "\(error)" }
        if error.code == .server, let info = error.serverInfo {
            var text = info[.message] ?? "server error"
            if let state = info[.sqlState] { text += " (SQLSTATE \(state))" }
            if let detail = info[.detail] { text += ": \(detail)" }
            return text
        }
        if error.code == .authMechanismRequiresPassword {
            return "the server asks for a password and none was found (store_password_file, PGPASSFILE or ~/.pgpass)"
        }
        if let underlying = error.underlying { return connectionMessage(underlying) ?? "\(error.code): \(underlying)" }
        return "\(error.code)"
    }

    /// "cannot connect to HOST:PORT: Connection refused" for NIO's connect failures, whose own
    /// description lists every address tried.
    static func connectionMessage(_ error: any Error) -> String? {
        if let error = error as? NIOConnectionError {
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                return "cannot resolve the host name '\(error.host)'"
            }
            let reason = error.connectionErrors.last.map { connectionMessage($0.error) ?? "\($0.error)" } ?? "no address to connect to"
            return "cannot connect to \(error.host):\(error.port): \(reason)"
        }
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)) }
        if error is ChannelError { return "\(error)" }
        return nil
    }

    static func storeError(_ operation: String, _ location: String, _ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        return StoreError(operation: operation, path: location, message: message(error), failure: classify(error))
    }
}

/// Another daemon's session holds this outbox name: two hosts of one name (cloned machines,
/// "localhost") would send each other's alerts.
struct OutboxInUse: Error, CustomStringConvertible {
    var name: String
    var description: String {
        "the outbox name '\(name)' is in use by another daemon on this store (two hosts of one name would send each other's alerts): set a name of its own with 'host' in claimwatch.toml"
    }
}
