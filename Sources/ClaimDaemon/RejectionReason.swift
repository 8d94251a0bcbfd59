import ClaimCore
import Inbox

/// The one-line reason a file was set aside, as written to the journal, to
/// `rejected/NAME.reason` and to `scan`'s stderr. Escaped (`VisibleText`): a
/// reason may quote the file (a JSON parser's complaint), and the file is a stranger's.
public enum RejectionReason {
    public static func text(for error: any Error) -> String {
        VisibleText.escaped(unescapedText(for: error))
    }

    static func unescapedText(for error: any Error) -> String {
        switch error {
        case let refusal as ArticleFile.Refusal:
            switch refusal {
            case .notRegular(let kind): return "\(kind), not a regular file; it was not opened"
            case .tooLarge(let size, let limit): return ArticleError.tooLarge(size: size, limit: limit).description
            case .failed(let inbox): return inbox.description
            }
        case let article as ArticleError: return article.description
        default: return "\(error)"
        }
    }
}
