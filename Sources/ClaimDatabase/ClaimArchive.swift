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
