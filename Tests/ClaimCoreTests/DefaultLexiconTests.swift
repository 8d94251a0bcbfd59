import ClaimCore
import Foundation
import Testing

/// The compiled-in defaults must be exactly the files shipped in Config/.
@Suite struct DefaultLexiconTests {
    static let configDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Config")

    @Test func embeddedDefaultsEqualConfigFiles() throws {
        var fromFiles = Lexicon()
        for file in LexiconFile.allCases {
            let text = try String(contentsOf: Self.configDirectory.appendingPathComponent(file.rawValue), encoding: .utf8)
            try fromFiles.merge(file, text: text, source: file.rawValue)
        }
        #expect(fromFiles == (try Lexicon.makeDefault()), "Config/ and the compiled-in lexicon differ: run scripts/embed-lexicon")
    }
}

@Suite struct DefaultLanguageProfileTests {
    @Test func embeddedEnglishProfileEqualsItsConfigFile() throws {
        let url = DefaultLexiconTests.configDirectory.appendingPathComponent("lang/en/words.tsv")
        let fromFile = try LanguageProfile(code: "en", text: String(contentsOf: url, encoding: .utf8), source: url.path)
        #expect(fromFile == LanguageProfile.english, "Config/lang/en/words.tsv and the compiled-in profile differ: run scripts/embed-lexicon")
    }
}
