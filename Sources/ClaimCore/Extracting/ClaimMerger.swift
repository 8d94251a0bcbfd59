/// One claim per real-world claim per article (claims.md, annotation
/// conventions): a claimant restating the same act is one mention. Two found
/// claims merge under the same rules the differ uses across articles (kind,
/// claimant, compatible region, dates within two days, same denied
/// claimant); the body's sentence is preferred over the headline's as
/// evidence, and places, region and date are filled from the restatement.
enum ClaimMerger {
    static func merge(_ found: [FoundClaim]) -> [FoundClaim] {
        var out = [FoundClaim]()
        for item in found {
            if let index = out.firstIndex(where: { same($0.claim, item.claim) }) {
                var kept = out[index]
                if kept.isHeadline && !item.isHeadline {
                    kept.claim.evidence = item.claim.evidence
                    kept.isHeadline = false
                }
                for place in item.claim.places where !kept.claim.places.contains(place) { kept.claim.places.append(place) }
                if kept.claim.region == nil { kept.claim.region = item.claim.region }
                if kept.claim.date == nil { kept.claim.date = item.claim.date }
                if kept.claim.subject == nil { kept.claim.subject = item.claim.subject }
                out[index] = kept
            } else {
                out.append(item)
            }
        }
        return out
    }

    static func same(_ a: Claim, _ b: Claim) -> Bool {
        guard a.kind == b.kind, a.claimant == b.claimant, a.denies?.claimant == b.denies?.claimant else { return false }
        if let ra = a.region, let rb = b.region, ra != rb { return false }
        if let da = a.date, let db = b.date, abs(da.days(to: db)) > 2 { return false }
        return true
    }
}
