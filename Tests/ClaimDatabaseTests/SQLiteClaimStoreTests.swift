import ClaimCore
import ClaimDatabase
import Foundation
import Testing

@Suite struct SQLiteClaimStoreTests {
    let directory: URL
    let may22 = Day(year: 2023, month: 5, day: 22)!

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func makeStore() throws -> SQLiteClaimStore { try SQLiteClaimStore(path: directory.appendingPathComponent("claims.sqlite").path) }

    func extracted(_ sha: String, file: String, claims: [Claim]) -> ExtractedArticle {
        ExtractedArticle(
            article: NormalizedArticle(
                fileName: file, format: .plainText, title: nil, paragraphs: [], outlet: "O", published: may22, isPublishedInferred: false, url: nil),
            sha256: sha, claims: claims)
    }

    var raid: Claim {
        Claim(
            kind: .raid, claimant: "Freedom of Russia Legion", subject: "Freedom of Russia Legion", region: "Belgorod Oblast", date: may22,
            evidence: "Legion crossed.")
    }

    @Test func aStoreKeepsOneRandomNameForItsLife() throws {
        let first = try makeStore().identity
        #expect(first.count == 32 && first.allSatisfy(\.isHexDigit))
        #expect(try makeStore().identity == first, "reopening the file keeps the name")
        let other = try SQLiteClaimStore(path: directory.appendingPathComponent("other.sqlite").path).identity
        #expect(other.count == 32 && other != first)
    }

    @Test func newClaimIsStoredWithItsAlertUnsentInOneTransaction() throws {
        // Given an empty store
        let store = try makeStore()
        // When an article with one raid claim is recorded
        let result = try store.ingest(extracted("s1", file: "a.txt", claims: [raid]))
        // Then one new alert is returned and waits in the outbox
        guard case .recorded(let alerts) = result else { Issue.record("expected recorded"); return }
        #expect(alerts.map(\.event) == [.new])
        #expect(try store.unsentAlerts() == alerts)
        #expect(try store.counts() == StoreCounts(articles: 1, claims: 1, alertsSent: 0, alertsWaiting: 1))
        try store.markSent(alertIDs: alerts.map(\.alertID))
        #expect(try store.unsentAlerts().isEmpty)
    }

    @Test func countsFollowNewRepeatedAndDuplicateArticlesAndSentAlerts() throws {
        let store = try makeStore()
        let denial = Claim(kind: .denial, claimant: "Ukrainian Government", subject: nil, region: nil, date: may22, evidence: "Kyiv denied it.")
        guard case .recorded(let first) = try store.ingest(extracted("s1", file: "a.txt", claims: [raid])) else { Issue.record("expected recorded"); return }
        _ = try store.ingest(extracted("s1", file: "copy.txt", claims: [raid]))  // same bytes: not an article
        _ = try store.ingest(extracted("s2", file: "b.txt", claims: [raid]))  // a repeat: no claim, no alert
        _ = try store.ingest(extracted("s3", file: "c.txt", claims: [raid, denial]))
        try store.markSent(alertIDs: first.map(\.alertID))
        #expect(try store.counts() == StoreCounts(articles: 3, claims: 2, alertsSent: 1, alertsWaiting: 1))
    }

    @Test func aBatchIsRecordedAsItsArticlesOneAfterTheOther() throws {
        // Given a stream with a new claim, its repeat, a duplicate of the same bytes and a new denial
        let denial = Claim(kind: .denial, claimant: "Ukrainian Government", subject: nil, region: nil, date: may22, evidence: "Kyiv denied it.")
        let stream = [
            extracted("s1", file: "a.txt", claims: [raid]), extracted("s2", file: "b.txt", claims: [raid]),
            extracted("s1", file: "copy.txt", claims: [raid]), extracted("s3", file: "c.txt", claims: [raid, denial]),
        ]
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        let oneByOne = try SQLiteClaimStore(path: directory.appendingPathComponent("one.sqlite").path)
        let batched = try SQLiteClaimStore(path: directory.appendingPathComponent("batch.sqlite").path)
        // When one store records them one by one and the other as one batch
        let single = try stream.map { try oneByOne.ingest($0, at: now) }
        let batch = try batched.ingest(stream, at: now)
        // Then the results, the claims and the outbox are the same
        #expect(batch == single)
        #expect(batch[2] == .duplicate)
        #expect(try batched.listClaims() == oneByOne.listClaims())
        #expect(try batched.unsentAlerts() == oneByOne.unsentAlerts())
        #expect(try batched.counts() == oneByOne.counts())
    }

    @Test func theSameBytesUnderAnotherNameAddNothing() throws {
        let store = try makeStore()
        _ = try store.ingest(extracted("s1", file: "a.txt", claims: [raid]))
        #expect(try store.ingest(extracted("s1", file: "copy-of-a.txt", claims: [raid])) == .duplicate)
        #expect(try store.counts().articles == 1)
    }

    @Test func aRepeatFromAnotherArticleCountsASourceAndAlertsNothing() throws {
        let store = try makeStore()
        _ = try store.ingest(extracted("s1", file: "a.txt", claims: [raid]))
        #expect(try store.ingest(extracted("s2", file: "b.txt", claims: [raid])) == .recorded(alerts: []))
        let listed = try store.listClaims()
        #expect(listed.count == 1)
        #expect(listed.first?.claim.sources == 2)
    }

    @Test func aRepeatAddingAPlaceRaisesAnUpdateAndPersistsIt() throws {
        let store = try makeStore()
        _ = try store.ingest(extracted("s1", file: "a.txt", claims: [raid]))
        var richer = raid
        richer.places = ["Kozinka"]
        guard case .recorded(let alerts) = try store.ingest(extracted("s2", file: "b.txt", claims: [richer])) else { return }
        #expect(alerts.map(\.event) == [.updated])
        #expect(alerts.first?.places == ["Kozinka"])
        #expect(try store.listClaims().first?.claim.places == ["Kozinka"])
    }

    @Test func aDenialRecordsWhoItDenies() throws {
        let store = try makeStore()
        let counter = Claim(kind: .counterclaim, claimant: "Russian Defense Ministry", region: "Belgorod Oblast", date: may22, evidence: "killed")
        let denial = Claim(
            kind: .denial, claimant: "Freedom of Russia Legion", region: "Belgorod Oblast", date: may22,
            denies: DeniedClaim(claimant: "Russian Defense Ministry", kind: .counterclaim), evidence: "denied")
        _ = try store.ingest(extracted("s1", file: "a.txt", claims: [counter, denial]))
        let listed = try store.listClaims()
        #expect(listed.first { $0.claim.kind == .counterclaim }?.deniedBy == ["Freedom of Russia Legion"])
    }

    @Test func aSecondConnectionReadsWhileTheFirstWrites() throws {
        // WAL: a reader on another pool sees committed data.
        let writer = try makeStore()
        let reader = try makeStore()
        _ = try writer.ingest(extracted("s1", file: "a.txt", claims: [raid]))
        #expect(try reader.counts().claims == 1)
    }

    @Test func anUnopenableDatabaseNamesThePath() {
        #expect(throws: StoreError.self) { try SQLiteClaimStore(path: "/nonexistent-dir/x/claims.sqlite") }
    }
}
