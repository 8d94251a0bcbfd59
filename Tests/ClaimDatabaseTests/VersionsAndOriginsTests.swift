import ClaimCore
import ClaimDatabase
import ClaimTesting
import Foundation
import GRDB
import Testing

/// Versions of one page and copies of one wire story (issue 25) in a real SQLite store:
/// `CLAIM_SOURCES` counts articles, versions once; `CLAIM_ORIGINS` counts origins, copies once.
@Suite struct VersionsAndOriginsTests {
    let store: SQLiteClaimStore
    let may22 = Day(year: 2023, month: 5, day: 22)!

    init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-versions-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        store = try SQLiteClaimStore(path: directory.appendingPathComponent("claims.sqlite").path)
    }

    static let body = [
        "Fighters of the Freedom of Russia Legion said on Monday that they had crossed the border into the Belgorod region and taken two villages.",
        "The regional governor said sabotage groups had entered the district and that residents of several villages were being moved away from the border.",
        "The defence ministry in Moscow later said the attackers had been pushed back with artillery and air strikes and that more than seventy had been killed.",
        "The group published a video of its fighters beside an armoured vehicle and said it would go on until the regime fell.",
        "Kyiv said it had nothing to do with the operation and called it an internal Russian matter.",
    ]

    var raid: Claim {
        Claim(kind: .raid, claimant: "Freedom of Russia Legion", region: "Belgorod Oblast", date: may22, evidence: Self.body[0])
    }

    func article(_ file: String, outlet: String?, url: String? = nil, _ paragraphs: [String], _ claims: [Claim]) -> ExtractedArticle {
        ExtractedArticle(
            article: NormalizedArticle(
                fileName: file, format: .plainText, title: "Headline of \(file)", paragraphs: paragraphs, outlet: outlet, published: may22,
                isPublishedInferred: false, url: url),
            sha256: SHA256.hex(Array((file + paragraphs.joined()).utf8)), claims: claims, signature: ArticleSignature(paragraphs: paragraphs))
    }

    func claim(_ kind: ClaimKind = .raid, by claimant: String) throws -> KnownClaim {
        try #require(try store.listClaims().first { $0.claim.kind == kind && $0.claim.claimant == claimant }?.claim)
    }

    func alerts(_ result: IngestResult) -> [Alert] {
        if case .recorded(let alerts) = result { return alerts }
        return []
    }

    @Test func versionsOfOnePageAreOneSourceAndANewEntrysClaimIsStillAlerted() throws {
        _ = try store.ingest(article("blog-1.txt", outlet: "Desk Live", Self.body, [raid]))
        _ = try store.ingest(article("blog-2.txt", outlet: "Desk Live", Self.body.map { $0.replacingOccurrences(of: " ", with: "  ") }, [raid]))
        _ = try store.ingest(article("blog-3.txt", outlet: "Desk Live", ["Updated at 12:05."] + Self.body, [raid]))
        let entry = "12:40 The Russian Volunteer Corps said its fighters had also crossed into the Kursk region overnight and were holding positions there."
        let rvc = Claim(kind: .raid, claimant: "Russian Volunteer Corps", region: "Kursk Oblast", date: may22, evidence: entry)
        let latest = try store.ingest(article("blog-4.txt", outlet: "Desk Live", [entry] + Self.body, [rvc, raid]))
        #expect(alerts(latest).map(\.claimant) == ["Russian Volunteer Corps"], "the new entry's claim is alerted")
        #expect(alerts(latest).first?.origins == 1)
        let legion = try claim(by: "Freedom of Russia Legion")
        #expect(legion.sources == 1 && legion.origins == 1, "four versions of one page: one source")
    }

    @Test func aVersionThatAddsAPlaceIsStillAnUpdateButNotANewSource() throws {
        _ = try store.ingest(article("page.txt", outlet: "Wire Desk", Self.body, [raid]))
        var richer = raid
        richer.places = ["Kozinka"]
        let update = try store.ingest(article("page-updated.txt", outlet: "Wire Desk", ["Updated: the village is Kozinka."] + Self.body, [richer]))
        #expect(alerts(update).map(\.event) == [.updated])
        #expect(alerts(update).first?.sources == 1)
    }

    @Test func theSameURLIsAVersionWhateverTheBody() throws {
        _ = try store.ingest(article("a.html", outlet: "Paper", url: "https://www.paper.example/news/raid?utm_source=x", Self.body, [raid]))
        let other = ["A wholly rewritten text about the same raid, with nothing in common with the first one at all."]
        _ = try store.ingest(article("b.html", outlet: "Paper", url: "http://paper.example/news/raid/", other, [raid]))
        #expect(try claim(by: "Freedom of Russia Legion").sources == 1)
    }

    @Test func aWireStoryUnderThreeOutletsIsThreeSourcesAndOneOrigin() throws {
        for (index, outlet) in ["Wire Agency", "City Paper", "Regional Daily"].enumerated() {
            var edited = Self.body
            if index > 0 { edited[4] = "Ukraine denied any role, \(outlet) reports." }
            let result = try store.ingest(article("wire-\(index).txt", outlet: outlet, ["By \(outlet) staff"] + edited, [raid]))
            if index == 0 { #expect(alerts(result).first?.origins == 1) }
        }
        let legion = try claim(by: "Freedom of Russia Legion")
        #expect(legion.sources == 3 && legion.origins == 1)
    }

    @Test func twoReportsInTheirOwnWordsAreTwoSourcesAndTwoOrigins() throws {
        _ = try store.ingest(article("one.txt", outlet: "Paper", Self.body, [raid]))
        let other = [
            "An anti-Kremlin militia announced it had entered Russia's Belgorod province, seizing a pair of settlements, according to a statement posted online.",
            "Moscow claimed its forces repelled the incursion, killing dozens of fighters, while the local governor urged calm.",
        ]
        _ = try store.ingest(article("two.txt", outlet: "Other Paper", other, [raid]))
        let legion = try claim(by: "Freedom of Russia Legion")
        #expect(legion.sources == 2 && legion.origins == 2)
    }

    @Test func theDevCorporaAreDistinctReportsNoneCollapsed() throws {
        let root = DaemonHarness.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        let folders = ["dev", "dev2"].map { root.appendingPathComponent("\($0)/articles") }.filter { FileManager.default.fileExists(atPath: $0.path) }
        guard !folders.isEmpty else {
            print("VersionsAndOriginsTests: ../shared/corpus is absent; the no-false-collapse check is skipped")
            return
        }
        let pipeline = ArticlePipeline(lexicon: try Lexicon.makeDefault())
        var signatures = [(String, String?, ArticleSignature)]()
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
                let extracted = try pipeline.process(bytes, fileName: name, modified: nil)
                _ = try store.ingest(extracted)
                signatures.append((name, extracted.article.outlet, extracted.signature!))
            }
        }
        let mismatched = try store.listClaims().filter { summary in
            let files = try store.history(ofClaim: summary.claim.id)?.mentions.map(\.fileName) ?? []
            return summary.claim.sources != Set(files).count
        }
        #expect(mismatched.isEmpty, "sources per claim = distinct files mentioning it; differs for \(mismatched.map(\.claim.id))")
        var closest = (0.0, "", "")
        for i in signatures.indices {
            for j in signatures.indices where j > i {
                let value = signatures[i].2.containment(with: signatures[j].2)
                if value > closest.0 { closest = (value, signatures[i].0, signatures[j].0) }
            }
        }
        print(
            "VersionsAndOriginsTests: \(signatures.count) corpus articles; the closest distinct pair holds \(String(format: "%.3f", closest.0)) (\(closest.1), \(closest.2)); version threshold \(ArticleIdentity.defaultVersionThreshold), copy \(ArticleIdentity.defaultCopyThreshold)"
        )
        #expect(closest.0 < ArticleIdentity.defaultVersionThreshold, "no two distinct reports look like versions of one page")
    }
}
