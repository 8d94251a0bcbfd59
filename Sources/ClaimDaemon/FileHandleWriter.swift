import Glibc
import SystemCalls

/// Writes a whole string to a file descriptor.
public enum FileHandleWriter {
    public static func write(_ fd: Int32, _ text: String) {
        _ = SystemCall.writeAll(fd, Array(text.utf8))  // nowhere to report a failed write to stderr
    }
}
