import Glibc

/// A failed operation on the inbox or an article file: which operation, on
/// what, and the errno, written for the operator who reads it in the journal.
public struct InboxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The syscall or operation that failed (`open`, `inotify_add_watch`, `rename`…).
    public var operation: String
    /// The path involved, for display.
    public var path: String
    /// errno, when the failure came from the OS.
    public var code: Int32?
    /// Extra explanation or fix.
    public var detail: String?

    public init(operation: String, path: String, code: Int32? = nil, detail: String? = nil) {
        self.operation = operation
        self.path = path
        self.code = code
        self.detail = detail
    }

    /// True for conditions that pass (out of space, busy, interrupted): retry later, do not reject.
    public var isTransient: Bool {
        guard let code else { return false }
        return [ENOSPC, EDQUOT, EAGAIN, EINTR, EBUSY, ENOMEM, EMFILE, ENFILE, EIO].contains(code)
    }

    public var description: String {
        var text = "\(operation) '\(path)'"
        if let code { text += ": \(String(cString: strerror(code)))" }
        if let detail { text += ". \(detail)" }
        return text
    }
}
