/// Folding used to compare names and find aliases: case, typographic quotes
/// and apostrophes (’ ‘ “ ” to ' and "), dashes and whitespace (claims.md,
/// "When two claims are the same").
public enum TextFolding {
    /// Lowercased, quotes and dashes unified, whitespace collapsed and trimmed.
    public static func fold(_ text: some StringProtocol) -> String {
        if let folded = foldASCII(text) { return folded }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        // Scalar by scalar, as `String.lowercased()` maps them (each scalar's lowercase
        // mapping, ASCII without the property tables), without making the lowercased copy.
        func append(_ scalar: Unicode.Scalar) {
            let mapped = unified(scalar)
            if mapped.isSpaceLike {
                pendingSpace = !out.isEmpty
                return
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.appendUTF8(mapped)
        }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x80 {
                let value = scalar.value
                append(value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 32)) : scalar)
            } else if let lower = Self.simpleLowercase(scalar) {
                append(lower)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { append(lower) }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Typographic quotes and apostrophes as ' and ", dashes as -: the one scalar mapping of
    /// folding besides case and space (the tokenizer folds with it too).
    @inline(__always) static func unified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`", "\u{00B4}": "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": "\""
        case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": "-"
        default: scalar
        }
    }

    /// `fold` for ASCII text, byte by byte into the new string's own storage; nil when a
    /// byte is not ASCII.
    @inline(__always) static func foldASCII(_ text: some StringProtocol) -> String? {
        // Cyrillic text shows itself in its first bytes: no string is allocated only to be dropped.
        if text.utf8.prefix(16).contains(where: { $0 >= 0x80 }) { return nil }
        var isASCII = true
        let folded = String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            var pendingSpace = false
            for byte in text.utf8 {
                if byte >= 0x80 {
                    isASCII = false
                    return 0
                }
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = count > 0
                    continue
                }
                if pendingSpace {
                    buffer[count] = 0x20
                    count += 1
                }
                pendingSpace = false
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): buffer[count] = byte + 32
                case UInt8(ascii: "`"): buffer[count] = UInt8(ascii: "'")
                default: buffer[count] = byte
                }
                count += 1
            }
            return count
        }
        return isASCII ? folded : nil
    }

    /// A non-ASCII scalar's lowercase mapping in the blocks news text is written in, without
    /// the Unicode property tables: Latin-1, basic Cyrillic, General Punctuation (no case).
    /// Nil elsewhere (the caller asks `lowercaseMapping`). `TextFoldingTests` checks it
    /// against `lowercaseMapping` for every scalar it answers.
    @inline(__always) static func simpleLowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x80...0xBF, 0xD7, 0xDF...0xFF, 0x430...0x45F, 0x2000...0x206F: return scalar
        case 0xC0...0xDE: return Unicode.Scalar(value + 0x20)
        case 0x410...0x42F: return Unicode.Scalar(value + 0x20)
        case 0x400...0x40F: return Unicode.Scalar(value + 0x50)
        default: return nil
        }
    }

    /// Word tokens for matching: folded, split at anything that is not a letter or digit.
    /// "Russia's" gives ["russia", "s"]; "Gora-Podol" gives ["gora", "podol"].
    public static func words(_ text: some StringProtocol) -> [String] {
        let folded = fold(text)
        return simpleWords(folded) ?? wordsByCharacter(folded)
    }

    /// `words` by `Character`: a separator is a Character whose first scalar is neither
    /// alphabetic nor numeric (`isLetter`, `isNumber`).
    static func wordsByCharacter(_ folded: String) -> [String] {
        folded.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// `wordsByCharacter` for ASCII and Cyrillic text, scalar by scalar: there every scalar
    /// is a Character of its own (CR LF is one, and both are separators), and the letters and
    /// digits are A–Z, a–z, 0–9 and the Cyrillic letters. Walking Characters and asking their
    /// properties was most of what a short line cost. Nil for any other scalar (a combining
    /// accent, a letter of another script), which the Character split answers.
    static func simpleWords(_ folded: String) -> [String]? {
        var words = [String]()
        let scalars = folded.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let isWordScalar: Bool
            if scalar.value < 0x80 {
                let lower = scalar.value | 0x20
                isWordScalar = (scalar.value >= 0x30 && scalar.value <= 0x39) || (lower >= 0x61 && lower <= 0x7A)
            } else if scalar.isCyrillicLetter {
                isWordScalar = true
            } else {
                return nil
            }
            if isWordScalar {
                if start == nil { start = index }
            } else if let first = start {
                words.append(String(scalars[first..<index]))
                start = nil
            }
            index = scalars.index(after: index)
        }
        if let first = start { words.append(String(scalars[first...])) }
        return words
    }
}

extension Unicode.Scalar {
    /// Whitespace (Unicode's White_Space, NBSP among them), answered without the property
    /// tables: the set is small and fixed (`TextFoldingTests` checks every scalar).
    @inline(__always) var isSpaceLike: Bool {
        if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        switch value {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Cyrillic letters of the basic and supplement blocks (not the sign U+0482 and the
    /// combining marks U+0483–0489): answered without the property tables, which dominate
    /// the cost of reading Russian and Ukrainian text. `TextFoldingTests` checks the range.
    @inline(__always) var isCyrillicLetter: Bool {
        (value >= 0x400 && value <= 0x481) || (value >= 0x48A && value <= 0x52F)
    }
}

extension [UInt8] {
    /// Appends the scalar's UTF-8 bytes.
    @inline(__always) mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        if scalar.value < 0x80 {
            append(UInt8(scalar.value))
        } else {
            UTF8.encode(scalar) { append($0) }
        }
    }
}
