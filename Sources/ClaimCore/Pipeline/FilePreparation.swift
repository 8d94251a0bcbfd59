/// What looking at, reading and extracting one inbox name found: the part of handling a
/// file that touches no daemon state, so a batch of files is prepared on every core at
/// once while their results are recorded one by one, in arrival order, on the work queue.
public enum FilePreparation: Sendable, Hashable {
    /// Gone between its event and the look (a warning when the look failed otherwise).
    case vanished(warning: String?)
    /// A link, FIFO, socket or directory: never opened, set aside.
    case irregular(kind: String)
    /// Not closed or renamed by its writer and modified too recently.
    case unsettled
    /// A failure that may pass (out of memory, too many open files): tried again later.
    case retry(reason: String)
    /// Not an article: set aside with this reason.
    case reject(reason: String)
    case extracted(ExtractedArticle)
}
