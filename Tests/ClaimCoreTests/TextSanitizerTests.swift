import ClaimTesting
import Testing

@testable import ClaimCore

/// What `TextSanitizer` takes out of article text, on strings written for these tests.
@Suite struct TextSanitizerTests {
    func clean(_ text: String) -> (text: String, removed: Int) {
        var sanitizer = TextSanitizer()
        let out = sanitizer.clean(text)
        return (out, sanitizer.removed)
    }

    @Test(arguments: [
        // SGR colour change and reset around a word: the sequences go whole, the word stays.
        ("its \u{1B}[31mfighters\u{1B}[0m crossed", "its fighters crossed"),
        // Clear screen and cursor home.
        ("before\u{1B}[2J\u{1B}[H after", "before after"),
        // OSC 52 clipboard write ended by BEL, and by ST (ESC \).
        ("seized it.\u{1B}]52;c;ZWNobyBoaQ==\u{07} Then", "seized it. Then"),
        ("seized it.\u{1B}]52;c;ZWNobyBoaQ==\u{1B}\\ Then", "seized it. Then"),
        // OSC 8 hyperlink: the link text stays, the hidden target goes.
        ("\u{1B}]8;;https://example.test\u{07}link\u{1B}]8;;\u{07} text", "link text"),
        // C1 controls go one by one: in Windows-1252 text 0x9D is a stray byte before the
        // article's own words, not an OSC swallowing them.
        ("a\u{9B}1;31mb", "a1;31mb"),
        ("a\u{9D}0;title\u{9C}b", "a0;titleb"),
        ("{\"text\": \"Glad\u{9D}kov said\"}", "{\"text\": \"Gladkov said\"}"),
        // Short ESC forms: reset (ESC c), save cursor (ESC 7), charset (ESC ( B).
        ("a\u{1B}cb\u{1B}7c\u{1B}(Bd", "abcd"),
        // A lone ESC at the end, and a CSI cut short by a letter outside its grammar keeps the letter.
        ("end\u{1B}", "end"),
        ("x\u{1B}[12\u{00E9}y", "x\u{00E9}y"),
        // A control string with no terminator on its line loses only its introducer.
        ("one\u{1B}]0;never closed\nnext line", "one0;never closed\nnext line"),
        ("one\u{1B}]0;cut\u{1B}[2Jrest", "one0;cutrest"),
    ])
    func terminalEscapeSequencesAreRemovedWhole(input: String, expected: String) {
        #expect(clean(input).text == expected)
    }

    @Test(arguments: [
        ("bell\u{07}ring", "bellring"),
        ("back\u{08}space", "backspace"),
        ("del\u{7F}ete", "delete"),
        ("c1\u{85}next", "c1\nnext"),
        ("page\u{0C}break", "page\nbreak"),
        ("vertical\u{0B}tab", "vertical\ntab"),
        ("unit\u{1F}separator", "unit separator"),
        ("line\u{2028}separator", "line\nseparator"),
        ("tab\tand\nnewline stay", "tab\tand\nnewline stay"),
    ])
    func controlCharactersAreRemovedOrBecomeBreaks(input: String, expected: String) {
        #expect(clean(input).text == expected)
    }

    @Test(arguments: [
        // A right-to-left override around a figure would show "24" for a stored "42".
        ("said \u{202E}42\u{202C} were killed", "said 42 were killed"),
        ("isolate \u{2067}x\u{2069} and mark\u{200F}s", "isolate x and marks"),
        // Zero-width characters and the soft hyphen inside a name leave the name whole.
        ("Glad\u{200B}kov", "Gladkov"),
        ("Ko\u{200D}zin\u{200C}ka", "Kozinka"),
        ("Bel\u{00AD}gorod\u{2060}", "Belgorod"),
        ("\u{FEFF}mid\u{FEFF}text", "midtext"),
        // Tag characters can hide a whole sentence from a reader.
        ("seen\u{E0041}\u{E0042} text", "seen text"),
    ])
    func bidiAndZeroWidthCharactersAreRemoved(input: String, expected: String) {
        #expect(clean(input).text == expected)
    }

    @Test(arguments: [
        "The Russian Volunteer Corps said on Monday that it crossed the border.",
        "Губернатор Гладков заявил, что «противника нет» — в Грайвороне.",
        "Командування заявило про відбиту атаку на Бєлгородщині.",
        "Emoji 👍🏽 and accents: café, naïve, Zoë.",
    ])
    func ordinaryTextIsUntouched(text: String) {
        let result = clean(text)
        #expect(result.text == text)
        #expect(result.removed == 0)
    }

    @Test func aFieldTakesBreaksAsSpaces() {
        var sanitizer = TextSanitizer()
        #expect(sanitizer.clean("one\u{0C}two\u{2029}three", lineBreak: " ") == "one two three")
    }

    @Test func theCountAddsUpOverCalls() {
        var sanitizer = TextSanitizer()
        _ = sanitizer.clean("a\u{1B}[2Jb")  // 4 characters of one sequence
        _ = sanitizer.clean("Glad\u{200B}kov\u{0C}")  // a zero-width space and a form feed
        #expect(sanitizer.removed == 6)
    }

    /// The byte scanner answers as the scalar definition does, for every scalar alone and
    /// between ordinary letters.
    @Test func needsCleaningMatchesItsDefinitionOnEveryScalar() {
        func definition(_ s: Unicode.Scalar) -> Bool {
            (s.isControlCharacter && s != "\n" && s != "\t") || s.isInvisibleFormat || s.isUnicodeLineSeparator
        }
        var wrong = [String]()
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let text = "aЖ" + String(scalar) + "ё»"
            if TextSanitizer.needsCleaning(text) != definition(scalar) { wrong.append(String(v, radix: 16)) }
        }
        #expect(wrong.isEmpty, "differs at U+\(wrong.prefix(10).joined(separator: ", U+"))")
    }

    @Test func cleanTextHasNothingLeftToClean() {
        var generator = SplitMix(seed: 18)
        let alphabet: [Unicode.Scalar] = [
            "a", "Z", " ", "\n", "\t", "[", "]", ";", "\\", "2", "J", "m", "\u{1B}", "\u{07}", "\u{9B}",
            "\u{9C}", "\u{9D}", "\u{200B}", "\u{202E}", "\u{0C}", "\u{85}", "Ж", "\u{00AD}", "\u{E0041}", "\u{2029}",
        ]
        for _ in 0..<2_000 {
            let length = Int(generator.next() % 40)
            var text = String.UnicodeScalarView()
            for _ in 0..<length { text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))]) }
            let once = clean(String(text)).text
            #expect(!TextSanitizer.needsCleaning(once), "left something in \(once.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(clean(once).text == once)
        }
    }
}
