import Testing

@testable import ClaimCore

@Suite struct ArticleReaderTests {
    let reader = ArticleReader()

    @Test func readsPlainTextWithHeadlineDatelineAndSidebar() throws {
        let text = """
            Skip to content

            Volunteers say they crossed a border river overnight

            by A. Writer May 29, 2023 11:44 PM 2 min read

            The first paragraph of the story has more than twenty words so that it reads as the body of an article and not a headline at all.

            A second paragraph follows.

            News Feed

            Some unrelated headline in the sidebar
            """
        let article = try reader.read(Array(text.utf8), fileName: "a.txt", fallbackDate: nil)
        #expect(article.format == .plainText)
        #expect(article.title == "Volunteers say they crossed a border river overnight")
        #expect(article.published == Day(year: 2023, month: 5, day: 29))
        #expect(article.paragraphs.count == 2)
        #expect(!article.paragraphs.joined().contains("sidebar"))
    }

    /// A scan or a page wrapped at a narrow width is read as paragraphs: lines that go on in
    /// lower case are joined, a word broken with a hyphen mended (the hyphen of a compound kept);
    /// a list of headlines, each line starting anew, stays lines.
    @Test func narrowWrappedLinesAreJoinedAndBrokenWordsMended() throws {
        let text = """
            Вестник Заречья, 7 марта 2023 года

            Утром в четверг жители пограничного села услы-
            шали стрельбу. Глава района сообщил, что в село
            проникла вооружённая группа, диверсионно-
            разведывательная, как её назвали, а позже её
            вытеснили обратно.

            Related stories
            Governor says the situation in the district is calm
            Border villages reopen their schools after a week
            """
        let article = try reader.read(Array(text.utf8), fileName: "a.txt", fallbackDate: nil)
        let body = article.paragraphs.joined(separator: "\n")
        #expect(
            body.contains(
                "жители пограничного села услышали стрельбу. Глава района сообщил, что в село проникла вооружённая группа, диверсионно-разведывательная, как её назвали"
            ))
        #expect(!body.contains("услы-"))
        #expect(!body.contains("calm Border"))
        #expect(PlainTextReader.joinWrapped(["they crossed the", "cross-", "border river"]) == "they crossed the cross-border river")
        #expect(PlainTextReader.joinWrapped(["the Ukrain-", "ian side"]) == "the Ukrainian side")
    }

    /// A line that is only a day ("THURSDAY, 1 JUNE", "4 червня") heads a section and is kept;
    /// other short labels go, and so does a line whose words are not all a day's.
    @Test func aDayHeadingIsKeptWhereLabelsGo() throws {
        let boilerplate = Boilerplate(words: LanguageProfile.builtInProfiles.reduce(PageWords.builtIn) { $0.merged(with: $1.page) })
        for heading in ["THURSDAY, 1 JUNE", "Friday 2 June", "4 червня", "22 мая", "22 May, Grayvoron", "24 мая — Шебекино"] {
            #expect(boilerplate.isDateHeading(heading), "\(heading)")
        }
        for label in ["Home News World", "June 2023", "1 June 1999", "Read more", "Top 5 June", "4", "5 June 2023", "Grayvoron, 22 May"] {
            #expect(!boilerplate.isDateHeading(label), "\(label)")
        }
        let text = """
            The weekly roundup

            Hello and welcome back to the busiest week on the border since the raid in late May.

            THURSDAY, 1 JUNE
            The Legion said it was fighting inside Novaya Tavolzhanka.

            Share this
            """
        let article = try reader.read(Array(text.utf8), fileName: "w.txt", fallbackDate: nil)
        #expect(article.paragraphs.contains("THURSDAY, 1 JUNE"))
        #expect(!article.paragraphs.contains("Share this"))
    }

    /// A menu has two separators or more; one pipe is a digest's entry heading and stays.
    @Test func aSinglePipeLineIsAnEntryHeadingNotAMenu() throws {
        let text = """
            Home | News | World | Opinion

            Channel digest for the first of June on the border

            03:58 | Russian Volunteer Corps (RDK)
            Video: armed men say fighters of the corps have crossed into the district overnight and are advancing.
            """
        let article = try reader.read(Array(text.utf8), fileName: "d.txt", fallbackDate: nil)
        #expect(article.paragraphs.contains("03:58 | Russian Volunteer Corps (RDK)"))
        #expect(!article.paragraphs.contains { $0.contains("Opinion") })
    }

    @Test func readsHTMLMetadataAndDropsChrome() throws {
        let html = """
            <!DOCTYPE html><html><head><title>Story | Outlet</title>
            <meta property="og:site_name" content="Example Outlet">
            <meta property="article:published_time" content="2023-05-22T19:35:00+03:00">
            <script>var x = "<p>not text</p>";</script></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Fighters cross &amp; hold a village</h1>
            <p>The group said on Monday that it held the village after a night of fighting near the border.</p>
            <aside>Related: another story</aside></article><footer>© Outlet</footer></body></html>
            """
        let article = try reader.read(Array(html.utf8), fileName: "page.html", fallbackDate: nil)
        #expect(article.format == .html)
        #expect(article.outlet == "Example Outlet")
        #expect(article.published == Day(year: 2023, month: 5, day: 22))
        #expect(article.title == "Fighters cross & hold a village")
        #expect(article.paragraphs == ["The group said on Monday that it held the village after a night of fighting near the border."])
    }

    /// A page that prints its date only in the masthead, outside its `<main>`, is dated by it;
    /// the masthead's text stays out of the article, and a script's date is never read.
    @Test func readsTheDateOfAMastheadBeforeTheArticle() throws {
        let html = """
            <html><head><script>var build = "2021-01-05";</script></head><body>
            <div class="topbar"><a href="/">The Herald</a> <span>Monday 22 May 2023</span> <a href="/s">Subscribe</a></div>
            <main><h1>Raid</h1><p>The Legion said its fighters had crossed into the Belgorod region.</p></main></body></html>
            """
        let article = try reader.read(Array(html.utf8), fileName: "page.html", fallbackDate: Day(year: 2026, month: 1, day: 1))
        #expect(article.published == Day(year: 2023, month: 5, day: 22))
        #expect(!article.isPublishedInferred)
        #expect(article.paragraphs == ["The Legion said its fighters had crossed into the Belgorod region."])
        let scriptOnly = html.split(separator: "\n").filter { !$0.contains("topbar") }.joined(separator: "\n")
        #expect(try reader.read(Array(scriptOnly.utf8), fileName: "page.html", fallbackDate: Day(year: 2026, month: 1, day: 1)).isPublishedInferred)
    }

    @Test func readsAScraperJSONRecord() throws {
        let json =
            #"{"title": "A headline here", "published": "2023-03-03T09:20:00Z", "outlet": "Wire", "url": "https://x.example/a", "text": "First paragraph of the wire story is here.\n\nSecond one."}"#
        let article = try reader.read(Array(json.utf8), fileName: "r.json", fallbackDate: nil)
        #expect(article.format == .json)
        #expect(article.title == "A headline here")
        #expect(article.outlet == "Wire")
        #expect(article.url == "https://x.example/a")
        #expect(article.published == Day(year: 2023, month: 3, day: 3))
        #expect(article.paragraphs.first == "First paragraph of the wire story is here.")
    }

    @Test func malformedJSONIsRejectedWithTheReason() {
        #expect(throws: ArticleError.self) { try reader.read(Array(#"{"text": "#.utf8), fileName: "bad.json", fallbackDate: nil) }
        #expect(throws: ArticleError.self) { try reader.read(Array(#"{"title": "no body"}"#.utf8), fileName: "t.json", fallbackDate: nil) }
    }

    @Test func fallsBackToTheFileDateAndMarksItInferred() throws {
        let text = "Undated headline for a story\n\nThe story body is a sentence with enough words to count as text.\n"
        let mtime = Day(year: 2024, month: 1, day: 2)!
        let article = try reader.read(Array(text.utf8), fileName: "u.txt", fallbackDate: mtime)
        #expect(article.published == mtime)
        #expect(article.isPublishedInferred)
    }

    @Test func takesTheDateFromTheURLWhenThePageHasNone() throws {
        let html =
            #"<html><head><link rel="canonical" href="https://n.example/world/2023/06/04/story"></head><body><p>A sentence of an article body goes here for the test.</p></body></html>"#
        let article = try reader.read(Array(html.utf8), fileName: "p.html", fallbackDate: nil)
        #expect(article.published == Day(year: 2023, month: 6, day: 4))
    }

    @Test func rejectsFilesOverTheCap() {
        let small = ArticleReader(maxBytes: 10)
        #expect(throws: ArticleError.tooLarge(size: 11, limit: 10)) {
            try small.read(Array("01234567890".utf8), fileName: "big.txt", fallbackDate: nil)
        }
    }
}

/// Datelines in the forms news pages print them.
@Suite struct DatelineParserTests {
    @Test(arguments: [
        ("by Jane Roe May 29, 2023 11:44 PM 2 min read", "2023-05-29"),
        ("23 May 2023 Tuesday 04:30", "2023-05-23"),
        ("Published 2023-05-23T10:00:00Z", "2023-05-23"),
        ("22.05.2023 14:10", "2023-05-22"),
        ("02/06/2023 10:40 | Updated 02/06/2023 12:15", "2023-06-02"),
        ("05/23/2023 08:00", "2023-05-23"),
        ("Kursk: what the channels said, 12–13 August 2024", "2024-08-12"),
    ])
    func readsTheUsualForms(line: String, expected: String) {
        #expect(DatelineParser.firstDate(in: line) == Day(iso: expected))
    }

    /// A wire dateline without its year takes the year that puts its day on the weekday the
    /// story names; a file saved within two weeks of the day is this year's news; with no
    /// weekday named, the latest year not after the file's day, unconfirmed. Only a line that
    /// opens with a place in capitals, or with the day, the agency and a dash, is a dateline.
    @Test func aYearlessDatelineTakesTheYearOfItsWeekday() {
        let words = PageWords.builtIn
        let mtime = Day(iso: "2026-12-07")!
        let wire = "MOSCOW/KYIV, March 2 (Wire) - Russian officials said on Thursday that armed men had crossed the border."
        #expect(DatelineParser.yearlessDateline(in: wire, words: words, notAfter: mtime).map { "\($0.day) \($0.confirmed)" } == "2023-03-02 true")
        let dayFirst = "KYIV, 12 March (Agency) - Three groups said on Tuesday they had crossed into Russia."
        #expect(DatelineParser.yearlessDateline(in: dayFirst, words: words, notAfter: mtime)?.day == Day(iso: "2024-03-12"))
        let fresh = "KYIV, December 5 (Wire) - The ministry said on Monday that the attack was repelled."
        #expect(DatelineParser.yearlessDateline(in: fresh, words: words, notAfter: mtime).map { "\($0.day) \($0.confirmed)" } == "2026-12-05 true")
        let unnamed = "KYIV, March 2 (Wire) - The ministry said the attack was repelled."
        #expect(DatelineParser.yearlessDateline(in: unnamed, words: words, notAfter: mtime).map { "\($0.day) \($0.confirmed)" } == "2026-03-02 false")
        #expect(DatelineParser.yearlessDateline(in: "Officials said on March 2 that the attack was repelled.", words: words, notAfter: mtime) == nil)
        // No place: the day, the agency and a dash.
        let placeless = "May 23 (Continental Wire) - Russia said on Tuesday it had ended its operation."
        #expect(DatelineParser.yearlessDateline(in: placeless, words: words, notAfter: mtime).map { "\($0.day) \($0.confirmed)" } == "2023-05-23 true")
        #expect(DatelineParser.yearlessDateline(in: "May 24 was a quiet day (for once) in the region.", words: words, notAfter: mtime) == nil)
        #expect(DatelineParser.yearlessDateline(in: "KYIV, March 2, 2023 (Wire) - Officials said so.", words: words, notAfter: mtime) == nil)
    }

    @Test func findsADateInAURL() {
        #expect(DatelineParser.dateInURL("https://example.net/world/2024/03/14/kursk-tetkino") == Day(iso: "2024-03-14"))
        #expect(DatelineParser.dateInURL("https://example.net/world/kursk-tetkino") == nil)
    }
}

/// Relative day expressions against the publication day (Tuesday 2023-05-23).
@Suite struct RelativeDateTests {
    static let published = Day(iso: "2023-05-23")!

    @Test(arguments: [
        ("a day earlier", "2023-05-22"),
        ("three days earlier", "2023-05-20"),
        ("two days ago", "2023-05-21"),
        ("the previous day", "2023-05-22"),
        ("on sunday", "2023-05-21"),
        ("monday s raid", "2023-05-22"),
    ])
    func resolves(phrase: String, expected: String) {
        #expect(DateResolver.resolve(phrase.split(separator: " ").map(String.init), published: Self.published) == Day(iso: expected))
    }

    /// "The same day" is the day the text named last (the anchor), else the sentence's own
    /// earlier date; with no day named before, publication.
    @Test func theSameDayIsTheDayNamedLast() {
        let thursday = Day(iso: "2023-05-18")
        let words = "the same day the governor said".split(separator: " ").map(String.init)
        #expect(DateResolver.resolve(words, published: Self.published, anchor: thursday) == thursday)
        #expect(DateResolver.resolve(words, published: Self.published) == Self.published)
        let inSentence = "on may 20 the legion attacked and that day the ministry said".split(separator: " ").map(String.init)
        #expect(DateResolver.mentions(in: inSentence, published: Self.published).map(\.day) == [Day(iso: "2023-05-20"), Day(iso: "2023-05-20")])
        // A period's bound is what "that day" refers to ("fighting has gone on since May 20. That
        // day…"), but not what "the previous day" counts from: that is the last day named.
        let since = "fighting since may 20 and that day".split(separator: " ").map(String.init)
        #expect(DateResolver.mentions(in: since, published: Self.published).map(\.day) == [nil, Day(iso: "2023-05-20")])
        let previous = "the previous day".split(separator: " ").map(String.init)
        #expect(DateResolver.resolve(previous, published: Self.published, anchor: thursday, referent: Day(iso: "2023-05-20")) == Day(iso: "2023-05-17"))
        #expect(DateResolver.resolve(words, published: Self.published, anchor: thursday, referent: Day(iso: "2023-05-20")) == Day(iso: "2023-05-20"))
    }

    /// The parts of the day named last ("that morning", "by the afternoon") are that day.
    @Test func partsOfTheDayNamedLastAreThatDay() {
        let thursday = Day(iso: "2023-05-18")
        for phrase in ["that morning the governor said", "by the afternoon the governor said", "later that day the governor said"] {
            #expect(DateResolver.resolve(phrase.split(separator: " ").map(String.init), published: Self.published, referent: thursday) == thursday, "\(phrase)")
        }
        // "by the evening of 20 May" names its own day.
        #expect(
            DateResolver.resolve(
                "by the evening of 20 may the governor said".split(separator: " ").map(String.init), published: Self.published, referent: thursday)
                == Day(iso: "2023-05-20"))
        // "That weekend" points back to the weekend the text told; "over the weekend" is a period.
        #expect(
            DateResolver.resolve("the corps said it fought that weekend".split(separator: " ").map(String.init), published: Self.published, referent: thursday)
                == thursday)
        #expect(
            DateResolver.mentions(in: "losses over the weekend".split(separator: " ").map(String.init), published: Self.published).map(\.day) == [nil])
        // "morning" alone names no day.
        #expect(
            DateResolver.resolve("in the morning the governor said".split(separator: " ").map(String.init), published: Self.published, referent: thursday)
                == nil)
    }

    /// "N days after/before" counts from another event: with a day earlier in the sentence the
    /// phrase dates only that event; else the event is the day named last.
    @Test func daysAfterAnotherEvent() {
        func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }
        let acknowledged = words("acknowledged on saturday four days after the incursion began that troops were fighting")
        #expect(DateResolver.mentions(in: acknowledged, published: Self.published).map(\.day) == [Day(iso: "2023-05-20")])
        let opening = words("four days after the incursion began the president acknowledged it")
        #expect(DateResolver.resolve(opening, published: Self.published, anchor: Day(iso: "2023-05-16")) == Day(iso: "2023-05-20"))
        let before = words("two days before the vote the ministry said")
        #expect(DateResolver.resolve(before, published: Self.published, anchor: Day(iso: "2023-05-16")) == Day(iso: "2023-05-14"))
        // Inside the sentence, "before" names an event still ahead: no day from it.
        let ahead = words("the incursions come three days before russians begin voting")
        #expect(DateResolver.resolve(ahead, published: Self.published, anchor: Day(iso: "2023-05-16")) == nil)
        #expect(
            DateResolver.resolve(words("two days earlier the ministry said"), published: Self.published, anchor: Day(iso: "2023-05-16"))
                == Day(iso: "2023-05-14"))
        // With no day named before, nothing is known of the event; and never after publication.
        #expect(DateResolver.resolve(opening, published: Self.published) == nil)
        #expect(DateResolver.resolve(opening, published: Self.published, anchor: Day(iso: "2023-05-22")) == nil)
    }

    /// A range of days ("between Tuesday and Thursday", "from May 12 to 14") names no single day;
    /// a day beside "between" or "from" that opens no range stays a day.
    @Test func aRangeOfDaysIsAPeriod() throws {
        func days(_ text: String) -> [Day?] { DateResolver.mentions(in: text.split(separator: " ").map(String.init), published: Self.published).map(\.day) }
        #expect(days("lost 300 men between monday and wednesday") == [nil, nil])
        #expect(days("attacks from may 12 to 14 were repelled") == [nil])
        #expect(days("fighting between 12 and 14 may") == [nil])
        #expect(days("fighting from may 12 through may 14") == [nil, nil])
        // Not a range: a day after "from" with no second day, or "between" naming no day.
        #expect(days("troops withdrew from the village on monday") == [Day(iso: "2023-05-22")])
        #expect(days("from monday the governor said") == [Day(iso: "2023-05-22")])
        #expect(days("fighting between russia and ukraine on monday") == [Day(iso: "2023-05-22")])
        #expect(days("on monday and tuesday the legion said") == [Day(iso: "2023-05-22"), Day(iso: "2023-05-23")])
        // One night is not a period.
        #expect(days("overnight from sunday to monday drones hit belgorod") == [Day(iso: "2023-05-21"), Day(iso: "2023-05-22")])
        #expect(days("in the night from may 20 to 21 drones hit belgorod") == [Day(iso: "2023-05-20")])
        // The Russian and Ukrainian profiles list their own range words.
        for (code, range, day) in [
            ("ru", "бои шли между 12 и 14 мая", "бои шли 14 мая"), ("ru", "бои шли с 12 мая по 14 мая", "бои шли 14 мая"),
            ("ru", "бои шли с 12 по 14 мая", "бои шли 14 мая"), ("uk", "бої тривали між 12 і 14 травня", "бої тривали 14 травня"),
            ("uk", "бої тривали з 12 по 14 травня", "бої тривали 14 травня"),
        ] {
            let profile = try #require(LanguageProfile.builtInProfiles.first { $0.code == code })
            func days(_ text: String) -> [Day?] {
                DateResolver.mentions(in: text.split(separator: " ").map(String.init), published: Self.published, dateWords: profile.dates).map(\.day)
            }
            #expect(days(range).allSatisfy { $0 == nil } && !days(range).isEmpty, "\(code): \(range)")
            #expect(days(day) == [Day(iso: "2023-05-14")], "\(code)")
        }
    }

    /// "in March", "в марте", "у березні": a month with no day, other than the publication's
    /// (May 2023 here), is an earlier month; a month with its day, or the month of publication,
    /// is not one, nor "may" the verb.
    @Test func aMonthNamedAloneIsAnEarlierMonth() throws {
        func earlier(_ text: String, _ code: String = "en") throws -> [Bool] {
            let profile = try #require(LanguageProfile.builtInProfiles.first { $0.code == code })
            return DateResolver.mentions(in: TextFolding.words(text), published: Self.published, dateWords: profile.dates).map(\.isEarlierMonth)
        }
        #expect(try earlier("In March, the group led a raid") == [true])
        #expect(try earlier("a raid there in early March 2023") == [true])
        #expect(try earlier("fighters who raided the border in June 2022") == [true])
        #expect(try earlier("В марте РДК заявлял о вылазке", "ru") == [true])
        #expect(try earlier("корпус был создан в августе 2022 года", "ru") == [true])
        #expect(try earlier("Торік у червні бійці заходили", "uk") == [true])
        #expect(try earlier("у березні бійці заходили", "uk") == [true])
        #expect(try earlier("у травні бійці заходили", "uk") == [])
        // Not an earlier month: a day with it, the month of publication, the verb.
        #expect(try earlier("in March 12 fighting") == [false])
        #expect(try earlier("fighting in May went on") == [])
        #expect(try earlier("в мае бои шли", "ru") == [])
        #expect(try earlier("the group may raid again in the spring") == [])
        #expect(try earlier("22 марта РДК заявил", "ru") == [false])
    }

    @Test func aPeriodNamesNoDay() {
        let mentions = DateResolver.mentions(in: ["since", "march", "12"], published: Self.published)
        #expect(mentions.count == 1)
        #expect(mentions.first?.isPeriod == true)
        // "since the incursions began on March 12": the day a few words after "since" starts a period.
        let began = DateResolver.mentions(
            in: "lost 60 percent since the incursions began on march 12".split(separator: " ").map(String.init), published: Self.published)
        #expect(began.map(\.isPeriod) == [true])
        // Further away, or with no "since", a day stays a day.
        #expect(DateResolver.resolve("said on march 12 that the incursions began".split(separator: " ").map(String.init), published: Self.published) != nil)
    }
}

/// A Telegram scraper's record: its own keys for the date, the post's address and the channel.
@Suite struct TelegramRecordTests {
    @Test func aChannelPostsKeysAreRead() throws {
        let json =
            #"{"channel": "@border_watch", "post_url": "https://t.me/border_watch/12", "posted_at": "2024-03-14T08:15:00+03:00", "views": 10, "content": "Border watch digest\n\nThe Siberian Battalion said its fighters had entered Gorkovsky in the Belgorod region."}"#
        let article = try ArticleReader().read(Array(json.utf8), fileName: "post.json", fallbackDate: Day(iso: "2026-01-01"))
        #expect(article.published == Day(iso: "2024-03-14"))
        #expect(article.isPublishedInferred == false)
        #expect(article.outlet == "@border_watch")
        #expect(article.url == "https://t.me/border_watch/12")
    }

    /// Other scrapers' keys: a "dateline" string, a "page_url", and a "standfirst" kept apart
    /// from the body, which is article text (claims.md) unless the body repeats it.
    @Test func otherScrapersKeysAreRead() throws {
        let json =
            #"{"page_url": "https://news.example/world/drones", "time": "18:45", "dateline": "30 May 2023 18:45 MSK", "headline": "Drones hit the capital", "standfirst": "The Legion said its fighters had entered Kozinka", "article_text": "Several drones struck buildings early on Tuesday, officials said. Nobody was hurt in the strikes, they added."}"#
        let article = try ArticleReader().read(Array(json.utf8), fileName: "r.json", fallbackDate: Day(iso: "2026-01-01"))
        #expect(article.published == Day(iso: "2023-05-30"))
        #expect(article.isPublishedInferred == false)
        #expect(article.url == "https://news.example/world/drones")
        #expect(article.paragraphs.first == "The Legion said its fighters had entered Kozinka")
        let repeated =
            #"{"title": "Drones hit the capital", "lead": "Several drones struck buildings early on Tuesday", "text": "Several drones struck buildings early on Tuesday, officials said. Nobody was hurt in the strikes, they added."}"#
        let once = try ArticleReader().read(Array(repeated.utf8), fileName: "r.json", fallbackDate: nil)
        #expect(once.paragraphs.filter { $0.contains("Several drones") }.count == 1)
        // Repeated with other spacing and a zero-width space, it is still the body's.
        let spaced = repeated.replacing(#""lead": "Several drones"#, with: #""lead": "Several  drones\u200B"#)
        #expect(
            try ArticleReader().read(Array(spaced.utf8), fileName: "r.json", fallbackDate: nil).paragraphs.filter { $0.contains("drones struck") }.count == 1)
        // "source_url" and "href" may name the story a page copies: not this page's address.
        let copied = #"{"source_url": "https://wire.example/original", "text": "Several drones struck buildings early on Tuesday, officials said."}"#
        #expect(try ArticleReader().read(Array(copied.utf8), fileName: "r.json", fallbackDate: nil).url == nil)
    }

    @Test func aRecordWithNoDateFieldIsDatedByItsDateline() throws {
        let json = #"{"content": "Morning digest\nFriday, 3 March 2023\n\nThe Russian Volunteer Corps said its fighters had crossed into the Bryansk region."}"#
        let article = try ArticleReader().read(Array(json.utf8), fileName: "post.json", fallbackDate: Day(iso: "2026-01-01"))
        #expect(article.published == Day(iso: "2023-03-03"))
    }
}

/// A plain text's header line and its address line, found line by line without splitting the text.
@Suite struct PlainTextLineTests {
    @Test func theHeaderIsTheFirstLineWithText() {
        let text = "\n \t \n  Border desk  \nSecond line\n"
        #expect(ArticleReader.firstLine(of: text, mayBe: { _ in true }) { !$0.isEmpty } == "Border desk")
    }

    @Test func anAddressStandsOnALineOfItsOwn() {
        let text = "Headline here\nSee https://a.example/x for more\n\t https://b.example/y \nhttps://c.example/z\n"
        let url = ArticleReader.firstLine(of: text, mayBe: ArticleReader.mayStartWithHTTP) {
            ($0.hasPrefix("https://") || $0.hasPrefix("http://")) && !$0.contains(" ")
        }
        #expect(url == "https://b.example/y")
        // The byte check only lets through what the trimmed line could start with.
        #expect(ArticleReader.mayStartWithHTTP("  http://x".utf8[...]))
        #expect(!ArticleReader.mayStartWithHTTP("see http://x".utf8[...]))
    }

    /// The same answers as the expressions the scan replaced (a Character split of the whole
    /// text, each line trimmed), on edge cases. The reader's text has no CR left (`TextDecoding`).
    @Test(arguments: [
        "", "\n", "one line, no newline", "\t\t\n  \n last", " \u{301}x\nnext", "\u{00A0}http://x.example/a\n",
        "a\n\thttps://x.example/b\t\n", "https://x.example/with space\nhttp://x.example/c", "Заголовок\nhttps://пример.рф/новость",
    ])
    func agreesWithTheWholeTextSplit(text: String) {
        func old(_ accept: (String) -> Bool) -> String? {
            text.split(separator: "\n").lazy.map { String($0).trimmingCharacters(in: "\t\r") }.first(where: accept)
        }
        let isURL: (String) -> Bool = { ($0.hasPrefix("https://") || $0.hasPrefix("http://")) && !$0.contains(" ") }
        #expect(ArticleReader.firstLine(of: text, mayBe: { _ in true }) { !$0.isEmpty } == old { !$0.isEmpty })
        #expect(ArticleReader.firstLine(of: text, mayBe: ArticleReader.mayStartWithHTTP, isURL) == old(isURL))
    }

    @Test func noLineTakenIsNil() {
        #expect(ArticleReader.firstLine(of: "", mayBe: { _ in true }) { !$0.isEmpty } == nil)
        #expect(ArticleReader.firstLine(of: "\n\n  \n", mayBe: { _ in true }) { !$0.isEmpty } == nil)
        #expect(ArticleReader.firstLine(of: "no address\nhere", mayBe: ArticleReader.mayStartWithHTTP) { _ in true } == nil)
    }

    @Test func aReadArticleKeepsItsHeaderAndAddress() throws {
        let text =
            "Border desk\n\nRaiders claim a village\n\nThe Russian Volunteer Corps said its fighters had crossed into the Bryansk region on Tuesday.\n\n  https://news.example/2023/03/02/raid  \n"
        let article = try ArticleReader().read(Array(text.utf8), fileName: "a.txt", fallbackDate: nil)
        #expect(article.header == "Border desk")
        #expect(article.url == "https://news.example/2023/03/02/raid")
    }
}
