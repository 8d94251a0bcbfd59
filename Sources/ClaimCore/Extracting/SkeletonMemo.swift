import Synchronization

/// Spelling skeletons of words already reduced, shared by every article an extractor
/// reads (and by the threads reading them). Bounded: when it holds `capacity` words it
/// starts over, so a stream of unusual words cannot grow it without end.
final class SkeletonMemo: Sendable {
    private let table = Mutex<[String: NameMatcher.Skeleton]>([:])
    let capacity: Int
    /// The rules that make the skeletons.
    let rules: SkeletonRules

    init(capacity: Int = 100_000, rules: SkeletonRules = .builtIn) {
        self.capacity = capacity
        self.rules = rules
    }

    func skeleton(of word: String) -> NameMatcher.Skeleton {
        if let found = table.withLock({ $0[word] }) { return found }
        let made = rules.skeleton(of: word)
        table.withLock { known in
            if known.count >= capacity { known.removeAll(keepingCapacity: true) }
            known[word] = made
        }
        return made
    }

    var count: Int { table.withLock { $0.count } }
}
