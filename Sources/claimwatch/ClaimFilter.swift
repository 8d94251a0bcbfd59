import ArgumentParser
import ClaimCore
import ClaimDaemon
import ClaimDatabase
import Foundation
import Presentation

/// The filters `claims` and `export` share: kind, claimant, region, and how recently seen.
struct ClaimFilter: ParsableArguments {
    @Option(name: .shortAndLong, help: "Only claims of this kind: raid, denial or counterclaim (repeatable).")
    var kind: [ClaimKind] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Only this claimant: a canonical name or any lexicon alias (repeatable).", valueName: "NAME"))
    var claimant: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Only claims about this region (a region, an alias, or a settlement in it).", valueName: "NAME"))
    var region: String?

    @Option(
        help: ArgumentHelp(
            "Only claims seen (first or again) at or after WHEN: 'today', 'yesterday', '2h', '3 days', 'YYYY-MM-DD [HH:MM[:SS]]' (local time).",
            valueName: "WHEN"))
    var since: String?

    /// The summaries that pass every filter, in their order.
    func apply(_ summaries: [ClaimSummary]) throws -> [ClaimSummary] {
        let lexicon = try? LexiconLoader.load(overlays: [])
        let claimants = Set(claimant.map { lexicon?.canonicalActor(named: $0) ?? $0 })
        let wantedRegion = region.map { lexicon?.canonicalRegion(named: $0) ?? $0 }
        var earliest: String?
        if let since {
            let now = Int64(Date().timeIntervalSince1970)
            let seconds: Int64
            do { seconds = try TimeBound.parse(since, now: now, utcOffset: Int64(TimeZone.current.secondsFromGMT())) } catch {
                throw ValidationError(error.description)
            }
            // Stored times are UTC ISO 8601 to the second, so they compare as text.
            earliest = Date(timeIntervalSince1970: TimeInterval(seconds)).formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
        }
        return summaries.filter { s in
            (kind.isEmpty || kind.contains(s.claim.kind)) && (claimants.isEmpty || claimants.contains(s.claim.claimant))
                && (wantedRegion == nil || s.claim.region == wantedRegion) && (earliest.map { s.lastSeen >= $0 } ?? true)
        }
    }
}
