import CSystemd
import ClaimCore
import Glibc

/// A journal write that did not happen.
public struct JournalError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}

/// Writes entries to the local systemd-journald with `sd_journal_sendv`
/// (the variadic `sd_journal_send` cannot be called from Swift).
///
/// With no journal socket, libsystemd's send "succeeds" and the entry is
/// lost, so the socket's presence is checked on every write.
public struct JournalWriter: Sendable {
    public static let socketPath = "/run/systemd/journal/socket"

    public init() {}

    /// True when journald's socket exists.
    public static var isAvailable: Bool {
        var info = stat()
        return stat(socketPath, &info) == 0 && (info.st_mode & S_IFMT) == S_IFSOCK
    }

    /// Sends one entry.
    /// - Throws: `JournalError` when journald is unreachable or refuses the entry.
    public func send(_ entry: JournalEntry) throws(JournalError) {
        guard Self.isAvailable else { throw JournalError(message: "no journal socket at '\(Self.socketPath)': is systemd-journald running?") }
        // One contiguous allocation holds every field, so the iovecs point at
        // memory that stays valid for the whole call.
        let fields = entry.encoded.map { Array($0.utf8) }
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, fields.reduce(0) { $0 + $1.count }), alignment: 1)
        defer { storage.deallocate() }
        var vectors = [iovec]()
        vectors.reserveCapacity(fields.count)
        var offset = 0
        for field in fields {
            let target = UnsafeMutableRawBufferPointer(rebasing: storage[offset..<(offset + field.count)])
            target.copyBytes(from: field)
            vectors.append(iovec(iov_base: target.baseAddress, iov_len: field.count))
            offset += field.count
        }
        let result = sd_journal_sendv(&vectors, Int32(vectors.count))
        if result < 0 { throw JournalError(message: "sd_journal_sendv: \(String(cString: strerror(-result)))") }
    }
}

/// Delivers alerts to the journal.
public struct JournalAlertSink: AlertSink {
    let writer = JournalWriter()
    public init() {}
    public func send(_ alert: Alert) throws { try writer.send(.alert(alert)) }
}
