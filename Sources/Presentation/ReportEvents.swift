import ClaimCore
import ClaimDatabase

/// Known claims grouped into events for `claimwatch report`: the claims of one region whose
/// days (the claim's date, else the day it was first published) lie within
/// `ClaimDiffer.dateWindow` of the group's last. A denial that names no region joins the
/// event of the claim it denies; claims with no region and no such target form events of
/// their own ("region not stated"), claims with no day at all one per region.
public struct ReportEvent: Sendable, Hashable {
    public var region: String?
    public var first: Day?
    public var last: Day?
    public var claims: [ClaimSummary]

    /// The day a claim is drawn at.
    public static func day(of claim: KnownClaim) -> Day? { claim.date ?? claim.firstPublished }

    public static func group(_ summaries: [ClaimSummary]) -> [ReportEvent] {
        let byID = Dictionary(summaries.map { ($0.claim.id, $0) }, uniquingKeysWith: { a, _ in a })
        // A regionless denial is placed with what it denies.
        func region(of summary: ClaimSummary) -> String? {
            if let region = summary.claim.region { return region }
            if let target = summary.deniesID.flatMap({ byID[$0] }), target.claim.id != summary.claim.id { return target.claim.region }
            return nil
        }
        var byRegion = [String?: [ClaimSummary]]()
        for summary in summaries { byRegion[region(of: summary), default: []].append(summary) }
        var events = [ReportEvent]()
        for (region, claims) in byRegion {
            let dated = claims.filter { day(of: $0.claim) != nil }.sorted { a, b in
                let (da, db) = (day(of: a.claim)!, day(of: b.claim)!)
                return da != db ? da < db : a.claim.id < b.claim.id
            }
            var current: ReportEvent?
            for summary in dated {
                let when = day(of: summary.claim)!
                if var event = current, let last = event.last, last.days(to: when) <= ClaimDiffer.dateWindow {
                    event.claims.append(summary)
                    event.last = when
                    current = event
                } else {
                    if let event = current { events.append(event) }
                    current = ReportEvent(region: region, first: when, last: when, claims: [summary])
                }
            }
            if let event = current { events.append(event) }
            let undated = claims.filter { day(of: $0.claim) == nil }
            if !undated.isEmpty { events.append(ReportEvent(region: region, first: nil, last: nil, claims: undated)) }
        }
        // Newest first; among the same day, by region.
        return events.sorted { a, b in
            if a.last != b.last { return (a.last?.ordinal ?? Int.min) > (b.last?.ordinal ?? Int.min) }
            return (a.region ?? "~") < (b.region ?? "~")
        }
    }
}
