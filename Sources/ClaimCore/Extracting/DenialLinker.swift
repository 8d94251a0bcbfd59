/// Points each denial at the claim the article frames it against, and gives
/// it that claim's region and date when the denial names none.
///
/// Preference: an actor the denial sentence names; else, by the denier's
/// role, the nearest claim of the side it answers — a group answers an
/// official's counterclaim, an official answers a group's raid, Kyiv
/// answers a Russian official's raid; else the nearest claim by another
/// claimant.
struct DenialLinker {
    let roles: [String: ActorRole]

    func link(_ found: [FoundClaim]) -> [FoundClaim] {
        var out = found
        for index in found.indices where found[index].claim.kind == .denial {
            guard let target = target(of: found[index], among: found) else { continue }
            out[index].claim.denies = DeniedClaim(claimant: target.claim.claimant, kind: target.claim.kind)
            if !found[index].hasOwnRegion { out[index].claim.region = target.claim.region }
            if !found[index].hasOwnDate { out[index].claim.date = target.claim.date }
        }
        return out
    }

    private func target(of denial: FoundClaim, among found: [FoundClaim]) -> FoundClaim? {
        let others = found.filter { $0.claim.kind != .denial && $0.claim.claimant != denial.claim.claimant }
        func nearest(_ candidates: [FoundClaim]) -> FoundClaim? {
            let before = candidates.filter { $0.sentenceIndex <= denial.sentenceIndex }
            if let last = before.last { return last }
            return candidates.first
        }
        for name in denial.namedOthers {
            if let claim = nearest(others.filter { $0.claim.claimant == name }) { return claim }
        }
        if let named = denial.namedOthers.first(where: { roles[$0] != roles[denial.claim.claimant] }) {
            let kind: ClaimKind = roles[named] == .russianOfficial && roles[denial.claim.claimant] == .group ? .counterclaim : .raid
            return FoundClaim(
                claim: Claim(kind: kind, claimant: named, evidence: ""), sentenceIndex: denial.sentenceIndex, isHeadline: false,
                hasOwnRegion: false, hasOwnDate: false, namedOthers: [], rule: "named in the denial")
        }
        let denier = roles[denial.claim.claimant] ?? .russianOfficial
        let preferred = others.filter { candidate in
            let role = roles[candidate.claim.claimant] ?? .russianOfficial
            switch denier {
            case .group: return role == .russianOfficial && candidate.claim.kind == .counterclaim
            case .russianOfficial: return role == .group
            case .ukrainianOfficial: return role == .russianOfficial
            }
        }
        return nearest(preferred) ?? nearest(others)
    }
}
