import ClaimCore
import ClaimTesting
import Testing

@Suite struct ClaimDifferTests {
    let may22 = Day(year: 2023, month: 5, day: 22)!

    func known(
        _ id: String, kind: ClaimKind = .raid, claimant: String = "Russian Volunteer Corps", region: String? = "Belgorod Oblast",
        date: Day?, denies: DeniedClaim? = nil, published: Day? = nil, lastMatched: Int64 = 0
    ) -> KnownClaim {
        KnownClaim(
            id: id, kind: kind, claimant: claimant, region: region, date: date, denies: denies, firstPublished: published ?? date, lastMatched: lastMatched)
    }

    func claim(
        kind: ClaimKind = .raid, claimant: String = "Russian Volunteer Corps", region: String? = "Belgorod Oblast", date: Day?, denies: DeniedClaim? = nil,
        places: [String] = []
    ) -> Claim {
        Claim(kind: kind, claimant: claimant, region: region, places: places, date: date, denies: denies, evidence: "e")
    }

    @Test(arguments: [(0, true), (2, true), (-2, true), (3, false), (-3, false)])
    func datesMatchWithinTwoDays(offset: Int, matches: Bool) {
        let c = claim(date: may22.adding(days: offset))
        #expect(ClaimDiffer.matches(c, published: may22, known: known("a", date: may22)) == matches)
    }

    @Test(arguments: [(7, true), (8, false)])
    func aMissingDateFallsBackToPublicationWithinSevenDays(offset: Int, matches: Bool) {
        let c = claim(date: nil)
        #expect(ClaimDiffer.matches(c, published: may22.adding(days: offset), known: known("a", date: may22, published: may22)) == matches)
    }

    @Test func aMissingRegionMatchesAnyRegionButTwoRegionsMustAgree() {
        #expect(ClaimDiffer.matches(claim(region: nil, date: may22), published: may22, known: known("a", date: may22)))
        #expect(!ClaimDiffer.matches(claim(region: "Kursk Oblast", date: may22), published: may22, known: known("a", date: may22)))
    }

    @Test func kindAndClaimantMustBeEqualAfterFolding() {
        #expect(ClaimDiffer.matches(claim(claimant: "russian  volunteer corps", date: may22), published: may22, known: known("a", date: may22)))
        #expect(!ClaimDiffer.matches(claim(kind: .denial, date: may22), published: may22, known: known("a", date: may22)))
        #expect(!ClaimDiffer.matches(claim(claimant: "Kremlin", date: may22), published: may22, known: known("a", date: may22)))
    }

    @Test func denialsMustDenyTheSameClaimant() {
        let mod = DeniedClaim(claimant: "Russian Defense Ministry", kind: .counterclaim)
        let kremlin = DeniedClaim(claimant: "Kremlin", kind: .counterclaim)
        let k = known("d", kind: .denial, date: may22, denies: mod)
        #expect(ClaimDiffer.matches(claim(kind: .denial, date: may22, denies: mod), published: may22, known: k))
        #expect(!ClaimDiffer.matches(claim(kind: .denial, date: may22, denies: kremlin), published: may22, known: k))
    }

    @Test func tieBreaksOnClosestDateThenRegionThenRecency() {
        let near = known("near", region: nil, date: may22.adding(days: 1))
        let far = known("far", date: may22.adding(days: -2))
        #expect(ClaimDiffer.bestMatch(claim(date: may22), published: may22, among: [far, near])?.id == "near")
        let sameRegion = known("same", date: may22)
        let noRegion = known("none", region: nil, date: may22, lastMatched: 9)
        #expect(ClaimDiffer.bestMatch(claim(date: may22), published: may22, among: [noRegion, sameRegion])?.id == "same")
        let old = known("old", date: may22, lastMatched: 1)
        let recent = known("recent", date: may22, lastMatched: 5)
        #expect(ClaimDiffer.bestMatch(claim(date: may22), published: may22, among: [old, recent])?.id == "recent")
    }

    @Test func repeatsWithinOneArticleAreNotAnotherSource() {
        let verdicts = ClaimDiffer().diff([claim(date: may22), claim(date: may22)], published: may22, known: []) { "n\($0)" }
        #expect(verdicts == [.new(id: "n0"), .repeatedInArticle(id: "n0")])
    }

    @Test func aMatchThatAddsAPlaceOrFillsADateIsAnUpdate() {
        let k = known("a", region: nil, date: nil, published: may22)
        let verdicts = ClaimDiffer().diff([claim(date: may22, places: ["Kozinka"])], published: may22, known: [k]) { "n\($0)" }
        #expect(verdicts == [.known(id: "a", update: ClaimUpdate(addedPlaces: ["Kozinka"], filledDate: may22, filledRegion: "Belgorod Oblast"))])
        let plain = ClaimDiffer().diff([claim(date: may22)], published: may22, known: [known("b", date: may22)]) { "n\($0)" }
        #expect(plain == [.known(id: "b", update: ClaimUpdate())])
    }
}

@Suite struct IngestPlanTests {
    let may22 = Day(year: 2023, month: 5, day: 22)!

    func article(_ name: String) -> NormalizedArticle {
        NormalizedArticle(
            fileName: name, format: .plainText, title: nil, paragraphs: [], outlet: "Outlet", published: may22, isPublishedInferred: false, url: nil)
    }

    @Test func newClaimsRaiseNewAlertsAtTheirPriority() {
        let claims = [
            Claim(
                kind: .raid, claimant: "Freedom of Russia Legion", subject: "Freedom of Russia Legion", region: "Belgorod Oblast", places: ["Kozinka"],
                date: may22, evidence: "r"),
            Claim(kind: .counterclaim, claimant: "Russian Defense Ministry", region: "Belgorod Oblast", date: may22, evidence: "c"),
            Claim(
                kind: .denial, claimant: "Freedom of Russia Legion", date: may22,
                denies: DeniedClaim(claimant: "Russian Defense Ministry", kind: .counterclaim), evidence: "d"),
        ]
        let plan = IngestPlan.make(claims: claims, article: article("a.txt"), sha256: "aa", known: [], sequence: 1)
        #expect(plan.alerts.map(\.event) == [.new, .new, .new])
        #expect(plan.alerts.map(\.priority) == [4, 5, 4])
        #expect(plan.alerts[2].deniesID == plan.alerts[1].claimID)
        #expect(
            plan.alerts[0].message
                == "New raid claim: Freedom of Russia Legion says it raided Russian territory in Kozinka (Belgorod Oblast) on 2023-05-22 [a.txt]")
    }

    @Test func aRepeatAddingNothingRaisesNoAlertButCountsASource() {
        let c = Claim(kind: .raid, claimant: "Russian Volunteer Corps", region: "Belgorod Oblast", date: may22, evidence: "r")
        let first = IngestPlan.make(claims: [c], article: article("a.txt"), sha256: "aa", known: [], sequence: 1)
        let second = IngestPlan.make(claims: [c], article: article("b.txt"), sha256: "bb", known: first.entries.map(\.stored), sequence: 2)
        #expect(second.alerts.isEmpty)
        #expect(second.entries[0].stored.sources == 2)
        #expect(second.entries[0].stored.id == first.entries[0].stored.id)
    }

    /// The choice among candidates against the rules as first written — fold each name at
    /// every comparison, filter, take the first minimum — on random claims whose names
    /// differ in case and spacing, so folding once per claim must agree with folding per pair.
    @Test func theBestMatchAgreesWithTheRulesAsWritten() {
        func f(_ s: String) -> String { TextFolding.fold(s) }
        func reference(_ claim: Claim, published: Day?, datesKnown: Bool, among candidates: [KnownClaim]) -> KnownClaim? {
            func distance(_ a: Day?, _ b: Day?) -> Int { if let a, let b { abs(a.days(to: b)) } else { Int.max } }
            return candidates.filter { known in
                guard claim.kind == known.kind, f(claim.claimant) == f(known.claimant) else { return false }
                if let a = claim.region, let b = known.region, f(a) != f(b) { return false }
                if claim.kind == .denial, let a = claim.denies, let b = known.denies, f(a.claimant) != f(b.claimant) { return false }
                guard datesKnown else { return true }
                if let a = claim.date, let b = known.date { return abs(a.days(to: b)) <= 2 }
                guard let published, let first = known.firstPublished else { return false }
                return abs(published.days(to: first)) <= 7
            }.min { a, b in
                let (da, db) = (distance(claim.date, a.date), distance(claim.date, b.date))
                if da != db { return da < db }
                let ra = claim.region != nil && claim.region.map(f) == a.region.map(f)
                let rb = claim.region != nil && claim.region.map(f) == b.region.map(f)
                if ra != rb { return ra }
                return a.lastMatched > b.lastMatched
            }
        }
        let names = ["Russian Volunteer Corps", "russian  volunteer corps", "Kremlin", "KREMLIN"]
        let regions: [String?] = ["Belgorod Oblast", "belgorod oblast", "Kursk Oblast", nil]
        let may22 = Day(year: 2023, month: 5, day: 22)!
        var generator = SplitMix(seed: 5)
        func pick<T>(_ values: [T]) -> T { values[Int(generator.next() % UInt64(values.count))] }
        func day() -> Day? { generator.next() % 5 == 0 ? nil : may22.adding(days: Int(generator.next() % 12) - 6) }
        for round in 0..<2_000 {
            let kinds: [ClaimKind] = [.raid, .denial]
            let candidates = (0..<Int(generator.next() % 12)).map { n in
                KnownClaim(
                    id: "k\(n)", kind: pick(kinds), claimant: pick(names), region: pick(regions), date: day(),
                    denies: generator.next() % 2 == 0 ? DeniedClaim(claimant: pick(names), kind: .raid) : nil, firstPublished: day(),
                    lastMatched: Int64(generator.next() % 4))
            }
            let c = Claim(
                kind: pick(kinds), claimant: pick(names), region: pick(regions), date: day(),
                denies: generator.next() % 2 == 0 ? DeniedClaim(claimant: pick(names), kind: .raid) : nil, evidence: "e")
            let (published, datesKnown) = (day(), generator.next() % 4 != 0)
            #expect(
                ClaimDiffer.bestMatch(c, published: published, datesKnown: datesKnown, among: candidates)?.id
                    == reference(c, published: published, datesKnown: datesKnown, among: candidates)?.id, "round \(round)")
        }
    }
}
