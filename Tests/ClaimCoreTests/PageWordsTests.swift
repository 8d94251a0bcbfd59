import Testing

@testable import ClaimCore

/// The reader's page words are data: each test changes `page.tsv` or `dates.tsv` and
/// shows the reader change with it (it would fail if the reader kept its own words).
@Suite struct PageWordsTests {
    /// A profile of the built-in English files with these page and date texts.
    static func words(page: String = DefaultLexicon.englishPage, dates: String = DefaultLexicon.englishDates) throws -> PageWords {
        try LanguageProfile(
            code: "xx", words: DefaultLexicon.englishWords, kinds: DefaultLexicon.englishKinds, answers: DefaultLexicon.englishAnswers,
            dates: dates, page: page, folder: "test"
        ).page
    }

    static let body = "The first paragraph of the story has more than twenty words so that it reads as the body of an article and not a headline."

    @Test func aPromptAddedToPageTSVIsRemoved() throws {
        let text =
            "Volunteers say they crossed a border river overnight\n\n\(Self.body)\n\nПодписывайтесь на наш канал\n\nA second paragraph of the story follows here."
        let plain = try ArticleReader().read(Array(text.utf8), fileName: "a.txt", fallbackDate: nil)
        #expect(plain.paragraphs.contains("Подписывайтесь на наш канал"))
        let words = try Self.words(page: DefaultLexicon.englishPage + "\nprompts\tподписывайтесь\n")
        let read = try ArticleReader(words: words).read(Array(text.utf8), fileName: "a.txt", fallbackDate: nil)
        #expect(!read.paragraphs.contains("Подписывайтесь на наш канал"))
        #expect(read.paragraphs.contains(Self.body))
    }

    @Test func aSidebarHeaderAddedToPageTSVCutsThePage() throws {
        let text =
            "Volunteers say they crossed a border river overnight\n\n\(Self.body)\n\nA second paragraph of the story follows here.\n\nЧитайте также:\n\nAn unrelated story in the sidebar of the page."
        let words = try Self.words(page: DefaultLexicon.englishPage + "\nsidebar-headers\tчитайте также\n")
        // English only: the header line is dropped as a label, the sidebar's story stays.
        #expect(
            try ArticleReader().read(Array(text.utf8), fileName: "a.txt", fallbackDate: nil).paragraphs.contains(
                "An unrelated story in the sidebar of the page."))
        let read = try ArticleReader(words: words).read(Array(text.utf8), fileName: "a.txt", fallbackDate: nil)
        #expect(read.paragraphs == [Self.body, "A second paragraph of the story follows here."])
    }

    @Test func datelineMonthsComeFromDatesTSV() throws {
        let line = "Опубликовано 22 мая 2023, 10:15"
        #expect(DatelineParser.firstDate(in: line) == nil)
        let dates = DefaultLexicon.englishDates + "\nmonths\tмая=5\n"
        #expect(DatelineParser.firstDate(in: line, months: try Self.words(dates: dates).months) == Day(year: 2023, month: 5, day: 22))
        // Without the English months the English dateline is not read.
        let noMonths = DefaultLexicon.englishDates.split(separator: "\n").filter { !$0.hasPrefix("months") }.joined(separator: "\n") + "\nmonths\tмая=5\n"
        #expect(DatelineParser.firstDate(in: "May 22, 2023", months: try Self.words(dates: noMonths).months) == nil)
    }

    @Test func bylinePrefixesComeFromPageTSV() throws {
        let english = PageWords.builtIn
        #expect(DatelineParser.looksLikeByline("By Jane Doe of the Desk", words: english))
        #expect(!DatelineParser.looksLikeByline("Автор Иван Петров из редакции", words: english))
        let words = try Self.words(page: DefaultLexicon.englishPage + "\nbyline-prefixes\tавтор\n")
        #expect(DatelineParser.looksLikeByline("Автор Иван Петров из редакции", words: words))
    }

    @Test func mergedWordsReadEitherLanguagesChrome() throws {
        let russian = try Self.words(
            page: "sidebar-headers\tчитайте также\nprompts\tподписывайтесь\nbyline-prefixes\tавтор\n", dates: DefaultLexicon.englishDates + "\nmonths\tмая=5\n")
        let both = PageWords.builtIn.merged(with: russian)
        #expect(both.sidebarHeaders.isSuperset(of: PageWords.builtIn.sidebarHeaders.union(["читайте также"])))
        #expect(both.prompts.contains("subscribe") && both.prompts.contains("подписывайтесь"))
        #expect(both.bylinePrefixes == ["by", "автор"])
        #expect(both.months["may"] == 5 && both.months["мая"] == 5)
    }

    @Test func anUnknownListOrAnEmptyEntryNamesItsLine() {
        #expect(
            throws: LexiconError(
                source: "test/page.tsv", line: 2, problem: "unknown page list 'footers'; the lists are sidebar-headers, prompts, byline-prefixes")
        ) {
            _ = try Self.words(page: "prompts\tsubscribe\nfooters\tabout us\nsidebar-headers\nbyline-prefixes\n")
        }
        #expect(throws: LexiconError.self) { _ = try Self.words(page: "prompts\tsubscribe\nsidebar-headers\n") }
        #expect(throws: LexiconError.self) { _ = try Self.words(page: "prompts\t\u{00A0}\nsidebar-headers\nbyline-prefixes\n") }
    }
}
