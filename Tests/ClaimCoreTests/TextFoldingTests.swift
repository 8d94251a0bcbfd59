import ClaimTesting
import Testing

@testable import ClaimCore

/// The byte- and scalar-level text steps against the definitions they replaced.
@Suite struct TextFoldingTests {
    static let asciiAlphabet = Array("aZ ,.'\"`\t\n-:;!?0x|>")
    let boilerplate = Boilerplate(words: .builtIn)

    /// The ASCII fast path folds as the general one: a non-ASCII word in front sends the
    /// same text down the general path.
    @Test func asciiFoldingAgreesWithTheGeneralPath() {
        var generator = SplitMix(seed: 11)
        for _ in 0..<5_000 {
            let text = String((0..<Int(generator.next() % 24)).map { _ in Self.asciiAlphabet[Int(generator.next() % UInt64(Self.asciiAlphabet.count))] })
            let folded = TextFolding.fold(text)
            guard !folded.isEmpty else { continue }
            #expect(TextFolding.fold("É " + text) == "é " + folded, "\(text.debugDescription)")
        }
    }

    /// The scalar-by-scalar word split gives the Character split's words on every ASCII and
    /// Cyrillic text: each ASCII byte and each Cyrillic-block scalar alone and beside a letter,
    /// and random texts of both (CR LF among them); any other scalar goes to the Character split.
    @Test func simpleWordsAgreeWithTheCharacterSplit() {
        var texts = [String]()
        var scalars = (UInt32(0)..<0x80).map { Unicode.Scalar($0)! }
        scalars += (UInt32(0x400)...0x52F).map { Unicode.Scalar($0)! }
        for scalar in scalars {
            let c = String(scalar)
            texts += [c, "a" + c + "b", "ж" + c + "я", c + "9", "x" + c]
        }
        var generator = SplitMix(seed: 17)
        for _ in 0..<5_000 {
            texts.append(String(String.UnicodeScalarView((0..<Int(generator.next() % 30)).map { _ in scalars[Int(generator.next() % UInt64(scalars.count))] })))
        }
        texts += ["Russia's Gora-Podol", "a\r\nb", "22 May,  Grayvoron", "", "тёткино, 22 мая"]
        var simple = 0
        for text in texts {
            guard let words = TextFolding.simpleWords(text) else { continue }
            simple += 1
            #expect(words == TextFolding.wordsByCharacter(text), "\(text.debugDescription)")
        }
        // Cyrillic combining marks (U+0483–0489) and the sign U+0482 leave the fast path.
        #expect(simple == texts.count - texts.filter { $0.unicodeScalars.contains { (0x482...0x489).contains($0.value) } }.count)
        #expect(TextFolding.simpleWords("е\u{301}сли") == nil)
        #expect(TextFolding.simpleWords("café") == nil)
        #expect(TextFolding.words("Тёткино, 22 мая") == ["тёткино", "22", "мая"])
        #expect(TextFolding.words("Russia's Gora-Podol") == ["russia", "s", "gora", "podol"])
        #expect(TextFolding.words("cafe\u{301} ok") == ["cafe\u{301}", "ok"])
    }

    /// The table-free answers agree with Unicode's properties on every scalar they give.
    @Test func tableFreeScalarClassesAgreeWithUnicode() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(scalar.isSpaceLike == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            if scalar.isCyrillicLetter {
                #expect(scalar.properties.isAlphabetic && scalar.properties.numericType == nil, "U+\(String(value, radix: 16))")
                #expect(!scalar.isCombiningMark, "U+\(String(value, radix: 16))")
            }
            if value >= 0x400 && value <= 0x45F {
                #expect(scalar.properties.isUppercase == (value <= 0x42F), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func foldingUnifiesQuotesDashesCaseAndSpace() {
        #expect(TextFolding.fold("  The \u{201C}Legion\u{201D}\u{2019}s\u{00A0}raid \u{2014} `Kozinka`\n") == "the \"legion\"'s raid - 'kozinka'")
    }

    /// Words as `Character.isLetter || isNumber` split them: a combining mark stays in its word.
    @Test func wordsKeepCombiningMarksAndSeparators() {
        let words = SentenceAnalysis.words(of: "Te\u{0308}tkino's \"raid\", 2023: Волчанск")
        #expect(words.map(\.text) == ["te\u{0308}tkino", "s", "raid", "2023", "волчанск"])
        #expect(words.map(\.separator) == ["", "'", " \"", "\", ", ": "])
        #expect(words.map(\.isQuoted) == [false, false, true, false, false])
    }

    @Test func splitterTreatsAccentedAbbreviationsAndNonLatinCapitalsAsWords() {
        #expect(SentenceSplitter.split("Gen. Ivanov spoke. Затем он ушёл.") == ["Gen. Ivanov spoke.", "Затем он ушёл."])
        #expect(SentenceSplitter.split("Cafe\u{0301}. Next one.") == ["Cafe\u{0301}.", "Next one."])
        #expect(SentenceSplitter.split("  Trimmed.   ") == ["Trimmed."])
        #expect(SentenceSplitter.split("It is 2.5 km. 12 died.") == ["It is 2.5 km.", "12 died."])
    }

    /// Boilerplate's early-stopping counts against `split(separator: " ").count <= 3` and
    /// `count < n`, on ASCII (with CR LF, one Character) and on non-ASCII text.
    @Test func boilerplateCountsAgreeWithTheDefinitions() {
        let alphabet: [String] = ["a", " ", "Z", "\r", "\n", "\t", ".", "\r\n", "é", "e\u{0301}", " \u{0301}", "Б", "\u{00A0}"]
        var generator = SplitMix(seed: 29)
        for _ in 0..<5_000 {
            let text = (0..<Int(generator.next() % 14)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            #expect(Boilerplate.hasAtMostThreeWords(text) == (text.split(separator: " ").count <= 3), "\(text.debugDescription)")
            for limit in 1...12 {
                #expect(text.hasFewerCharacters(than: limit) == (text.count < limit), "\(text.debugDescription) < \(limit)")
            }
        }
    }

    /// The scalar-wise sentence end and the ASCII lowercase answer as the Character-wise
    /// definitions do, on text with closing quotes, combining marks and CR LF.
    @Test func sentenceEndAndLowercaseAgreeWithTheCharacterDefinitions() {
        let alphabet: [String] = ["a", "Q", " ", ".", "!", "?", "…", "\"", "'", "”", "’", ")", "»", "\u{0301}", "\r\n", "Б", "É", ":"]
        func endsSentenceByCharacters(_ text: String) -> Bool {
            guard let last = text.reversed().drop(while: { "\"'”’)»".contains($0) }).first else { return false }
            return last == "." || last == "!" || last == "?" || last == "…"
        }
        var generator = SplitMix(seed: 31)
        for _ in 0..<5_000 {
            let text = (0..<Int(generator.next() % 8)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            #expect(text.endsSentence == endsSentenceByCharacters(text), "\(text.debugDescription)")
            #expect(Boilerplate.lowercased(text) == text.lowercased(), "\(text.debugDescription)")
        }
        #expect("He said so.”".endsSentence)
        #expect(!"Read more »".endsSentence)
    }

    /// The sidebar check that skips folding long paragraphs answers as folding every one would.
    @Test func sidebarHeadersAreFoundWithoutFoldingLongParagraphs() {
        var samples = Array(PageWords.builtIn.sidebarHeaders)
        samples += PageWords.builtIn.sidebarHeaders.map { " \($0.uppercased()): " }
        samples += ["  Related:\u{00A0}", "READ\u{00A0}\u{00A0}MORE", "Editors\u{2019} picks", "Related articles and more", "\u{212A}"]
        samples += ["You may also like", "You may also like it", "::::related::::", "trending now, and for the rest of the week: the news"]
        let pieces = ["related", "more", " ", ":", "\u{00A0}", "NEWS", "feed", "e\u{0301}", "\u{2019}", "x"]
        var generator = SplitMix(seed: 31)
        for _ in 0..<3_000 {
            samples.append((0..<Int(generator.next() % 9)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined())
        }
        for text in samples {
            #expect(boilerplate.isSidebarHeader(text) == boilerplate.isSidebarHeader(folded: TextFolding.fold(text)), "\(text.debugDescription)")
        }
        #expect(boilerplate.isSidebarHeader(" More News: "))
        #expect(!boilerplate.isSidebarHeader("More news about the raid on Kozinka"))
    }

    /// A link to another article, opened by a sidebar header and a colon, goes; a speaker's
    /// label before a colon, or a long paragraph, stays.
    @Test func teasersOpenedByASidebarHeaderGo() {
        let page = [
            "Militia says it crossed into Belgorod", String(repeating: "The legion said its fighters entered the village. ", count: 4),
            "Read also: Kyiv says it has nothing to do with the raid", "Governor: the border was not crossed.",
        ]
        #expect(boilerplate.strip(page) == [page[0], page[1], page[3]])
        #expect(!boilerplate.isTeaser("Gladkov: " + String(repeating: "no enemy was left on the region's territory ", count: 1)))
        #expect(!boilerplate.isTeaser("Read also: " + String(repeating: "a long paragraph ", count: 20)))
    }

    /// Three words with no sentence end are a label or button, unless a colon ends them: then
    /// they announce the lines after them ("Russian Defence Ministry:" over a forwarded post).
    @Test func aShortLineEndingInAColonIsText() {
        #expect(Boilerplate.isNavigation("Skip to content"))
        #expect(Boilerplate.isNavigation("World news"))
        #expect(!Boilerplate.isNavigation("Russian Defence Ministry:"))
        #expect(!Boilerplate.isNavigation("Gladkov wrote:"))
    }

    /// One pass for all prompt words finds what a search for each would.
    @Test func promptWordsAreFoundInOnePass() {
        let pieces = PageWords.builtIn.prompts.flatMap { [$0, String($0.dropLast()), String($0.dropFirst())] } + [" ", "s", "x", "é", "sign"]
        var generator = SplitMix(seed: 43)
        for _ in 0..<3_000 {
            let text = (0..<Int(generator.next() % 6)).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            let bytes = Array(text.utf8)
            #expect(boilerplate.containsPromptWord(bytes) == PageWords.builtIn.prompts.contains { bytes.containsSequence(Array($0.utf8)) }, "\(text)")
        }
    }

    /// A paragraph repeated on the page is chrome when short, content when long.
    @Test func repeatedShortParagraphsGoLongOnesStay() {
        let long = String(repeating: "The Legion said its fighters crossed the border. ", count: 6)
        let page = ["Raid on the border region", "Share on Telegram now", long, "The governor spoke.", "SHARE ON TELEGRAM NOW", long]
        #expect(boilerplate.strip(page) == ["Raid on the border region", long, "The governor spoke.", long])
        // A digest's repeated label heads a different post each time: it stays.
        let digest = [
            "Channel digest for the day", "Forwarded from Freedom of Russia Legion:", "We are in Kozinka.", "Forwarded from Freedom of Russia Legion:",
            "Seventy dead? A lie.",
        ]
        #expect(boilerplate.strip(digest) == digest)
    }

    /// The table-free lowercase answers what `lowercaseMapping` (which `String.lowercased()`
    /// applies scalar by scalar) answers, for every scalar it claims to know.
    @Test func simpleLowercaseAgreesWithTheUnicodeTables() {
        var answered = 0
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), let fast = TextFolding.simpleLowercase(scalar) else { continue }
            answered += 1
            #expect(String(fast) == scalar.properties.lowercaseMapping, "U+\(String(value, radix: 16))")
        }
        #expect(answered > 300)
        // And folding a mixed text still lowercases like the String method.
        let text = "ÀÉÎ Ç Ø Þ ß ÿ Ђ Ѐ Я ж Ґ Ї Є Ω Ǆ İ “quoted” — ok"
        #expect(TextFolding.fold(text) == TextFolding.fold(text.lowercased()))
    }
}
