import ClaimCore
import ClaimDatabase

extension ClaimSummary {
    /// What became of a claim, as `claims`, `export` and `report` print it: a raid is
    /// "claimed", "denied by" the sides whose denials point at it, "countered by" the
    /// officials whose counterclaims give the same region and day; a denial names what it denies.
    public var status: String {
        switch claim.kind {
        case .denial:
            return claim.denies.map { "denies \($0.claimant)'s \($0.kind.rawValue)" } ?? "denial"
        case .counterclaim:
            return "counterclaim"
        case .raid:
            var parts = [String]()
            if !deniedBy.isEmpty { parts.append("denied by \(deniedBy.joined(separator: ", "))") }
            if !counteredBy.isEmpty { parts.append("countered by \(counteredBy.joined(separator: ", "))") }
            return parts.isEmpty ? "claimed" : parts.joined(separator: "; ")
        }
    }
}
