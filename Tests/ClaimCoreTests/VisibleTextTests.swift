import Foundation
import Testing

@testable import ClaimCore

/// How printers show strangers' text: escapes for what a terminal acts on or a reader cannot see.
@Suite struct VisibleTextTests {
    @Test(arguments: [
        ("a\u{1B}[2Jb.txt", "a\\x1b[2Jb.txt"),
        ("bell\u{07}", "bell\\x07"),
        ("c1\u{9B}31m", "c1\\x9b31m"),
        ("del\u{7F}", "del\\x7f"),
        ("x\u{202E}txt.exe", "x\\u202etxt.exe"),
        ("Glad\u{200B}kov", "Glad\\u200bkov"),
        ("tag\u{E0041}", "tag\\U000e0041"),
        ("line\u{2028}", "line\\u2028"),
        ("tab\there", "tab\\x09here"),
        ("soft\u{AD}hyphen", "soft\\u00adhyphen"),
        ("Гладков, café, 👍🏽, C:\\path", "Гладков, café, 👍🏽, C:\\path"),
    ])
    func controlAndFormatCharactersAreShownAsEscapes(input: String, expected: String) {
        #expect(VisibleText.escaped(input) == expected)
    }

    @Test func multiLineOutputKeepsItsLineBreaksAndTabs() {
        #expect(VisibleText.escaped("a\tb\nc\u{1B}d", keepingLineBreaks: true) == "a\tb\nc\\x1bd")
    }

    @Test func escapedTextHasNoControlOrFormatCharacter() {
        var all = String.UnicodeScalarView()
        for v in UInt32(0)..<0x3000 { if let s = Unicode.Scalar(v) { all.append(s) } }
        let shown = VisibleText.escaped(String(all))
        #expect(!shown.unicodeScalars.contains { $0.isControlCharacter || $0.isInvisibleFormat || $0.isUnicodeLineSeparator })
    }

    /// The hand-written list stands for Unicode's general category Cf, minus nothing.
    @Test func invisibleFormatIsExactlyTheFormatCategory() {
        var differing = [String]()
        for v in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if scalar.isInvisibleFormat != (scalar.properties.generalCategory == .format) { differing.append(String(v, radix: 16)) }
        }
        #expect(differing.isEmpty, "differs from Cf at U+\(differing.prefix(20).joined(separator: ", U+"))")
    }
}
