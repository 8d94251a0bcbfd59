import ClaimCore
import ClaimDatabase
import Foundation
import Presentation
import Testing

@Suite struct HTMLReportTests {
    let may22 = Day(year: 2023, month: 5, day: 22)!

    func summary(
        _ id: String, _ kind: ClaimKind = .raid, claimant: String = "Freedom of Russia Legion", region: String? = "Belgorod Oblast", day offset: Int?,
        deniesID: String? = nil, sources: Int = 1
    ) -> ClaimSummary {
        var claim = KnownClaim(
            id: id, kind: kind, claimant: claimant, region: region, date: offset.map { may22.adding(days: $0) },
            denies: kind == .denial ? DeniedClaim(claimant: "Freedom of Russia Legion", kind: .raid) : nil, firstPublished: nil, lastMatched: 0)
        claim.sources = sources
        return ClaimSummary(claim: claim, firstSeen: "2026-12-01T00:00:00Z", lastSeen: "2026-12-01T00:00:00Z", deniedBy: [], deniesID: deniesID)
    }

    @Test func claimsOfOneRegionWithinTheDateWindowAreOneEventAndFartherOnesAnother() {
        let events = ReportEvent.group([
            summary("a", day: 0), summary("b", .counterclaim, claimant: "Russian Defense Ministry", day: 2), summary("c", day: 9),
            summary("d", region: "Kursk Oblast", day: 0),
        ])
        #expect(events.map { $0.claims.map(\.claim.id) } == [["c"], ["a", "b"], ["d"]], "newest first, then by region")
    }

    @Test func aDenialThatNamesNoRegionJoinsTheEventOfWhatItDenies() {
        let events = ReportEvent.group([
            summary("raid", day: 0), summary("denial", .denial, claimant: "Ukrainian Government", region: nil, day: 1, deniesID: "raid"),
        ])
        #expect(events.count == 1)
        #expect(events.first?.claims.count == 2)
    }

    @Test func eachEventIsOneSVGWithAMarkPerClaimAndAnArrowPerDenialOfAClaimInIt() {
        let events = ReportEvent.group([
            summary("raid", day: 0, sources: 4), summary("denial", .denial, claimant: "Ukrainian Government", day: 1, deniesID: "raid"),
            summary("k", region: "Kursk Oblast", day: 12),
        ])
        let page = HTMLReport(events: events, mentions: [:], scope: "test").render()
        #expect(page.components(separatedBy: "<svg class=\"timeline\"").count - 1 == 2)
        #expect(page.components(separatedBy: "class=\"mark ").count - 1 == 3)
        #expect(page.components(separatedBy: "class=\"arrow\"").count - 1 == 1)
        #expect(!page.contains("<script"), "no JavaScript")
        #expect(!page.contains("http://") && !page.contains("https://"), "no external asset")
    }

    @Test func strangersTextIsEscaped() {
        var hostile = summary("x", claimant: "<script>alert(1)</script>", day: 0)
        hostile.claim.region = "A & B"
        let mentions = ["x": [ClaimMention(fileName: "f\"<.txt", sha256: "s", outlet: nil, published: nil, processedAt: "t", evidence: "1 < 2 & \u{1B}[2J")]]
        let page = HTMLReport(events: ReportEvent.group([hostile]), mentions: mentions, scope: "test").render()
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("&lt;script&gt;") && page.contains("A &amp; B") && page.contains("f&quot;&lt;.txt"))
        #expect(!page.contains("\u{1B}"), "a control character is shown, not written")
    }
}
