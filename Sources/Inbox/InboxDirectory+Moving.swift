import Glibc
import SystemCalls

extension InboxDirectory {
    /// Where a handled file goes.
    public enum Destination: Sendable { case done, rejected }

    /// Moves an inbox file to `done/` or `rejected/`, returning its new name.
    /// A name already there gets `.1`, `.2`, …; a rename across mounts (EXDEV)
    /// falls back to copy, fsync, unlink. A symlink moves as the link itself.
    /// The destination directory is fsynced unless `syncing` is false, for a caller
    /// that moves several files and then calls `sync(_:)` once.
    @discardableResult
    public func move(_ name: [UInt8], to destination: Destination, syncing: Bool = true) throws(InboxError) -> [UInt8] {
        let directory = Array((destination == .done ? done : rejected).utf8)
        let source = path(of: name)
        var target = name
        var suffix = 0
        while exists(directory + [UInt8(ascii: "/")] + target) {
            suffix += 1
            target = name + Array(".\(suffix)".utf8)
        }
        let targetPath = directory + [UInt8(ascii: "/")] + target
        let renamed = CPath.with(source) { from in CPath.with(targetPath) { to in rename(from, to) } }
        if renamed != 0 {
            let code = errno
            guard code == EXDEV else { throw InboxError(operation: "rename", path: FileName.display(source), code: code) }
            try copyAcrossMounts(from: source, to: targetPath)
        }
        if syncing { syncDirectory(directory) }
        return target
    }

    /// Makes the renames into `destination` durable (one directory fsync for many moves).
    /// A rename lost to a power cut only puts a recorded file back in the inbox, where its
    /// bytes are known and it moves to done/ again with no alerts.
    public func sync(_ destination: Destination) {
        syncDirectory(Array((destination == .done ? done : rejected).utf8))
    }

    /// Writes `NAME.reason` beside a rejected file (hashed when the name would exceed 255 bytes).
    public func writeReason(_ reason: String, for rejectedName: [UInt8]) throws(InboxError) {
        var sidecar = rejectedName + Array(".reason".utf8)
        if sidecar.count > 255 {
            sidecar = Array(rejectedName.prefix(200)) + Array("-\(Self.shortHash(rejectedName)).reason".utf8)
        }
        let path = Array(rejected.utf8) + [UInt8(ascii: "/")] + sidecar
        let fd = SystemCall.retrying { CPath.with(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644) } }
        guard fd >= 0 else { throw InboxError(operation: "open", path: FileName.display(path), code: errno) }
        defer { close(fd) }
        if let code = SystemCall.writeAll(fd, Array((reason + "\n").utf8)) {
            throw InboxError(operation: "write", path: FileName.display(path), code: code)
        }
    }

    static func shortHash(_ bytes: [UInt8]) -> String {
        var h: UInt64 = 0xcbf29ce484222325  // FNV-1a: only to keep sidecar names unique, not security.
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return String(h, radix: 16)
    }

    private func exists(_ path: [UInt8]) -> Bool {
        var info = stat()
        return CPath.with(path) { lstat($0, &info) } == 0
    }

    private func syncDirectory(_ path: [UInt8]) {
        let fd = SystemCall.retrying { CPath.with(path) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) } }
        if fd >= 0 {
            _ = SystemCall.retrying { fsync(fd) }
            close(fd)
        }
    }

    private func copyAcrossMounts(from source: [UInt8], to target: [UInt8]) throws(InboxError) {
        let input = SystemCall.retrying { CPath.with(source) { open($0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC) } }
        guard input >= 0 else { throw InboxError(operation: "open", path: FileName.display(source), code: errno) }
        defer { close(input) }
        let output = SystemCall.retrying { CPath.with(target) { open($0, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640) } }
        guard output >= 0 else { throw InboxError(operation: "open", path: FileName.display(target), code: errno) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = SystemCall.retrying { buffer.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) } }
            if n == 0 { break }
            let failure: Int32? = n < 0 ? errno : buffer.withUnsafeBytes { SystemCall.writeAll(output, UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
            if let code = failure {
                close(output)
                _ = CPath.with(target) { unlink($0) }
                throw InboxError(operation: "copy", path: FileName.display(target), code: code)
            }
        }
        guard SystemCall.retrying({ fsync(output) }) == 0 else {
            let code = errno
            close(output)
            throw InboxError(operation: "fsync", path: FileName.display(target), code: code)
        }
        close(output)
        guard CPath.with(source, { unlink($0) }) == 0 else { throw InboxError(operation: "unlink", path: FileName.display(source), code: errno) }
    }
}
