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
