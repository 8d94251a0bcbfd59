import Testing

@testable import ClaimCore

/// The language profile is data the engine reads: its format, its errors, and that changing a
/// list changes what the extractor decides (each test fails if the engine kept its own word).
@Suite struct LanguageProfileTests {
    /// The English profile's text with `list` holding `entries` instead.
    static func english(with list: LanguageProfile.List, _ entries: [String]) throws -> LanguageProfile {
        let text = LanguageProfile.List.allCases.map { name in
            ([name.rawValue] + (name == list ? entries : LanguageProfile.english.entries(of: name))).joined(separator: "\t")
        }.joined(separator: "\n")
        return try profile(words: text)
    }

    /// A profile of these words and the English kind and answer tables (or the ones given).
    static func profile(
        words: String, kinds: String = DefaultLexicon.englishKinds, answers: String = DefaultLexicon.englishAnswers
    ) throws(LexiconError) -> LanguageProfile {
        try LanguageProfile(
            code: "en", words: words, kinds: kinds, answers: answers, dates: DefaultLexicon.englishDates, page: DefaultLexicon.englishPage, folder: "test")
    }

    static func claims(_ sentence: String, language: LanguageProfile = .english) throws -> [Claim] {
        var lexicon = try Lexicon.makeDefault()
        lexicon.use(language)
        let article = NormalizedArticle(
            fileName: "t.txt", format: .plainText, title: nil, paragraphs: [sentence], outlet: nil,
            published: Day(year: 2023, month: 5, day: 23), isPublishedInferred: false, url: nil)
        return ClaimExtractor(lexicon: lexicon).extract(article)
    }

    @Test func anUnknownListIsRefusedWithItsLine() {
        #expect(throws: LexiconError.self) { try Self.profile(words: "# c\ngoverning\tagainst\nverbs\tsaid\n") }
        do { _ = try Self.profile(words: "# c\ngoverning\tagainst\nverbs\tsaid\n") } catch {
            #expect(error.line == 3)
            #expect(error.problem.hasPrefix("unknown word list 'verbs'"))
        }
    }

    @Test func aMissingListIsRefused() {
        do {
            _ = try Self.profile(words: "governing\tagainst\n")
            Issue.record("a profile with one list was accepted")
        } catch {
            #expect(error.problem.contains("is missing"))
        }
    }

    @Test func anEntryWithNoWordIsRefused() {
        #expect(throws: LexiconError.self) { try Self.english(with: .speakerAfterCue, ["according to", "-"]) }
    }

    @Test func entriesAreFoldedAndKeptInOrder() throws {
        let profile = try Self.english(with: .clauseOpeners, ["While", "EVEN  as"])
        #expect(profile.entries(of: .clauseOpeners) == ["while", "even as"])
    }

    @Test func speechNegatorsComeFromTheProfile() throws {
        let sentence = "The Russian Volunteer Corps did not say that its fighters crossed into the Belgorod region."
        #expect(try Self.claims(sentence).isEmpty, "'not' before the speech verb: no statement")
        let withoutNot = try Self.english(with: .speechNegators, ["refused", "declined", "never", "nor", "neither"])
        #expect(try Self.claims(sentence, language: withoutNot).map(\.kind) == [.raid])
    }

    @Test func governingWordsComeFromTheProfile() throws {
        let sentence = "Fighters crossed into the Belgorod region against the Freedom of Russia Legion, the ministry said."
        let english = try Self.claims(sentence)
        #expect(!english.contains { $0.claimant == "Freedom of Russia Legion" }, "'against the Legion': an object, not a speaker")
        var governing = LanguageProfile.english.entries(of: .governing)
        governing.removeAll { $0 == "against" }
        let claims = try Self.claims(
            "The Freedom of Russia Legion said its fighters crossed into the Belgorod region.", language: Self.english(with: .governing, governing))
        #expect(claims.map(\.claimant) == ["Freedom of Russia Legion"])
    }

    @Test func abbreviationsComeFromTheProfile() throws {
        #expect(SentenceSplitter.split("Gov. Gladkov spoke. Then he left.") == ["Gov. Gladkov spoke.", "Then he left."])
        #expect(SentenceSplitter.split("Gov. Gladkov spoke.", abbreviations: []) == ["Gov.", "Gladkov spoke."])
    }

    @Test func twoWordClauseOpenersNeedBothWords() throws {
        let opener = try Self.english(with: .clauseOpeners, ["even as"])
        #expect(opener.entries(of: .clauseOpeners) == ["even as"])
        let noOpeners = try Self.english(with: .clauseOpeners, [])
        // A place in the clause ", even as" opens is not a place of the governor's counterclaim.
        let sentence = "The Belgorod governor said the saboteurs were repelled, even as shelling went on near Kozinka."
        let split = try Self.claims(sentence, language: opener).map(\.places)
        let joined = try Self.claims(sentence, language: noOpeners).map(\.places)
        #expect(split == [[]])
        #expect(joined == [["Kozinka"]])
        let evenWithout = "The Belgorod governor said the saboteurs were repelled, even shelling went on near Kozinka."
        #expect(try Self.claims(evenWithout, language: opener).map(\.places) == [["Kozinka"]], "', even' without 'as' opens no clause")
    }
}
