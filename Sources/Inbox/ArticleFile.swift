import ClaimCore
import Glibc
import SystemCalls

/// Reading one dropped file safely: never follows a link, never blocks on a
/// FIFO, never reads a directory or device, and refuses files over the cap
/// before reading them.
public enum ArticleFile {
    /// What was read: the bytes and the file's modification day (UTC).
    public struct Contents: Sendable {
        public var bytes: [UInt8]
        public var modified: Day
    }

    /// Why a file was not read.
    public enum Refusal: Error, Sendable, Hashable {
        /// Not a regular file (a link, FIFO, socket, directory, device): never opened for reading.
        case notRegular(kind: String)
        /// Over the size cap.
        case tooLarge(size: Int, limit: Int)
        /// The OS refused (vanished, permission, I/O error).
        case failed(InboxError)
    }

    /// The kind of a non-regular file from `lstat`, or nil for a regular file.
    public static func irregularKind(at path: [UInt8]) throws(InboxError) -> String? {
        var info = stat()
        guard CPath.with(path, { lstat($0, &info) }) == 0 else { throw InboxError(operation: "lstat", path: FileName.display(path), code: errno) }
        return kindName(info.st_mode)
    }

    /// True when a name that just appeared (`IN_CREATE`) will get no close-after-write or
    /// rename event and can be taken now: anything but a regular file (it is set aside
    /// unopened), or a hard link to an existing file (linking is atomic; a file still being
    /// written by its creator has one link). False when it vanished.
    public static func isCompleteOnCreation(at path: [UInt8]) -> Bool {
        var info = stat()
        guard CPath.with(path, { lstat($0, &info) }) == 0 else { return false }
        return kindName(info.st_mode) != nil || info.st_nlink > 1
    }

    static func kindName(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFLNK: return "a symbolic link"
        case S_IFDIR: return "a directory"
        case S_IFIFO: return "a FIFO"
        case S_IFSOCK: return "a socket"
        case S_IFCHR, S_IFBLK: return "a device"
        default: return "not a regular file"
        }
    }

    /// Reads `path` (opened with `O_NOFOLLOW | O_NONBLOCK`, checked with `fstat`).
    public static func read(_ bytePath: [UInt8], maxBytes: Int) throws(Refusal) -> Contents {
        let path = FileName.display(bytePath)
        let fd = SystemCall.retrying { CPath.with(bytePath) { open($0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY) } }
        guard fd >= 0 else {
            let code = errno
            if code == ELOOP { throw .notRegular(kind: "a symbolic link") }
            throw .failed(InboxError(operation: "open", path: path, code: code))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .failed(InboxError(operation: "fstat", path: path, code: errno)) }
        if let kind = kindName(info.st_mode) { throw .notRegular(kind: kind) }
        let size = Int(info.st_size)
        guard size <= maxBytes else { throw .tooLarge(size: size, limit: maxBytes) }
        var bytes = [UInt8](repeating: 0, count: size)
        var total = 0
        while total < size {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + total, size - total, off_t(total)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .failed(InboxError(operation: "read", path: path, code: errno))
            }
            if n == 0 { break }
            total += n
        }
        bytes.removeSubrange(total...)
        return Contents(bytes: bytes, modified: Day(ordinal: Int(info.st_mtim.tv_sec) / 86_400))
    }
}
