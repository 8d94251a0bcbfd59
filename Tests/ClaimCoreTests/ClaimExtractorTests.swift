import ClaimTesting
import Testing

@testable import ClaimCore

/// Table-driven extraction rules on sentences written for these tests.
@Suite struct ClaimExtractorTests {
    static let extractor = ClaimExtractor(lexicon: try! Lexicon.makeDefault())
    static let published = Day(year: 2023, month: 5, day: 23)!

    func claims(_ paragraphs: [String]) -> [Claim] {
        let article = NormalizedArticle(
            fileName: "t.txt", format: .plainText, title: nil, paragraphs: paragraphs, outlet: nil, published: Self.published,
            isPublishedInferred: false, url: nil)
        let found = Self.extractor.extract(article)
        // `extract` skips writing the trace; the rules must decide the same without it.
        #expect(found == Self.extractor.explain(article).claims, "extract and explain disagree")
        return found
    }

    @Test func aGroupClaimingACrossingIsARaidByThatGroup() {
        let found = claims(["The Russian Volunteer Corps said on Monday that its fighters had crossed into the Belgorod region."])
        #expect(found.count == 1)
        #expect(found.first?.kind == .raid)
        #expect(found.first?.claimant == "Russian Volunteer Corps")
        #expect(found.first?.subject == "Russian Volunteer Corps")
        #expect(found.first?.region == "Belgorod Oblast")
        #expect(found.first?.date == Day(year: 2023, month: 5, day: 22))
    }

    @Test func aJointClaimIsOneClaimPerClaimant() {
        let found = claims(["The RVC and the Freedom of Russia Legion claimed they had seized Kozinka."])
        #expect(Set(found.map(\.claimant)) == ["Russian Volunteer Corps", "Freedom of Russia Legion"])
        #expect(found.allSatisfy { $0.places == ["Kozinka"] && $0.region == "Belgorod Oblast" })
    }

    @Test func anOfficialReportingLossesMakesACounterclaim() {
        let found = claims(["Russia's Defence Ministry said the saboteurs had been destroyed by artillery fire."])
        #expect(found.map(\.kind) == [.counterclaim])
        #expect(found.first?.claimant == "Russian Defense Ministry")
    }

    @Test func aDenialPointsAtTheClaimItAnswers() {
        let found = claims([
            "Russia's Defence Ministry said the militants crossing into Belgorod region had been killed.",
            "The Russian Volunteer Corps denied these claims.",
        ])
        let denial = found.first { $0.kind == .denial }
        #expect(denial?.claimant == "Russian Volunteer Corps")
        #expect(denial?.denies == DeniedClaim(claimant: "Russian Defense Ministry", kind: .counterclaim))
        #expect(denial?.region == "Belgorod Oblast")
    }

    @Test func negatedCrossingIsADenial() {
        let found = claims(["The governor of Belgorod said the raiders did not cross the border."])
        #expect(found.map(\.kind) == [.denial])
        #expect(found.first?.claimant == "Belgorod Governor")
    }

    @Test func quotedSpeakerIsNotTheClaimant() {
        let found = claims(["\u{201C}The FSB is hunting the saboteurs,\u{201D} said Vyacheslav Gladkov."])
        #expect(found.first?.claimant == "Belgorod Governor")
    }

    @Test func twoRegionsLeaveTheRegionEmpty() {
        let found = claims(["The Siberian Battalion said it had launched incursions into the Belgorod and Kursk regions."])
        #expect(found.first?.region == nil)
    }

    @Test func sentencesWithoutALexiconSpeakerAreNotClaims() {
        #expect(claims(["Fighting entered a second day near the border."]).isEmpty)
        #expect(claims(["A drone struck a refinery, a regional official said."]).isEmpty)
    }

    @Test func anAntiKremlinAdjectiveIsNotTheKremlinSpeaking() {
        let found = claims(["Anti-Kremlin fighters say they crossed into the Bryansk region."])
        #expect(!found.contains { $0.claimant == "Kremlin" })
    }
}

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        ("Mr. Putin spoke. Then he left.", ["Mr. Putin spoke.", "Then he left."]),
        ("The U.S. said nothing. Gov. Gladkov did.", ["The U.S. said nothing.", "Gov. Gladkov did."]),
        ("\u{201C}We are back.\u{201D} The group wrote.", ["\u{201C}We are back.\u{201D}", "The group wrote."]),
        ("He paused... and went on. Done.", ["He paused... and went on.", "Done."]),
    ])
    func splitsWhereASentenceEnds(text: String, expected: [String]) {
        #expect(SentenceSplitter.split(text) == expected)
    }
}

@Suite struct DateResolverTests {
    let published = Day(year: 2023, month: 5, day: 23)!  // a Tuesday

    @Test(arguments: [
        ("yesterday", "2023-05-22"), ("on monday", "2023-05-22"), ("on tuesday", "2023-05-23"), ("on may 22", "2023-05-22"),
        ("22 may", "2023-05-22"), ("on december 30", "2022-12-30"), ("march 12 2024", "2024-03-12"), ("last night", "2023-05-22"),
    ])
    func resolvesAgainstThePublicationDay(phrase: String, expected: String) {
        let words = TextFolding.words(phrase)
        #expect(DateResolver.resolve(words, published: published)?.description == expected)
    }

    /// Turning away words that cannot open a date expression changes no answer: random
    /// sentences of date words, numbers, signs and ordinary words, with and without.
    @Test func screeningWordsChangesNoMention() {
        // The words the rules compare with, listed here rather than taken from the screen under test.
        var pool = ["since", "weekend", "recent", "last", "previous", "preceding", "yesterday", "today", "tonight"]
        let dates = LanguageProfile.english.dates
        pool +=
            Array(dates.weekdays.keys) + Array(dates.dayOrdinals.keys) + ["of"] + Array(dates.months.keys) + Array(dates.counts.keys) + [
                "1", "22", "22nd", "3rd", "31st", "4th", "07", "2023", "1999", "+2", "-1", "0", "32",
            ]
        pool += ["day", "days", "ago", "earlier", "later", "before", "after", "night", "week", "next", "the", "raid", "said", "mayor"]
        var generator = SplitMix(seed: 37)
        for _ in 0..<20_000 {
            let words = (0..<Int(1 + generator.next() % 6)).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }
            for day in [published, nil] {
                #expect(
                    DateResolver.mentions(in: words, published: day, screening: true) == DateResolver.mentions(in: words, published: day, screening: false),
                    "\(words)")
            }
        }
    }

    @Test func withoutPublicationOnlyFullDatesResolve() {
        #expect(DateResolver.resolve(["yesterday"], published: nil) == nil)
        #expect(DateResolver.resolve(["may", "22", "2023"], published: nil) == Day(year: 2023, month: 5, day: 22))
    }
}
