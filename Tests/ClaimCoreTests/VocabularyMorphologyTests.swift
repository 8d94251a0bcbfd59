import Testing

@testable import ClaimCore

/// How the vocabulary uses a morphology: phrase words are known by their base forms, and a
/// text word not found as written is looked up by its own. (A table stands in for the
/// analyser here; WordFormsTests run the real libraries.)
@Suite struct VocabularyMorphologyTests {
    struct TableMorphology: Morphology {
        var name = "table"
        var forms: [String: [String]]
        func baseForms(of word: String) -> [String] { forms[word] ?? [] }
    }

    static let morphology = TableMorphology(forms: [
        "заявил": ["заяв"], "заявили": ["заяв"], "гладков": ["гладк"], "гладкова": ["гладков"], "области": ["област"], "область": ["област"],
    ])

    @Test func inflectedWordsFindTheirPhraseWord() {
        let vocabulary = Vocabulary(phrases: ["заявил", "Гладков", "Белгородская область"], morphology: Self.morphology)
        #expect(vocabulary.number(of: "заявили") == vocabulary.number(of: "заявил"))
        // The oblique case reduces to the name as written.
        #expect(vocabulary.number(of: "гладкова") == vocabulary.number(of: "гладков"))
        #expect(vocabulary.number(of: "области") == vocabulary.number(of: "область"))
        #expect(vocabulary.number(of: "области") != Vocabulary.unknown)
        #expect(vocabulary.number(of: "сообщил") == Vocabulary.unknown)
    }

    @Test func shortWordsAreMatchedAsWritten() {
        // A stemmer folds "она" and "они" into "он"; pronouns must stay apart.
        let vocabulary = Vocabulary(phrases: ["он"], morphology: TableMorphology(forms: ["она": ["он"], "они": ["он"]]))
        #expect(vocabulary.number(of: "они") == Vocabulary.unknown)
        #expect(vocabulary.number(of: "он") != Vocabulary.unknown)
    }

    @Test func withoutAMorphologyOnlyTheWrittenFormMatches() {
        let vocabulary = Vocabulary(phrases: ["заявил"])
        #expect(vocabulary.number(of: "заявили") == Vocabulary.unknown)
        #expect(vocabulary.number(of: "заявил") != Vocabulary.unknown)
    }

    @Test func phraseWordsSharingABaseFormShareANumber() {
        let vocabulary = Vocabulary(phrases: ["заявил", "заявили"], morphology: Self.morphology)
        #expect(vocabulary.number(of: "заявил") == vocabulary.number(of: "заявили"))
    }

    /// A phrase word that is also another's base form ("прикрыта" → "прикрыт" → "прикр") links
    /// both to the text's forms in any order of the phrases: lists read from sets come in a
    /// different order on every run, and the answers must not.
    @Test(arguments: [["прикрыта", "прикрыт"], ["прикрыт", "прикрыта"]])
    func chainedBaseFormsMatchWhateverThePhraseOrder(phrases: [String]) {
        let forms = TableMorphology(forms: ["прикрыта": ["прикрыт"], "прикрыт": ["прикр"], "прикрыть": ["прикр"]])
        let vocabulary = Vocabulary(phrases: phrases, morphology: forms)
        #expect(vocabulary.number(of: "прикрыть") != Vocabulary.unknown)
        #expect(vocabulary.number(of: "прикрыть") == vocabulary.number(of: "прикрыта"))
        #expect(vocabulary.number(of: "прикрыт") == vocabulary.number(of: "прикрыта"))
    }

    @Test func aPhraseMatcherOnTheVocabularyMatchesInflectedPhrases() {
        let vocabulary = Vocabulary(
            phrases: ["Белгородская область"],
            morphology: TableMorphology(forms: [
                "белгородская": ["белгородск"], "белгородской": ["белгородск"], "область": ["област"], "области": ["област"],
            ]))
        let matcher = PhraseMatcher([("Белгородская область", "Belgorod Oblast")], vocabulary: vocabulary)
        #expect(matcher.matches(in: ["в", "белгородской", "области"]).map(\.value) == ["Belgorod Oblast"])
    }
}
