import ClaimCore
import ClaimTesting
import Foundation
import GRDB
import Testing

@testable import ClaimDatabase

/// The indexed candidate lookup against the definition it replaced: every known claim of
/// the kinds and claimants involved. On a dense random store (few claimants and regions,
/// dates bunched, many ties in recency, more claims in a window than a scan takes) the ingest plan must be the same either way.
@Suite struct CandidateWindowTests {
    let claimants = ["Freedom of Russia Legion", "Russian Volunteer Corps", "Russian Defense Ministry"]
    let regions: [String?] = ["Belgorod Oblast", "Kursk Oblast", nil]

    func day(_ generator: inout SplitMix, nilOneIn: UInt64 = 5, span: UInt64 = 40) -> Day? {
        generator.next() % nilOneIn == 0 ? nil : Day(year: 2023, month: 5, day: 1)!.adding(days: Int(generator.next() % span))
    }

    func claim(_ generator: inout SplitMix, span: UInt64 = 40) -> Claim {
        let kinds: [ClaimKind] = [.raid, .denial, .counterclaim]
        let kind = kinds[Int(generator.next() % 3)]
        let claimant = claimants[Int(generator.next() % 3)]
        let denies = kind == .denial && generator.next() % 4 != 0 ? DeniedClaim(claimant: claimants[Int(generator.next() % 3)], kind: .raid) : nil
        return Claim(
            kind: kind, claimant: claimant, subject: nil, region: regions[Int(generator.next() % 3)], date: day(&generator, span: span), denies: denies,
            evidence: "e")
    }

    @Test func theWindowedLookupGivesTheSamePlanAsEveryClaimOfTheKindAndClaimant() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-windows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let store = try SQLiteClaimStore(path: directory.appendingPathComponent("claims.sqlite").path)
        var generator = SplitMix(seed: 7)
        try store.pool.write { db in
            // Dense where the articles' dates fall (40-odd claims of a kind and claimant a day),
            // so every scan's limit binds and the order inside it decides.
            for n in 0..<3000 {
                var known = ClaimDiffer.knownClaim(
                    from: claim(&generator, span: n < 1500 ? 40 : 4), id: String(format: "%016x", n), published: day(&generator, nilOneIn: 10))
                known.lastMatched = Int64(generator.next() % 50)  // many ties
                try ClaimRecord(known, now: "2023-06-01T00:00:00Z").insert(db)
            }
        }
        var compared = 0
        for n in 0..<400 {
            let claims = (0..<(1 + Int(generator.next() % 3))).map { _ in claim(&generator, span: 10) }
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
                    all += try ClaimRecord.fetchAll(
                        db, sql: "SELECT * FROM claims WHERE kind = ? AND claimant = ? ORDER BY rowid", arguments: [kind, claimant]
                    ).map(\.knownClaim)
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

    /// Where more claims tie on the date than a scan takes, the scan's own order must put
    /// the differ's choice first: 40 claims without a region, matched recently, and the one
    /// claim of the article's region, matched long ago — the differ takes the region's.
    @Test(
        arguments: [
            (knownDate: "2023-05-10", datesKnown: true),  // dated, nearest first
            (knownDate: "2023-05-09", datesKnown: true),  // dated, the earlier side
            (knownDate: nil, datesKnown: true),  // undated, by publication days
            (knownDate: nil, datesKnown: false),  // undated, an article with no date
        ] as [(knownDate: String?, datesKnown: Bool)])
    func theDiffersChoiceIsInsideTheScansLimit(knownDate: String?, datesKnown: Bool) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-windows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteClaimStore(path: directory.appendingPathComponent("claims.sqlite").path)
        let date = knownDate.flatMap(Day.init(iso:))
        let published = Day(year: 2023, month: 5, day: 10)!
        try store.pool.write { db in
            for n in 0..<41 {
                let region: String? = n == 20 ? "Kursk Oblast" : nil
                let claim = Claim(kind: .raid, claimant: claimants[0], subject: nil, region: region, date: date, denies: nil, evidence: "e")
                var known = ClaimDiffer.knownClaim(from: claim, id: String(format: "%016x", n), published: published)
                known.lastMatched = n == 20 ? 1 : Int64(100 + n)
                try ClaimRecord(known, now: "2023-06-01T00:00:00Z").insert(db)
            }
        }
        let claim = Claim(
            kind: .raid, claimant: claimants[0], subject: nil, region: "Kursk Oblast", date: Day(year: 2023, month: 5, day: 10), denies: nil, evidence: "e")
        let article = NormalizedArticle(
            fileName: "a.txt", format: .plainText, title: nil, paragraphs: [], outlet: nil, published: published, isPublishedInferred: !datesKnown, url: nil)
        let known = try store.pool.read { db in try SQLiteClaimStore.candidates(for: [claim], published: published, datesKnown: datesKnown, in: db) }
        #expect(known.count < 41)
        let plan = IngestPlan.make(claims: [claim], article: article, sha256: "s", known: known, sequence: 100)
        #expect(plan.entries.map(\.verdict.claimID) == [String(format: "%016x", 20)])
    }

    /// Two claims of one article, one known claim each would take: the first fills the
    /// region of the nearest claim without one, which then no longer suits the second, whose
    /// choice is the next one — so each part reads one more per claim of the same kind and
    /// claimant.
    @Test func aClaimMovedByAnEarlierClaimOfTheArticleLeavesTheNextOneInReach() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-windows-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteClaimStore(path: directory.appendingPathComponent("claims.sqlite").path)
        let day = Day(year: 2023, month: 5, day: 10)!
        func raid(_ region: String?) -> Claim {
            Claim(kind: .raid, claimant: claimants[0], subject: nil, region: region, date: day, denies: nil, evidence: "e")
        }
        try store.pool.write { db in
            for (n, recency) in [(0, 100), (1, 50)] as [(Int, Int64)] {
                var known = ClaimDiffer.knownClaim(from: raid(nil), id: "x\(n)", published: day)
                known.lastMatched = recency
                try ClaimRecord(known, now: "2023-06-01T00:00:00Z").insert(db)
            }
        }
        let claims = [raid("Belgorod Oblast"), raid("Kursk Oblast")]
        let article = NormalizedArticle(
            fileName: "a.txt", format: .plainText, title: nil, paragraphs: [], outlet: nil, published: day, isPublishedInferred: false, url: nil)
        let known = try store.pool.read { db in try SQLiteClaimStore.candidates(for: claims, published: day, datesKnown: true, in: db) }
        let plan = IngestPlan.make(claims: claims, article: article, sha256: "s", known: known, sequence: 100)
        #expect(plan.entries.map(\.verdict.claimID) == ["x0", "x1"])
    }
}
