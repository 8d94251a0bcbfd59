/// Finds publication dates in the forms news pages print them:
/// "May 29, 2023 11:44 PM", "23 May 2023 Tuesday 04:30", "2023-05-23",
/// "2023-05-23T10:00:00Z", "22.05.2023", "02/06/2023" (day first), and dates
/// in URLs ("/2023/05/22/").
public enum DatelineParser {
    /// The first full date (with a year) in `text`, in any supported form.
    /// - Parameter months: month names and abbreviations, lowercased, with their numbers (the
    ///   language profiles' `dates.tsv`).
    public static func firstDate(in text: String, months: [String: Int] = PageWords.builtIn.months) -> Day? {
        let words = tokens(text)
        for i in words.indices {
            guard let first = words[i].first else { continue }
            // Every form starts with a number (`Int` also reads a leading sign) or a month
            // name (ASCII letters): other words are passed without making a String of them.
            if (first >= 0x30 && first <= 0x39) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
                let word = String(Substring(words[i]))
                if let day = isoDate(word) { return day }
                if let day = dottedDate(word) { return day }
                if let day = slashedDate(word) { return day }
                // D Month YYYY, and a range "12–13 August 2024": its first day (a digest's span, whose
                // first posts come first).
                if let d = Int(word) ?? firstDayOfRange(word), i + 2 < words.count, let m = month(words[i + 1], months),
                    let y = year(Substring(words[i + 2]))
                {
                    if let day = Day(year: y, month: m, day: d) { return day }
                }
            } else if let m = month(words[i], months), i + 2 < words.count, let d = Int(Substring(words[i + 1])), let y = year(Substring(words[i + 2])) {
                // Month D, YYYY
                if let day = Day(year: y, month: m, day: d) { return day }
            }
        }
        return nil
    }

    /// A wire dateline's day when it prints no year ("MOSCOW/KYIV, March 2 (Wire) - …",
    /// "KYIV, 12 March -", "May 24 (Wire) - …"): a line opening with a place in capitals, a comma,
    /// then the month and day, or with the month and day, the agency and a dash. Its year is the
    /// latest that puts the day on the first weekday the text after it
    /// names ("said on Thursday") and not after `notAfter` (the file's mtime) — `confirmed`;
    /// with no weekday named, the latest year not after `notAfter`. A day within two weeks
    /// before `notAfter` is this year's: a file saved as the news broke.
    public static func yearlessDateline(in text: String, words: PageWords, notAfter limit: Day) -> (day: Day, confirmed: Bool)? {
        for line in text.split(separator: "\n", maxSplits: 20).prefix(20) {
            // "May 24 (Wire) - …": a wire's dateline may print no place; the agency in
            // parentheses and a dash right after the day make it one.
            let placeless =
                line.firstIndex(of: "(").map { open in
                    line.distance(from: line.startIndex, to: open) <= 16 && tokens(String(line[..<open])).count == 2
                        && line[open...].prefix(60).firstIndex(of: ")").map { close in
                            line[line.index(after: close)...].drop { $0 == " " }.first.map { "-–—".contains($0) } ?? false
                        } == true
                } ?? false
            let comma = placeless ? line.startIndex : line.firstIndex(of: ",")
            guard let comma, line.distance(from: line.startIndex, to: comma) <= 40 else { continue }
            let place = line[..<comma]
            guard placeless || (place.contains(where: \.isLetter) && !place.contains(where: \.isLowercase)) else { continue }
            let after = tokens(String(placeless ? line[...] : line[line.index(after: comma)...]))
            guard after.count >= 2 else { continue }
            var monthDay: (month: Int, day: Int)?
            if let m = month(after[0], words.months), let d = Int(Substring(after[1])) {
                monthDay = (m, d)
            } else if let d = Int(Substring(after[0])), let m = month(after[1], words.months) {
                monthDay = (m, d)
            }
            guard let (m, d) = monthDay, (1...31).contains(d) else { continue }
            // A year after the day makes it a full date, read by `firstDate`.
            if after.count > 2, year(Substring(after[2])) != nil { continue }
            let candidates = stride(from: limit.year, through: limit.year - 12, by: -1).compactMap { Day(year: $0, month: m, day: d) }.filter { $0 <= limit }
            guard let latest = candidates.first else { return nil }
            // A file saved within two weeks of the day is today's news, whatever weekday it names.
            if latest.days(to: limit) <= 14 { return (latest, true) }
            let rest = text[comma...].prefix(600)
            guard let named = TextFolding.words(String(rest)).lazy.filter({ $0.count >= 6 }).compactMap({ words.weekdays[$0] }).first else {
                return (latest, false)
            }
            return candidates.first { $0.weekday == named }.map { ($0, true) } ?? (latest, false)
        }
        return nil
    }

    /// "12–13" or "12-13": the first of two days of a month.
    private static func firstDayOfRange(_ word: String) -> Int? {
        let parts = word.split(whereSeparator: { $0 == "–" || $0 == "-" })
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), 1 <= a, a < b, b <= 31 else { return nil }
        return a
    }

    /// The month a word names ("May", "sept", "мая"): a word of letters, not a number.
    private static func month(_ word: Substring.UTF8View, _ months: [String: Int]) -> Int? {
        guard let first = word.first, (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A || first >= 0xC0, word.count <= 32 else { return nil }
        return months[String(Substring(word)).lowercased()]
    }

    /// A date embedded in a URL path: `/2023/05/22/` or `/2023-05-22`.
    public static func dateInURL(_ url: String) -> Day? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" || $0 == "?" || $0 == "=" })
        for i in parts.indices.dropLast(2) {
            if let y = year(parts[i]), let m = Int(parts[i + 1]), let d = Int(parts[i + 2].prefix(2)), parts[i + 1].count <= 2 {
                if let day = Day(year: y, month: m, day: d) { return day }
            }
        }
        return nil
    }

    /// True for a byline or dateline ("by Jane Doe May 29, 2023", "23 May 2023 Tuesday 04:30").
    static func looksLikeByline(_ line: String, words: PageWords) -> Bool {
        let lower = line.lowercased()
        return words.bylinePrefixes.contains { lower.hasPrefix($0 + " ") } || (line.count < 80 && firstDate(in: line, months: words.months) != nil)
    }

    /// Split at spaces, commas, line ends, tabs and parentheses — as bytes: the separators
    /// are ASCII, and a combining mark after one is not part of a date either way.
    private static func tokens(_ text: String) -> [Substring.UTF8View] {
        text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x0A || $0 == 0x09 || $0 == 0x28 || $0 == 0x29 })
    }

    private static func year(_ word: some StringProtocol) -> Int? {
        guard word.count == 4, let y = Int(word), (1990...2100).contains(y) else { return nil }
        return y
    }

    private static func isoDate(_ word: String) -> Day? {
        guard word.count >= 10, word.first?.isNumber == true else { return nil }
        return Day(iso: word)
    }

    /// "02/06/2023": day first, as most of the world writes it, unless the
    /// second number cannot be a month ("05/23/2023").
    private static func slashedDate(_ word: String) -> Day? {
        let parts = word.split(separator: "/")
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, let a = Int(parts[0]), let b = Int(parts[1]), let y = year(parts[2]) else {
            return nil
        }
        return b > 12 ? Day(year: y, month: a, day: b) : Day(year: y, month: b, day: a)
    }

    private static func dottedDate(_ word: String) -> Day? {
        let parts = word.split(separator: ".")
        guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, let d = Int(parts[0]), let m = Int(parts[1]),
            let y = year(parts[2])
        else { return nil }
        return Day(year: y, month: m, day: d)
    }
}
