import ClaimCore
import Synchronization

/// An `AlertSink` that keeps what it is sent, and is also its own `AlertPresence` (as the
/// journal is): for scenario tests of the outbox. It can refuse alerts (the journal down),
/// take one and still report failure (journald got it, the write call failed), or be
/// unreadable (no journal file readable).
public final class RecordingAlertSink: AlertSink, AlertPresence {
    public enum Mode: Sendable, Hashable {
        case accepting
        /// Throws, keeping nothing.
        case refusing
        /// Keeps the alert, then throws.
        case failingAfterWrite
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    struct Contents {
        var received = [Alert]()
        var mode = Mode.accepting
        var isUnreadable = false
    }

    let contents = Mutex(Contents())

    public init() {}

    public func set(_ mode: Mode) { contents.withLock { $0.mode = mode } }
    /// Whether `arrived` can answer (false: it throws, as an unreadable journal).
    public func setReadable(_ readable: Bool) { contents.withLock { $0.isUnreadable = !readable } }

    public func send(_ alert: Alert) throws {
        try contents.withLock { contents in
            switch contents.mode {
            case .accepting: contents.received.append(alert)
            case .refusing: throw Failure(description: "journal socket refused the entry")
            case .failingAfterWrite:
                contents.received.append(alert)
                throw Failure(description: "the write was cut short")
            }
        }
    }

    public func arrived(_ alertIDs: [String], store: String) throws -> Set<String> {
        try contents.withLock { contents in
            if contents.isUnreadable { throw Failure(description: "no journal file is readable") }
            return Set(alertIDs).intersection(contents.received.map(\.alertID))
        }
    }

    /// The alerts received, in order (duplicates included: the tests count them).
    public var received: [Alert] { contents.withLock { $0.received } }
}
