import Testing

@testable import ClaimCore

/// The tokenizer's interning step: an article's words numbered by their bytes.
@Suite struct ArticleWordsTests {
    private func table() -> ArticleWords {
        ArticleWords(vocabulary: Vocabulary(phrases: ["freedom of russia legion", "заявил"]), memo: WordMemo())
    }

    @Test func aWordKeepsItsNumberAndTextWhereverItIsRead() {
        var words = table()
        let first = SentenceAnalysis.tokens(of: "The Legion said the raid began.", table: &words)
        let second = SentenceAnalysis.tokens(of: "The raid, the Legion said, ended.", table: &words)
        #expect(first.ids == [0, 1, 2, 0, 3, 4])
        #expect(second.ids == [0, 3, 0, 1, 2, 5])
        #expect(second.words.map(\.text) == ["the", "raid", "the", "legion", "said", "ended"])
        #expect(words.words == ["the", "legion", "said", "raid", "began", "ended"])
        #expect(words.ids(of: ["legion", "ended", "новое"]) == [1, 5, 6])
    }

    @Test func eachWordCarriesItsVocabularyNumber() {
        var words = table()
        let ids = SentenceAnalysis.tokens(of: "Легион заявил: Legion of Russia", table: &words).ids
        let numbers = ids.map { words.vocabularyNumbers[Int($0)] }
        #expect(numbers[0] == Vocabulary.unknown)
        #expect(numbers[1] == words.vocabulary.number(of: "заявил"))
        #expect(numbers[2] == words.vocabulary.number(of: "legion") && numbers[2] != Vocabulary.unknown)
    }

    /// Words that share a prefix, a length or a hash bucket stay apart, also after the table
    /// has grown several times.
    @Test func thousandsOfWordsStayDistinctAsTheTableGrows() {
        var words = table()
        let spellings = (0..<5_000).map { "w\($0)" } + (0..<50).map { String(repeating: "я", count: $0 + 1) }
        let ids = words.ids(of: spellings)
        #expect(ids == (0..<Int32(spellings.count)).map { $0 })
        #expect(words.ids(of: spellings.reversed()) == ids.reversed())
        #expect(words.words == spellings)
        #expect(words.ids(of: [""]) == [Int32(spellings.count)])
    }
}
