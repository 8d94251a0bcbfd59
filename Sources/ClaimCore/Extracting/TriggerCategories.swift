extension Trigger {
    /// The categories of one trigger phrase, as bits: the rules ask a cue "is it a raid
    /// phrase?" for every cue of every frame, and a bit test answers without hashing.
    public struct Categories: Sendable, Hashable, Sequence, ExpressibleByArrayLiteral {
        private var bits: UInt32 = 0

        public init() {}
        public init(arrayLiteral categories: Category...) { for category in categories { insert(category) } }

        public mutating func insert(_ category: Category) { bits |= category.bit }
        public func contains(_ category: Category) -> Bool { bits & category.bit != 0 }
        public func isDisjoint(with other: Categories) -> Bool { bits & other.bits == 0 }

        /// The categories held, in declaration order.
        public func makeIterator() -> IndexingIterator<[Category]> { Category.allCases.filter(contains).makeIterator() }
    }
}

extension Trigger.Category {
    /// One bit per category (`Categories`).
    var bit: UInt32 {
        switch self {
        case .raid: 1 << 0
        case .denial: 1 << 1
        case .counterclaim: 1 << 2
        case .losses: 1 << 3
        case .raider: 1 << 4
        case .victim: 1 << 5
        case .attempt: 1 << 6
        case .future: 1 << 7
        case .remote: 1 << 8
        case .background: 1 << 9
        case .elsewhere: 1 << 10
        case .ownForces: 1 << 11
        case .territory: 1 << 12
        case .speech: 1 << 13
        case .negation: 1 << 14
        case .groupReference: 1 << 15
        case .actorReference: 1 << 16
        case .actReference: 1 << 17
        case .defenders: 1 << 18
        case .accusation: 1 << 19
        case .regions: 1 << 20
        }
    }
}
