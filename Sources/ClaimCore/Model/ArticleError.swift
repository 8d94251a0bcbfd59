/// Why a file is not an article. Each case is a reason an operator reads in
/// the journal and in `rejected/NAME.reason`; the file name is added by the caller.
public enum ArticleError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file has no bytes.
    case empty
    /// The file is larger than the configured cap.
    case tooLarge(size: Int, limit: Int)
    /// NUL or other control bytes: an image, an archive, an executable.
    case binary(detail: String)
    /// Bytes that fit no supported encoding.
    case undecodable(detail: String)
    /// JSON that does not parse, or has no article text field.
    case malformedJSON(detail: String)
    /// Decoded, but nothing readable remains (no sentence).
    case noText

    public var description: String {
        switch self {
        case .empty: return "the file is empty"
        case .tooLarge(let size, let limit): return "the file is \(size) bytes, over the \(limit)-byte limit (max_file_bytes)"
        case .binary(let detail): return "binary content, not an article (\(detail))"
        case .undecodable(let detail): return "text in an unsupported encoding (\(detail))"
        case .malformedJSON(let detail): return "malformed JSON article: \(detail)"
        case .noText: return "no article text found (no sentence after removing markup and boilerplate)"
        }
    }
}
