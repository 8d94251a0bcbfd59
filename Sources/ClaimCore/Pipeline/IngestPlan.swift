/// What recording one article changes in the store, decided in pure code so
/// that every store (SQLite, in-memory) applies the same decisions: the new
/// claims, the mentions, the updates, and the alerts to write.
public struct IngestPlan: Sendable, Hashable {
    /// One claim of the article with the differ's verdict.
    public struct Entry: Sendable, Hashable {
        public var claim: Claim
        public var verdict: Verdict
        /// The claim as stored after this article (new or updated).
        public var stored: KnownClaim
    }

    public var entries: [Entry]
    public var alerts: [Alert]

    /// Builds the plan for one article.
    /// - Parameters:
    ///   - claims: the extracted claims.
    ///   - article: the article (file name, outlet, publication day).
    ///   - sha256: hex hash of the article's bytes.
    ///   - known: candidate known claims (every known claim of the same kinds and claimants).
    ///   - sequence: this article's processing sequence number (for "most recently matched").
    ///   - counted: the known claims an earlier version of this article already carried (its
    ///     source is counted), and those its origin already carried (its origin is counted).
    public static func make(
        claims: [Claim], article: NormalizedArticle, sha256: String, known: [KnownClaim], sequence: Int64,
        counted: (sources: Set<String>, origins: Set<String>) = ([], [])
    ) -> IngestPlan {
        // An article that states no date of its own (published inferred from mtime) cannot
        // place its claims in time: they are matched on what it does say.
        let verdicts = ClaimDiffer().diff(claims, published: article.published, datesKnown: !article.isPublishedInferred, known: known) { index in
            String(SHA256.hex("\(sha256)|\(index)|\(claims[index].kind.rawValue)|\(claims[index].claimant)").prefix(16))
        }
        var byID = Dictionary(known.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var entries = [Entry]()
        var alerts = [Alert]()
        for (claim, verdict) in zip(claims, verdicts) {
            var stored: KnownClaim
            switch verdict {
            case .new(let id):
                stored = ClaimDiffer.knownClaim(from: claim, id: id, published: article.published)
                stored.lastMatched = sequence
                stored.denies = claim.denies
            case .known(let id, _), .repeatedInArticle(let id):
                stored = ClaimDiffer.applying(claim, to: byID[id]!)
                stored.lastMatched = sequence
                if case .known = verdict {
                    if !counted.sources.contains(id) { stored.sources += 1 }
                    if !counted.origins.contains(id) { stored.origins += 1 }
                }
            }
            byID[stored.id] = stored
            entries.append(Entry(claim: claim, verdict: verdict, stored: stored))
        }
        for entry in entries {
            let event: AlertEvent
            switch entry.verdict {
            case .new: event = .new
            case .known(_, let update) where !update.isEmpty: event = .updated
            default: continue
            }
            let final = byID[entry.stored.id]!
            let deniesID = entry.claim.denies.flatMap { target in
                byID.values.filter { $0.kind == target.kind && $0.claimant == target.claimant && $0.id != final.id }
                    .min { a, b in a.lastMatched != b.lastMatched ? a.lastMatched > b.lastMatched : a.id < b.id }?.id
            }
            alerts.append(
                Alert(
                    event: event, claimID: final.id, kind: final.kind, claimant: final.claimant, subject: final.subject,
                    region: final.region, places: final.places, date: final.date, denies: final.denies, deniesID: deniesID,
                    evidence: entry.claim.evidence, sources: final.sources, articleFile: article.fileName, articleSHA256: sha256,
                    outlet: article.outlet, published: article.published, language: article.language, origins: final.origins))
        }
        return IngestPlan(entries: entries, alerts: alerts)
    }
}
