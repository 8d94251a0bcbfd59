import ClaimCore
import Glibc

/// Answers "did these alerts already reach the journal?" before the outbox
/// resends them after a crash between the journal write and marking them sent
/// (claims.md: every alert exactly once).
///
/// Journal writes are asynchronous: an entry sent just before a crash may still
/// sit in journald's socket queue. So a marker entry with a unique field is
/// written first and waited for; once it is readable, everything sent before it
/// is too, and an `ALERT_ID` that is not found never arrived.
public struct JournalPresence: Sendable {
    /// How long to wait for the marker to become readable.
    public var timeoutMicros: UInt64

    public init(timeoutMicros: UInt64 = 10_000_000) {
        self.timeoutMicros = timeoutMicros
    }

    /// The subset of `alertIDs` present in the journal as written by `store` (their
    /// `CLAIMWATCH_STORE`): another claimwatch that read the same bytes into its own store
    /// raised the same ids, and its entries say nothing about this store's outbox. An entry
    /// without the field (written before alerts named their store) counts, as it did then;
    /// with `store` nil, every entry counts.
    /// - Throws: `JournalReadError` when the answer cannot be known: no journal file
    ///   is readable (the caller must not resend blindly), the marker cannot be
    ///   written, or it did not become readable in time.
    public func arrived(_ alertIDs: [String], store: String? = nil) throws(JournalReadError) -> Set<String> {
        let cursor = try JournalCursor()
        guard cursor.hasFiles else {
            throw JournalReadError(
                "no journal file is readable by uid \(getuid()): cannot tell which alerts already arrived. "
                    + "Give the service the systemd-journal group (SupplementaryGroups=systemd-journal)")
        }
        let marker = Self.markerValue()
        do {
            try JournalWriter().send(
                .event(
                    messageID: "", priority: 7, message: "Checking which of \(alertIDs.count) outbox alerts already reached the journal",
                    extra: [("CLAIMWATCH_MARKER", marker)]))
        } catch {
            throw JournalReadError("cannot write the outbox marker entry: \(error)")
        }
        try cursor.match("CLAIMWATCH_MARKER", marker)
        var waited: UInt64 = 0
        while try cursor.next() == nil {
            guard waited < timeoutMicros else {
                throw JournalReadError("the outbox marker entry was not readable after \(timeoutMicros / 1_000_000) s; journald may be overloaded")
            }
            try cursor.wait(timeoutMicros: 100_000)
            waited += 100_000
        }
        var found = Set<String>()
        for id in alertIDs {
            cursor.flushMatches()
            try cursor.match("ALERT_ID", id)
            cursor.seekHead()
            while let entry = try cursor.next() {
                let writer = entry[JournalEntry.storeField]
                if store == nil || writer == nil || writer == store {
                    found.insert(id)
                    break
                }
            }
        }
        return found
    }

    /// 128 random bits in hex, unique per check.
    static func markerValue() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<2).map { _ in
            let hex = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}

extension JournalPresence: AlertPresence {
    /// `AlertPresence`: the alerts of `store` already in the journal.
    public func arrived(_ alertIDs: [String], store: String) throws -> Set<String> {
        try arrived(alertIDs, store: Optional(store))
    }
}
