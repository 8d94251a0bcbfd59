import ClaimCore

/// Minimal, deterministic JSON text for the records claimwatch prints
/// (`scan --json`, `claims --json`): keys in the order given, nil as `null`.
public struct JSONWriter {
    public enum Value {
        case string(String?), int(Int), strings([String]), object([(String, Value)]), array([Value]), null
    }

    public static func object(_ fields: [(String, Value)]) -> String {
        "{" + fields.map { "\(quote($0.0)):\(encode($0.1))" }.joined(separator: ",") + "}"
    }

    static func encode(_ value: Value) -> String {
        switch value {
        case .string(let s): return s.map(quote) ?? "null"
        case .int(let i): return String(i)
        case .strings(let list): return "[" + list.map(quote).joined(separator: ",") + "]"
        case .object(let fields): return object(fields)
        case .array(let values): return "[" + values.map(encode).joined(separator: ",") + "]"
        case .null: return "null"
        }
    }

    /// A JSON string literal; control, bidi and invisible format characters as `\uNNNN` escapes.
    public static func quote(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) { return "\"" + s + "\"" }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.isControlCharacter || scalar.isInvisibleFormat || scalar.isUnicodeLineSeparator:
                // Valid JSON either way; escaped, the line printed to a terminal holds nothing it acts
                // on or a reader cannot see, and a JSON reader still gets the same string back.
                for unit in String(scalar).utf16 {
                    let hex = String(unit, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension Claim {
    /// One `scan --json` line: the claims.md fields plus `file`.
    /// - Parameter language: the article's language (`lang`), when told.
    public func jsonLine(file: String, language: String? = nil) -> String {
        let denies: JSONWriter.Value = denies.map { .object([("claimant", .string($0.claimant)), ("kind", .string($0.kind.rawValue))]) } ?? .null
        return JSONWriter.object([
            ("file", .string(file)), ("lang", .string(language)), ("kind", .string(kind.rawValue)), ("claimant", .string(claimant)),
            ("subject", .string(subject)), ("region", .string(region)), ("places", .strings(places)),
            ("date", .string(date?.description)), ("denies", denies), ("evidence", .string(evidence)),
        ])
    }
}
