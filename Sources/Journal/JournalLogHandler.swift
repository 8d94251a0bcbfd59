import ClaimCore
import Glibc
import Logging
import SystemCalls

/// A swift-log handler that writes to the journal with structured fields
/// (metadata `article.path` becomes `ARTICLE_PATH`), or to stderr when the
/// journal is not reachable.
public struct JournalLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    let label: String
    let toJournal: Bool

    /// - Parameters:
    ///   - label: the logger label (`claimwatch.inbox`), written as `LOGGER`.
    ///   - toJournal: false writes plain lines to stderr instead.
    public init(label: String, toJournal: Bool) {
        self.label = label
        self.toJournal = toJournal
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { $1 } }
        if toJournal {
            var fields: [(String, String)] = [("LOGGER", label), ("CODE_FILE", event.file), ("CODE_LINE", String(event.line))]
            for (key, value) in merged.sorted(by: { $0.key < $1.key }) {
                let name = key.uppercased().map { $0.isLetter || $0.isNumber ? String($0) : "_" }.joined()
                if JournalEntry.isValidFieldName(name) { fields.append((name, "\(value)")) }
            }
            let entry = JournalEntry.event(
                messageID: "", priority: Self.priority(event.level), message: event.message.description, extra: fields)
            // MESSAGE_ID is only for operator events; drop the empty one.
            if (try? JournalWriter().send(JournalEntry(fields: entry.fields.filter { $0.0 != "MESSAGE_ID" }))) != nil { return }
        }
        let meta = merged.isEmpty ? "" : " " + merged.sorted(by: { $0.key < $1.key }).map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let line = VisibleText.escaped("claimwatch[\(label)] \(event.level): \(event.message)\(meta)", keepingLineBreaks: true) + "\n"
        _ = SystemCall.writeAll(2, Array(line.utf8))
    }

    /// syslog priorities for swift-log levels.
    static func priority(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }
}
