/// One claim per real-world claim per article (claims.md, annotation
/// conventions): a claimant restating the same act is one mention. Two found
/// claims merge under the same rules the differ uses across articles (kind,
/// claimant, compatible region, dates within two days, same denied
/// claimant). The evidence is the most specific mention's — a body sentence
/// over the headline, then one that names its own region and settlements —
/// and places, region and date are filled from the restatements.
enum ClaimMerger {
    static func merge(_ found: [FoundClaim]) -> [FoundClaim] {
        var out = [FoundClaim]()
        for item in found {
            if let index = out.firstIndex(where: { same($0, item) }) {
                var kept = out[index]
                if rank(item) > rank(kept) {
                    kept.claim.evidence = item.claim.evidence
                    kept.isHeadline = item.isHeadline
                    kept.inRelativeClause = item.inRelativeClause
                    if item.hasOwnRegion && item.claim.region != nil {
                        kept.claim.region = item.claim.region
                        kept.hasOwnRegion = true
                    }
                }
                for place in item.claim.places where !kept.claim.places.contains(place) { kept.claim.places.append(place) }
                // A region the mention states (one, or several = none) stands; a guessed one is filled in.
                if !kept.hasOwnRegion && (item.hasOwnRegion || kept.claim.region == nil) {
                    kept.claim.region = item.claim.region
                    kept.hasOwnRegion = item.hasOwnRegion
                }
                if item.dateSource > kept.dateSource {
                    kept.claim.date = item.claim.date
                    kept.dateSource = item.dateSource
                }
                if kept.claim.subject == nil { kept.claim.subject = item.claim.subject }
                out[index] = kept
            } else {
                out.append(item)
            }
        }
        return out
    }

    /// A body sentence over the headline, one that places the act in a single region over
    /// one that does not, a sentence over a short label line (a live blog's entry heading,
    /// "Kursk governor: 'no breakthrough'"), the claimant saying it ("The LSR claimed that …")
    /// over the outlet telling it ("The Legion conducted a raid …") or another quoting it
    /// ("dismissed the ministry's claim that …"), a speaker in a main clause
    /// over one in a relative clause, else the first.
    private static func rank(_ item: FoundClaim) -> Int {
        (item.isHeadline ? 0 : 100) + (item.hasOwnRegion && item.claim.region != nil ? 10 : 0) + (isShortLine(item.claim.evidence) ? 0 : 6)
            + (item.isNarrated ? 0 : 4) + (item.inRelativeClause ? 0 : 2)
    }

    /// Fewer than twelve words (space-separated runs, counted on the bytes up to the twelfth):
    /// an entry heading ("Russian Volunteer Corps says it is taking part") rather than a sentence.
    private static func isShortLine(_ text: String) -> Bool { text.utf8.hasAtMost(11, runsApartFrom: 0x20) }

    static func same(_ a: FoundClaim, _ b: FoundClaim) -> Bool {
        // A running total ("losses since March 12") is not the day's act that states its own day or place.
        for (period, other) in [(a, b), (b, a)] where period.dateSource == .period && other.dateSource != .period {
            if other.hasOwnRegion || other.dateSource >= .statement { return false }
        }
        return same(a.claim, b.claim)
    }

    /// claims.md's "same claim", as the differ judges it across articles (`ClaimDiffer.same`),
    /// with one stricter reading: in one article a denial that names what it denies and one
    /// that does not are two denials, not one restated.
    static func same(_ a: Claim, _ b: Claim) -> Bool {
        ClaimDiffer.same(a, b)
    }
}
