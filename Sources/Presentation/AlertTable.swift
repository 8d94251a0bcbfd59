import ClaimCore
import Journal

/// Renders alerts read back from the journal as `claimwatch alerts` prints
/// them: an aligned table (colored on a terminal) or one JSON object per line.
/// Pure formatting; the caller decides color and width.
public struct AlertTable: Sendable {
    public var color: Bool
    /// The line width to fit on a terminal; nil prints every column in full.
    public var width: Int?
    /// The local zone's offset from UTC in seconds, for the TIME column.
    public var utcOffset: Int64
    /// The first column shows the article's publication day (`replay`, which writes no
    /// journal entry and so has no time) instead of the entry's time.
    public var showsPublication: Bool

    public init(color: Bool, width: Int?, utcOffset: Int64, showsPublication: Bool = false) {
        self.color = color
        self.width = width
        self.utcOffset = utcOffset
        self.showsPublication = showsPublication
    }

    /// The column titles, and each fixed column's width (the last takes the rest).
    static let columns: [(title: String, width: Int)] = [
        ("TIME", 19), ("EVENT", 16), ("CLAIMANT", 26), ("REGION", 18), ("DATE", 10), ("DETAIL", 0),
    ]

    public var header: String {
        let line = row([showsPublication ? "PUBLISHED" : "TIME"] + Self.columns.dropFirst().map(\.title))
        return color ? "\u{1B}[1m\(line)\u{1B}[0m" : line
    }

    /// One alert as a table row.
    public func line(_ record: JournalRecord) -> String {
        let kind = record["CLAIM_KIND"] ?? "?"
        let event = record["CLAIM_EVENT"] == "updated" ? "updated \(kind)" : "new \(kind)"
        let text = row([
            showsPublication ? record["ARTICLE_PUBLISHED"] ?? "–" : Self.clock(record.realtimeMicros, utcOffset: utcOffset), event,
            record["CLAIM_CLAIMANT"] ?? "–",
            record["CLAIM_REGION"] ?? "–", record["CLAIM_DATE"] ?? "–", Self.detail(record),
        ])
        guard color else { return text }
        let code: String
        switch (record["CLAIM_EVENT"], kind) {
        case ("updated", _): code = "2"
        case (_, "raid"): code = "1;31"
        case (_, "denial"): code = "1;33"
        default: code = "1;36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    /// One alert as a JSON object: the time, then every CLAIM_, ARTICLE_ and ALERT_ field, lower-cased.
    /// Without `utcOffset` (`replay`), no time.
    public static func json(_ record: JournalRecord, utcOffset: Int64?) -> String {
        var members: [(String, JSONWriter.Value)] = []
        if let utcOffset { members.append(("time", .string(clock(record.realtimeMicros, utcOffset: utcOffset, iso: true)))) }
        for name in record.fields.keys.sorted() where name.hasPrefix("CLAIM_") || name.hasPrefix("ARTICLE_") || name == "ALERT_ID" || name == "MESSAGE" {
            let value = record.fields[name]!
            if name == "CLAIM_SOURCES", let count = Int(value) { members.append(("claim_sources", .int(count))); continue }
            members.append((name.lowercased(), .string(value)))
        }
        return JSONWriter.object(members)
    }

    /// Places, or what a denial denies, then the article file.
    static func detail(_ record: JournalRecord) -> String {
        var parts = [String]()
        if let places = record["CLAIM_PLACES"] { parts.append(places.split(separator: ",").joined(separator: ", ")) }
        if let claimant = record["CLAIM_DENIES_CLAIMANT"] {
            parts.append("denies \(claimant)'s \(record["CLAIM_DENIES_KIND"] ?? "claim")")
        }
        if let file = record["ARTICLE_FILE"] { parts.append("[\(file)]") }
        return parts.joined(separator: " ")
    }

    /// Pads (or shortens with "…") each cell to its column; the last cell fills the remaining width.
    /// Cells are escaped first (`VisibleText`): journal fields are strangers' text, and an old
    /// journal may hold control characters that would act on the terminal or shift the columns.
    func row(_ cells: [String]) -> String {
        var line = ""
        for (index, cell) in cells.map({ VisibleText.escaped($0) }).enumerated() {
            let columnWidth = Self.columns[index].width
            if columnWidth == 0 {
                var rest = cell
                if let width, width > line.count { rest = cell.shortened(to: width - line.count) }
                line += rest
            } else {
                line += cell.fitted(to: columnWidth) + "  "
            }
        }
        return line
    }

    /// `YYYY-MM-DD HH:MM:SS` in the given zone (ISO 8601 with `T` and the offset when `iso`).
    static func clock(_ micros: UInt64, utcOffset: Int64, iso: Bool = false) -> String {
        let seconds = Int64(micros / 1_000_000) + utcOffset
        let day = Day(ordinal: Int(seconds.floorDivided(by: 86_400)))
        let inDay = seconds - Int64(day.ordinal) * 86_400
        func two(_ v: Int64) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let time = "\(two(inDay / 3600)):\(two(inDay / 60 % 60)):\(two(inDay % 60))"
        guard iso else { return "\(day) \(time)" }
        let sign = utcOffset < 0 ? "-" : "+"
        let offset = abs(utcOffset)
        return "\(day)T\(time)\(sign)\(two(offset / 3600)):\(two(offset / 60 % 60))"
    }
}
