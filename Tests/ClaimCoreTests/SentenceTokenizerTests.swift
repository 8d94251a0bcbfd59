import ClaimTesting
import Testing

@testable import ClaimCore

/// The one-pass tokenizer against the two steps it replaced: fold the sentence
/// (`TextFolding.fold`), then cut the folded scalars into words.
@Suite struct SentenceTokenizerTests {
    /// The two-step definition, written plainly: the oracle.
    static func reference(_ sentence: String) -> [SentenceWord] {
        var out = [SentenceWord]()
        var current = ""
        var separator = ""
        var quoted = false
        var currentQuoted = false
        var marks = 0
        var firstCloses = false
        var previous: Unicode.Scalar = " "
        for scalar in TextFolding.fold(sentence).unicodeScalars {
            defer { previous = scalar }
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || (!current.isEmpty && [.nonspacingMark, .spacingMark, .enclosingMark].contains(scalar.properties.generalCategory))
            {
                if current.isEmpty { currentQuoted = quoted }
                current.unicodeScalars.append(scalar)
                continue
            }
            if !current.isEmpty {
                out.append(SentenceWord(text: current, isQuoted: currentQuoted, separator: separator))
                (current, separator) = ("", "")
            }
            separator.unicodeScalars.append(scalar)
            if scalar == "\"" {
                if marks == 0 { firstCloses = previous != " " && previous != "(" && previous != "[" }
                marks += 1
                quoted.toggle()
            }
        }
        if !current.isEmpty { out.append(SentenceWord(text: current, isQuoted: currentQuoted, separator: separator)) }
        if marks % 2 == 1 && firstCloses {
            for index in out.indices { out[index].isQuoted.toggle() }
        }
        return out
    }

    static let alphabet: [String] = [
        "a", "Q", "z", "7", " ", "  ", "\t", "\u{00A0}", "\u{2009}", ",", ".", ";", ":", "-", "\u{2014}", "'", "`", "\u{2019}", "\"",
        "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "(", "[", "Б", "ё", "Ї", "É", "e\u{0301}", "\u{0301}", "\u{0130}", "ß", "Σ", "%",
    ]

    @Test func oneReadingGivesWhatFoldingThenSplittingGave() {
        var generator = SplitMix(seed: 41)
        for _ in 0..<20_000 {
            let text = (0..<Int(generator.next() % 16)).map { _ in Self.alphabet[Int(generator.next() % UInt64(Self.alphabet.count))] }.joined()
            let words = SentenceAnalysis.words(of: text)
            let expected = Self.reference(text)
            #expect(words.map(\.text) == expected.map(\.text), "\(text.debugDescription)")
            #expect(words.map(\.separator) == expected.map(\.separator), "\(text.debugDescription)")
            #expect(words.map(\.isQuoted) == expected.map(\.isQuoted), "\(text.debugDescription)")
        }
    }

    /// Uppercase letters whose lowercase is two scalars ("İ" → "i̇") stay one word.
    @Test func multiScalarLowercaseStaysInItsWord() {
        #expect(SentenceAnalysis.words(of: "\u{0130}STANBUL said").map(\.text) == ["i\u{0307}stanbul", "said"])
    }

    /// Sentences come out with their words numbered in the article's table, as the splitter cuts them.
    @Test func sentencesOfAParagraphCarryTheirWords() {
        var table = ArticleWords(vocabulary: Vocabulary(phrases: []), memo: WordMemo())
        let paragraph = "Gov. Gladkov said \u{00AB}no breakthrough\u{00BB}. The RVC denied it\u{2026} Later, it spoke."
        let sentences = SentenceTokenizer.sentences(of: paragraph, abbreviations: ["gov"], table: &table)
        #expect(sentences.map(\.text) == SentenceSplitter.split(paragraph, abbreviations: ["gov"]))
        #expect(sentences.map(\.text) == ["Gov. Gladkov said \u{00AB}no breakthrough\u{00BB}.", "The RVC denied it\u{2026}", "Later, it spoke."])
        #expect(sentences[0].words.filter(\.isQuoted).map(\.text) == ["no", "breakthrough"])
        #expect(sentences[2].ids.map { table.words[Int($0)] } == ["later", "it", "spoke"])
        #expect(sentences[1].ids[3] == sentences[2].ids[1])
    }

    /// The splitter reads bytes: a stop before a non-breaking space, an ellipsis and a closing
    /// guillemet end sentences; a lowercase word or an initial after a stop does not.
    @Test func splitterCutsAtScalarsOutsideASCII() {
        // Only spaces are trimmed (the reader has made every other space one already).
        #expect(SentenceSplitter.split("Они вошли.\u{00A0}Бой идёт.") == ["Они вошли.", "\u{00A0}Бой идёт."])
        #expect(SentenceSplitter.split("Он сказал: «Всё.» Затем ушёл.") == ["Он сказал: «Всё.»", "Затем ушёл."])
        #expect(SentenceSplitter.split("Wait\u{2026} Then go.") == ["Wait\u{2026}", "Then go."])
        #expect(SentenceSplitter.split("It ended. then more.") == ["It ended. then more."])
        #expect(SentenceSplitter.split("А. Сырский сказал.") == ["А. Сырский сказал."])
    }
}
