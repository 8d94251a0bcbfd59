/// The characters a terminal acts on or a reader cannot see: what
/// `TextSanitizer` removes from articles and `VisibleText` escapes on output.
extension Unicode.Scalar {
    /// C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F) control characters, tab and line feed included.
    @inline(__always) public var isControlCharacter: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }

    /// Invisible format characters (Unicode general category Cf): bidi embeddings,
    /// overrides and isolates, zero-width space and joiners, the word joiner, the
    /// byte-order mark, the soft hyphen, tag characters. They change how text reads
    /// (or hide text) without showing themselves.
    ///
    /// An explicit list rather than `properties.generalCategory`, which costs a table
    /// lookup per scalar on the extractor's hot path; `UnicodeControlsTests` holds the
    /// list equal to the property over every scalar.
    @inline(__always) public var isInvisibleFormat: Bool {
        let v = value
        if v < 0xAD { return false }
        if v < 0x2000 {
            return v == 0xAD || (0x600...0x605).contains(v) || v == 0x61C || v == 0x6DD || v == 0x70F
                || (0x890...0x891).contains(v) || v == 0x8E2 || v == 0x180E
        }
        if v < 0x2070 { return (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2060...0x2064).contains(v) || v >= 0x2066 }
        if v < 0xFEFF { return false }
        if v < 0x10000 { return v == 0xFEFF || (0xFFF9...0xFFFB).contains(v) }
        return v == 0x110BD || v == 0x110CD || (0x13430...0x1343F).contains(v) || (0x1BCA0...0x1BCA3).contains(v)
            || (0x1D173...0x1D17A).contains(v) || v == 0xE0001 || (0xE0020...0xE007F).contains(v)
    }

    /// U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: breaks that many tools do not treat as one.
    @inline(__always) public var isUnicodeLineSeparator: Bool { value == 0x2028 || value == 0x2029 }
}
