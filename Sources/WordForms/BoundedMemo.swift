/// The answers an analyser remembers, by word: bounded, so a stream of unusual words cannot
/// grow it without end (at `capacity` words it starts over). Kept inside each analyser's lock.
struct BoundedMemo<Value>: ~Copyable {
    /// How many words are remembered before the memo starts over.
    static var capacity: Int { 200_000 }

    private var answers: [String: Value] = [:]

    subscript(word: String) -> Value? { answers[word] }

    mutating func remember(_ value: Value, for word: String) {
        if answers.count >= Self.capacity { answers.removeAll(keepingCapacity: true) }
        answers[word] = value
    }
}
