import ClaimCore
import Testing

/// What operators type on the command line: names (`--claimant`, `--region`).
@Suite struct LexiconLookupTests {
    let lexicon = try! Lexicon.makeDefault()

    @Test(arguments: [
        ("RVC", "Russian Volunteer Corps"), ("russian volunteer corps", "Russian Volunteer Corps"), ("Freedom of Russia Legion", "Freedom of Russia Legion"),
    ])
    func aliasesResolveToTheCanonicalActor(text: String, canonical: String) {
        #expect(lexicon.canonicalActor(named: text) == canonical)
    }

    @Test func anUnknownNameResolvesToNothing() {
        #expect(lexicon.canonicalActor(named: "Nobody In Particular") == nil)
        #expect(lexicon.canonicalRegion(named: "Atlantis") == nil)
    }

    @Test func aSettlementResolvesToItsRegion() {
        #expect(lexicon.canonicalRegion(named: "belgorod") == "Belgorod Oblast")
        #expect(lexicon.canonicalRegion(named: "Kozinka") == "Belgorod Oblast")
    }
}

@Suite struct ClaimRelationsTests {
    let may22 = Day(year: 2023, month: 5, day: 22)!
    func known(_ kind: ClaimKind, region: String?, date: Day?) -> KnownClaim {
        KnownClaim(
            id: "\(kind)-\(region ?? "none")-\(date?.description ?? "none")", kind: kind,
            claimant: kind == .raid ? "Freedom of Russia Legion" : "Russian Defense Ministry", region: region, date: date)
    }

    @Test func aCounterclaimAnswersARaidOfTheSameRegionAndDay() {
        #expect(ClaimRelations.counters(known(.counterclaim, region: "Belgorod Oblast", date: may22), known(.raid, region: "Belgorod Oblast", date: may22)))
        #expect(
            ClaimRelations.counters(known(.counterclaim, region: "Belgorod Oblast", date: nil), known(.raid, region: "Belgorod Oblast", date: may22)),
            "an undated counterclaim may answer any day")
    }

    @Test func anotherRegionAnotherDayOrNoRegionDoesNot() {
        let raid = known(.raid, region: "Belgorod Oblast", date: may22)
        #expect(!ClaimRelations.counters(known(.counterclaim, region: "Kursk Oblast", date: may22), raid))
        #expect(!ClaimRelations.counters(known(.counterclaim, region: "Belgorod Oblast", date: may22.adding(days: 1)), raid))
        #expect(!ClaimRelations.counters(known(.counterclaim, region: nil, date: may22), known(.raid, region: nil, date: may22)))
        #expect(!ClaimRelations.counters(raid, known(.counterclaim, region: "Belgorod Oblast", date: may22)), "the order matters: counterclaim first")
    }
}
