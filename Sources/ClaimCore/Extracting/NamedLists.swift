/// The files of named lists a language profile holds (`words.tsv`, `dates.tsv`): each row is
/// a list's name, then its entries, tab-separated. A list may span rows or hold no entry; every
/// list of `List` must appear but those read as optional, and no other.
enum NamedLists {
    /// The entries of each list in file order, each with its line.
    /// - Parameter kind: what a list is called in messages ("word list", "date list").
    /// - Throws: `LexiconError` naming `source` and the line of an unknown list, or line 0 for a missing one.
    /// - Parameter optional: lists that may be left out (added after profiles were first written).
    static func read<List: RawRepresentable & CaseIterable & Hashable>(
        _ text: String, source: String, kind: String, optional: Set<List> = []
    ) throws(LexiconError) -> [List: [(entry: String, line: Int)]] where List.RawValue == String {
        var lists = [List: [(entry: String, line: Int)]]()
        for (number, line) in LexiconFile.rows(text) {
            let columns = line.split(separator: "\t").map { String($0).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
            guard let head = columns.first else { continue }
            guard let list = List(rawValue: head) else {
                let names = List.allCases.map(\.rawValue).joined(separator: ", ")
                throw LexiconError(source: source, line: number, problem: "unknown \(kind) '\(head)'; the lists are \(names)")
            }
            lists[list, default: []] += columns.dropFirst().map { ($0, number) }
        }
        if let missing = List.allCases.first(where: { lists[$0] == nil && !optional.contains($0) }) {
            throw LexiconError(source: source, line: 0, problem: "the \(kind) '\(missing.rawValue)' is missing; the engine needs every list")
        }
        return lists
    }
}
