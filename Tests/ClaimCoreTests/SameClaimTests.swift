import ClaimCore
import ClaimTesting
import Testing

/// One "same claim" rule (issue 22): two claims of one article are one claim exactly when the
/// differ, reading them in order against an empty store, finds the second already known.
@Suite struct SameClaimTests {
    let start = Day(year: 2023, month: 5, day: 1)!

    func randomClaim(_ generator: inout SplitMix) -> Claim {
        let kinds: [ClaimKind] = [.raid, .denial, .counterclaim]
        let claimants = ["Freedom of Russia Legion", "Russian Volunteer Corps", "Russian Defense Ministry"]
        let regions: [String?] = ["Belgorod Oblast", "Kursk Oblast", nil]
        let kind = kinds[Int(generator.next() % 3)]
        let denies = kind == .denial && generator.next() % 3 != 0 ? DeniedClaim(claimant: claimants[Int(generator.next() % 3)], kind: .raid) : nil
        let date = generator.next() % 4 == 0 ? nil : start.adding(days: Int(generator.next() % 8))
        return Claim(
            kind: kind, claimant: claimants[Int(generator.next() % 3)], region: regions[Int(generator.next() % 3)], date: date, denies: denies,
            evidence: "e")
    }

    @Test func sameIsSymmetricAndIsTheDiffersVerdictWithinOneArticle() {
        var generator = SplitMix(seed: 22)
        var merged = 0
        for _ in 0..<5000 {
            let (a, b) = (randomClaim(&generator), randomClaim(&generator))
            let same = ClaimDiffer.same(a, b)
            #expect(same == ClaimDiffer.same(b, a), "\(a) \(b)")
            let verdicts = ClaimDiffer().diff([a, b], published: start, known: []) { "id\($0)" }
            let secondIsKnown = if case .repeatedInArticle = verdicts[1] { true } else { false }
            #expect(same == secondIsKnown, "\(a) \(b)")
            if same { merged += 1 }
        }
        #expect(merged > 200, "the random pairs exercise both answers (\(merged) of 5000 the same)")
    }

    @Test func anUndatedMentionAndADatedOneAreOneClaimInAnArticle() {
        let dated = Claim(kind: .raid, claimant: "Russian Volunteer Corps", region: "Belgorod Oblast", date: start, evidence: "e")
        var undated = dated
        undated.date = nil
        undated.region = nil
        #expect(ClaimDiffer.same(dated, undated))
        var later = dated
        later.date = start.adding(days: ClaimDiffer.dateWindow + 1)
        #expect(!ClaimDiffer.same(dated, later), "dates further apart than the window are two claims")
    }
}
