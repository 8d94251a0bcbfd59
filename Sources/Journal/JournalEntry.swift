import ClaimCore

/// The fields of one journal entry as `KEY=value` strings: pure, so the
/// alert contract of claims.md is tested without a journal.
///
/// journald silently drops a field whose name is not `[A-Z0-9_]`, starts
/// with `_` or a digit, or is longer than 64 bytes, while the send still
/// reports success: `isValidFieldName` guards every name we build.
public struct JournalEntry: Sendable, Hashable {
    public var fields: [(String, String)]

    public static func == (lhs: JournalEntry, rhs: JournalEntry) -> Bool { lhs.fields.elementsEqual(rhs.fields, by: ==) }
    public func hash(into hasher: inout Hasher) { for (k, v) in fields { hasher.combine(k); hasher.combine(v) } }

    public init(fields: [(String, String)]) { self.fields = fields }

    /// The `KEY=value` strings handed to `sd_journal_sendv`. Values are escaped (`VisibleText`,
    /// line breaks and tabs kept): journald stores a value holding any other control character
    /// as binary, which `journalctl` shows as "[N blob data]". Articles are sanitized when read;
    /// this covers what came another way (an alert an older version queued in the outbox).
    public var encoded: [String] { fields.map { "\($0.0)=\(VisibleText.escaped($0.1, keepingLineBreaks: true))" } }

    /// The entry of one alert, field for field as claims.md's table says (null fields omitted),
    /// and `CLAIMWATCH_STORE` naming the store that raised it, when given, and `CLAIMWATCH_HOST`
    /// the host whose outbox sent it, when several hosts share the store.
    public static func alert(_ alert: Alert, store: String? = nil, host: String? = nil) -> JournalEntry {
        var fields: [(String, String)] = [
            ("MESSAGE", alert.message), ("PRIORITY", String(alert.priority)), ("MESSAGE_ID", MessageID.of(alert)),
            ("SYSLOG_IDENTIFIER", "claimwatch"), ("CLAIM_EVENT", alert.event.rawValue), ("CLAIM_KIND", alert.kind.rawValue),
            ("CLAIM_ID", alert.claimID), ("CLAIM_CLAIMANT", alert.claimant),
        ]
        func add(_ key: String, _ value: String?) { if let value, !value.isEmpty { fields.append((key, value)) } }
        add("CLAIM_SUBJECT", alert.subject)
        add("CLAIM_REGION", alert.region)
        add("CLAIM_DATE", alert.date?.description)
        add("CLAIM_PLACES", alert.places.joined(separator: ","))
        add("CLAIM_DENIES_CLAIMANT", alert.denies?.claimant)
        add("CLAIM_DENIES_KIND", alert.denies?.kind.rawValue)
        add("CLAIM_DENIES_ID", alert.deniesID)
        add("CLAIM_EVIDENCE", alert.evidence)
        add("CLAIM_SOURCES", String(alert.sources))
        add("CLAIM_ORIGINS", alert.origins.map(String.init))
        add("ALERT_ID", alert.alertID)
        add(storeField, store)
        add(hostField, host)
        add("ARTICLE_FILE", alert.articleFile)
        add("ARTICLE_SHA256", alert.articleSHA256)
        add("ARTICLE_OUTLET", alert.outlet)
        add("ARTICLE_LANG", alert.language)
        add("ARTICLE_PUBLISHED", alert.published?.description)
        return JournalEntry(fields: fields)
    }

    /// The field naming the store an alert came from (`SQLiteClaimStore.identity`).
    public static let storeField = "CLAIMWATCH_STORE"
    /// The field naming the host whose outbox sent an alert of a shared store.
    public static let hostField = "CLAIMWATCH_HOST"

    /// An operator event (rejection, rescan, store error) with its own MESSAGE_ID.
    public static func event(messageID: String, priority: Int, message: String, extra: [(String, String)] = []) -> JournalEntry {
        JournalEntry(
            fields: [
                ("MESSAGE", message), ("PRIORITY", String(priority)), ("MESSAGE_ID", messageID), ("SYSLOG_IDENTIFIER", "claimwatch"),
            ] + extra.filter { isValidFieldName($0.0) })
    }

    /// True for a name journald keeps: `A–Z`, `0–9`, `_`, not starting with `_` or a digit, 1–64 bytes.
    public static func isValidFieldName(_ name: String) -> Bool {
        guard let first = name.utf8.first, name.utf8.count <= 64, first != UInt8(ascii: "_"), !(48...57).contains(first) else { return false }
        return name.utf8.allSatisfy { (65...90).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "_") }
    }
}
