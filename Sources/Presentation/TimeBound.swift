import ClaimCore
import Foundation

/// A point in time given on the command line (`--since`), as journalctl
/// understands it: `2026-11-22`, `2026-11-22 14:05[:30]`, `today`,
/// `yesterday`, `now`, or a span back from now (`90m`, `2h`, `3d`, `1w`,
/// optionally `-2h` or `2h ago`). Pure: the caller gives now and the local
/// offset from UTC.
public enum TimeBound {
    /// A --since value that is none of the accepted forms.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var text: String
        public var description: String {
            "'\(text)' is not a time: use YYYY-MM-DD, 'YYYY-MM-DD HH:MM[:SS]', today, yesterday, now, or a span back such as 30m, 2h, 3d, 1w"
        }
    }

    /// Seconds since the epoch for `text`.
    /// - Parameters:
    ///   - now: seconds since the epoch.
    ///   - utcOffset: the local zone's offset from UTC in seconds (east positive).
    public static func parse(_ text: String, now: Int64, utcOffset: Int64) throws(ParseError) -> Int64 {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let localMidnight = (now + utcOffset).floorDivided(by: 86_400) * 86_400 - utcOffset
        switch trimmed {
        case "now": return now
        case "today": return localMidnight
        case "yesterday": return localMidnight - 86_400
        default: break
        }
        if let span = span(trimmed) { return now - span }
        if let local = localTime(trimmed) { return local - utcOffset }
        throw ParseError(text: text)
    }

    /// `2h`, `-2h`, `2h ago`, `90 min`: seconds back from now.
    static func span(_ text: String) -> Int64? {
        var body = Substring(text)
        if body.hasPrefix("-") { body = body.dropFirst() }
        if body.hasSuffix(" ago") { body = body.dropLast(4) }
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, let count = Int64(digits) else { return nil }
        let unit = body.dropFirst(digits.count).trimmingPrefix(" ")
        let seconds: Int64
        switch unit {
        case "s", "sec", "secs", "second", "seconds": seconds = 1
        case "m", "min", "mins", "minute", "minutes": seconds = 60
        case "h", "hour", "hours": seconds = 3_600
        case "d", "day", "days": seconds = 86_400
        case "w", "week", "weeks": seconds = 604_800
        default: return nil
        }
        return count * seconds
    }

    /// `YYYY-MM-DD[ HH:MM[:SS]]` (or with `T`) as seconds since the epoch in UTC wall time.
    static func localTime(_ text: String) -> Int64? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "t" }).map(String.init)
        guard (1...2).contains(parts.count), parts[0].count == 10, let day = Day(iso: parts[0]) else { return nil }
        var seconds: Int64 = 0
        if parts.count == 2 {
            let clock = parts[1].split(separator: ":").map { Int64($0) }
            guard (2...3).contains(clock.count), clock.allSatisfy({ $0 != nil }) else { return nil }
            let (h, m, s) = (clock[0]!, clock[1]!, clock.count == 3 ? clock[2]! : 0)
            guard (0..<24).contains(h), (0..<60).contains(m), (0..<61).contains(s) else { return nil }
            seconds = h * 3_600 + m * 60 + s
        }
        return Int64(day.ordinal) * 86_400 + seconds
    }
}

extension Int64 {
    /// Division rounding toward negative infinity.
    public func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
