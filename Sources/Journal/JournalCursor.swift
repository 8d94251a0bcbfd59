import CSystemd
import Glibc

/// One entry read back from the journal: its fields (text values only) and its time.
public struct JournalRecord: Sendable, Hashable {
    /// Wall-clock time the entry was written, microseconds since the epoch.
    public var realtimeMicros: UInt64
    public var fields: [String: String]

    public init(realtimeMicros: UInt64, fields: [String: String]) {
        self.realtimeMicros = realtimeMicros
        self.fields = fields
    }

    public subscript(_ field: String) -> String? { fields[field] }
}

/// A failure to read the journal, worded for the operator.
public struct JournalReadError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }

    init(call: String, code: Int32) {
        self.init("\(call): \(String(cString: strerror(code)))")
    }
}

/// Reads journal entries through libsystemd's sd-journal API (`sd_journal_open`,
/// `sd_journal_add_match`, `sd_journal_next`, `sd_journal_wait`): no journalctl
/// process, no text parsing. Matches on one field are alternatives (OR);
/// matches on different fields must all hold (AND), as in journalctl.
///
/// Not thread-safe: one reader per thread, as libsystemd requires.
public final class JournalCursor {
    private let journal: OpaquePointer
    /// After `seek(lastEntries:)`, the entry under the cursor is returned before moving on.
    private var returnCurrent = false

    /// Opens the local machine's journal files (system and, when readable,
    /// users'), or the files in `directory` (as `journalctl -D`).
    /// - Throws: `JournalReadError` when the journal cannot be opened.
    public init(directory: String? = nil) throws(JournalReadError) {
        var handle: OpaquePointer?
        let result: Int32
        if let directory {
            result = sd_journal_open_directory(&handle, directory, 0)
        } else {
            result = sd_journal_open(&handle, Int32(SD_JOURNAL_LOCAL_ONLY))
        }
        guard result >= 0, let handle else {
            throw JournalReadError(call: "sd_journal_open\(directory.map { " '\($0)'" } ?? "")", code: -result)
        }
        journal = handle
        // Evidence sentences can be long; never truncate a field.
        _ = sd_journal_set_data_threshold(journal, 0)
    }

    deinit { sd_journal_close(journal) }

    /// True when at least one journal file could be opened (journalctl's
    /// "No journal files were found" case is false).
    public var hasFiles: Bool {
        sd_journal_has_runtime_files(journal) > 0 || sd_journal_has_persistent_files(journal) > 0
    }

    /// Adds a `FIELD=value` match.
    public func match(_ field: String, _ value: String) throws(JournalReadError) {
        let pair = Array("\(field)=\(value)".utf8)
        let result = pair.withUnsafeBytes { sd_journal_add_match(journal, $0.baseAddress, $0.count) }
        if result < 0 { throw JournalReadError(call: "sd_journal_add_match \(field)", code: -result) }
    }

    /// Drops every match, to search again with new ones.
    public func flushMatches() {
        sd_journal_flush_matches(journal)
    }

    /// Positions before the oldest entry.
    public func seekHead() {
        _ = sd_journal_seek_head(journal)
        returnCurrent = false
    }

    /// Positions before the first entry at or after `micros` (wall clock).
    public func seek(sinceMicros micros: UInt64) {
        _ = sd_journal_seek_realtime_usec(journal, micros)
        returnCurrent = false
    }

    /// Positions so that `next()` returns the last `count` matching entries, then what follows.
    public func seek(lastEntries count: Int) {
        _ = sd_journal_seek_tail(journal)
        // previous_skip lands on the oldest of them (or the first entry when fewer match).
        returnCurrent = count > 0 && sd_journal_previous_skip(journal, UInt64(count)) > 0
        if !returnCurrent { seekToEnd() }
    }

    /// Positions so that `next()` returns only entries written from now on.
    ///
    /// By wall-clock time rather than `sd_journal_seek_tail` alone: a cursor left at the
    /// tail with no matching entry to stand on never moves, however many entries arrive.
    public func seekToEnd() {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        seek(sinceMicros: UInt64(now.tv_sec) * 1_000_000 + UInt64(now.tv_nsec) / 1_000)
    }

    /// The next matching entry, or nil at the end of what is written so far.
    public func next() throws(JournalReadError) -> JournalRecord? {
        if returnCurrent {
            returnCurrent = false
        } else {
            let step = sd_journal_next(journal)
            if step < 0 { throw JournalReadError(call: "sd_journal_next", code: -step) }
            guard step > 0 else { return nil }
        }
        var micros: UInt64 = 0
        _ = sd_journal_get_realtime_usec(journal, &micros)
        var fields = [String: String]()
        sd_journal_restart_data(journal)
        var data: UnsafeRawPointer?
        var length = 0
        while sd_journal_enumerate_data(journal, &data, &length) > 0, let data {
            let bytes = UnsafeRawBufferPointer(start: data, count: length)
            guard let equals = bytes.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let name = String(decoding: bytes[..<equals], as: UTF8.self)
            let value = bytes[(equals + 1)...]
            // Binary fields are not text; alerts never carry them.
            guard let text = String(validating: value, as: UTF8.self) else { continue }
            fields[name] = text
        }
        return JournalRecord(realtimeMicros: micros, fields: fields)
    }

    /// Blocks until the journal changes or `timeoutMicros` pass (nil: forever).
    /// - Returns: false on timeout.
    @discardableResult
    public func wait(timeoutMicros: UInt64? = nil) throws(JournalReadError) -> Bool {
        let result = sd_journal_wait(journal, timeoutMicros ?? UInt64.max)
        if result < 0 { throw JournalReadError(call: "sd_journal_wait", code: -result) }
        return result != Int32(SD_JOURNAL_NOP)
    }
}
