import Presentation
import Testing

@Suite struct TimeBoundTests {
    // 2026-11-22 14:30:00 UTC
    let now: Int64 = 1_795_357_800
    let utc: Int64 = 0
    let moscow: Int64 = 3 * 3_600

    @Test(arguments: [
        ("now", 0), ("30m", 1_800), ("2h", 7_200), ("-2h", 7_200), ("2h ago", 7_200), ("3 days", 259_200), ("1w", 604_800), ("90 min", 5_400),
    ])
    func spansCountBackFromNow(text: String, seconds: Int64) throws {
        #expect(try TimeBound.parse(text, now: now, utcOffset: utc) == now - seconds)
    }

    @Test func todayAndYesterdayAreLocalMidnights() throws {
        let midnightUTC: Int64 = 1_795_305_600  // 2026-11-22 00:00 UTC
        #expect(try TimeBound.parse("today", now: now, utcOffset: utc) == midnightUTC)
        #expect(try TimeBound.parse("Yesterday", now: now, utcOffset: utc) == midnightUTC - 86_400)
        // In Moscow (UTC+3) it is 17:30 on the same day; its midnight is 21:00 UTC the day before.
        #expect(try TimeBound.parse("today", now: now, utcOffset: moscow) == midnightUTC - moscow)
    }

    @Test func datesAndClockTimesAreLocal() throws {
        #expect(try TimeBound.parse("2026-11-22", now: now, utcOffset: utc) == 1_795_305_600)
        #expect(try TimeBound.parse("2026-11-22 14:05", now: now, utcOffset: utc) == 1_795_305_600 + 14 * 3_600 + 300)
        #expect(try TimeBound.parse("2026-11-22T14:05:09", now: now, utcOffset: moscow) == 1_795_305_600 + 11 * 3_600 + 309)
    }

    @Test(arguments: ["", "soon", "2026-13-01", "2026-11-22 25:00", "5 fortnights", "2026-11-2", "h2"])
    func anythingElseIsAnErrorThatTeachesTheForms(text: String) {
        #expect {
            _ = try TimeBound.parse(text, now: now, utcOffset: utc)
        } throws: { error in
            (error as? TimeBound.ParseError)?.description.contains("YYYY-MM-DD") == true
        }
    }
}
