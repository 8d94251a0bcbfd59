import Foundation
import Glibc
import Inbox
import Synchronization
import SystemCalls

/// What the daemon is reading, kept where the next start can see it: `STATE/reading` names
/// (one hex-encoded file name a line) the batch being read and extracted, and is emptied
/// when the batch is extracted. A fatal signal while it is not empty (a trap, a fault, the
/// watchdog's abort after a hang) appends a `signal N` line before the process dies, so the
/// next start knows those files were being read when the daemon crashed — and a SIGKILL or
/// a power cut, which leave no such line, are told apart from a crash (issue 22, crash-loop
/// quarantine). Costs one `ftruncate` and one `write` a batch, no `fsync`: only a process
/// crash needs to be seen, and the page cache outlives the process.
final class ReadingMarker: Sendable {
    /// What the fatal-signal handler uses, made before it is installed so that it neither
    /// allocates nor locks: the descriptor it appends to, each signal's line ("signal 4\n"
    /// in a 16-byte slot, its length in the last byte), and each signal's previous action.
    nonisolated(unsafe) static var crashDescriptor: Int32 = -1
    nonisolated(unsafe) static let crashLines = UnsafeMutablePointer<UInt8>.allocate(capacity: 65 * 16)
    nonisolated(unsafe) static let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    static let fatalSignals: [Int32] = [SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSEGV]

    let path: String
    private let descriptor: Int32
    /// Whether the marker names a batch now (set and cleared on the work queue).
    private let holdsNames = Atomic<Bool>(false)

    /// The previous run's marker: the files it was reading, and the fatal signal it died of
    /// while reading them (nil when it stopped otherwise).
    struct Previous: Equatable {
        var names: [[UInt8]]
        var signal: Int32?
    }

    /// Opens (creating) `STATE/reading`; `takePrevious` then reads what the last run left.
    /// - Throws: `InboxError` when the state directory does not let it be created.
    init(state: String) throws(InboxError) {
        let path = (state as NSString).appendingPathComponent("reading")
        self.path = path
        descriptor = SystemCall.retrying { open(path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644) }
        guard descriptor >= 0 else {
            throw InboxError(operation: "open", path: path, code: errno, detail: "The state directory must be writable by the service user")
        }
    }

    deinit { close(descriptor) }

    /// What the previous run left; empties the marker.
    func takePrevious() -> Previous {
        var bytes = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var offset: off_t = 0
        while true {
            let count = SystemCall.retrying { buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) } }
            guard count > 0 else { break }
            bytes += buffer[..<count]
            offset += off_t(count)
        }
        _ = ftruncate(descriptor, 0)
        return Self.parse(bytes)
    }

    static func parse(_ bytes: [UInt8]) -> Previous {
        var previous = Previous(names: [], signal: nil)
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            let text = String(decoding: line, as: UTF8.self)
            if text.hasPrefix("signal "), let number = Int32(text.dropFirst(7)) {
                previous.signal = number
            } else if let name = hexDecoded(text) {
                previous.names.append(name)
            }
        }
        return previous
    }

    /// Names the batch about to be read.
    func begin(_ names: [[UInt8]]) {
        var text = [UInt8]()
        for name in names {
            text += Array(Self.hex(name).utf8)
            text.append(UInt8(ascii: "\n"))
        }
        _ = ftruncate(descriptor, 0)
        _ = SystemCall.writeAll(descriptor, text)
        holdsNames.store(true, ordering: .relaxed)
    }

    /// The batch is read and extracted: whatever happens next is not its contents' doing.
    func end() {
        guard holdsNames.load(ordering: .relaxed) else { return }
        _ = ftruncate(descriptor, 0)
        holdsNames.store(false, ordering: .relaxed)
    }

    /// Installs the fatal-signal handlers that append `signal N` to this marker, then let the
    /// signal do what it did before (the Swift runtime's backtrace, a core dump).
    func installCrashHandlers() {
        Self.crashDescriptor = descriptor
        var stack = stack_t()
        let size = 64 * 1024
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        sigaltstack(&stack, nil)  // a stack overflow must still reach the handler
        for signo in Self.fatalSignals {
            let slot = Self.crashLines + Int(signo) * 16
            let line = Array("signal \(signo)\n".utf8)
            for (index, byte) in line.enumerated() { slot[index] = byte }
            slot[15] = UInt8(line.count)
            var action = sigaction()
            action.__sigaction_handler.sa_sigaction = { signo, info, _ in
                let slot = ReadingMarker.crashLines + Int(signo) * 16
                _ = write(ReadingMarker.crashDescriptor, slot, Int(slot[15]))
                // A fault at an instruction (si_code 1…127) happens again on return: the
                // previous handler (the Swift runtime's backtrace) sees it then. A signal that
                // was sent (abort(), the watchdog, kill) is not repeated: it ends the process now.
                let code = info?.pointee.si_code ?? 0
                if code > 0 && code < SI_KERNEL {
                    sigaction(signo, ReadingMarker.previousActions + Int(signo), nil)
                } else {
                    signal(signo, SIG_DFL)
                    raise(signo)
                }
            }
            action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER
            sigaction(signo, &action, Self.previousActions + Int(signo))
        }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes { out += [digits[Int(byte >> 4)], digits[Int(byte & 15)]] }
        return String(decoding: out, as: UTF8.self)
    }

    static func hexDecoded(_ text: String) -> [UInt8]? {
        let utf8 = Array(text.utf8)
        guard !utf8.isEmpty, utf8.count % 2 == 0 else { return nil }
        func value(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: c - 48
            case 97...102: c - 87
            default: nil
            }
        }
        var out = [UInt8]()
        for i in stride(from: 0, to: utf8.count, by: 2) {
            guard let high = value(utf8[i]), let low = value(utf8[i + 1]) else { return nil }
            out.append(high << 4 | low)
        }
        return out
    }
}
