import Foundation

/// Test support: a `NOTIFY_SOCKET` of our own, as systemd would give the daemon, recording
/// each `sd_notify` datagram with the monotonic time it arrived.
public final class NotifySocket: @unchecked Sendable {
    public struct Message: Sendable {
        public var seconds: Double
        public var text: String
    }

    public let path: String
    private let fd: Int32
    private let lock = NSLock()
    private var received: [Message] = []
    private var closed = false
    private var reader: Thread?

    public init(directory: URL) throws {
        path = directory.appendingPathComponent("notify.sock").path
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (i, byte) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = byte }
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var timeout = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let thread = Thread { self.readLoop() }
        reader = thread
        thread.start()
    }

    /// Stops reading and removes the socket (call once, when the daemon is gone).
    public func close() {
        lock.withLock { closed = true }
        Thread.sleep(forTimeInterval: 0.15)  // the reader wakes within its 0.1 s receive timeout
        Glibc.close(fd)
        unlink(path)
    }

    private func readLoop() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !lock.withLock({ closed }) {
            let n = recv(fd, &buffer, buffer.count, 0)
            guard n > 0 else { continue }
            let message = Message(seconds: Self.now(), text: String(decoding: buffer[0..<n], as: UTF8.self))
            lock.withLock { received.append(message) }
        }
    }

    /// Seconds on the monotonic clock.
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Every message so far, in arrival order.
    public var messages: [Message] { lock.withLock { received } }
}
