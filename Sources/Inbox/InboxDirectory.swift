import ClaimCore
import Glibc

/// The inbox as a queue directory (Postfix pickup): which names are
/// eligible, and moving handled files to `done/` or `rejected/`.
public struct InboxDirectory: Sendable {
    public let inbox: String
    public let done: String
    public let rejected: String
    /// A file found by a scan that someone may still be writing is taken only
    /// once it has not changed for this long (when a write lease cannot tell).
    public var settleSeconds: Int

    public init(inbox: String, done: String, rejected: String, settleSeconds: Int = 2) {
        self.inbox = inbox
        self.done = done
        self.rejected = rejected
        self.settleSeconds = settleSeconds
    }

    /// Names that can never be articles in progress: dotfiles, `.tmp`, `.part`, `~` (producers' temporary names).
    public static func isCandidateName(_ name: [UInt8]) -> Bool {
        guard let first = name.first, first != UInt8(ascii: ".") else { return false }
        for suffix in [".tmp", ".part", "~"] where name.count >= suffix.utf8.count && name.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) {
            return false
        }
        return true
    }

    /// Full path of a name in the inbox, as bytes (names need not be UTF-8).
    public func path(of name: [UInt8]) -> [UInt8] { Array(inbox.utf8) + [UInt8(ascii: "/")] + name }

    /// True when the inbox holds an entry of this name (of any type).
    public func contains(_ name: [UInt8]) -> Bool {
        var info = stat()
        return CPath.with(path(of: name)) { lstat($0, &info) } == 0
    }

    /// Creates the inbox, `done/` and `rejected/` when missing (mode 0775 less the umask).
    /// An installed service finds them made by tmpfiles.d with their owners and the
    /// inbox's setgid bit; existing directories are left as they are, and no
    /// set-id mode is ever requested (`RestrictSUIDSGID=` would refuse it).
    public func createDirectories() throws(InboxError) {
        for dir in [inbox, done, rejected] { try Self.makeDirectory(dir) }
    }

    /// `mkdir` when `path` does not exist yet.
    public static func makeDirectory(_ path: String) throws(InboxError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else { throw InboxError(operation: "mkdir", path: path, code: ENOTDIR) }
            return
        }
        if mkdir(path, 0o775) != 0 && errno != EEXIST { throw InboxError(operation: "mkdir", path: path, code: errno) }
    }

    /// Candidate names in the inbox, sorted (oldest-first order is not knowable from names; sorting makes runs reproducible).
    public func scan() throws(InboxError) -> [[UInt8]] {
        guard let dir = opendir(inbox) else { throw InboxError(operation: "opendir", path: inbox, code: errno) }
        defer { closedir(dir) }
        var names = [[UInt8]]()
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if Self.isCandidateName(name) { names.append(name) }
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// `F_SETLEASE` from <linux/fcntl.h>, which Glibc's module does not export.
    static let setLease: Int32 = 1024

    /// True when no writer holds the file: a read lease can be taken, or (when
    /// leases are not permitted) it has not changed for `settleSeconds`.
    public func isSettled(_ name: [UInt8], now: Int) -> Bool {
        let path = path(of: name)
        let fd = CPath.with(path) { open($0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) }
        if fd >= 0 {
            defer { close(fd) }
            if fcntl(fd, Self.setLease, F_RDLCK) == 0 {
                _ = fcntl(fd, Self.setLease, F_UNLCK)
                return true
            }
            if errno == EAGAIN { return false }  // open for writing by someone
        }
        var info = stat()
        guard CPath.with(path, { lstat($0, &info) }) == 0 else { return true }  // gone or odd: let processing report it
        return now - Int(info.st_mtim.tv_sec) >= settleSeconds
    }
}

/// File names are bytes: decoded for paths and display, never assumed UTF-8.
public enum FileName {
    /// A display form for logs, `.reason` files and `ARTICLE_FILE`: a UTF-8 name with its control,
    /// bidi and invisible format characters escaped (`a\x1b[2Jb.txt`, `x\u202etxt.exe`); a name
    /// that is not UTF-8 byte by byte, every byte outside printable ASCII (and `\`) as `\xNN`.
    public static func display(_ name: [UInt8]) -> String {
        if let text = String(validating: name, as: UTF8.self) { return VisibleText.escaped(text) }
        return name.map { b in
            (0x20..<0x7F).contains(b) && b != UInt8(ascii: "\\") ? String(UnicodeScalar(b)) : "\\x" + String(b, radix: 16, uppercase: true).leftPadded(2)
        }.joined()
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// Byte paths handed to syscalls without a round trip through `String`.
public enum CPath {
    public static func with<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (path + [0]).withUnsafeBufferPointer { bytes in
            try bytes.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }
}
