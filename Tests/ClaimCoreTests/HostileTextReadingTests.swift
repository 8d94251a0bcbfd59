import ClaimCore
import Testing

/// Articles whose text carries terminal escapes, bidi controls and zero-width characters, in each
/// format: the reader takes them out once, so evidence and names are printable text.
@Suite struct HostileTextReadingTests {
    static let pipeline = ArticlePipeline(lexicon: try! Lexicon.makeDefault(), maxBytes: 1 << 20)

    /// Ordinary paragraphs, so a few control bytes stay under the binary threshold as in a real page.
    static let background = (1...10).map {
        "Background \($0): residents of the border villages describe months of shelling, evacuations and promised shelters."
    }

    static func hasInertText(_ text: String) -> Bool {
        !text.unicodeScalars.contains { ($0.isControlCharacter && $0 != "\n" && $0 != "\t") || $0.isInvisibleFormat || $0.isUnicodeLineSeparator }
    }

    func process(_ text: String, name: String = "t.txt") throws -> ExtractedArticle {
        try Self.pipeline.process(Array(text.utf8), fileName: name, modified: Day(year: 2023, month: 5, day: 23)!)
    }

    @Test func plainTextWithEscapesGivesCleanEvidenceAndCountsWhatWent() throws {
        let text =
            ([
                "Volunteers report a crossing", "May 22, 2023",
                "The Russian Volunteer Corps said on Monday that its \u{1B}[31mfighters\u{1B}[0m crossed into the Belgorod region and seized Kozinka.\u{1B}]52;c;ZWNobyBoaQ==\u{07}\u{1B}[2J",
            ]
            + Self.background).joined(separator: "\n\n")
        let extracted = try process(text)
        let raid = try #require(extracted.claims.first { $0.kind == .raid })
        #expect(raid.claimant == "Russian Volunteer Corps")
        #expect(raid.evidence == "The Russian Volunteer Corps said on Monday that its fighters crossed into the Belgorod region and seized Kozinka.")
        #expect(extracted.article.removedCharacters == 5 + 4 + 20 + 4, "ESC[31m, ESC[0m, the OSC 52 write with its BEL, ESC[2J")
    }

    @Test func aBidiOverrideAroundAFigureIsRemoved() throws {
        let text =
            ([
                "Governor on the night", "May 22, 2023",
                "The Belgorod governor said on Monday that \u{202E}42\u{202C} saboteurs were killed near Kozinka.",
            ] + Self.background)
            .joined(separator: "\n\n")
        let counter = try #require(try process(text).claims.first { $0.kind == .counterclaim })
        #expect(counter.evidence.contains(" 42 saboteurs"))
        #expect(Self.hasInertText(counter.evidence))
    }

    @Test(arguments: ["Russian Volun\u{200B}teer Corps", "Russian Volunteer Co\u{200D}rps", "Russian Volun\u{00AD}teer Corps"])
    func zeroWidthCharactersInsideANameStillMatchTheLexicon(name: String) throws {
        let text =
            ([
                "Volunteers report a crossing", "May 22, 2023",
                "The \(name) said on Monday that its fighters crossed into the Belgorod region and seized Kozinka.",
            ] + Self.background)
            .joined(separator: "\n\n")
        let raid = try #require(try process(text).claims.first { $0.kind == .raid })
        #expect(raid.claimant == "Russian Volunteer Corps")
        #expect(raid.places == ["Kozinka"])
        #expect(Self.hasInertText(raid.evidence))
    }

    @Test func htmlEntitiesThatSpellControlsAreRemovedAfterDecoding() throws {
        let html = """
            <!DOCTYPE html><html><head><title>Crossing</title>
            <meta property="og:site_name" content="Outlet&#x202E;evil">
            <meta property="article:published_time" content="2023-05-22T10:00:00Z"></head><body><article>
            <p>The Russian Volunteer Corps said on Monday that its &#27;[31mfighters&#x1b;[0m crossed into the Belgorod region and seized Koz&#8203;inka.&#x1B;]52;c;aGk=&#7;</p>
            \(Self.background.map { "<p>\($0)</p>" }.joined())
            </article></body></html>
            """
        let extracted = try process(html, name: "t.html")
        #expect(extracted.article.outlet == "Outletevil")
        let raid = try #require(extracted.claims.first { $0.kind == .raid })
        #expect(raid.evidence == "The Russian Volunteer Corps said on Monday that its fighters crossed into the Belgorod region and seized Kozinka.")
        #expect(raid.places == ["Kozinka"])
    }

    @Test func jsonEscapesAndRawControlsAreRemoved() throws {
        let body =
            (["The Russian Volunteer Corps said on Monday that its \\u001b[31mfighters\\u001b[0m crossed into the Belgorod region and seized Kozinka."]
            + Self.background).joined(separator: "\\n\\n")
        let json = "{\"title\": \"Cross\\u001b[2Jing\", \"outlet\": \"Out\\u202elet\", \"published\": \"2023-05-22\", \"text\": \"\(body)\"}"
        let extracted = try process(json, name: "t.json")
        #expect(extracted.article.title == "Crossing")
        #expect(extracted.article.outlet == "Outlet")
        let raid = try #require(extracted.claims.first { $0.kind == .raid })
        #expect(raid.evidence.contains("its fighters crossed"))
        #expect(Self.hasInertText(raid.evidence))
    }

    @Test func mostlyControlBytesAreStillRejectedAsBinary() {
        let bytes = Array(String(repeating: "\u{1B}[2J ab", count: 50).utf8)
        #expect(throws: ArticleError.self) { try Self.pipeline.process(bytes, fileName: "x.txt", modified: nil) }
    }

    @Test func aJSONRecordWithRawSeparatorsOrStrayC1BytesStillParses() throws {
        let body =
            (["The Russian Volunteer Corps said on Monday that its fighters crossed\u{2028}into the Belgorod region and seized Kozinka.\u{85}"]
            + Self.background).joined(separator: "\\n\\n")
        let json = "{\"title\": \"Cross\u{9D}ing\", \"published\": \"2023-05-22\", \"text\": \"\(body)\"}"
        let extracted = try process(json, name: "t.json")
        #expect(extracted.article.title == "Crossing")
        #expect(
            extracted.claims.first { $0.kind == .raid }?.evidence
                == "The Russian Volunteer Corps said on Monday that its fighters crossed into the Belgorod region and seized Kozinka.")
    }

    /// A raw ESC makes a JSON record invalid; it is rejected as before, not cleaned into another
    /// structure (the sequence `ESC", "x` would have taken a quote, a comma and a key with it).
    @Test func aJSONRecordWithARawEscapeIsRejectedNotRestructured() {
        let json = "{\"title\":\"A\u{1B}\", \"x\", \"text\":\"The Russian Volunteer Corps said its fighters crossed into the Belgorod region.\"}"
        #expect(throws: ArticleError.self) { try process(json, name: "t.json") }
    }
}
