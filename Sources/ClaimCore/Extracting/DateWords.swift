/// A language profile's date words (`Config/lang/<code>/dates.tsv`): weekday and month
/// names, days counted from publication ("yesterday"), counts and directions ("two days
/// earlier"), and the words of periods ("since Tuesday", "over the weekend"). The
/// expressions they form are `DateResolver`'s; the words are this data.
public struct DateWords: Sendable, Hashable {
    /// The lists a `dates.tsv` must give.
    public enum List: String, Sendable, CaseIterable {
        case weekdays, futureMarkers = "future-markers", months, ordinalSuffixes = "ordinal-suffixes"
        case fromPublication = "from-publication", counts, dayUnits = "day-units", back, forward
        case afterEvent = "after-event", beforeEvent = "before-event"
        case previousDay = "previous-day", sameDay = "same-day", periodPrefixes = "period-prefixes", periods
        case dayOrdinals = "day-ordinals", dayMonthLinks = "day-month-links"
        case rangeOpeners = "range-openers", rangeLinks = "range-links", overnightWords = "overnight-words"
        case monthOpeners = "month-openers", monthsAlone = "months-alone"
    }

    /// Lists added after profiles were first written: a `dates.tsv` without them (a user's
    /// overlay from an earlier release) reads them as empty instead of being refused.
    static let optionalLists: Set<List> = [.rangeOpeners, .rangeLinks, .overnightWords, .monthOpeners, .monthsAlone]

    /// Weekday names and abbreviations with their day, 0 = Sunday: the list's first seven
    /// plain entries are the names in order, Sunday first; `name=N` adds another ("thu=4").
    let weekdays: [String: Int]
    let futureMarkers: WordSet
    let months: [String: Int]
    let ordinalSuffixes: [String]
    /// A phrase and its offset in days from publication ("yesterday", -1).
    struct Offset: Sendable, Hashable {
        var words: [String]
        var days: Int
    }
    let fromPublication: [Offset]
    let counts: [String: Int]
    let dayUnits: WordSet, back: WordSet, forward: WordSet
    /// Directions counting from another event the sentence names ("four days after the
    /// incursion began", "two days before the vote").
    let afterEvent: WordSet, beforeEvent: WordSet
    let previousDay: [[String]]
    /// The day the text named last, a period's first day too ("the same day", "в тот же день").
    let sameDay: [[String]]
    let periodPrefixes: WordSet
    let periods: [[String]]
    /// A range of days is a period ("between Tuesday and Thursday", "from 12 to 14 March"):
    /// the word before its first day, and the word between its two days.
    let rangeOpeners: WordSet, rangeLinks: WordSet
    /// Before a range, these make it one night ("overnight from Sunday to Monday", "в ночь с
    /// 21 на 22 мая"): not a period.
    let overnightWords: WordSet
    /// A month named with no day ("in March", "в марте", "у березні"): the words before it,
    /// and the forms a month takes there when they are not those of `months` (a case ending).
    let monthOpeners: WordSet
    let monthsAlone: [String: Int]
    /// Days of the month as words ("twelfth=12"): "the twelfth of March".
    let dayOrdinals: [String: Int]
    /// Words between a day and its month ("of" in "the twelfth of March").
    let dayMonthLinks: WordSet
    /// Every word that can begin an expression other than a number.
    let openers: Set<String>

    /// Reads a `dates.tsv`.
    /// - Throws: `LexiconError` naming `source` and the line of an unknown list or a bad `word=N`.
    public init(text: String, source: String) throws(LexiconError) {
        let entries: [List: [(entry: String, line: Int)]] = try NamedLists.read(text, source: source, kind: "date list", optional: Self.optionalLists)
        func words(_ list: List) -> [String] { (entries[list] ?? []).map { TextFolding.words($0.entry).joined(separator: " ") } }
        func phrases(_ list: List) -> [[String]] { (entries[list] ?? []).map { TextFolding.words($0.entry) } }
        func numbered(_ list: List) throws(LexiconError) -> [(words: [String], value: Int)] {
            var out = [(words: [String], value: Int)]()
            for (entry, line) in entries[list] ?? [] {
                guard let pair = Self.numberedEntry(entry) else {
                    throw LexiconError(source: source, line: line, problem: "'\(entry)' in '\(list.rawValue)': expected word=NUMBER")
                }
                out.append(pair)
            }
            return out
        }
        var weekdays = [String: Int]()
        var position = 0
        for (entry, line) in entries[.weekdays] ?? [] {
            if entry.contains("=") {
                guard let (words, day) = Self.numberedEntry(entry), (0...6).contains(day) else {
                    throw LexiconError(source: source, line: line, problem: "'\(entry)' in 'weekdays': expected word=DAY, DAY 0 (Sunday) to 6")
                }
                weekdays[words.joined(separator: " ")] = day
            } else {
                guard position < 7 else {
                    throw LexiconError(source: source, line: line, problem: "'\(entry)' in 'weekdays': seven plain names, Sunday first; add others as word=DAY")
                }
                weekdays[TextFolding.words(entry).joined(separator: " ")] = position
                position += 1
            }
        }
        self.weekdays = weekdays
        futureMarkers = WordSet(words(.futureMarkers))
        months = Dictionary(try numbered(.months).map { ($0.words.joined(separator: " "), $0.value) }, uniquingKeysWith: { a, _ in a })
        ordinalSuffixes = words(.ordinalSuffixes)
        fromPublication = try numbered(.fromPublication).map { Offset(words: $0.words, days: $0.value) }
        counts = Dictionary(try numbered(.counts).map { ($0.words.joined(separator: " "), $0.value) }, uniquingKeysWith: { a, _ in a })
        dayUnits = WordSet(words(.dayUnits))
        back = WordSet(words(.back))
        forward = WordSet(words(.forward))
        afterEvent = WordSet(words(.afterEvent))
        beforeEvent = WordSet(words(.beforeEvent))
        previousDay = phrases(.previousDay)
        sameDay = phrases(.sameDay)
        periodPrefixes = WordSet(words(.periodPrefixes))
        periods = phrases(.periods)
        rangeOpeners = WordSet(words(.rangeOpeners))
        rangeLinks = WordSet(words(.rangeLinks))
        overnightWords = WordSet(words(.overnightWords))
        monthOpeners = WordSet(words(.monthOpeners))
        monthsAlone = months.merging(try numbered(.monthsAlone).map { ($0.words.joined(separator: " "), $0.value) }, uniquingKeysWith: { a, _ in a })
        dayOrdinals = Dictionary(try numbered(.dayOrdinals).map { ($0.words.joined(separator: " "), $0.value) }, uniquingKeysWith: { a, _ in a })
        dayMonthLinks = WordSet(words(.dayMonthLinks))
        var openers = Set(weekdays.keys).union(months.keys).union(counts.keys).union(periodPrefixes.words).union(dayOrdinals.keys)
        for phrase in periods + previousDay + sameDay + fromPublication.map(\.words) { if let first = phrase.first { openers.insert(first) } }
        self.openers = openers
    }

    /// A `word=N` entry's folded words and number, or nil when it is not one.
    private static func numberedEntry(_ entry: String) -> (words: [String], value: Int)? {
        let parts = entry.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let value = Int(String(parts[1]).trimmingCharacters(in: " ")) else { return nil }
        return (TextFolding.words(String(parts[0])), value)
    }

    /// The phrase of `phrases` that the words at `index` begin with, if any (the first listed).
    func phrase(at index: Int, in words: [String], among phrases: [[String]]) -> [String]? {
        words.phrase(among: phrases, at: index)
    }
}
