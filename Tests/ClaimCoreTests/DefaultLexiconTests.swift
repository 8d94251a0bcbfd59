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
        for profile in try DefaultLanguageProfileTests.profilesFromFiles().dropFirst() { fromFiles.use(profile) }
        #expect(fromFiles == (try Lexicon.makeDefault()), "Config/ and the compiled-in lexicon differ: run scripts/embed-lexicon")
    }
}

@Suite struct DefaultLanguageProfileTests {
    /// Every folder of Config/lang/, English first, read from the files.
    static func profilesFromFiles() throws -> [LanguageProfile] {
        let languages = DefaultLexiconTests.configDirectory.appendingPathComponent("lang")
        let codes = try FileManager.default.contentsOfDirectory(atPath: languages.path).sorted { ($0 == "en" ? "" : $0) < ($1 == "en" ? "" : $1) }
        return try codes.map { code in
            let folder = languages.appendingPathComponent(code)
            func text(_ name: String) throws -> String {
                let url = folder.appendingPathComponent(name)
                return FileManager.default.fileExists(atPath: url.path) ? try String(contentsOf: url, encoding: .utf8) : ""
            }
            return try LanguageProfile(
                code: code, words: text("words.tsv"), kinds: text("kinds.tsv"), answers: text("answers.tsv"),
                dates: text("dates.tsv"), page: text("page.tsv"), triggers: text("triggers.tsv"), folder: folder.path)
        }
    }

    @Test func embeddedProfilesEqualTheirConfigFiles() throws {
        let fromFiles = try Self.profilesFromFiles()
        #expect(fromFiles.map(\.code) == LanguageProfile.builtInProfiles.map(\.code))
        #expect(fromFiles == LanguageProfile.builtInProfiles, "Config/lang/ and the compiled-in profiles differ: run scripts/embed-lexicon")
        #expect(fromFiles.first == LanguageProfile.english)
    }

    @Test func embeddedRecognizedLanguagesEqualTheirConfigFile() throws {
        let url = DefaultLexiconTests.configDirectory.appendingPathComponent("languages.tsv")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(
            LanguageIdentifier(profiles: LanguageProfile.builtInProfiles, recognized: text) == LanguageIdentifier(profiles: LanguageProfile.builtInProfiles))
    }
}

@Suite struct DefaultSkeletonRulesTests {
    @Test func embeddedSkeletonRulesEqualTheirConfigFile() throws {
        let url = DefaultLexiconTests.configDirectory.appendingPathComponent("skeleton.tsv")
        let fromFile = try SkeletonRules(text: String(contentsOf: url, encoding: .utf8), source: url.path)
        #expect(fromFile == SkeletonRules.builtIn, "Config/skeleton.tsv and the compiled-in rules differ: run scripts/embed-lexicon")
    }
}
