/// Text from strangers made safe to print: every character a terminal would
/// act on (ESC, BEL, any C0 or C1 control) or that would change how the line
/// reads without showing itself (bidi controls, zero-width characters) is
/// written as a visible escape — `\x1b`, `\x9b`, `\u202e`, `\U000e0041`.
///
/// Every printer of stored, journaled or file-name text goes through this:
/// articles are normalized when read (`TextSanitizer`), but older stores and
/// journals, file names and operator input may still hold such characters.
/// A backslash is left as it is, so ordinary text reads unchanged; the escapes
/// are for display, not a reversible encoding.
public enum VisibleText {
    /// `text` with every control, bidi and invisible format character escaped.
    /// - Parameter keepingLineBreaks: keep `\n` and `\t` (multi-line output); false escapes them
    ///   too (a table cell, a file name).
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) || (keepingLineBreaks && ($0 == 0x0A || $0 == 0x09)) }) {
            return text
        }
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) {
                out.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True when `scalar` is printed as an escape.
    @inline(__always) public static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        if scalar.isControlCharacter { return !(keepingLineBreaks && (scalar == "\n" || scalar == "\t")) }
        return scalar.isInvisibleFormat || scalar.isUnicodeLineSeparator
    }

    /// `\xNN` for a C0 or C1 control, `\uNNNN` (or `\UNNNNNNNN`) for any other scalar.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        if scalar.isControlCharacter { return "\\x" + String(repeating: "0", count: 2 - hex.count) + hex }
        if scalar.value < 0x10000 { return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex }
        return "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
