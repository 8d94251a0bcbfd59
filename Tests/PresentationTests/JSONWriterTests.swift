import ClaimCore
import Foundation
import Presentation
import Testing

@Suite struct JSONWriterTests {
    @Test func jsonEscapesControlBidiAndZeroWidthAndReadsBack() throws {
        let value = "a\u{1B}[2J b\u{07} c\u{9B} \u{202E}42\u{202C} Glad\u{200B}kov \u{E0041} «ok» 👍"
        let quoted = JSONWriter.quote(value)
        #expect(!quoted.unicodeScalars.contains { $0.isControlCharacter || $0.isInvisibleFormat })
        #expect(quoted.contains("\\u001b") && quoted.contains("\\u202e") && quoted.contains("\\udb40\\udc41"))
        let back = try JSONSerialization.jsonObject(with: Data("[\(quoted)]".utf8)) as? [String]
        #expect(back == [value], "a JSON reader gets the same string back")
    }
}
