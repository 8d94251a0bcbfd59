/// A date expression found in a sentence: where it stands and what day it
/// means. A period ("since Tuesday", "over the weekend", "in recent days")
/// names no single day: a claim dated only by a period has no date.
public struct DateMention: Sendable, Hashable {
    public var range: Range<Int>
    /// The day meant; nil for a period.
    public var day: Day?
    public var isPeriod: Bool { day == nil }
}

/// Resolves the date expressions of one sentence against the publication
/// day: "yesterday", "today", weekdays ("on Monday", "Monday's raid"),
/// "last night", "May 22" / "22 May" with the year inferred, full dates,
/// and counts of days ("a day earlier", "three days later", "two days ago")
/// from the sentence's previous date or the publication day.
public enum DateResolver {
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    static let numbers: [String: Int] = [
        "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "several": -1, "few": -1,
    ]

    /// The first resolvable day in `words` (folded words of a sentence), or nil.
    public static func resolve(_ words: [String], published: Day?) -> Day? {
        mentions(in: words, published: published).lazy.compactMap(\.day).first
    }

    /// Every date expression in `words`, in order.
    public static func mentions(in words: [String], published: Day?) -> [DateMention] {
        mentions(in: words, published: published, screening: true)
    }

    /// `mentions`, with or without turning away words that cannot open an expression
    /// (`mayOpen`) before the rules read them; both give the same answer (tested).
    static func mentions(in words: [String], published: Day?, screening: Bool) -> [DateMention] {
        var out = [DateMention]()
        var i = 0
        while i < words.count {
            if let found = mention(at: i, in: words, published: published, anchor: out.last?.day ?? published, screening: screening) {
                out.append(found)
                i = max(found.range.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    /// Every word that can begin a date expression other than a number: one lookup turns
    /// away the rest of a sentence's words before the rules below compare them.
    static let openers: Set<String> = Set(weekdays + Array(DatelineParser.months.keys) + Array(numbers.keys)).union([
        "since", "weekend", "recent", "last", "previous", "preceding", "yesterday", "today", "tonight",
    ])

    /// Whether a date expression may begin with `word`: an opener, or a number (`Int` and
    /// `dayNumber` read only words that start with a digit or a sign).
    @inline(__always) static func mayOpen(_ word: String) -> Bool {
        if let first = word.utf8.first, (first >= 0x30 && first <= 0x39) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            return true
        }
        return openers.contains(word)
    }

    private static func mention(at i: Int, in words: [String], published: Day?, anchor: Day?, screening: Bool) -> DateMention? {
        let word = words[i]
        guard !screening || mayOpen(word) else { return nil }
        // Periods: "since Tuesday", "since March 12", "over the weekend", "in recent days", "last week".
        if word == "since", i + 1 < words.count, let inner = mention(at: i + 1, in: words, published: published, anchor: anchor, screening: screening) {
            return DateMention(range: i..<inner.range.upperBound, day: nil)
        }
        if word == "weekend" || (word == "recent" && words[safe: i + 1] == "days") || (word == "last" && words[safe: i + 1] == "week") {
            return DateMention(range: i..<(i + 1), day: nil)
        }
        if let day = explicitDate(words, at: i, published: published) {
            return DateMention(range: i..<(i + explicitLength(words, at: i)), day: day)
        }
        // "a day earlier", "three days later", "two days ago", "the day before", "the previous day".
        if let count = numbers[word] ?? Int(word), let unit = words[safe: i + 1], unit == "day" || unit == "days" {
            guard count > 0, let anchor, let direction = words[safe: i + 2] else { return nil }
            switch direction {
            // "came a day after the ministry said …": what follows "after" is the earlier event.
            case "earlier", "before", "ago", "after": return DateMention(range: i..<(i + 3), day: anchor.adding(days: -count))
            case "later": return DateMention(range: i..<(i + 3), day: anchor.adding(days: count))
            default: return nil
            }
        }
        if (word == "previous" || word == "preceding") && words[safe: i + 1] == "day", let anchor {
            return DateMention(range: i..<(i + 2), day: anchor.adding(days: -1))
        }
        guard let published else { return nil }
        switch word {
        case "yesterday": return DateMention(range: i..<(i + 1), day: published.adding(days: -1))
        case "today", "tonight": return DateMention(range: i..<(i + 1), day: published)
        case "last" where words[safe: i + 1] == "night": return DateMention(range: i..<(i + 2), day: published.adding(days: -1))
        default: break
        }
        if let weekday = weekdays.firstIndex(of: word), words[safe: i - 1] != "next" {
            // The latest such weekday on or before publication.
            let back = (published.weekday - weekday + 7) % 7
            return DateMention(range: i..<(i + 1), day: published.adding(days: -back))
        }
        return nil
    }

    private static func explicitLength(_ words: [String], at i: Int) -> Int {
        if let year = words[safe: i + 2], year.count == 4, Int(year) != nil { return 3 }
        return 2
    }

    private static func explicitDate(_ words: [String], at i: Int, published: Day?) -> Day? {
        if let month = DatelineParser.months[words[i]], words[i].count >= 3, let d = dayNumber(words[safe: i + 1]) {
            return day(month: month, day: d, yearWord: words[safe: i + 2], published: published)
        }
        if let d = dayNumber(words[i]), let next = words[safe: i + 1], let month = DatelineParser.months[next], next.count >= 3 {
            return day(month: month, day: d, yearWord: words[safe: i + 2], published: published)
        }
        return nil
    }

    private static func dayNumber(_ word: String?) -> Int? {
        guard let word else { return nil }
        let digits = word.hasSuffix("th") || word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd") ? String(word.dropLast(2)) : word
        guard digits.count <= 2, let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    /// Year from the text, else the publication year, moved back a year when
    /// that would put the day more than a week after publication.
    private static func day(month: Int, day: Int, yearWord: String?, published: Day?) -> Day? {
        if let yearWord, yearWord.count == 4, let year = Int(yearWord), (1990...2100).contains(year) {
            return Day(year: year, month: month, day: day)
        }
        guard let published else { return nil }
        guard let candidate = Day(year: published.year, month: month, day: day) else { return nil }
        if published.days(to: candidate) > 7 { return Day(year: published.year - 1, month: month, day: day) }
        return candidate
    }
}
