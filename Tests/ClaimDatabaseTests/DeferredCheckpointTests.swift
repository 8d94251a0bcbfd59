import ClaimCore
import Foundation
import Testing

@testable import ClaimDatabase

/// The daemon's store checkpoints its WAL in `maintain()`, after the alerts, not in a commit
/// (`SQLiteClaimStore(deferringCheckpointsAt:)`), on a real SQLite file.
@Suite struct DeferredCheckpointTests {
    let directory: URL
    let may22 = Day(year: 2023, month: 5, day: 22)!

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-checkpoints-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    var path: String { directory.appendingPathComponent("claims.sqlite").path }

    func size(_ file: String) throws -> Int { (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0 }

    /// `count` articles of one new claim each, every one in its own commit.
    func ingest(_ count: Int, into store: SQLiteClaimStore, from start: Int = 0) throws {
        for n in start..<(start + count) {
            let day = may22.adding(days: 5 * n)
            let claim = Claim(
                kind: .raid, claimant: "Freedom of Russia Legion", subject: nil, region: "Belgorod Oblast", date: day, evidence: "Raid \(n).")
            let article = NormalizedArticle(
                fileName: "a\(n).txt", format: .plainText, title: nil, paragraphs: [String(repeating: "text \(n) ", count: 200)], outlet: "O",
                published: day, isPublishedInferred: false, url: nil)
            _ = try store.ingest(ExtractedArticle(article: article, sha256: String(format: "%064x", n), claims: [claim]))
        }
    }

    @Test func commitsLeaveTheWALUntilMaintainFindsItDue() throws {
        let store = try SQLiteClaimStore(path: path, deferringCheckpointsAt: 1_000)
        try ingest(5, into: store)
        let deferred = try #require(store.deferredCheckpoints)
        let (main, pages) = (try size(path), deferred.walPages)
        #expect(pages > 0 && !deferred.isDue)
        try store.maintain()
        #expect(try size(path) == main, "not due: nothing checkpointed")
        #expect(deferred.walPages == pages)
    }

    @Test func maintainCheckpointsOnceDue() throws {
        let store = try SQLiteClaimStore(path: path, deferringCheckpointsAt: 20)
        let deferred = try #require(store.deferredCheckpoints)
        let opened = try size(path)
        var n = 0
        while !deferred.isDue && n < 100 {
            try ingest(1, into: store, from: n)
            n += 1
        }
        #expect(deferred.isDue)
        let main = try size(path)
        #expect(main == opened, "the commits that reached the threshold did not checkpoint")
        try store.maintain()
        #expect(deferred.walPages == 0)
        #expect(try size(path) > main, "the WAL's pages were written back into the database")
        // Everything is still there, read through a new connection.
        #expect(try SQLiteClaimStore(path: path).counts().claims == n)
    }

    @Test func aCommitStillCheckpointsPastTheCeiling() throws {
        let store = try SQLiteClaimStore(path: path, deferringCheckpointsAt: 2)
        let deferred = try #require(store.deferredCheckpoints)
        let start = try size(path)
        try ingest(12, into: store)
        #expect(try size(path) > start, "with no maintain(), a commit past \(DeferredCheckpoints.ceilingFactor)× the threshold checkpointed")
        #expect(deferred.walPages < 2 * DeferredCheckpoints.ceilingFactor, "each commit past the ceiling started the count over")
    }

    @Test func aStoreOfSQLitesOwnCheckpointsHasNothingToMaintain() throws {
        let store = try SQLiteClaimStore(path: path)
        #expect(store.deferredCheckpoints == nil)
        try ingest(2, into: store)
        try store.maintain()
    }
}
