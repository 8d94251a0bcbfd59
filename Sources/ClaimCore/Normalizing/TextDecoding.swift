/// Turns article bytes into text: BOMs, declared charsets, an 8-bit guess,
/// and the refusal of binary input.
///
/// Order of evidence: a BOM wins; then valid UTF-8; then a charset the
/// document declares (HTML meta, XML declaration); then, for 8-bit text,
/// letter statistics tell Windows-1251 and KOI8 (Cyrillic) from Windows-1252 (which is also
/// how a page labelled ISO-8859-1 is read, as browsers do: its 0x80–0x9F are
/// quotes and dashes, not the C1 controls Latin-1 would make of them). Binary input is
/// rejected rather than guessed into garbage.
public enum TextDecoding {
    /// The encodings the reader can decode.
    public enum Encoding: String, Sendable, Hashable {
        case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", windows1251 = "windows-1251", windows1252 = "windows-1252"
        /// KOI8-R, read as KOI8-U (the same letters, and Ukrainian's і ї є ґ where KOI8-R has box drawing).
        case koi8 = "KOI8-R"
    }

    /// Decodes `bytes`, normalizing CRLF and CR line ends to LF.
    /// - Throws: `ArticleError.empty`, `.binary` or `.undecodable`.
    public static func decode(_ bytes: [UInt8]) throws(ArticleError) -> (text: String, encoding: Encoding) {
        guard !bytes.isEmpty else { throw .empty }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try (utf8(Array(bytes.dropFirst(3))), .utf8) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (normalizeLineEnds(utf16(bytes.dropFirst(2), littleEndian: true)), .utf16LE) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (normalizeLineEnds(utf16(bytes.dropFirst(2), littleEndian: false)), .utf16BE) }
        if let kind = BinarySignature.match(bytes) { throw .binary(detail: kind) }
        try rejectControlBytes(bytes)
        if let text = String(validating: bytes, as: UTF8.self) { return (normalizeLineEnds(text), .utf8) }
        let encoding = declaredEncoding(bytes) ?? guessEightBit(bytes)
        switch encoding {
        case .windows1251: return (normalizeLineEnds(decodeWindows1251(bytes)), .windows1251)
        case .windows1252: return (normalizeLineEnds(decodeWindows1252(bytes)), .windows1252)
        case .koi8: return (normalizeLineEnds(decodeKOI8(bytes)), .koi8)
        case .utf8, .utf16BE, .utf16LE:
            throw .undecodable(detail: "declared UTF-8 but the bytes are not valid UTF-8")
        }
    }

    private static func utf8(_ bytes: [UInt8]) throws(ArticleError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .undecodable(detail: "UTF-8 byte-order mark but invalid UTF-8 bytes")
        }
        return normalizeLineEnds(text)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// NUL bytes or a share of C0 controls above 1% mean the file is not text.
    static func rejectControlBytes(_ bytes: [UInt8]) throws(ArticleError) {
        var controls = 0
        for b in bytes {
            if b == 0 { throw .binary(detail: "contains NUL bytes") }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { controls += 1 }
        }
        if controls * 100 > bytes.count {
            throw .binary(detail: "\(controls) control bytes in \(bytes.count)")
        }
    }

    /// A charset declared in the first 2 KiB (`<meta charset=…>`, `charset=` in a content type, XML `encoding=`).
    static func declaredEncoding(_ bytes: [UInt8]) -> Encoding? {
        let head = String(decoding: bytes.prefix(2048).map { $0 < 0x80 ? $0 : UInt8(ascii: " ") }, as: UTF8.self).lowercased()
        for marker in ["charset=", "encoding="] {
            guard let range = head.firstRange(of: marker) else { continue }
            let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
                .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
            switch value {
            case "windows-1251", "cp1251", "win-1251", "x-cp1251": return .windows1251
            case "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii": return .windows1252
            case "utf-8", "utf8": return .utf8
            case "koi8-r", "koi8-u", "koi8r", "koi8u", "koi8-ru", "koi8": return .koi8
            default: continue
            }
        }
        return nil
    }

    /// Cyrillic when most high bytes stand in runs (Cyrillic words), Windows-1252 when they
    /// stand alone among ASCII letters (accents in Western text). Of the two Cyrillic encodings,
    /// the one that makes most letters lower case: Windows-1251 puts lower case at 0xE0–0xFF,
    /// KOI8 at 0xC0–0xDF, and running text is mostly lower case.
    static func guessEightBit(_ bytes: [UInt8]) -> Encoding {
        var inRuns = 0, isolated = 0, run = 0
        var upperHalf = 0, lowerHalf = 0
        func close() {
            if run >= 2 { inRuns += run } else if run == 1 { isolated += 1 }
            run = 0
        }
        for b in bytes {
            if b >= 0xC0 {
                run += 1
                if b >= 0xE0 { upperHalf += 1 } else { lowerHalf += 1 }
            } else {
                close()
            }
        }
        close()
        guard inRuns > isolated else { return .windows1252 }
        return lowerHalf > upperHalf ? .koi8 : .windows1251
    }

    /// KOI8-U's 0x80–0xFF (KOI8-R's letters, box drawing and signs, with Ukrainian's letters).
    private static let koi8High: [UInt16] = [
        0x2500, 0x2502, 0x250C, 0x2510, 0x2514, 0x2518, 0x251C, 0x2524, 0x252C, 0x2534, 0x253C, 0x2580, 0x2584, 0x2588, 0x258C, 0x2590,
        0x2591, 0x2592, 0x2593, 0x2320, 0x25A0, 0x2219, 0x221A, 0x2248, 0x2264, 0x2265, 0x00A0, 0x2321, 0x00B0, 0x00B2, 0x00B7, 0x00F7,
        0x2550, 0x2551, 0x2552, 0x0451, 0x0454, 0x2554, 0x0456, 0x0457, 0x2557, 0x2558, 0x2559, 0x255A, 0x255B, 0x0491, 0x255D, 0x255E,
        0x255F, 0x2560, 0x2561, 0x0401, 0x0404, 0x2563, 0x0406, 0x0407, 0x2566, 0x2567, 0x2568, 0x2569, 0x256A, 0x0490, 0x256C, 0x00A9,
        0x044E, 0x0430, 0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, 0x0445, 0x0438, 0x0439, 0x043A, 0x043B, 0x043C, 0x043D, 0x043E,
        0x043F, 0x044F, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432, 0x044C, 0x044B, 0x0437, 0x0448, 0x044D, 0x0449, 0x0447, 0x044A,
        0x042E, 0x0410, 0x0411, 0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041A, 0x041B, 0x041C, 0x041D, 0x041E,
        0x041F, 0x042F, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412, 0x042C, 0x042B, 0x0417, 0x0428, 0x042D, 0x0429, 0x0427, 0x042A,
    ]

    static func decodeKOI8(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.map { $0 < 0x80 ? UInt16($0) : koi8High[Int($0 - 0x80)] }, as: UTF16.self)
    }

    private static let windows1251High: [UInt16] = [
        0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021, 0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
        0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0xFFFD, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
        0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7, 0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
        0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7, 0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457,
    ]

    static func decodeWindows1251(_ bytes: [UInt8]) -> String {
        let units = bytes.map { b -> UInt16 in
            switch b {
            case 0..<0x80: return UInt16(b)
            case 0x80..<0xC0: return windows1251High[Int(b - 0x80)]
            default: return 0x0410 + UInt16(b - 0xC0)
            }
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252's 0x80–0x9F (the rest is Latin-1); its five unassigned bytes stay C1 controls,
    /// which `TextSanitizer` then removes.
    private static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        String(decoding: bytes.map { (0x80..<0xA0).contains($0) ? windows1252High[Int($0 - 0x80)] : UInt16($0) }, as: UTF16.self)
    }

    /// CRLF and lone CR become LF.
    public static func normalizeLineEnds(_ text: String) -> String {
        guard text.utf8.contains(13) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var previousCR = false
        for b in text.utf8 {
            if b == 13 {
                out.append(10)
                previousCR = true
            } else {
                if !(b == 10 && previousCR) { out.append(b) }
                previousCR = false
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Magic numbers of common binary formats, so the reason names what the file is.
enum BinarySignature {
    static let signatures: [(prefix: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"), ([0x47, 0x49, 0x46, 0x38], "a GIF image"),
        ([0x25, 0x50, 0x44, 0x46], "a PDF document"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive"), ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"), ([0x52, 0x49, 0x46, 0x46], "a RIFF media file"),
    ]

    static func match(_ bytes: [UInt8]) -> String? {
        signatures.first { bytes.starts(with: $0.prefix) }?.name
    }
}
