import ClaimCore
import Testing

@Suite struct TextDecodingTests {
    @Test func stripsAUTF8ByteOrderMark() throws {
        let (text, encoding) = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("Kozinka".utf8))
        #expect(text == "Kozinka")
        #expect(encoding == .utf8)
    }

    @Test func decodesUTF16WithEitherByteOrderMark() throws {
        let word = Array("Тёткино".utf16)
        let le: [UInt8] = [0xFF, 0xFE] + word.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + word.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try TextDecoding.decode(le).text == "Тёткино")
        #expect(try TextDecoding.decode(be).text == "Тёткино")
    }

    @Test func tellsWindows1251FromLatin1ByLetterRuns() throws {
        // "Белгород" in Windows-1251, then "café" in Latin-1.
        let cyrillic: [UInt8] = [0xC1, 0xE5, 0xEB, 0xE3, 0xEE, 0xF0, 0xEE, 0xE4, 0x20, 0xE8, 0x20, 0xCA, 0xF3, 0xF0, 0xF1, 0xEA]
        let cyrillicText = try TextDecoding.decode(cyrillic)
        #expect(cyrillicText.encoding == .windows1251)
        #expect(cyrillicText.text == "Белгород и Курск")
        let latin = Array("Le caf".utf8) + [0xE9] + Array(" est ouvert".utf8)
        #expect(try TextDecoding.decode(latin).text == "Le café est ouvert")
    }

    @Test func tellsKOI8FromWindows1251ByLetterCase() throws {
        // "Губернатор заявил, что группа отошла." in KOI8-R, with no charset declared: read as
        // Windows-1251 it would be mostly capitals.
        let koi8: [UInt8] = [
            0xE7, 0xD5, 0xC2, 0xC5, 0xD2, 0xCE, 0xC1, 0xD4, 0xCF, 0xD2, 0x20, 0xDA, 0xC1, 0xD1, 0xD7, 0xC9, 0xCC, 0x2C, 0x20, 0xDE, 0xD4, 0xCF,
            0x20, 0xC7, 0xD2, 0xD5, 0xD0, 0xD0, 0xC1, 0x20, 0xCF, 0xD4, 0xCF, 0xDB, 0xCC, 0xC1, 0x2E,
        ]
        let decoded = try TextDecoding.decode(koi8)
        #expect(decoded.encoding == .koi8)
        #expect(decoded.text == "Губернатор заявил, что группа отошла.")
        // Windows-1251 text stays Windows-1251 ("Белгород и Курск" above is mostly lower case too).
        #expect(try TextDecoding.decode([0xC1, 0xE5, 0xEB, 0xE3, 0xEE, 0xF0, 0xEE, 0xE4]).encoding == .windows1251)
    }

    @Test func readsUkrainianLettersInADeclaredKOI8() throws {
        // "Бійці пішли" in KOI8-U, declared as KOI8-R (the same letters; KOI8-U adds і ї є ґ).
        let html = Array("<meta charset=\"koi8-r\"><p>".utf8) + [0xE2, 0xA6, 0xCA, 0xC3, 0xA6, 0x20, 0xD0, 0xA6, 0xDB, 0xCC, 0xC9] + Array("</p>".utf8)
        #expect(try TextDecoding.decode(html).text.contains("Бійці пішли"))
    }

    @Test func honoursADeclaredCharset() throws {
        let html = Array("<meta charset=\"windows-1251\"><p>".utf8) + [0xE0] + Array("</p>".utf8)
        #expect(try TextDecoding.decode(html).text.contains("а"))
    }

    @Test func honoursAnXMLDeclaration() throws {
        let xml = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>Caf".utf8) + [0xE9] + Array("</p>".utf8)
        #expect(try TextDecoding.decode(xml).text.contains("Café"))
    }

    @Test func normalizesCRLFAndCRLineEnds() throws {
        #expect(try TextDecoding.decode(Array("a\r\nb\rc\n".utf8)).text == "a\nb\nc\n")
    }

    @Test(arguments: [
        ([UInt8](), ArticleError.empty),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], ArticleError.binary(detail: "a PNG image")),
        (Array("text\u{0}more".utf8), ArticleError.binary(detail: "contains NUL bytes")),
    ])
    func rejectsNonText(bytes: [UInt8], expected: ArticleError) {
        #expect(throws: expected) { try TextDecoding.decode(bytes) }
    }
}

@Suite struct WindowsCodePageTests {
    /// A page labelled ISO-8859-1 is read as Windows-1252 (as browsers do): 0x93/0x94 are quotes
    /// and 0x9B a single angle quote, not C1 controls (0x9B would be a terminal's CSI).
    @Test func latin1LabelReadsQuotesNotControls() throws {
        let html = Array("<meta charset=\"iso-8859-1\"><p>".utf8) + [0x93] + Array("no enemy".utf8) + [0x94, 0x20, 0x9B, 0x97, 0x80] + Array("</p>".utf8)
        let text = try TextDecoding.decode(html).text
        #expect(text.contains("\u{201C}no enemy\u{201D} \u{203A}\u{2014}\u{20AC}"))
        #expect(!text.unicodeScalars.contains { $0.isControlCharacter && $0 != "\n" })
    }
}
