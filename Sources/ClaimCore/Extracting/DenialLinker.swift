/// Points each denial at the claim the article frames it against, and gives
/// it that claim's region and date when the denial states none (claims.md:
/// "A denial takes the region and date of the act it denies").
///
/// Preference: the owner the denial names ("Bogomaz's version", "the
/// ministry's claim that…", "claimed by the Kremlin"); else, by the
/// denier's role, the first claim of the side it answers that fits the
/// denial's own date and region — a group answers an official's
/// counterclaim, an official answers a group's raid, Kyiv answers a Russian
/// official's raid — and of those, a claim naming a settlement the denial names
/// ("kept them out of Tyotkino" answers the claim to Tyotkino), then the claim of a claimant named in the
/// denial's sentence, then of the owner the denial just before named when its denier has the
/// same role and stands one sentence back ("Kyiv rejected the Kremlin's version. Its military said…": the
/// framing goes on), else of the claimant the article names first (claims.md:
/// "the first of them named in the article"); else the nearest claim of
/// another actor the denial names. A denial naming the other side's raiders ("no Ukrainian
/// troops in the region") answers only a claim about them of the same days, else none; a
/// denial answering none takes the day the text is telling of. A denial with no target that
/// says nothing about a raid and names no raiders (a drone strike, a rumour) is no claim of
/// this domain and is dropped.
struct DenialLinker {
    let roles: [String: ActorRole]
    /// Actors that can be the subject of a raid (`Actor.canRaid`).
    var raiders = Set<String>()
    /// Whose claims each role's denial answers (the language profile's `answers.tsv`).
    let answers: AnswerTable

    /// The denials of `denials` linked to the article's other claims `facts`
    /// (already merged, so a target carries what all its mentions said).
    /// `firstNamed`: where each actor is first named (sentence, then word: a sortable number);
    /// `named`: the actors of each sentence.
    func link(_ denials: [FoundClaim], against facts: [FoundClaim], firstNamed: [String: Int] = [:], named: [Set<String>] = []) -> [FoundClaim] {
        var out = [FoundClaim]()
        /// The last denial that named whose claim it denies: its sentence, role and that owner.
        var framing: (sentence: Int, role: ActorRole, owner: String)?
        for item in denials {
            let denier = role(item.claim.claimant)
            // "Kyiv rejected the Kremlin's version. Ukraine's military said its troops fight only
            // on Ukrainian soil.": a denial naming no owner, in the sentence after one by an actor
            // of its own role that named one, goes on answering that claim (a group's denial
            // after Kyiv's, of another role, does not).
            let continued = framing.flatMap { frame in
                item.deniedOwners.isEmpty && (0...1).contains(item.sentenceIndex - frame.sentence) && denier == frame.role ? frame.owner : nil
            }
            if let owner = item.deniedOwners.first(where: { $0 != item.claim.claimant }), let denier {
                framing = (item.sentenceIndex, denier, owner)
            }
            guard
                let target = target(
                    of: item, among: facts, firstNamed: firstNamed, named: named[safe: item.sentenceIndex] ?? [], continuing: continued)
            else {
                // Kept when it says something about a raid, or names the other side's raiders.
                guard item.mentionsRaid || !deniedRaiders(of: item).isEmpty else { continue }
                // Answering no claim, it denies the act the text is telling of: its day.
                var unlinked = item
                if !item.hasOwnDate { unlinked.claim.date = item.contextDate }
                out.append(unlinked)
                continue
            }
            var linked = item
            linked.claim.denies = DeniedClaim(claimant: target.claim.claimant, kind: target.claim.kind)
            if !item.hasOwnRegion { linked.claim.region = target.claim.region }
            if !item.hasOwnDate { linked.claim.date = target.claim.date }
            out.append(linked)
        }
        return oneAnswerPerDenier(out)
    }

    /// "Kyiv denied it" in the lede, "Podolyak called the Kremlin's version a staged provocation"
    /// further down: one denial told twice, the second saying whose claim it answers. A denial
    /// naming no owner, no other actor and no settlement, and saying only that it denies ("denied
    /// the claim", not "denied losing any fighters"), takes the target of the same denier's
    /// denial that names one, when both answer a claim of the same kind on the same days in the
    /// same region (the merger then makes them one). A denial of another kind of claim (the
    /// ministry's figures), or one naming whom it answers, keeps its own target.
    private func oneAnswerPerDenier(_ denials: [FoundClaim]) -> [FoundClaim] {
        var out = denials
        for index in out.indices {
            let item = out[index]
            guard item.deniedOwners.isEmpty, item.claim.places.isEmpty, !item.statesWhatIsDenied, let denied = item.claim.denies,
                item.namedOthers.allSatisfy({ $0 == item.claim.claimant })
            else { continue }
            let named = out.first { other in
                guard other.claim.claimant == item.claim.claimant, let answered = other.claim.denies,
                    answered.kind == denied.kind, answered.claimant != denied.claimant,
                    other.deniedOwners.contains(answered.claimant)
                else { return false }
                var relinked = item.claim
                relinked.denies = answered
                return ClaimDiffer.same(relinked, other.claim)
            }
            if let named { out[index].claim.denies = named.claim.denies }
        }
        return out
    }

    /// The raiders of the other side that a denial names ("no Ukrainian troops", for a governor;
    /// not the groups Kyiv names, which are on its side).
    private func deniedRaiders(of denial: FoundClaim) -> Set<String> {
        guard let denier = role(denial.claim.claimant) else { return [] }
        return Set(denial.namedOthers.filter { raiders.contains($0) && role($0).map { $0.isRussianSide != denier.isRussianSide } == true })
    }

    /// The actor's role from the lexicon (every actor has one: `Lexicon.requireRoles`).
    private func role(_ name: String) -> ActorRole? { roles[name] }

    /// - Parameter continuing: the owner the denial just before it named, when this one goes on
    ///   answering that claim: preferred after a claimant named in its own sentence.
    private func target(
        of denial: FoundClaim, among found: [FoundClaim], firstNamed: [String: Int], named: Set<String>, continuing: String? = nil
    ) -> FoundClaim? {
        var others = found.filter { $0.claim.kind != .denial && $0.claim.claimant != denial.claim.claimant }
        func nearest(_ candidates: [FoundClaim]) -> FoundClaim? {
            if let same = candidates.first(where: { $0.sentenceIndex == denial.sentenceIndex }) { return same }
            return candidates.last { $0.sentenceIndex < denial.sentenceIndex } ?? candidates.first
        }
        for owner in denial.deniedOwners where owner != denial.claim.claimant {
            if let claim = nearest(others.filter { $0.claim.claimant == owner }) { return claim }
            var kind = ClaimKind.raid
            if let denier = role(denial.claim.claimant), let side = role(owner) { kind = answers.namedOwnerKind(denier: denier, side: side) }
            return FoundClaim(
                claim: Claim(kind: kind, claimant: owner, evidence: ""), sentenceIndex: denial.sentenceIndex, isHeadline: false,
                hasOwnRegion: false, hasOwnDate: false, namedOthers: [], rule: "named in the denial")
        }
        guard let denier = role(denial.claim.claimant) else { return nil }
        // "There are no Ukrainian troops in the region": a denial naming the other side's raiders
        // denies what is claimed about them — a claim they make or are the subject of — and
        // answers no other claim (claims.md: no lexicon actor's claim, null).
        let deniedRaiders = deniedRaiders(of: denial)
        if !deniedRaiders.isEmpty {
            // Of the same days: its own, else the day the text is telling of ("He also rejected
            // reports that Ukrainian units had got across", in the paragraph on 6 August).
            let day = denial.hasOwnDate ? denial.claim.date : denial.contextDate
            others = others.filter { candidate in
                (deniedRaiders.contains(candidate.claim.claimant) || candidate.claim.subject.map(deniedRaiders.contains) == true)
                    && !(day.flatMap { own in candidate.claim.date.map { abs(own.days(to: $0)) > ClaimDiffer.dateWindow } } ?? false)
            }
            if others.isEmpty { return nil }
        }
        func rank(_ candidate: FoundClaim) -> Int? {
            role(candidate.claim.claimant).flatMap { answers.rank(denier: denier, side: $0, kind: candidate.claim.kind) }
        }
        // The claims the denier's role answers, of the kind it prefers most among those present.
        let best = others.compactMap(rank).min()
        let preferred = others.filter { best != nil && rank($0) == best }
        // Its own day, else the day of the section heading it stands under ("24 MAY" over a
        // chronology's entry): a claim of another day answers it only when none of that day does.
        let day = denial.hasOwnDate ? denial.claim.date : denial.headingDate
        let fitting = preferred.filter { candidate in
            if let own = day, let date = candidate.claim.date, abs(own.days(to: date)) > 1 { return false }
            if denial.hasOwnRegion, let own = denial.claim.region, let region = candidate.claim.region, own != region { return false }
            return true
        }
        // Of several, the claim of a claimant named beside the denial ("when the Legion announced
        // the breakthrough, Gladkov insisted…"), else of the one the article names first.
        func byFirstNamed(_ claims: [FoundClaim]) -> FoundClaim? {
            func order(_ item: (offset: Int, element: FoundClaim)) -> (Int, Int, Int, Int) {
                let name = item.element.claim.claimant
                return (named.contains(name) ? 0 : 1, name == continuing ? 0 : 1, firstNamed[name] ?? .max, item.offset)
            }
            return claims.enumerated().min { order($0) < order($1) }?.element
        }
        // A denial naming a settlement answers the claim that named it ("did not let them into
        // Tyotkino" answers the Legion's "we took Tyotkino", not the RVC's Belgorod raid).
        func placed(_ claims: [FoundClaim]) -> [FoundClaim] {
            denial.claim.places.isEmpty ? [] : claims.filter { !Set($0.claim.places).isDisjoint(with: denial.claim.places) }
        }
        // A claimant named beside the denial is answered even when its claim found in the
        // article is of another day ("That morning the RVC said …; by the afternoon Gladkov was
        // assuring residents there was no enemy"): the claim of that day may be one not found.
        func namedBeside(_ claims: [FoundClaim]) -> [FoundClaim] { claims.filter { named.contains($0.claim.claimant) } }
        if let first = byFirstNamed(placed(fitting)) ?? byFirstNamed(namedBeside(fitting)) ?? byFirstNamed(namedBeside(preferred))
            ?? byFirstNamed(fitting) ?? byFirstNamed(placed(preferred)) ?? byFirstNamed(preferred)
        {
            return first
        }
        for name in denial.namedOthers {
            if let claim = nearest(others.filter { $0.claim.claimant == name }) { return claim }
        }
        return nil
    }
}
