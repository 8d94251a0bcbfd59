import ClaimCore
import Inbox
import Journal
import Logging

/// Where alerts and operator events go: the journal, or stderr when the
/// journal is not used (`--log-target stderr`, or no socket in `auto`).
public struct AlertOutput: AlertSink {
    public let toJournal: Bool
    /// The store whose alerts these are (`CLAIMWATCH_STORE`), once it is open.
    public let store: String?
    /// The host whose outbox these alerts come from, when several share the store (`CLAIMWATCH_HOST`).
    public let host: String?
    let writer = JournalWriter()

    public init(toJournal: Bool, store: String? = nil, host: String? = nil) {
        self.toJournal = toJournal
        self.store = store
        self.host = host
    }

    /// The same output, its alerts naming `store` (and `host`).
    public func naming(store: String, host: String? = nil) -> AlertOutput { AlertOutput(toJournal: toJournal, store: store, host: host) }

    /// Writes one alert; throws when the journal cannot take it (the alert then waits in the outbox).
    public func send(_ alert: Alert) throws {
        if toJournal {
            try writer.send(.alert(alert, store: store, host: host))
        } else {
            StandardError.write("ALERT \(alert.message) ALERT_ID=\(alert.alertID) CLAIM_ID=\(alert.claimID)")
        }
    }

    /// An operator event with its own MESSAGE_ID (rejection, rescan, store error); also logged.
    public func event(_ messageID: String, priority: Int, _ message: String, fields: [(String, String)] = [], logger: Logger) {
        if toJournal, (try? writer.send(.event(messageID: messageID, priority: priority, message: message, extra: fields))) != nil { return }
        let level: Logger.Level = priority <= 3 ? .error : priority == 4 ? .warning : .notice
        logger.log(level: level, "\(message)")
    }
}

/// Unbuffered lines to stderr, escaped (`VisibleText`): an alert's message names an article file.
enum StandardError {
    static func write(_ line: String) {
        FileHandleWriter.write(2, VisibleText.escaped(line, keepingLineBreaks: true) + "\n")
    }
}
