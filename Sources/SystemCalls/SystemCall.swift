import Glibc

/// The one layer the daemon's system calls go through where a signal or a short transfer can
/// cut them: a call interrupted by a signal (`EINTR`) is made again, and a write goes on
/// until every byte is out. `close` is never retried: on Linux the descriptor is released
/// even when it reports `EINTR`, and a retry could close a descriptor another thread opened.
public enum SystemCall {
    /// `body` again while it returns -1 with `errno` `EINTR`.
    @inlinable
    public static func retrying<T: SignedInteger>(_ body: () -> T) -> T {
        while true {
            let result = body()
            if result == -1 && errno == EINTR { continue }
            return result
        }
    }

    /// Writes every byte of `bytes` to `descriptor`, through short writes and `EINTR`.
    /// - Returns: nil when all were written, else the `errno` of the failed write.
    public static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        var done = 0
        while done < bytes.count {
            let count = write(descriptor, bytes.baseAddress! + done, bytes.count - done)
            if count < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if count == 0 { return EIO }
            done += count
        }
        return nil
    }

    /// `writeAll` for an array of bytes.
    public static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32? {
        bytes.withUnsafeBytes { writeAll(descriptor, $0) }
    }
}
