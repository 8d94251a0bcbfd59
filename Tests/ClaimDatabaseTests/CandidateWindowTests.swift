import ClaimCore
@testable import ClaimDatabase
import ClaimTesting
import Foundation
import GRDB
import Testing

/// The indexed candidate lookup against the definition it replaced: every known claim of
/// the kinds and claimants involved. On a dense random store (few claimants and regions,
/// dates bunched, many ties in recency) the ingest plan must be the same either way.
@Suite struct CandidateWindowTests {
    let claimants = ["Freedom of Russia Legion", "Russian Volunteer Corps", "Russian Defense Ministry"]
    let regions: [String?] = ["Belgorod Oblast", "Kursk Oblast", nil]

    func day(_ generator: inout SplitMix, nilOneIn: UInt64 = 5) -> Day? {
        generator.next() % nilOneIn == 0 ? nil : Day(year: 2023, month: 5, day: 1)!.adding(days: Int(generator.next() % 40))
    }

    func claim(_ generator: inout SplitMix) -> Claim {
        let kinds: [ClaimKind] = [.raid, .denial, .counterclaim]
        let kind = kinds[Int(generator.next() % 3)]
        let claimant = claimants[Int(generator.next() % 3)]
        let denies = kind == .denial && generator.next() % 4 != 0 ? DeniedClaim(claimant: claimants[Int(generator.next() % 3)], kind: .raid) : nil
        return Claim(kind: kind, claimant: claimant, subject: nil, region: regions[Int(generator.next() % 3)], date: day(&generator), denies: denies, evidence: "e")
    }

    @Test func theWindowedLookupGivesTheSamePlanAsEveryClaimOfTheKindAndClaimant() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-windows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try SQLiteClaimStore(path: directory.appendingPathComponent("claims.sqlite").path)
        var generator = SplitMix(seed: 7)
        try store.pool.write { db in
            for n in 0..<1500 {
                var known = ClaimDiffer.knownClaim(from: claim(&generator), id: String(format: "%016x", n), published: day(&generator, nilOneIn: 10))
                known.lastMatched = Int64(generator.next() % 50)  // many ties
                try ClaimRecord(known, now: "2023-06-01T00:00:00Z").insert(db)
            }
        }
        var compared = 0
        for n in 0..<400 {
            let claims = (0..<(1 + Int(generator.next() % 3))).map { _ in claim(&generator) }
            let inferred = generator.next() % 6 == 0
            let article = NormalizedArticle(
                fileName: "a\(n).txt", format: .plainText, title: nil, paragraphs: [], outlet: nil, published: day(&generator, nilOneIn: 10),
                isPublishedInferred: inferred, url: nil)
            let (all, windowed) = try store.pool.read { db in
                var keys = [(String, String)]()
                for key in claims.map({ ($0.kind.rawValue, $0.claimant) }) + claims.compactMap({ $0.denies.map { ($0.kind.rawValue, $0.claimant) } })
                where !keys.contains(where: { $0 == key }) { keys.append(key) }
                var all = [KnownClaim]()
                for (kind, claimant) in keys {
                    all += try ClaimRecord.fetchAll(db, sql: "SELECT * FROM claims WHERE kind = ? AND claimant = ? ORDER BY rowid", arguments: [kind, claimant]).map(\.knownClaim)
                }
                all.sort { $0.id < $1.id }
                let windowed = try SQLiteClaimStore.candidates(for: claims, published: article.published, datesKnown: !inferred, in: db)
                return (all, windowed)
            }
            #expect(windowed.count <= all.count)
            let full = IngestPlan.make(claims: claims, article: article, sha256: "s\(n)", known: all, sequence: 100)
            let fast = IngestPlan.make(claims: claims, article: article, sha256: "s\(n)", known: windowed, sequence: 100)
            #expect(full == fast, "article \(n): \(claims)")
            compared += 1
        }
        #expect(compared == 400)
    }
}
