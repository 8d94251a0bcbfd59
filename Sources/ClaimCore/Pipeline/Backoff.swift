/// Exponential backoff in whole seconds: the first delay, doubling up to the longest, until
/// reset. One type for every retry the daemon makes (a file, the outbox).
public struct Backoff: Sendable, Hashable {
    public let first: Int
    public let longest: Int
    /// The delay last handed out; 0 before the first and after a reset.
    public private(set) var current = 0

    public init(first: Int, longest: Int) {
        self.first = first
        self.longest = longest
    }

    /// The next delay: `first`, then twice the last, at most `longest`.
    public mutating func next() -> Int {
        current = current == 0 ? first : min(longest, current * 2)
        return current
    }

    /// Back to `first` for the next failure.
    public mutating func reset() { current = 0 }
}
