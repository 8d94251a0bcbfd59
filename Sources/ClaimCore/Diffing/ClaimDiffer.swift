/// The "same claim" rules of claims.md, and the choice among several matches.
///
/// Two claims are the same when kind and claimant agree, regions agree or
/// one is missing, dates are within two days (or, when either is missing,
/// the publication days are within seven), and denials deny the same
/// claimant. Among several matches: the closest date, then the same region,
/// then the most recently matched.
///
/// Two readings of the rules where claims.md is silent, both chosen so that
/// nothing is alerted twice: a denial whose target the article does not
/// show matches a known denial whatever that one denies (as a missing region
/// does), and an article with no date of its own (its publication inferred
/// from the file's mtime) is matched without the date rule.
public struct ClaimDiffer: Sendable {
    public static let dateWindow = 2
    public static let publicationWindow = 7

    public init() {}

    /// True when `claim` (from an article published on `published`) denotes `known`.
    public static func matches(_ claim: Claim, published: Day?, datesKnown: Bool = true, known: KnownClaim) -> Bool {
        matches(claim, Names(claim), published: published, datesKnown: datesKnown, known: known, Names(known))
    }

    /// True when two claims of one article denote the same claim: the rules of `matches` with
    /// one publication day for both, so a missing date on either side never keeps them apart.
    public static func same(_ a: Claim, _ b: Claim) -> Bool {
        let day = Day(year: 2000, month: 1, day: 1)!
        return matches(a, published: day, known: knownClaim(from: b, id: "", published: day))
    }

    /// The best of the known claims that match, or nil.
    public static func bestMatch(_ claim: Claim, published: Day?, datesKnown: Bool = true, among candidates: [KnownClaim]) -> KnownClaim? {
        best(claim, Names(claim), published: published, datesKnown: datesKnown, among: candidates, candidates.map(Names.init)).map { candidates[$0] }
    }

    /// The folded names the rules compare, folded once per claim rather than once per
    /// comparison (an article's claims meet every candidate).
    struct Names {
        var claimant: String
        var region: String?
        var denies: String?
        init(_ claim: Claim) { (claimant, region, denies) = (fold(claim.claimant), claim.region.map(fold), claim.denies.map { fold($0.claimant) }) }
        init(_ known: KnownClaim) { (claimant, region, denies) = (fold(known.claimant), known.region.map(fold), known.denies.map { fold($0.claimant) }) }
    }

    private static func matches(_ claim: Claim, _ names: Names, published: Day?, datesKnown: Bool, known: KnownClaim, _ knownNames: Names) -> Bool {
        guard claim.kind == known.kind, names.claimant == knownNames.claimant else { return false }
        if let a = names.region, let b = knownNames.region, a != b { return false }
        if claim.kind == .denial, let a = names.denies, let b = knownNames.denies, a != b { return false }
        guard datesKnown else { return true }
        if let a = claim.date, let b = known.date { return abs(a.days(to: b)) <= dateWindow }
        guard let published, let first = known.firstPublished else { return false }
        return abs(published.days(to: first)) <= publicationWindow
    }

    /// The index of the best match among `candidates` (closest date, then same region, then
    /// most recently matched; the first of equals), or nil.
    private static func best(
        _ claim: Claim, _ names: Names, published: Day?, datesKnown: Bool, among candidates: [KnownClaim], _ candidateNames: [Names]
    ) -> Int? {
        var best: (index: Int, distance: Int, sameRegion: Bool)?
        for (index, known) in candidates.enumerated()
        where matches(claim, names, published: published, datesKnown: datesKnown, known: known, candidateNames[index]) {
            let distance = distance(claim.date, known.date)
            let sameRegion = names.region != nil && names.region == candidateNames[index].region
            if let current = best {
                if distance != current.distance {
                    guard distance < current.distance else { continue }
                } else if sameRegion != current.sameRegion {
                    guard sameRegion else { continue }
                } else {
                    guard known.lastMatched > candidates[current.index].lastMatched else { continue }
                }
            }
            best = (index, distance, sameRegion)
        }
        return best?.index
    }

    /// Judges each claim of one article against the known ones.
    /// - Parameters:
    ///   - claims: the article's claims, in order.
    ///   - published: the article's publication day.
    ///   - datesKnown: false when the article states no date (its publication day is the file's mtime).
    ///   - known: candidate known claims (at least those of the same kind and claimant).
    ///   - makeID: the id for a new claim, given its index in `claims`.
    /// - Returns: one verdict per claim, in order.
    public func diff(_ claims: [Claim], published: Day?, datesKnown: Bool = true, known: [KnownClaim], makeID: (Int) -> String) -> [Verdict] {
        var working = known
        var workingNames = known.map(Names.init)
        var touched = Set<String>()
        var verdicts = [Verdict]()
        for (index, claim) in claims.enumerated() {
            if let i = Self.best(claim, Names(claim), published: published, datesKnown: datesKnown, among: working, workingNames) {
                let match = working[i]
                if touched.contains(match.id) {
                    verdicts.append(.repeatedInArticle(id: match.id))
                } else {
                    verdicts.append(.known(id: match.id, update: Self.update(of: match, by: claim)))
                }
                working[i] = Self.applying(claim, to: match)
                workingNames[i] = Names(working[i])
                touched.insert(match.id)
            } else {
                let id = makeID(index)
                verdicts.append(.new(id: id))
                working.append(Self.knownClaim(from: claim, id: id, published: published))
                workingNames.append(Names(working[working.count - 1]))
                touched.insert(id)
            }
        }
        return verdicts
    }

    /// What `claim` adds to `known`.
    public static func update(of known: KnownClaim, by claim: Claim) -> ClaimUpdate {
        ClaimUpdate(
            addedPlaces: claim.places.filter { place in !known.places.contains { fold($0) == fold(place) } },
            filledDate: known.date == nil ? claim.date : nil,
            filledRegion: known.region == nil ? claim.region : nil)
    }

    /// `known` after `claim` is recorded as a mention of it.
    public static func applying(_ claim: Claim, to known: KnownClaim) -> KnownClaim {
        var result = known
        let update = update(of: known, by: claim)
        result.places += update.addedPlaces
        result.date = result.date ?? update.filledDate
        result.region = result.region ?? update.filledRegion
        result.subject = result.subject ?? claim.subject
        return result
    }

    /// A new known claim from its first mention.
    public static func knownClaim(from claim: Claim, id: String, published: Day?) -> KnownClaim {
        KnownClaim(
            id: id, kind: claim.kind, claimant: claim.claimant, subject: claim.subject, region: claim.region, places: claim.places,
            date: claim.date, denies: claim.denies, firstPublished: published, lastMatched: 0, sources: 1)
    }

    private static func distance(_ a: Day?, _ b: Day?) -> Int {
        guard let a, let b else { return Int.max }
        return abs(a.days(to: b))
    }

    static func fold(_ s: String) -> String { TextFolding.fold(s) }
}
