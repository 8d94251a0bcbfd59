import ClaimCore
import Testing

@Suite struct DayTests {
    @Test(arguments: [("2023-05-22", 1), ("2024-03-12", 2), ("1970-01-01", 4), ("2000-02-29", 2)])
    func weekdayIsComputedFromTheOrdinal(iso: String, weekday: Int) {
        #expect(Day(iso: iso)?.weekday == weekday)
    }

    @Test func roundTripsThroughISOText() {
        for text in ["2023-05-22", "1999-12-31", "2024-02-29", "2100-03-01"] {
            #expect(Day(iso: text)?.description == text)
        }
    }

    @Test func rejectsImpossibleDates() {
        #expect(Day(iso: "2023-02-29") == nil)
        #expect(Day(iso: "2023-13-01") == nil)
        #expect(Day(iso: "May 2023") == nil)
    }

    @Test func acceptsTheDatePrefixOfATimestamp() {
        #expect(Day(iso: "2023-05-22T19:35:00+03:00") == Day(year: 2023, month: 5, day: 22))
    }

    @Test func arithmeticCrossesMonthAndYearEnds() {
        let day = Day(year: 2023, month: 12, day: 31)!
        #expect(day.adding(days: 1) == Day(year: 2024, month: 1, day: 1))
        #expect(Day(year: 2024, month: 3, day: 1)!.adding(days: -1) == Day(year: 2024, month: 2, day: 29))
        #expect(day.days(to: Day(year: 2024, month: 1, day: 2)!) == 2)
    }
}

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func matchesFIPSVectors(input: String, hex: String) {
        #expect(SHA256.hex(input) == hex)
    }

    @Test func hashesInputsLongerThanOneBlock() {
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func alertIDIsThePrefixOfTheJoinedHash() {
        let id = Alert.alertID(articleSHA256: "ab", claimID: "c1", event: .new)
        #expect(id == String(SHA256.hex("ab|c1|new").prefix(32)))
        #expect(id.count == 32)
    }
}
