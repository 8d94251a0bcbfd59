/// Resolves the date expressions of one sentence against the publication
/// day: "yesterday", "today", weekdays ("on Monday"), "last night",
/// "May 22" / "22 May" with the year inferred, and full dates.
public enum DateResolver {
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]

    /// The first resolvable date in `words` (folded words of the sentence), or nil.
    public static func resolve(_ words: [String], published: Day?) -> Day? {
        for (i, word) in words.enumerated() {
            if let day = explicitDate(words, at: i, published: published) { return day }
            guard let published else { continue }
            switch word {
            case "yesterday": return published.adding(days: -1)
            case "today", "tonight": return published
            case "last" where words[safe: i + 1] == "night": return published.adding(days: -1)
            default: break
            }
            if let weekday = weekdays.firstIndex(of: word), words[safe: i - 1] != "next" {
                // The latest such weekday on or before publication.
                let back = (published.weekday - weekday + 7) % 7
                return published.adding(days: -back)
            }
        }
        return nil
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
