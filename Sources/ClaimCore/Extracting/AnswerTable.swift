/// The answer table of a language profile (`Config/lang/<code>/answers.tsv`): whose claims
/// a denial answers when it names no owner, by the denier's role.
public struct AnswerTable: Sendable, Hashable {
    struct Row: Sendable, Hashable {
        var denier: ActorRole
        var answered: ActorRole
        /// Preferred first.
        var kinds: [ClaimKind]
    }

    let rows: [Row]

    /// Reads an `answers.tsv`.
    /// - Throws: `LexiconError` naming `source` and the line of an unknown role or kind.
    public init(text: String, source: String) throws(LexiconError) {
        var rows = [Row]()
        for (number, line) in LexiconFile.rows(text) {
            let columns = line.split(separator: "\t").map { String($0).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
            guard columns.count >= 3, let denier = ActorRole(rawValue: columns[0]), let answered = ActorRole(rawValue: columns[1]) else {
                throw LexiconError(
                    source: source, line: number,
                    problem: "expected 'denier role<TAB>answered role<TAB>kind…' with roles \(ActorRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            var kinds = [ClaimKind]()
            for name in columns.dropFirst(2) {
                guard let kind = ClaimKind(rawValue: name) else { throw LexiconError(source: source, line: number, problem: "unknown kind '\(name)'") }
                kinds.append(kind)
            }
            rows.append(Row(denier: denier, answered: answered, kinds: kinds))
        }
        self.rows = rows
    }

    /// How much a denier of role `denier` prefers a claim of `kind` by an actor of role `side`
    /// as what it answers: 0 best, nil when it does not answer such a claim.
    func rank(denier: ActorRole, side: ActorRole, kind: ClaimKind) -> Int? {
        rows.first { $0.denier == denier && $0.answered == side }?.kinds.firstIndex(of: kind)
    }

    /// The kind of claim a denier of role `denier` denies when it names an owner of role `side`
    /// with no claim in the article: the first kind the row lists, a raid when no row answers.
    func namedOwnerKind(denier: ActorRole, side: ActorRole) -> ClaimKind {
        rows.first { $0.denier == denier && $0.answered == side }?.kinds.first ?? .raid
    }
}
