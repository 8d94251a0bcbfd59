import Foundation
import SystemCalls
import Testing

@Suite struct SystemCallTests {
    @Test func writeAllPutsEveryByteThroughAPipeSmallerThanTheWrite() throws {
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        defer { close(ends[0]) }
        // A pipe holds 64 KiB: a 1 MiB write goes through in many short writes while a reader drains it.
        let bytes = (0..<(1 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        nonisolated(unsafe) var received = [UInt8]()
        let done = DispatchSemaphore(value: 0)
        let readEnd = ends[0]
        DispatchQueue.global().async {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let n = buffer.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                received += buffer[0..<n]
            }
            done.signal()
        }
        #expect(SystemCall.writeAll(ends[1], bytes) == nil)
        close(ends[1])
        done.wait()
        #expect(received == bytes)
    }

    @Test func aWriteToAClosedDescriptorReportsItsErrno() {
        #expect(SystemCall.writeAll(-1, [1, 2, 3]) == EBADF)
    }

    @Test func retryingReturnsTheFirstResultThatIsNotAnInterruption() {
        var calls = 0
        let result: Int = SystemCall.retrying {
            calls += 1
            if calls < 3 {
                errno = EINTR
                return -1
            }
            return 7
        }
        #expect(result == 7 && calls == 3)
    }
}
