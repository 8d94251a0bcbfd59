import Testing

@testable import ClaimCore

/// Date words are data: their format and errors, and that a changed entry changes the day read.
@Suite struct DateWordsTests {
    static let published = Day(year: 2023, month: 5, day: 23)!  // a Tuesday

    /// The English dates with every row of the list `line` replaced by `replacement`.
    static func english(replacing line: String, with replacement: String) throws -> DateWords {
        var replaced = false
        let text = DefaultLexicon.englishDates.split(separator: "\n", omittingEmptySubsequences: false).compactMap { row -> String? in
            guard row.hasPrefix(line + "\t") else { return String(row) }
            defer { replaced = true }
            return replaced ? nil : replacement
        }.joined(separator: "\n")
        return try DateWords(text: text, source: "dates.tsv")
    }

    @Test func weekdayAbbreviationsAreNumberedAndCheckedEntries() throws {
        let numbered = try Self.english(replacing: "weekdays", with: "weekdays\tsunday\tmonday\ttuesday\twednesday\tthursday\tfriday\tsaturday\tmo=1")
        #expect(DateResolver.resolve(["mo"], published: Self.published, dateWords: numbered) == Day(year: 2023, month: 5, day: 22))
        #expect(throws: LexiconError.self) { try Self.english(replacing: "weekdays", with: "weekdays\tsunday\tmo=8") }
        #expect(throws: LexiconError.self) { try Self.english(replacing: "weekdays", with: "weekdays\ta\tb\tc\td\te\tf\tg\th") }
    }

    @Test func theDaysComeFromTheData() throws {
        #expect(DateResolver.resolve(["yesterday"], published: Self.published) == Day(year: 2023, month: 5, day: 22))
        let shifted = try Self.english(replacing: "from-publication", with: "from-publication\tyesterday=-2\tlast night=-1")
        #expect(DateResolver.resolve(["yesterday"], published: Self.published, dateWords: shifted) == Day(year: 2023, month: 5, day: 21))
        #expect(DateResolver.resolve(["today"], published: Self.published, dateWords: shifted) == nil, "'today' is no longer listed")
    }

    @Test func weekdaysAndMonthsAreTheListedNames() throws {
        let renamed = try Self.english(replacing: "weekdays", with: "weekdays\tsun\tmon\ttue\twed\tthu\tfri\tsat")
        #expect(DateResolver.resolve(["mon"], published: Self.published, dateWords: renamed) == Day(year: 2023, month: 5, day: 22))
        #expect(DateResolver.resolve(["monday"], published: Self.published, dateWords: renamed) == nil)
        let months = try Self.english(replacing: "months", with: "months\tmai=5")
        #expect(DateResolver.resolve(["22", "mai"], published: Self.published, dateWords: months) == Day(year: 2023, month: 5, day: 22))
    }

    @Test func countsAndDirections() throws {
        #expect(DateResolver.resolve(["two", "days", "earlier"], published: Self.published) == Day(year: 2023, month: 5, day: 21))
        #expect(DateResolver.resolve(["several", "days", "ago"], published: Self.published) == nil, "a count naming no day")
        let noBack = try Self.english(replacing: "back", with: "back\tbefore")
        #expect(DateResolver.resolve(["two", "days", "earlier"], published: Self.published, dateWords: noBack) == nil)
    }

    @Test func aBadEntryIsReportedAtItsOwnLine() {
        let text = DefaultLexicon.englishDates + "\ncounts\teight=8\ncounts\tnine\n"
        do {
            _ = try DateWords(text: text, source: "dates.tsv")
            Issue.record("accepted 'nine'")
        } catch {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[error.line - 1] == "counts\tnine")
        }
    }

    @Test func aBadEntryOrAMissingListIsRefused() {
        #expect(throws: LexiconError.self) { try Self.english(replacing: "counts", with: "counts\ttwo=2\tthree") }
        #expect(throws: LexiconError.self) { try DateWords(text: "weekdays\tsunday\n", source: "dates.tsv") }
        #expect(throws: LexiconError.self) { try DateWords(text: DefaultLexicon.englishDates + "\nholidays\tchristmas\n", source: "dates.tsv") }
    }
}
