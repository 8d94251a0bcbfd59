/// A language profile's date words (`Config/lang/<code>/dates.tsv`): weekday and month
/// names, days counted from publication ("yesterday"), counts and directions ("two days
/// earlier"), and the words of periods ("since Tuesday", "over the weekend"). The
/// expressions they form are `DateResolver`'s; the words are this data.
public struct DateWords: Sendable, Hashable {
    /// The lists a `dates.tsv` must give.
    public enum List: String, Sendable, CaseIterable {
        case weekdays, futureMarkers = "future-markers", months, ordinalSuffixes = "ordinal-suffixes"
        case fromPublication = "from-publication", counts, dayUnits = "day-units", back, forward
        case previousDay = "previous-day", periodPrefixes = "period-prefixes", periods
    }

    /// Sunday first.
    let weekdays: [String]
    let futureMarkers: WordSet
    let months: [String: Int]
    let ordinalSuffixes: [String]
    /// Phrases and their offset in days from publication.
    let fromPublication: [(words: [String], days: Int)]
    let counts: [String: Int]
    let dayUnits: WordSet, back: WordSet, forward: WordSet
    let previousDay: [[String]]
    let periodPrefixes: WordSet
    let periods: [[String]]
    /// Every word that can begin an expression other than a number.
    let openers: Set<String>

    /// Reads a `dates.tsv`.
    /// - Throws: `LexiconError` naming `source` and the line of an unknown list or a bad `word=N`.
    public init(text: String, source: String) throws(LexiconError) {
        var entries = [List: [String]]()
        /// The line of each entry, in step with `entries`.
        var lines = [List: [Int]]()
        for (number, line) in LexiconFile.rows(text) {
            let columns = line.split(separator: "\t").map { String($0).trimmingCharacters(in: " ") }.filter { !$0.isEmpty }
            guard let head = columns.first else { continue }
            guard let list = List(rawValue: head) else {
                throw LexiconError(source: source, line: number, problem: "unknown date list '\(head)'; the lists are \(List.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            entries[list, default: []] += columns.dropFirst()
            lines[list, default: []] += Array(repeating: number, count: columns.count - 1)
        }
        if let missing = List.allCases.first(where: { entries[$0] == nil }) {
            throw LexiconError(source: source, line: 0, problem: "the date list '\(missing.rawValue)' is missing; the engine needs every list")
        }
        func words(_ list: List) -> [String] { (entries[list] ?? []).map { TextFolding.words($0).joined(separator: " ") } }
        func phrases(_ list: List) -> [[String]] { (entries[list] ?? []).map { TextFolding.words($0) } }
        func numbered(_ list: List) throws(LexiconError) -> [(words: [String], value: Int)] {
            var out = [(words: [String], value: Int)]()
            for (index, entry) in (entries[list] ?? []).enumerated() {
                let parts = entry.split(separator: "=", maxSplits: 1)
                guard parts.count == 2, let value = Int(String(parts[1]).trimmingCharacters(in: " ")) else {
                    throw LexiconError(source: source, line: lines[list]?[index] ?? 0, problem: "'\(entry)' in '\(list.rawValue)': expected word=NUMBER")
                }
                out.append((TextFolding.words(String(parts[0])), value))
            }
            return out
        }
        weekdays = words(.weekdays)
        futureMarkers = WordSet(words(.futureMarkers))
        months = Dictionary(try numbered(.months).map { ($0.words.joined(separator: " "), $0.value) }, uniquingKeysWith: { a, _ in a })
        ordinalSuffixes = words(.ordinalSuffixes)
        fromPublication = try numbered(.fromPublication).map { ($0.words, $0.value) }
        counts = Dictionary(try numbered(.counts).map { ($0.words.joined(separator: " "), $0.value) }, uniquingKeysWith: { a, _ in a })
        dayUnits = WordSet(words(.dayUnits))
        back = WordSet(words(.back))
        forward = WordSet(words(.forward))
        previousDay = phrases(.previousDay)
        periodPrefixes = WordSet(words(.periodPrefixes))
        periods = phrases(.periods)
        var openers = Set(weekdays).union(months.keys).union(counts.keys).union(periodPrefixes.words)
        for phrase in periods + previousDay + fromPublication.map(\.words) { if let first = phrase.first { openers.insert(first) } }
        self.openers = openers
    }

    /// The phrase of `phrases` that the words at `index` begin with, if any (the first listed).
    func phrase(at index: Int, in words: [String], among phrases: [[String]]) -> [String]? {
        phrases.first { phrase in
            !phrase.isEmpty && phrase.enumerated().allSatisfy { words[safe: index + $0.offset] == $0.element }
        }
    }

    public static func == (lhs: DateWords, rhs: DateWords) -> Bool {
        lhs.weekdays == rhs.weekdays && lhs.months == rhs.months && lhs.counts == rhs.counts && lhs.openers == rhs.openers
            && lhs.fromPublication.elementsEqual(rhs.fromPublication, by: { $0.words == $1.words && $0.days == $1.days })
            && lhs.previousDay == rhs.previousDay && lhs.periods == rhs.periods && lhs.back == rhs.back && lhs.forward == rhs.forward
            && lhs.dayUnits == rhs.dayUnits && lhs.futureMarkers == rhs.futureMarkers && lhs.ordinalSuffixes == rhs.ordinalSuffixes
            && lhs.periodPrefixes == rhs.periodPrefixes
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(weekdays)
        hasher.combine(openers)
    }
}
