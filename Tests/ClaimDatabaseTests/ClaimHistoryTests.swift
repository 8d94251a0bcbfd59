import ClaimCore
import ClaimDatabase
import ClaimTesting
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
            article: NormalizedArticle(
                fileName: file, format: .plainText, title: nil, paragraphs: [], outlet: "Desk", published: may22, isPublishedInferred: false, url: nil),
            sha256: sha, claims: claims)
    }

    var raid: Claim {
        Claim(
            kind: .raid, claimant: "Freedom of Russia Legion", subject: "Freedom of Russia Legion", region: "Belgorod Oblast", date: may22,
            evidence: "The Legion crossed.")
    }
    var counter: Claim {
        Claim(kind: .counterclaim, claimant: "Russian Defense Ministry", region: "Belgorod Oblast", date: may22, evidence: "The raiders were repelled.")
    }
    var denial: Claim {
        Claim(
            kind: .denial, claimant: "Belgorod Governor", region: "Belgorod Oblast", date: may22,
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

    /// `show` reads one claim by key; what it tells must be what the whole listing says of that claim.
    @Test func theKeyedHistoryAgreesWithTheFullListingOnEveryClaimOfARandomStore() throws {
        var generator = SplitMix(seed: 22)
        let claimants = ["Freedom of Russia Legion", "Russian Volunteer Corps", "Russian Defense Ministry", "Belgorod Governor"]
        let regions: [String?] = ["Belgorod Oblast", "Kursk Oblast", nil]
        for n in 0..<120 {
            let kinds: [ClaimKind] = [.raid, .denial, .counterclaim]
            let claims = (0..<(1 + Int(generator.next() % 3))).map { _ in
                let kind = kinds[Int(generator.next() % 3)]
                return Claim(
                    kind: kind, claimant: claimants[Int(generator.next() % 4)], region: regions[Int(generator.next() % 3)],
                    date: generator.next() % 5 == 0 ? nil : may22.adding(days: Int(generator.next() % 20)),
                    denies: kind == .denial ? DeniedClaim(claimant: claimants[Int(generator.next() % 2)], kind: .raid) : nil, evidence: "e\(n)")
            }
            _ = try store.ingest(article("sha\(n)", "a\(n).txt", claims))
        }
        let listed = try store.listClaims()
        #expect(listed.count > 80)
        #expect(listed.contains { !$0.deniedBy.isEmpty } && listed.contains { !$0.counteredBy.isEmpty }, "the store has denials and counterclaims to find")
        for summary in listed {
            let history = try #require(try store.history(ofClaim: summary.claim.id))
            #expect(history.summary.claim == summary.claim)
            #expect(history.summary.deniedBy.sorted() == summary.deniedBy.sorted())
            #expect(history.summary.counteredBy == summary.counteredBy)
            #expect(history.summary.deniesID == summary.deniesID)
            #expect(history.denials.map(\.claim.id) == listed.filter { $0.deniesID == summary.claim.id }.map(\.claim.id))
            let related = listed.filter { ClaimRelations.counters($0.claim, summary.claim) || ClaimRelations.counters(summary.claim, $0.claim) }
            #expect(history.related.map(\.claim.id) == related.map(\.claim.id))
            #expect(history.denied?.claim.id == summary.deniesID.flatMap { id in listed.first { $0.claim.id == id }?.claim.id })
        }
    }
}
