import ClaimCore
import Foundation
import GRDB

/// What an article is compared with as it is recorded: the known articles it may be a version
/// or copy of, and the known claims its claims may be.
extension SQLiteClaimStore {
    /// The known articles worth comparing — the same canonical URL, or a signature band in
    /// common (at most 32, by index) — and what the rules make of them.
    /// `bandKeys`: the article's signature bands (none when its body is too short to compare).
    static func identify(
        _ extracted: ExtractedArticle, url: String?, bandKeys keys: [Int64], rules: ArticleIdentity, in db: Database
    ) throws -> ArticleIdentity.Verdict {
        var ids = Set<Int64>()
        if let url { ids.formUnion(try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM articles WHERE url = ? LIMIT 20"), arguments: [url])) }
        if !keys.isEmpty {
            let sql =
                "SELECT DISTINCT article_id FROM article_bands WHERE band_key IN (\(Array(repeating: "?", count: keys.count).joined(separator: ","))) LIMIT 32"
            ids.formUnion(try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: StatementArguments(keys)))
        }
        guard !ids.isEmpty else { return ArticleIdentity.Verdict(versionOf: nil, origin: nil, closest: 0) }
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let candidates = try Row.fetchAll(
            db, sql: "SELECT id, url, outlet, signature, shingles, root_id, origin_id FROM articles WHERE id IN (\(placeholders)) ORDER BY id",
            arguments: StatementArguments(ids.sorted())
        ).map { row -> ArticleIdentity.Candidate in
            let id: Int64 = row[0]
            let bytes: Data? = row[3]
            return ArticleIdentity.Candidate(
                id: id, url: row[1], outlet: row[2], signature: bytes.flatMap { ArticleSignature(bytes: Array($0), shingleCount: row[4]) },
                root: row[5] ?? id, origin: row[6] ?? id)
        }
        return rules.classify(url: url, outlet: extracted.article.outlet, signature: extracted.signature, among: candidates)
    }

    /// The known claims the differ needs for `claims`, found by bounded index reads so the
    /// cost does not grow with the store.
    ///
    /// The differ ranks the claims a claim matches by closest date, then same region, then
    /// most recently matched, then store order. For each claim this reads, in that order, the
    /// first few of each part of the ranking the "same claim" rules allow: dated claims on
    /// either side of its date (within `ClaimDiffer.dateWindow`, or at any distance when the
    /// article has no date of its own), split by region (the claim's, and none); claims
    /// without a date whose publication days are within `ClaimDiffer.publicationWindow`; and,
    /// for an article with no date, the undated rest. How few is enough: the differ's choice
    /// for a claim is the first of its parts unless earlier claims of the same article moved
    /// known claims (each moves the one it matched: fills its region, date or recency), and
    /// those moved claims are candidates already — so each part needs one more than the
    /// article's other claims of the same kind and claimant (`limit(for:among:)`).
    ///
    /// A denial also brings the most recently matched claim of what it denies, which becomes
    /// its CLAIM_DENIES_ID even when the article does not repeat it.
    ///
    /// Every read walks a covering index of migration v3 in the ranking's order (region and
    /// denial filters come from the index) and stops at the limit; a part read in date order
    /// sorts only the claims of its boundary day, a publication window only what it holds.
    /// Only the chosen rows are read from the table.
    static func candidates(for claims: [Claim], published: Day?, datesKnown: Bool, in db: Database) throws -> [KnownClaim] {
        var rowIDs = Set<Int64>()
        func collect(_ index: String, _ condition: String, order: String, _ arguments: StatementArguments, limit: Int) throws {
            let sql = "SELECT rowid FROM claims INDEXED BY \(index) WHERE \(condition) ORDER BY \(order) LIMIT \(limit)"
            rowIDs.formUnion(try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: arguments))
        }
        for claim in claims {
            let limit = limit(for: claim, among: claims)
            var base = "kind = ? AND claimant = ?"
            var baseArguments: StatementArguments = [claim.kind.rawValue, claim.claimant]
            if claim.kind == .denial, let denies = claim.denies {
                base += " AND (denies_claimant = ? OR denies_claimant IS NULL)"
                baseArguments += [denies.claimant]
            }
            // Each part of the region rule apart, so its order is the index's own.
            let regionParts: [(condition: String, arguments: StatementArguments)] =
                claim.region.map { [(" AND region = ?", [$0]), (" AND region IS NULL", [])] } ?? [("", [])]
            if let day = claim.date {
                let (low, high) = (day.adding(days: -ClaimDiffer.dateWindow).description, day.adding(days: ClaimDiffer.dateWindow).description)
                for part in regionParts {
                    let index = claim.region == nil ? "claims_by_date" : "claims_by_region_date"
                    let filter = base + part.condition
                    let arguments = baseArguments + part.arguments + [day.description]
                    try collect(
                        index, "\(filter) AND date >= ?" + (datesKnown ? " AND date <= ?" : ""), order: "date, last_matched DESC, rowid",
                        arguments + (datesKnown ? [high] : []), limit: limit)
                    try collect(
                        index, "\(filter) AND date < ?" + (datesKnown ? " AND date >= ?" : ""), order: "date DESC, last_matched DESC, rowid",
                        arguments + (datesKnown ? [low] : []), limit: limit)
                }
            }
            // The parts without a date rank by region, then recency.
            var regionFilter = "", regionOrder = "last_matched DESC, rowid"
            var regionArguments: StatementArguments = [], orderArguments: StatementArguments = []
            if let region = claim.region {
                regionFilter = " AND (region = ? OR region IS NULL)"
                regionArguments = [region]
                regionOrder = "region IS NOT ?, " + regionOrder
                orderArguments = [region]
            }
            let filter = base + regionFilter
            if datesKnown, let published {
                let window: StatementArguments = [
                    published.adding(days: -ClaimDiffer.publicationWindow).description, published.adding(days: ClaimDiffer.publicationWindow).description,
                ]
                if claim.date != nil {
                    // A dated claim falls back to publication days only for claims without a date.
                    try collect(
                        "claims_by_date", "\(filter) AND date IS NULL AND first_published BETWEEN ? AND ?", order: regionOrder,
                        baseArguments + regionArguments + window + orderArguments, limit: limit)
                } else {
                    try collect(
                        "claims_by_published", "\(filter) AND first_published BETWEEN ? AND ?", order: regionOrder,
                        baseArguments + regionArguments + window + orderArguments, limit: limit)
                }
            } else if !datesKnown {
                // No date rule: behind the dated ones rank the undated, or, for an undated claim, all —
                // each region part read in recency order (a sort by region first would read them all).
                let undated = claim.date == nil ? "" : " AND date IS NULL"
                for part in regionParts {
                    try collect(
                        "claims_by_recency", base + part.condition + undated, order: "last_matched DESC, rowid", baseArguments + part.arguments, limit: limit)
                }
            }
        }
        var targets = [(String, String)]()
        for denies in claims.compactMap(\.denies) where !targets.contains(where: { $0 == (denies.kind.rawValue, denies.claimant) }) {
            targets.append((denies.kind.rawValue, denies.claimant))
            try collect("claims_by_recency", "kind = ? AND claimant = ?", order: "last_matched DESC, id", [denies.kind.rawValue, denies.claimant], limit: 1)
        }
        guard !rowIDs.isEmpty else { return [] }
        // In store order, as a full scan would list them (the differ breaks exact ties by order).
        let placeholders = Array(repeating: "?", count: rowIDs.count).joined(separator: ",")
        return try Row.fetchAll(
            db, sql: "SELECT \(ClaimRecord.knownColumns) FROM claims WHERE rowid IN (\(placeholders)) ORDER BY rowid",
            arguments: StatementArguments(rowIDs.sorted())
        ).map(ClaimRecord.knownClaim(row:))
    }

    /// How many claims each part of the ranking contributes for `claim`: its best, and one
    /// more for each other claim of `claims` that could move a known claim ahead of or out
    /// of its way (same kind and claimant).
    static func limit(for claim: Claim, among claims: [Claim]) -> Int {
        claims.count { $0.kind == claim.kind && $0.claimant == claim.claimant }
    }
}
