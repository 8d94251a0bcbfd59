import ClaimCore
import ClaimDatabase
import Foundation
import Testing

/// `claims` status and `show` history, from a real SQLite file.
@Suite struct ClaimHistoryTests {
    let store: SQLiteClaimStore
    let may22 = Day(year: 2023, month: 5, day: 22)!

    init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-history-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteClaimStore(path: directory.appendingPathComponent("claims.sqlite").path)
    }

    func article(_ sha: String, _ file: String, _ claims: [Claim]) -> ExtractedArticle {
        ExtractedArticle(
            article: NormalizedArticle(fileName: file, format: .plainText, title: nil, paragraphs: [], outlet: "Desk", published: may22, isPublishedInferred: false, url: nil),
            sha256: sha, claims: claims)
    }

    var raid: Claim { Claim(kind: .raid, claimant: "Freedom of Russia Legion", subject: "Freedom of Russia Legion", region: "Belgorod Oblast", date: may22, evidence: "The Legion crossed.") }
    var counter: Claim { Claim(kind: .counterclaim, claimant: "Russian Defense Ministry", region: "Belgorod Oblast", date: may22, evidence: "The raiders were repelled.") }
    var denial: Claim {
        Claim(kind: .denial, claimant: "Belgorod Governor", region: "Belgorod Oblast", date: may22,
              denies: DeniedClaim(claimant: "Freedom of Russia Legion", kind: .raid), evidence: "There is no enemy here.")
    }

    @Test func aRaidIsDeniedAndCounteredByWhoAnsweredIt() throws {
        _ = try store.ingest(article("s1", "legion.txt", [raid]))
        _ = try store.ingest(article("s2", "ministry.txt", [counter, denial]))
        let listed = try store.listClaims()
        let raidSummary = try #require(listed.first { $0.claim.kind == .raid })
        #expect(raidSummary.deniedBy == ["Belgorod Governor"])
        #expect(raidSummary.counteredBy == ["Russian Defense Ministry"])
    }

    @Test func aCounterclaimOfAnotherDayDoesNotCounter() throws {
        var later = counter
        later.date = may22.adding(days: 3)
        _ = try store.ingest(article("s1", "a.txt", [raid, later]))
        #expect(try store.listClaims().first { $0.claim.kind == .raid }?.counteredBy == [])
    }

    @Test func historyListsEveryArticleDenialCounterclaimAndAlert() throws {
        _ = try store.ingest(article("s1", "legion.txt", [raid]))
        _ = try store.ingest(article("s2", "repeat.txt", [raid]))
        guard case .recorded(let alerts) = try store.ingest(article("s3", "ministry.txt", [counter, denial])) else {
            Issue.record("expected recorded")
            return
        }
        try store.markSent(alertIDs: alerts.map(\.alertID))
        let raidID = try #require(try store.listClaims().first { $0.claim.kind == .raid }?.claim.id)
        let history = try #require(try store.history(ofClaim: raidID))
        #expect(history.mentions.map(\.fileName) == ["legion.txt", "repeat.txt"])
        #expect(history.mentions.first?.evidence == "The Legion crossed.")
        #expect(history.mentions.first?.outlet == "Desk")
        #expect(history.denials.map(\.claim.claimant) == ["Belgorod Governor"])
        #expect(history.related.map(\.claim.claimant) == ["Russian Defense Ministry"])
        #expect(history.alerts.count == 1, "one new-raid alert; the repeat raised none")
        #expect(history.alerts.first?.sentAt == nil, "the raid's alert was never marked sent in this test")

        let denialID = try #require(history.denials.first?.claim.id)
        let denialHistory = try #require(try store.history(ofClaim: denialID))
        #expect(denialHistory.denied?.claim.id == raidID)
        #expect(denialHistory.alerts.allSatisfy { $0.sentAt != nil })
    }

    @Test func aUniquePrefixFindsTheClaimAndAnUnknownIdFindsNothing() throws {
        _ = try store.ingest(article("s1", "legion.txt", [raid]))
        let id = try #require(try store.listClaims().first?.claim.id)
        #expect(try store.history(ofClaim: String(id.prefix(6)))?.summary.claim.id == id)
        #expect(try store.history(ofClaim: "no-such-claim") == nil)
    }

    @Test func anAmbiguousPrefixIsAnErrorNamingIt() throws {
        _ = try store.ingest(article("s1", "a.txt", [raid, counter, denial]))
        #expect {
            _ = try store.history(ofClaim: "")
        } throws: { error in
            (error as? StoreError)?.message.contains("starts 3 claim ids") == true
        }
    }
}
