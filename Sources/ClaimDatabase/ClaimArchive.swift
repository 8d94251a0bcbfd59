import ClaimCore

/// What the operator commands (`claims`, `show`, `export`, `report`) read, from whichever
/// store the config names: `SQLiteClaimStore` or `PostgresClaimStore`.
public protocol ClaimArchive: Sendable {
    /// The SQLite file, or the PostgreSQL URL without its password, as messages name it.
    var location: String { get }
    /// Every known claim, oldest first, with who denied it.
    func listClaims() throws(StoreError) -> [ClaimSummary]
    /// The history of the claim with `id` (or the one claim whose id starts with it); nil when none.
    func history(ofClaim id: String) throws(StoreError) -> ClaimHistory?
    /// Every mention of every claim, by claim id, each claim's oldest first.
    func mentionsByClaim() throws(StoreError) -> [String: [ClaimMention]]
}

extension SQLiteClaimStore: ClaimArchive {
    public var location: String { path }
}

extension KnownClaim {
    /// A claim as both stores keep it: kinds and days as text, places comma-separated
    /// (canonical names hold no comma).
    public static func stored(
        id: String, kind: String, claimant: String, subject: String?, region: String?, places: String, date: String?, deniesClaimant: String?,
        deniesKind: String?, firstPublished: String?, lastMatched: Int64, sources: Int, origins: Int
    ) -> KnownClaim {
        KnownClaim(
            id: id, kind: ClaimKind(rawValue: kind) ?? .raid, claimant: claimant, subject: subject, region: region,
            places: places.isEmpty ? [] : places.split(separator: ",").map(String.init), date: date.flatMap { Day(iso: $0) },
            denies: deniesClaimant.map { DeniedClaim(claimant: $0, kind: deniesKind.flatMap(ClaimKind.init) ?? .raid) },
            firstPublished: firstPublished.flatMap { Day(iso: $0) }, lastMatched: lastMatched, sources: sources, origins: origins)
    }
}

extension ClaimSummary {
    /// The claimants of `counterclaims` that answer `raid` (`ClaimRelations`), each once, sorted.
    public static func counterclaimants(of raid: KnownClaim, among counterclaims: [KnownClaim]) -> [String] {
        Array(Set(counterclaims.filter { ClaimRelations.counters($0, raid) }.map(\.claimant))).sorted()
    }

    /// `summaries` with each raid's `counteredBy` filled from the counterclaims among them,
    /// looked up by region so a raid meets only its own region's.
    public static func counteringRaids(_ summaries: [ClaimSummary]) -> [ClaimSummary] {
        var counterclaims = [String: [KnownClaim]]()
        for summary in summaries where summary.claim.kind == .counterclaim {
            if let region = summary.claim.region { counterclaims[region, default: []].append(summary.claim) }
        }
        return summaries.map { summary in
            guard summary.claim.kind == .raid, let region = summary.claim.region else { return summary }
            var result = summary
            result.counteredBy = counterclaimants(of: summary.claim, among: counterclaims[region] ?? [])
            return result
        }
    }
}

/// How both stores name the recording of a batch in their errors: "record article 'a.txt'",
/// "record 5 articles ('a.txt', 'b.txt', 'c.txt', …)".
public enum StoreOperation {
    public static func record(_ batch: [ExtractedArticle]) -> String {
        let names = batch.prefix(3).map { "'\($0.article.fileName)'" }.joined(separator: ", ") + (batch.count > 3 ? ", …" : "")
        return batch.count == 1 ? "record article \(names)" : "record \(batch.count) articles (\(names))"
    }
}
