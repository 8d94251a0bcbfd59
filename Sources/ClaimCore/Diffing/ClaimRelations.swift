/// How known claims answer each other, for the status `claims` and `show`
/// print. A denial names what it denies (`denies`, resolved to an id by the
/// store); a counterclaim names nothing, so it answers the raids it could be
/// about: the same region, and the same day when both have one.
public enum ClaimRelations {
    /// True when `counterclaim` is the official account of the act `raid` claims.
    public static func counters(_ counterclaim: KnownClaim, _ raid: KnownClaim) -> Bool {
        guard counterclaim.kind == .counterclaim, raid.kind == .raid else { return false }
        guard let region = raid.region, counterclaim.region == region else { return false }
        if let a = counterclaim.date, let b = raid.date { return a == b }
        return true
    }
}
