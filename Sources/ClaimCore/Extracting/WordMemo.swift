import Synchronization

/// What the fuzzy name matchers know of one word: its spelling skeleton and, for each
/// matcher, the entries whose first word may be close to it (usually none).
struct WordFacts: Sendable {
    var skeleton: NameMatcher.Skeleton
    /// By the matcher's position in the memo's `matchers`.
    var candidates: [[NameMatcher.Entry]]
}

/// `WordFacts` of words already seen, shared by every article an extractor reads (and by
/// the threads reading them), since coverage repeats its vocabulary: a word new to an
/// article costs one lookup here. Bounded: when it holds `capacity` words it starts over,
/// so a stream of unusual words cannot grow it without end.
final class WordMemo: Sendable {
    private let table = Mutex<[String: WordFacts]>([:])
    let capacity: Int
    /// The rules that make the skeletons.
    let rules: SkeletonRules
    /// The matchers whose candidates each word's facts hold, in this order.
    let matchers: [NameMatcher]

    init(capacity: Int = 100_000, rules: SkeletonRules = .builtIn, matchers: [NameMatcher] = []) {
        self.capacity = capacity
        self.rules = rules
        self.matchers = matchers
    }

    func facts(of word: String) -> WordFacts {
        if let found = table.withLock({ $0[word] }) { return found }
        let skeleton = rules.skeleton(of: word)
        let made = WordFacts(skeleton: skeleton, candidates: matchers.map { $0.fuzzyCandidates(startingWith: skeleton) })
        table.withLock { known in
            if known.count >= capacity { known.removeAll(keepingCapacity: true) }
            known[word] = made
        }
        return made
    }

    func skeleton(of word: String) -> NameMatcher.Skeleton { facts(of: word).skeleton }

    /// The position of `matcher` in `matchers`.
    func slot(of matcher: NameMatcher) -> Int? { matchers.firstIndex { $0.isSame(as: matcher) } }

    var count: Int { table.withLock { $0.count } }
}
