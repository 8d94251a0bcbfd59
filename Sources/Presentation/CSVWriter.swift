import Foundation

/// CSV as RFC 4180 has it: fields separated by commas, records ended by CRLF; a field that
/// holds a comma, a double quote, CR or LF (or starts or ends with a space) is quoted, its
/// quotes doubled. A missing value is an empty field.
public enum CSVWriter {
    public static func record(_ fields: [String?]) -> String {
        fields.map { field($0 ?? "") }.joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" } || value.hasPrefix(" ") || value.hasSuffix(" ")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
