/// Which kind of claim a sentence's trigger phrases signal, and what that
/// kind becomes for a speaker of a given role.
enum KindRule: CustomStringConvertible {
    /// A denial phrase, or a raid phrase under negation ("did not cross").
    case denial(String)
    /// Losses or repulsion ("killed", "repelled").
    case losses(String)
    /// An act of raiding ("crossed into", "captured").
    case act(String)

    var description: String {
        switch self {
        case .denial(let phrase): return "denial phrase '\(phrase)'"
        case .losses(let phrase): return "losses phrase '\(phrase)'"
        case .act(let phrase): return "raid phrase '\(phrase)'"
        }
    }

    /// The strongest signal in a sentence: denial, then losses, then an act.
    static func decide(_ sentence: SentenceAnalysis) -> KindRule? {
        if let denial = sentence.cues(.denial).first { return .denial(denial.phrase) }
        let negations = sentence.cues(.negation).map(\.range.lowerBound)
        for act in sentence.cues(.raid) where negations.contains(where: { $0 < act.range.lowerBound && act.range.lowerBound - $0 <= 3 }) {
            return .denial("not … \(act.phrase)")
        }
        // Losses count only when the raiders are in the sentence: "two people were killed by
        // rocket fire" is not a counterclaim; "the saboteurs were killed" is.
        let raidersNamed = sentence.has(.raid) || sentence.has(.groupReference) || sentence.has(.actReference) || !sentence.actors.isEmpty
        if raidersNamed, let losses = sentence.cues(.counterclaim).first { return .losses(losses.phrase) }
        if let act = sentence.cues(.raid).first { return .act(act.phrase) }
        return nil
    }

    /// Losses claimed by an official side are a counterclaim; by a group, part of its raid.
    static func kind(for rule: KindRule, role: ActorRole) -> ClaimKind? {
        switch (rule, role) {
        case (.denial, _): return .denial
        case (.losses, .russianOfficial): return .counterclaim
        case (.losses, _), (.act, _): return .raid
        }
    }
}
