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
        "\u{201E}", "\u{00B4}", "\u{2033}", "\u{2028}", "\u{3000}", "\u{212A}",
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
        #expect(sentences.map(\.text) == ["Gov. Gladkov said \u{00AB}no breakthrough\u{00BB}.", "The RVC denied it\u{2026}", "Later, it spoke."])
        #expect(sentences[0].words.filter(\.isQuoted).map(\.text) == ["no", "breakthrough"])
        #expect(sentences[2].ids.map { table.words[Int($0)] } == ["later", "it", "spoke"])
        #expect(sentences[1].ids[3] == sentences[2].ids[1])
    }

    /// The splitter reads bytes: a stop before a non-breaking space, an ellipsis and a closing
    /// guillemet end sentences; a lowercase word after a stop, or a stop after an initial, does not.
    @Test func splitterCutsAtScalarsOutsideASCII() {
        // Only spaces are trimmed (the reader has made every other space one already).
        #expect(SentenceSplitter.split("Они вошли.\u{00A0}Бой идёт.") == ["Они вошли.", "\u{00A0}Бой идёт."])
        #expect(SentenceSplitter.split("Он сказал: «Всё.» Затем ушёл.") == ["Он сказал: «Всё.»", "Затем ушёл."])
        #expect(SentenceSplitter.split("Wait\u{2026} Then go.") == ["Wait\u{2026}", "Then go."])
        #expect(SentenceSplitter.split("It ended. then more.") == ["It ended. then more."])
        #expect(SentenceSplitter.split("А. Сырский сказал.") == ["А. Сырский сказал."])
    }

    /// The splitter as it was written on Unicode scalars before it read bytes: the oracle.
    static func referenceSplit(_ paragraph: String, abbreviations: Set<String>) -> [String] {
        let chars = Array(paragraph.unicodeScalars)
        func isClosing(_ c: Unicode.Scalar) -> Bool { "\"'\u{201D}\u{2019})\u{00BB}".unicodeScalars.contains(c) }
        func isOpening(_ c: Unicode.Scalar) -> Bool { "\"'\u{201C}\u{2018}\u{00AB}(".unicodeScalars.contains(c) }
        func isUpperOrDigit(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase || c.properties.numericType != nil }
        func isWordPart(_ c: Unicode.Scalar) -> Bool {
            c.properties.isAlphabetic || [.nonspacingMark, .spacingMark, .enclosingMark].contains(c.properties.generalCategory)
        }
        func isBoundary(period: Int, after end: Int) -> Bool {
            guard end < chars.count, chars[end].properties.isWhitespace else { return end >= chars.count }
            var next = end
            while next < chars.count && chars[next].properties.isWhitespace { next += 1 }
            guard next < chars.count else { return true }
            guard isUpperOrDigit(chars[next]) || isOpening(chars[next]) else { return false }
            guard chars[period] == "." else { return true }
            var start = period
            while start > 0, isWordPart(chars[start - 1]) || chars[start - 1] == "." { start -= 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: chars[start..<period])
            let word = String(view).lowercased()
            return !abbreviations.contains(word) && word.count != 1 && !word.contains(".")
        }
        var out = [String]()
        func append(_ lower: Int, _ upper: Int) {
            var (lower, upper) = (lower, upper)
            while lower < upper, chars[lower] == " " { lower += 1 }
            while upper > lower, chars[upper - 1] == " " { upper -= 1 }
            guard lower < upper else { return }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: chars[lower..<upper])
            out.append(String(view))
        }
        var (start, i) = (0, 0)
        while i < chars.count {
            let c = chars[i]
            guard c == "." || c == "!" || c == "?" || c == "\u{2026}" else {
                i += 1
                continue
            }
            var end = i + 1
            while end < chars.count, ".!?".unicodeScalars.contains(chars[end]) { end += 1 }
            while end < chars.count, isClosing(chars[end]) { end += 1 }
            while end < chars.count, chars[end] == "[" {
                var close = end + 1
                while close < chars.count, close - end <= 4, chars[close].value >= 0x30, chars[close].value <= 0x39 { close += 1 }
                guard close > end + 1, close < chars.count, chars[close] == "]" else { break }
                end = close + 1
            }
            if isBoundary(period: i, after: end) {
                append(start, end)
                start = end
            }
            i = end
        }
        append(start, chars.count)
        return out
    }

    /// The byte-reading splitter cuts where the scalar-reading one did, on random paragraphs of
    /// stops, closing and opening quotes, footnotes, capitals and odd spaces in three scripts.
    @Test func splitterCutsWhereTheScalarReadingOneDid() {
        let alphabet: [String] = [
            "a", "Gov", "J", "Z", "7", " ", "  ", "\u{00A0}", "\u{3000}", ".", "!", "?", "\u{2026}", "\"", "'", "\u{201D}", "\u{2019}",
            "\u{00BB}", "\u{00AB}", "\u{201C}", ")", "(", "[5]", "[12345]", "[", "Б", "ж", "Ї", "\u{0301}", "É", "U.S", "\u{1F600}",
        ]
        var generator = SplitMix(seed: 43)
        for _ in 0..<20_000 {
            let text = (0..<Int(generator.next() % 14)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            #expect(SentenceSplitter.split(text, abbreviations: ["gov"]) == Self.referenceSplit(text, abbreviations: ["gov"]), "\(text.debugDescription)")
        }
    }
}
