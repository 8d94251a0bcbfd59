/// The kind table of a language profile (`Config/lang/<code>/kinds.tsv`): which claim a
/// frame's signals make for a speaker of each role. The engine computes the signals from
/// the words (`FrameSignals`); which of them make a raid, a denial or a counterclaim for
/// a group, a Russian official or Kyiv is this data, read top to bottom, first match wins.
public struct KindTable: Sendable, Hashable {
    /// One condition: any of its signals set (`a|b`), or, negated (`!a`), none of them.
    struct Condition: Sendable, Hashable {
        var signals: [FrameSignal]
        var isNegated: Bool
    }

    /// One row: for a role (nil: any), when every condition holds, a kind (nil: no claim).
    struct Row: Sendable, Hashable {
        var role: ActorRole?
        var conditions: [Condition]
        var kind: ClaimKind?
        /// A `+KIND` row: a second claim beside the one a row above decided.
        var isAddition: Bool
        var because: Template
        /// Where the row stands, for `scan --explain` (" [kinds.tsv line 40]").
        var reference: String
    }

    /// A reason with `{signal}` placeholders, cut into parts once when the table is read.
    struct Template: Sendable, Hashable {
        enum Part: Sendable, Hashable {
            case text(String)
            case phrase(FrameSignal)
        }
        var parts: [Part]

        /// - Throws: the name of an unknown signal in braces.
        init(_ text: String) throws(TemplateError) {
            var parts = [Part]()
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
                let name = String(rest[rest.index(after: open)..<close])
                guard let signal = FrameSignal(rawValue: name) else { throw TemplateError(name: name) }
                parts.append(.phrase(signal))
                rest = rest[rest.index(after: close)...]
            }
            if !rest.isEmpty { parts.append(.text(String(rest))) }
            self.parts = parts
        }

        /// The reason for `signals`: each placeholder replaced by the phrase that set its signal.
        func filled(_ signals: FrameSignals) -> String {
            var out = ""
            for part in parts {
                switch part {
                case .text(let text): out += text
                case .phrase(let signal): out += signals.phrase(of: signal) ?? ""
                }
            }
            return out
        }
    }

    struct TemplateError: Error { var name: String }

    let rows: [Row]

    /// Reads a `kinds.tsv`.
    /// - Throws: `LexiconError` naming `source` and the line of an unknown role, signal or kind.
    public init(text: String, source: String) throws(LexiconError) {
        var rows = [Row]()
        for (number, line) in LexiconFile.rows(text) {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: " ") }
            func fail(_ problem: String) -> LexiconError { LexiconError(source: source, line: number, problem: problem) }
            guard columns.count >= 3 else { throw fail("expected 'role<TAB>conditions<TAB>kind<TAB>because'") }
            var role: ActorRole?
            if columns[0] != "*" {
                guard let named = ActorRole(rawValue: columns[0]) else {
                    throw fail("unknown role '\(columns[0])'; one of *, \(ActorRole.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                role = named
            }
            var conditions = [Condition]()
            for term in columns[1].split(separator: " ") {
                let isNegated = term.hasPrefix("!")
                var signals = [FrameSignal]()
                let names = term.dropFirst(isNegated ? 1 : 0).split(separator: "|", omittingEmptySubsequences: false)
                guard !names.contains(where: \.isEmpty) else { throw fail("condition '\(term)' names no signal") }
                for name in names {
                    guard let signal = FrameSignal(rawValue: String(name)) else {
                        throw fail("unknown signal '\(name)'; the signals are \(FrameSignal.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    signals.append(signal)
                }
                conditions.append(Condition(signals: signals, isNegated: isNegated))
            }
            let isAddition = columns[2].hasPrefix("+")
            let kindName = String(columns[2].dropFirst(isAddition ? 1 : 0))
            var kind: ClaimKind?
            if kindName != "none" {
                guard let named = ClaimKind(rawValue: kindName) else { throw fail("unknown kind '\(kindName)'; one of raid, denial, counterclaim, none") }
                kind = named
            }
            if isAddition && kind == nil { throw fail("a '+' row must add a kind") }
            let because: Template
            do { because = try Template(columns[safe: 3] ?? "") } catch { throw fail("unknown signal '{\(error.name)}' in the reason") }
            let file = source.split(separator: "/").last.map(String.init) ?? source
            rows.append(Row(role: role, conditions: conditions, kind: kind, isAddition: isAddition, because: because, reference: " [\(file) line \(number)]"))
        }
        self.rows = rows
    }

    /// The claims `signals` make for a speaker of `role`: usually one, none when no row
    /// decides or the deciding row says `none`, two when a `+` row adds one.
    func decide(_ signals: FrameSignals, role: ActorRole) -> [(kind: ClaimKind, because: String)] {
        var decided = [(kind: ClaimKind, because: String)]()
        var hasMain = false
        for row in rows where row.role == nil || row.role == role {
            guard row.isAddition ? !decided.isEmpty : !hasMain else { continue }
            guard row.conditions.allSatisfy({ holds($0, signals) }) else { continue }
            if row.isAddition {
                decided.append((row.kind!, row.because.filled(signals) + row.reference))
                continue
            }
            hasMain = true
            guard let kind = row.kind else { return [] }
            decided.append((kind, row.because.filled(signals) + row.reference))
        }
        return decided
    }

    private func holds(_ condition: Condition, _ signals: FrameSignals) -> Bool {
        condition.signals.contains(where: signals.isSet) != condition.isNegated
    }
}
