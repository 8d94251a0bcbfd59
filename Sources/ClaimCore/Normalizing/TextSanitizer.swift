/// Makes article text inert: what a terminal would execute and what a reader
/// cannot see is taken out once, when the article is read, so evidence, names
/// and every journal field hold printable text only.
///
/// - Terminal escape sequences introduced by ESC (ECMA-48: CSI such as a colour
///   change or a screen clear, OSC such as a clipboard write, DCS/SOS/PM/APC
///   strings ended by BEL or ST, and the short ESC forms) are removed whole, so
///   no `[2J` or `]52;c;…` residue is left in the text. A control string with
///   no terminator on its line loses only its introducer: the text after it is
///   kept (it is printable, and may be the article's own). C1 controls are
///   removed one by one, never as the start of a sequence: in Windows-1252 text
///   0x90 or 0x9D is a stray byte, not a terminal command, and what follows it
///   is the article's text (or, in a JSON record, its closing quote).
/// - Control characters that separate (vertical tab, form feed, carriage
///   return, NEL, U+2028, U+2029) become a line break, or a space where the
///   caller asks (`clean(_:lineBreak:)`: inside a field or a JSON string); the
///   C0 separators FS, GS, RS and US become a space; tab and line feed stay.
/// - Every other C0 or C1 control, and every invisible format character
///   (bidi embeddings, overrides and isolates, zero-width space and joiners,
///   the byte-order mark, the soft hyphen), is removed: a zero-width space
///   inside a name leaves the name whole, so the lexicon still matches it.
///
/// Files that are mostly control bytes never get here: `TextDecoding` rejects
/// them as binary. The sanitizer counts what it removed or replaced, for
/// `scan --explain`.
public struct TextSanitizer: Sendable {
    /// Characters removed or replaced so far (an escape sequence counts each of its characters).
    public private(set) var removed = 0

    public init() {}

    /// `text` made inert; adds what it took out to `removed`.
    /// - Parameter lineBreak: what a separating control becomes: `\n` in a whole text, a space in
    ///   a paragraph or field that the reader has already cut out of its text.
    public mutating func clean(_ text: String, lineBreak: Unicode.Scalar = "\n") -> String {
        guard Self.needsCleaning(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            let scalar = scalars[i]
            let v = scalar.value
            if v == 0x1B {
                let end = Self.sequenceEnd(scalars, at: i)
                removed += end - i
                i = end
                continue
            }
            i += 1
            if scalar.isControlCharacter {
                switch v {
                case 0x09, 0x0A: out.append(scalar)
                case 0x0B, 0x0C, 0x0D, 0x85:
                    out.append(lineBreak)
                    removed += 1
                case 0x1C...0x1F:
                    out.append(" ")
                    removed += 1
                default: removed += 1
                }
            } else if scalar.isUnicodeLineSeparator {
                out.append(lineBreak)
                removed += 1
            } else if scalar.isInvisibleFormat {
                removed += 1
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// False for text with nothing to clean. Runs on every paragraph of every article, so it
    /// reads UTF-8 bytes and decodes a scalar only after a lead byte that can start one of the
    /// characters it looks for (C1 controls and the soft hyphen after 0xC2, Cf in a few blocks):
    /// Latin and Cyrillic letters cost a byte comparison; 0xE2 (curly quotes and dashes, but
    /// also U+200B–U+206F) is decoded.
    static func needsCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte < 0x20 && byte != 0x0A && byte != 0x09 || byte == 0x7F { return true }
                    i += 1
                    continue
                }
                let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                switch byte {
                case 0xC2, 0xD8, 0xDB, 0xDC, 0xE0, 0xE1, 0xE2, 0xEF, 0xF0, 0xF3:
                    var value = UInt32(byte) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                    for k in 1..<width where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
                    if let scalar = Unicode.Scalar(value), scalar.isControlCharacter || scalar.isInvisibleFormat || scalar.isUnicodeLineSeparator {
                        return true
                    }
                default: break
                }
                i += width
            }
            return false
        }
    }

    /// The index just past the escape sequence that starts with the ESC at `start`.
    ///
    /// ECMA-48: CSI (ESC [) takes parameter bytes 0x30–0x3F, intermediates 0x20–0x2F and one
    /// final 0x40–0x7E; a control string (ESC ], P, X, ^, _) runs to BEL or ST (ESC \ or 0x9C),
    /// and without one on its line only its two-character introducer goes; ESC with
    /// intermediates 0x20–0x2F takes a final 0x30–0x7E; ESC with one 0x30–0x7E is whole. A
    /// malformed sequence ends where it stops being one, and what follows is kept.
    static func sequenceEnd(_ s: [Unicode.Scalar], at start: Int) -> Int {
        var i = start + 1
        guard i < s.count else { return i }
        switch s[i].value {
        case 0x5B:  // CSI
            i += 1
            while i < s.count, (0x30...0x3F).contains(s[i].value) { i += 1 }
            while i < s.count, (0x20...0x2F).contains(s[i].value) { i += 1 }
            if i < s.count, (0x40...0x7E).contains(s[i].value) { i += 1 }
            return i
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // OSC, DCS, SOS, PM, APC
            var j = i + 1
            while j < s.count {
                switch s[j].value {
                case 0x07, 0x9C: return j + 1
                case 0x1B where j + 1 < s.count && s[j + 1] == "\\": return j + 2
                case 0x0A, 0x1B: return i + 1
                default: j += 1
                }
            }
            return i + 1
        case 0x20...0x2F:
            while i < s.count, (0x20...0x2F).contains(s[i].value) { i += 1 }
            if i < s.count, (0x30...0x7E).contains(s[i].value) { i += 1 }
            return i
        case 0x30...0x7E: return i + 1
        default: return i
        }
    }
}
