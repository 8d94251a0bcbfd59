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
    @Test func embeddedEnglishProfileEqualsItsConfigFiles() throws {
        let folder = DefaultLexiconTests.configDirectory.appendingPathComponent("lang/en")
        func text(_ name: String) throws -> String { try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) }
        let fromFiles = try LanguageProfile(
            code: "en", words: text("words.tsv"), kinds: text("kinds.tsv"), answers: text("answers.tsv"),
            dates: text("dates.tsv"), page: text("page.tsv"), folder: folder.path)
        #expect(fromFiles == LanguageProfile.english, "Config/lang/en/ and the compiled-in profile differ: run scripts/embed-lexicon")
    }
}

@Suite struct DefaultSkeletonRulesTests {
    @Test func embeddedSkeletonRulesEqualTheirConfigFile() throws {
        let url = DefaultLexiconTests.configDirectory.appendingPathComponent("skeleton.tsv")
        let fromFile = try SkeletonRules(text: String(contentsOf: url, encoding: .utf8), source: url.path)
        #expect(fromFile == SkeletonRules.builtIn, "Config/skeleton.tsv and the compiled-in rules differ: run scripts/embed-lexicon")
    }
}
