import ClaimCore
import Testing
import WordForms

/// The analysers against the real libraries (libstemmer, libhunspell and Debian's dictionaries).
@Suite struct AnalyserTests {
    @Test func snowballReducesRussianInflectionToOneStem() throws {
        let stemmer = try SnowballStemmer(language: "russian")
        // Verb forms and adjective cases meet at one stem.
        #expect(stemmer.baseForms(of: "заявили") == stemmer.baseForms(of: "заявила"))
        #expect(stemmer.baseForms(of: "белгородской") == stemmer.baseForms(of: "белгородская"))
        // A surname's oblique case reduces to the name as written.
        #expect(stemmer.baseForms(of: "гладкова") == ["гладков"])
        // A word that is its own stem has no other base form.
        #expect(stemmer.baseForms(of: "дрг") == [])
    }

    @Test func snowballNamesItsAlgorithmsWhenOneIsUnknown() {
        #expect(throws: MorphologyError.self) { try SnowballStemmer(language: "klingon") }
        #expect(SnowballStemmer.algorithms.contains("russian"))
    }

    @Test func hunspellLemmatizesUkrainian() throws {
        let lemmas = try HunspellLemmas(dictionary: "uk_UA")
        #expect(lemmas.baseForms(of: "заявили").contains("заявити"))
        #expect(lemmas.baseForms(of: "легіону").contains("легіон"))
        // Unknown to the dictionary: no base form, matched as written.
        #expect(lemmas.baseForms(of: "qwxz") == [])
    }

    @Test func aMissingDictionaryNamesThePackage() {
        do {
            _ = try HunspellLemmas(dictionary: "xx_XX")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("xx_XX.aff"))
            #expect(error.description.contains("hunspell-uk"))
        }
    }

    @Test func theSameNameGivesTheSameAnalyser() throws {
        let a = try Analysers.analyser(named: "snowball russian")
        let b = try Analysers.analyser(named: "snowball russian")
        #expect(a as AnyObject === b as AnyObject)
        #expect(throws: MorphologyError.self) { try Analysers.analyser(named: "porter") }
    }

    @Test func theAnalyserIsSafeFromSeveralThreads() async throws {
        let stemmer = try SnowballStemmer(language: "russian")
        let words = ["заявили", "заявила", "белгородской", "области", "диверсантов", "уничтожены"]
        let expected = words.map { stemmer.baseForms(of: $0) }
        try await withThrowingTaskGroup(of: [[String]].self) { group in
            for _ in 0..<8 { group.addTask { (0..<200).flatMap { _ in words.map { stemmer.baseForms(of: $0) } } } }
            for try await result in group {
                #expect(result.count == 200 * words.count)
                #expect(Array(result.prefix(words.count)) == expected)
            }
        }
    }
}

/// ICU's transliteration, and the fuzzy name matcher comparing Cyrillic text with Latin aliases.
@Suite struct TransliterationTests {
    @Test func cyrillicIsWrittenInLatinLetters() throws {
        let icu = try ICUTransliteration(id: "Cyrillic-Latin; Latin-ASCII")
        #expect(icu.latin("Гладков") == "Gladkov")
        #expect(icu.latin("Козинка") == "Kozinka")
        #expect(icu.latin("Kozinka") == "Kozinka")
        #expect(throws: MorphologyError.self) { try ICUTransliteration(id: "No-Such-Transform") }
    }

    @Test func aPlaceListedOnlyInLatinIsFoundInRussianText() throws {
        var lexicon = try Lexicon.makeDefault()
        try lexicon.merge(.places, text: "Krasnaya Yaruga\t@Belgorod Oblast", source: "test places.tsv")
        let extractor = ClaimExtractor(lexicon: try Analysers.bind(lexicon))
        let article = NormalizedArticle(
            fileName: "t.txt", format: .plainText, title: nil,
            paragraphs: ["Губернатор Вячеслав Гладков заявил, что диверсионная группа проникла в поселок Красная Яруга."],
            outlet: nil, published: Day(year: 2023, month: 5, day: 23), isPublishedInferred: false, url: nil)
        let claim = try #require(extractor.extract(article).first)
        #expect(claim.places == ["Krasnaya Yaruga"])
        #expect(claim.region == "Belgorod Oblast")
        // Without the transliteration the Latin alias is out of reach.
        var unbound = lexicon
        for profile in lexicon.otherLanguages { unbound.use(profile.with(morphology: try Analysers.analyser(named: "snowball russian"))) }
        let plain = ClaimExtractor(lexicon: unbound).extract(article)
        #expect(plain.first?.places == [])
    }
}
