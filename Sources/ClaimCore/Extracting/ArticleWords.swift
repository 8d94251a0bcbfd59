/// The distinct words of one article, numbered as first seen. Each word occurrence is
/// hashed once; what the matchers learn about a word — its number in the lexicon's
/// vocabulary, its spelling skeleton, its fuzzy name candidates — is kept by that number,
/// since an article repeats its words. New words' skeletons come from the process-wide
/// `SkeletonMemo` when there is one (coverage repeats its vocabulary across articles).
final class ArticleWords {
    /// A word's number in this article.
    typealias ID = Int32

    let vocabulary: Vocabulary
    private let memo: SkeletonMemo?
    private let rules: SkeletonRules
    private var index: [String: ID] = [:]
    private(set) var words: [String] = []
    /// Each word's number in `vocabulary` (`Vocabulary.unknown` when no lexicon phrase holds it).
    private(set) var vocabularyNumbers: [Int32] = []
    private var skeletons: [NameMatcher.Skeleton?] = []
    /// The matchers that asked for candidates, in order; their answers per word, by the same position.
    private var matchers: [ObjectIdentifier] = []
    private var candidates: [[[NameMatcher.Entry]?]] = []

    /// - Parameter rules: used when there is no memo (a memo carries its own).
    init(vocabulary: Vocabulary, memo: SkeletonMemo? = nil, rules: SkeletonRules = .builtIn) {
        self.vocabulary = vocabulary
        self.memo = memo
        self.rules = memo?.rules ?? rules
    }

    /// The numbers of `words`, adding those not seen before.
    func ids(of words: [String]) -> [ID] {
        words.map { word in
            if let found = index[word] { return found }
            let id = ID(self.words.count)
            index[word] = id
            self.words.append(word)
            vocabularyNumbers.append(vocabulary.number(of: word))
            skeletons.append(nil)
            for slot in candidates.indices { candidates[slot].append(nil) }
            return id
        }
    }

    func skeleton(of id: ID) -> NameMatcher.Skeleton {
        if let made = skeletons[Int(id)] { return made }
        let word = words[Int(id)]
        let made = memo?.skeleton(of: word) ?? rules.skeleton(of: word)
        skeletons[Int(id)] = made
        return made
    }

    /// The word's skeleton and `find(skeleton)`, computed once per word for each matcher.
    func candidates(of id: ID, for matcher: ObjectIdentifier, _ find: (NameMatcher.Skeleton) -> [NameMatcher.Entry]) -> (NameMatcher.Skeleton, [NameMatcher.Entry]) {
        let slot: Int
        if let known = matchers.firstIndex(of: matcher) {
            slot = known
        } else {
            slot = matchers.count
            matchers.append(matcher)
            candidates.append(Array(repeating: nil, count: words.count))
        }
        let skeleton = skeleton(of: id)
        if let kept = candidates[slot][Int(id)] { return (skeleton, kept) }
        let found = find(skeleton)
        candidates[slot][Int(id)] = found
        return (skeleton, found)
    }
}
