/// The words of page chrome the article reader removes (`Config/lang/<code>/page.tsv`):
/// sidebar headers, subscription prompts, byline openers — and the month names of
/// datelines (the profile's `dates.tsv`). The reader reads a page before anything knows its
/// language, so it uses the lists of every profile loaded (`merged(with:)`).
public struct PageWords: Sendable, Hashable {
    /// The lists a `page.tsv` must give.
    public enum List: String, Sendable, CaseIterable {
        case sidebarHeaders = "sidebar-headers", prompts, bylinePrefixes = "byline-prefixes"
    }

    /// Folded, as `Boilerplate` compares a paragraph.
    public private(set) var sidebarHeaders: Set<String>
    /// Folded; found anywhere in a short folded paragraph.
    public private(set) var prompts: [String]
    /// Lowercased words; a line starting with one and a space is a byline.
    public private(set) var bylinePrefixes: [String]
    /// Month names and abbreviations (lowercased) with their numbers.
    public private(set) var months: [String: Int]
    /// Weekday names (folded) with their numbers, 0 Sunday to 6: a yearless dateline's year is
    /// the one that puts it on the weekday its text names.
    public private(set) var weekdays: [String: Int]

    /// Reads a `page.tsv`, with the months of the same profile's `dates.tsv`.
    /// - Throws: `LexiconError` naming `source` and the line of an unknown list, or an entry that folds to nothing.
    public init(text: String, months: [String: Int], weekdays: [String: Int] = [:], source: String) throws(LexiconError) {
        let lists: [List: [(entry: String, line: Int)]] = try NamedLists.read(text, source: source, kind: "page list")
        func folded(_ list: List) throws(LexiconError) -> [String] {
            var out = [String]()
            for (entry, line) in lists[list] ?? [] {
                let value = TextFolding.fold(entry)
                guard !value.isEmpty else { throw LexiconError(source: source, line: line, problem: "an empty entry in '\(list.rawValue)'") }
                out.append(value)
            }
            return out
        }
        sidebarHeaders = Set(try folded(.sidebarHeaders))
        prompts = try folded(.prompts)
        bylinePrefixes = try folded(.bylinePrefixes)
        self.months = months
        self.weekdays = weekdays
    }

    /// These lists and `other`'s together (a page in either language is read with both).
    public func merged(with other: PageWords) -> PageWords {
        var out = self
        out.sidebarHeaders.formUnion(other.sidebarHeaders)
        for prompt in other.prompts where !out.prompts.contains(prompt) { out.prompts.append(prompt) }
        for prefix in other.bylinePrefixes where !out.bylinePrefixes.contains(prefix) { out.bylinePrefixes.append(prefix) }
        out.months.merge(other.months) { first, _ in first }
        out.weekdays.merge(other.weekdays) { first, _ in first }
        return out
    }

    /// The built-in English profile's page words.
    public static var builtIn: PageWords { LanguageProfile.english.page }
}
