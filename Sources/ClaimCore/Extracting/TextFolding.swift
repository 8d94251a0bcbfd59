/// Folding used to compare names and find aliases: case, typographic quotes
/// and apostrophes (’ ‘ “ ” to ' and "), dashes and whitespace (claims.md,
/// "When two claims are the same").
public enum TextFolding {
    /// Lowercased, quotes and dashes unified, whitespace collapsed and trimmed.
    public static func fold(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            let mapped: Unicode.Scalar
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "`", "\u{00B4}": mapped = "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": mapped = "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": mapped = "-"
            default: mapped = scalar
            }
            if mapped.properties.isWhitespace || mapped == "\u{00A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" ") }
            pendingSpace = false
            out.unicodeScalars.append(mapped)
        }
        return out
    }

    /// Word tokens for matching: folded, split at anything that is not a letter or digit.
    /// "Russia's" gives ["russia", "s"]; "Gora-Podol" gives ["gora", "podol"].
    public static func words(_ text: some StringProtocol) -> [String] {
        fold(text).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
