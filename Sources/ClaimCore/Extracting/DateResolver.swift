/// A date expression found in a sentence: where it stands and what day it
/// means. A period ("since Tuesday", "over the weekend", "in recent days")
/// names no single day: a claim dated only by a period has no date.
public struct DateMention: Sendable, Hashable {
    public var range: Range<Int>
    /// The day meant; nil for a period.
    public var day: Day?
    /// The day the words name, a period's bound too ("since 6 August" names 6 August): what
    /// "that day" in a later sentence refers to.
    public var named: Day?
    public var isPeriod: Bool { day == nil }
    /// A month named with no day, other than the month of publication ("In March, the group
    /// led a series of incursions" in an August piece): what the sentence tells is the story's
    /// background, not a claim of its news.
    public var isEarlierMonth = false

    public init(range: Range<Int>, day: Day?, named: Day? = nil, isEarlierMonth: Bool = false) {
        (self.range, self.day, self.named, self.isEarlierMonth) = (range, day, named ?? day, isEarlierMonth)
    }
}

/// Resolves the date expressions of one sentence against the publication
/// day: days from publication ("yesterday", "last night"), weekdays ("on Monday",
/// "Monday's raid"), "May 22" / "22 May" with the year inferred, full dates,
/// counts of days ("a day earlier", "three days later", "two days ago") and "the same day"
/// from the sentence's previous date, else the day the text named last, else publication. The words are the
/// language profile's (`DateWords`, `Config/lang/<code>/dates.tsv`).
public enum DateResolver {
    /// The first resolvable day in `words` (folded words of a sentence), or nil.
    public static func resolve(
        _ words: [String], published: Day?, anchor: Day? = nil, referent: Day? = nil, dateWords: DateWords = LanguageProfile.english.dates
    ) -> Day? {
        mentions(in: words, published: published, anchor: anchor, referent: referent, dateWords: dateWords).lazy.compactMap(\.day).first
    }

    /// Every date expression in `words`, in order.
    /// - Parameter anchor: the day a count of days with no earlier date in the sentence counts
    ///   from ("Three days later, …"): the last day the text named before, else publication.
    /// - Parameter referent: the day "the same day" means with no earlier date in the sentence: the
    ///   last day the text named, a period's bound too ("Fighting has gone on since 6 August. That
    ///   day…"); else the anchor.
    /// - Parameter isBreak: whether a comma or clause break stands before the word at an index
    ///   (a period's "since" reaches no further back than its clause); asked only near "since".
    public static func mentions(
        in words: [String], published: Day?, anchor: Day? = nil, referent: Day? = nil, dateWords: DateWords = LanguageProfile.english.dates,
        isBreak: (Int) -> Bool = { _ in false }
    ) -> [DateMention] {
        mentions(in: words, published: published, anchor: anchor, referent: referent, dateWords: dateWords, screening: true, isBreak: isBreak)
    }

    /// `mentions`, with or without turning away words that cannot open an expression
    /// (`mayOpen`) before the rules read them; both give the same answer (tested).
    static func mentions(
        in words: [String], published: Day?, anchor: Day? = nil, referent: Day? = nil, dateWords: DateWords = LanguageProfile.english.dates,
        screening: Bool, isBreak: (Int) -> Bool = { _ in false }
    ) -> [DateMention] {
        var out = [DateMention]()
        /// The last day this sentence has named so far.
        var own: Day?
        var i = 0
        while i < words.count {
            let anchorNow = own ?? anchor ?? published
            let referentNow = out.last?.named ?? referent ?? anchorNow
            if let found = mention(
                at: i, in: words, published: published, anchor: anchorNow, referent: referentNow, sentenceHasDay: own != nil,
                dayNamed: own != nil || anchor != nil, dateWords: dateWords,
                screening: screening)
            {
                out.append(found)
                own = found.day ?? own
                i = max(found.range.upperBound, i + 1)
            } else {
                i += 1
            }
        }
        // "between Tuesday and Thursday", "from March 12 to 14", "between 12 and 14 March", "с 12
        // мая по 14 мая": both ends of a range of days name no single day. After a night word
        // ("overnight from Sunday to Monday") the range is one night: its days stay.
        func isOvernight(_ openerAt: Int) -> Bool { openerAt >= 1 && dateWords.overnightWords.contains(words[openerAt - 1]) }
        for index in out.indices {
            let range = out[index].range
            // This date opens the range: the other end is the next date, or a bare day number.
            if out[index].day != nil, range.lowerBound >= 1, dateWords.rangeOpeners.contains(words[range.lowerBound - 1]),
                !isOvernight(range.lowerBound - 1), words[safe: range.upperBound].map(dateWords.rangeLinks.contains) == true,
                out[safe: index + 1]?.range.lowerBound == range.upperBound + 1 || dayNumber(words[safe: range.upperBound + 1], dateWords) != nil
            {
                out[index].day = nil
            }
            // This date closes the range: after a link, with a bare day number or a date before the
            // link that an opener opens.
            guard range.lowerBound >= 1, dateWords.rangeLinks.contains(words[range.lowerBound - 1]) else { continue }
            let link = range.lowerBound - 1
            var openerAt: Int?
            if link >= 2, dayNumber(words[link - 1], dateWords) != nil, dateWords.rangeOpeners.contains(words[link - 2]) {
                openerAt = link - 2
            } else if let previous = out[safe: index - 1], previous.range.upperBound == link {
                let first = previous.range.lowerBound
                if dateWords.rangeOpeners.contains(words[first]) {
                    openerAt = first
                } else if first >= 1, dateWords.rangeOpeners.contains(words[first - 1]) {
                    openerAt = first - 1
                }
            }
            if let openerAt, !isOvernight(openerAt) { out[index].day = nil }
        }
        // "since the incursions began on March 12": a day a few words after "since", in its
        // clause, starts a period too. Only a prefix word of four letters or more reaches past the
        // next word: English's "since"; the Russian and Ukrainian prefixes ("с", "з", "від") are
        // prepositions that bind the word after them, and their phrases are matched above.
        for index in out.indices where out[index].day != nil {
            let start = out[index].range.lowerBound
            var lower = max(out[safe: index - 1]?.range.upperBound ?? 0, start - 5)
            if let cut = (lower...start).last(where: { $0 > lower && $0 < words.count && isBreak($0) }) { lower = cut }
            let before = lower..<start
            if words[before].contains(where: { $0.unicodeScalars.count >= 4 && dateWords.periodPrefixes.contains($0) }) {
                out[index].day = nil
            }
        }
        return out
    }

    /// Whether a date expression may begin with `word`: an opener, or a number (`Int` and
    /// `dayNumber` read only words that start with a digit or a sign).
    @inline(__always) static func mayOpen(_ word: String, _ dateWords: DateWords) -> Bool {
        if let first = word.utf8.first, (first >= 0x30 && first <= 0x39) || first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            return true
        }
        return dateWords.openers.contains(word)
    }

    /// - Parameter dayNamed: whether the anchor is a day the text named (not publication, the
    ///   fallback): "four days after the incursion began" counts from a named day only.
    /// - Parameter sentenceHasDay: whether a day stands earlier in the sentence ("On Saturday, four
    ///   days after the incursion began, …": the phrase then dates only the other event).
    private static func mention(
        at i: Int, in words: [String], published: Day?, anchor: Day?, referent: Day?, sentenceHasDay: Bool = false, dayNamed: Bool = true,
        dateWords: DateWords,
        screening: Bool
    ) -> DateMention? {
        let word = words[i]
        // "in March": its opener ("in", "в") is too common a word to send through every rule below.
        if dateWords.monthOpeners.contains(word), let month = monthAlone(at: i, in: words, published: published, dateWords: dateWords) {
            return month
        }
        guard !screening || mayOpen(word, dateWords) else { return nil }
        // Periods: "since Tuesday", "since March 12", "over the weekend", "in recent days", "last week".
        if dateWords.periodPrefixes.contains(word), i + 1 < words.count,
            let inner = mention(at: i + 1, in: words, published: published, anchor: anchor, referent: referent, dateWords: dateWords, screening: screening)
        {
            return DateMention(range: i..<inner.range.upperBound, day: nil, named: inner.named)
        }
        if dateWords.phrase(at: i, in: words, among: dateWords.periods) != nil {
            return DateMention(range: i..<(i + 1), day: nil)
        }
        if let day = explicitDate(words, at: i, published: published, dateWords: dateWords) {
            return DateMention(range: i..<(i + explicitLength(words, at: i, dateWords)), day: day)
        }
        // "a day earlier", "three days later", "two days ago", "the day before".
        if let count = dateWords.counts[word] ?? Int(word), let unit = words[safe: i + 1], dateWords.dayUnits.contains(unit) {
            guard count > 0, let anchor, let direction = words[safe: i + 2] else { return nil }
            if dateWords.back.contains(direction) { return DateMention(range: i..<(i + 3), day: anchor.adding(days: -count)) }
            if dateWords.forward.contains(direction) { return DateMention(range: i..<(i + 3), day: anchor.adding(days: count)) }
            // "four days after the incursion began", "two days before the vote": the phrase counts
            // from another event, not from the sentence's day. With a day earlier in the sentence
            // ("on Saturday, four days after …"), that day is the sentence's: the phrase gives none.
            // Else, when the text named a day before, the event is that day, and the sentence stands
            // that many days after it, or before it — never after publication. With no day named,
            // nothing is known of the event: no day. "Before" dates the sentence only when it opens
            // it, one word allowed before ("Two days before the vote, …", "За два дня до выборов, …",
            // "Just two days before …"); inside it, the event is one still
            // ahead ("the incursions come three days before Russians begin voting"), not the day
            // the text named.
            let isAfter = dateWords.afterEvent.contains(direction)
            guard isAfter || (dateWords.beforeEvent.contains(direction) && i <= 1), !sentenceHasDay, dayNamed else { return nil }
            let day = anchor.adding(days: isAfter ? count : -count)
            if let published, published.days(to: day) > 0 { return nil }
            return DateMention(range: i..<(i + 3), day: day)
        }
        if let phrase = dateWords.phrase(at: i, in: words, among: dateWords.previousDay), let anchor {
            return DateMention(range: i..<(i + phrase.count), day: anchor.adding(days: -1))
        }
        // "by the evening of 23 May": the part of a day the words go on to name, not the last one.
        if let phrase = dateWords.phrase(at: i, in: words, among: dateWords.sameDay), let referent,
            !dateWords.dayMonthLinks.contains(words[safe: i + phrase.count] ?? "")
        {
            return DateMention(range: i..<(i + phrase.count), day: referent)
        }
        guard let published else { return nil }
        if let entry = dateWords.fromPublication.first(where: { !$0.words.isEmpty && words.hasPhrase($0.words, at: i) }) {
            return DateMention(range: i..<(i + entry.words.count), day: published.adding(days: entry.days))
        }
        if let weekday = dateWords.weekdays[word], !dateWords.futureMarkers.contains(words[safe: i - 1] ?? "") {
            // The latest such weekday on or before publication.
            let back = (published.weekday - weekday + 7) % 7
            return DateMention(range: i..<(i + 1), day: published.adding(days: -back))
        }
        return nil
    }

    /// "in March", "in early May 2023", "в марте", "у березні": a month with no day, when it is
    /// not the month of publication (that one may be this week's news: no mention).
    private static func monthAlone(at i: Int, in words: [String], published: Day?, dateWords: DateWords) -> DateMention? {
        guard dateWords.monthOpeners.contains(words[i]), let name = words[safe: i + 1], name.count >= 3,
            let month = dateWords.monthsAlone[name], dayNumber(words[safe: i + 2], dateWords) == nil,
            let published
        else { return nil }
        var end = i + 2
        var year: Int?
        if let word = words[safe: end], word.count == 4, let number = Int(word), (1990...2100).contains(number) {
            year = number
            end += 1
        }
        let now = published.components
        guard month != now.month || (year ?? now.year) != now.year else { return nil }
        return DateMention(range: i..<end, day: nil, named: nil, isEarlierMonth: true)
    }

    private static func explicitLength(_ words: [String], at i: Int, _ dateWords: DateWords) -> Int {
        let linked = dateWords.dayMonthLinks.contains(words[safe: i + 1] ?? "") ? 1 : 0
        if let year = words[safe: i + 2 + linked], year.count == 4, Int(year) != nil { return 3 + linked }
        return 2 + linked
    }

    private static func explicitDate(_ words: [String], at i: Int, published: Day?, dateWords: DateWords) -> Day? {
        if let month = dateWords.months[words[i]], words[i].count >= 3, let d = dayNumber(words[safe: i + 1], dateWords) {
            return day(month: month, day: d, yearWord: words[safe: i + 2], published: published)
        }
        if let d = dayNumber(words[i], dateWords), let next = words[safe: i + 1], let month = dateWords.months[next], next.count >= 3 {
            return day(month: month, day: d, yearWord: words[safe: i + 2], published: published)
        }
        // "the twelfth of March" (a day word, a link, the month).
        if let d = dayNumber(words[i], dateWords), let link = words[safe: i + 1], dateWords.dayMonthLinks.contains(link),
            let next = words[safe: i + 2], let month = dateWords.months[next], next.count >= 3
        {
            return day(month: month, day: d, yearWord: words[safe: i + 3], published: published)
        }
        return nil
    }

    private static func dayNumber(_ word: String?, _ dateWords: DateWords) -> Int? {
        guard let word else { return nil }
        if let d = dateWords.dayOrdinals[word] { return d }
        let digits = dateWords.ordinalSuffixes.first(where: word.hasSuffix).map { String(word.dropLast($0.count)) } ?? word
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
