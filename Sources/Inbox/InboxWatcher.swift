import Dispatch
import Glibc
import SystemCalls

/// Watches the inbox with inotify (`IN_CLOSE_WRITE | IN_MOVED_TO`, and `IN_CREATE` for what gets neither) through a
/// `DispatchSourceRead` on the caller's queue. Events are hints: the handler
/// gets names of files that were finished (closed after write, or renamed
/// in), or `.overflow` when the kernel queue overflowed and a rescan is due.
/// (`DispatchSource.makeFileSystemObjectSource` does not exist on Linux.)
public final class InboxWatcher: @unchecked Sendable {
    public enum Event: Sendable, Hashable {
        case finished(name: [UInt8])
        /// A name appeared (`IN_CREATE`): only interesting when no later event will come —
        /// a FIFO, symlink, directory or socket, or a hard link to an existing file.
        case created(name: [UInt8])
        case overflow
        case watchLost
    }

    private let fd: Int32
    private let source: any DispatchSourceRead

    /// Arms the watch. Call before the startup scan so no file slips between them.
    /// - Throws: `InboxError` naming the syscall (`inotify_init1`, `inotify_add_watch`).
    public init(directory: String, queue: DispatchQueue, handler: @escaping @Sendable ([Event]) -> Void) throws(InboxError) {
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { throw InboxError(operation: "inotify_init1", path: directory, code: errno) }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_ONLYDIR | IN_EXCL_UNLINK)
        guard inotify_add_watch(fd, directory, mask) >= 0 else {
            let code = errno
            close(fd)
            let fix = code == ENOSPC ? "The inotify watch limit is reached; raise fs.inotify.max_user_watches" : nil
            throw InboxError(operation: "inotify_add_watch", path: directory, code: code, detail: fix)
        }
        self.fd = fd
        source = DispatchSource.makeReadSource(fileDescriptor: fd, queue: queue)
        source.setEventHandler { [fd] in handler(Self.drain(fd)) }
        source.setCancelHandler { [fd] in close(fd) }
        source.activate()
    }

    /// Stops watching and closes the descriptor.
    public func cancel() { source.cancel() }

    private static func drain(_ fd: Int32) -> [Event] {
        var events = [Event]()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let n = SystemCall.retrying { buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) } }
            if n <= 0 { break }
            for record in InotifyEventParser.parse(Array(buffer[0..<n])) {
                if record.isOverflow {
                    events.append(.overflow)
                } else if record.isWatchRemoved {
                    events.append(.watchLost)
                } else if !record.name.isEmpty {
                    events.append(record.mask & UInt32(IN_CREATE) != 0 ? .created(name: record.name) : .finished(name: record.name))
                }
            }
        }
        return events
    }
}
