extension Trigger {
    /// The triggers of a `triggers.tsv` text, in file order, without repeats.
    /// - Throws: `LexiconError` naming `source` and the line of a row with an unknown category.
    static func read(_ text: String, source: String) throws(LexiconError) -> [Trigger] {
        var out = [Trigger]()
        for (number, line) in LexiconFile.rows(text) {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
            guard !columns.isEmpty else { continue }
            for trigger in try row(columns, source: source, line: number) where !out.contains(trigger) { out.append(trigger) }
        }
        return out
    }

    /// One row: a category, then its phrases.
    static func row(_ columns: [String], source: String, line: Int) throws(LexiconError) -> [Trigger] {
        guard columns.count >= 2, let category = Category(rawValue: columns[0]) else {
            let names = Category.allCases.map(\.rawValue).joined(separator: ", ")
            throw LexiconError(source: source, line: line, problem: "expected 'category<TAB>phrase…' with category one of \(names)")
        }
        return columns.dropFirst().map { Trigger(category: category, phrase: $0) }
    }
}

/// The lexicon files, by the name they have in `Config/` and in a `--lexicon` directory.
public enum LexiconFile: String, Sendable, CaseIterable {
    case actors = "actors.tsv"
    case places = "places.tsv"
    case roles = "roles.tsv"
    case triggers = "triggers.tsv"

    /// Non-comment, non-blank lines with their 1-based numbers.
    static func rows(_ text: String) -> [(Int, String)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, raw in
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            return trimmed.isEmpty || trimmed.hasPrefix("#") ? nil : (index + 1, line)
        }
    }
}

/// A lexicon line that cannot be used: which file, which line, what is wrong.
public struct LexiconError: Error, Sendable, Hashable, CustomStringConvertible {
    public var source: String
    public var line: Int
    public var problem: String

    public init(source: String, line: Int, problem: String) {
        self.source = source
        self.line = line
        self.problem = problem
    }

    public var description: String { "'\(source)' line \(line): \(problem)" }
}
