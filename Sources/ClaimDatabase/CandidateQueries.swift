import ClaimCore

/// A value bound to a `?` of a query, in either backend.
public enum SQLValue: Sendable, Hashable {
    case text(String)
    case integer(Int64)
}

/// How the SQL of the two backends differs where the candidate reads meet it.
public struct SQLDialect: Sendable, Hashable {
    /// The column that orders claims as they were stored.
    public var storeOrder: String
    /// "Is not equal, nulls compared as values".
    public var isDistinctFrom: String

    public static let sqlite = SQLDialect(storeOrder: "rowid", isDistinctFrom: "IS NOT")
    public static let postgres = SQLDialect(storeOrder: "seq", isDistinctFrom: "IS DISTINCT FROM")
}

/// One bounded index read of the differ's candidates: `SELECT <store order> FROM claims WHERE
/// condition ORDER BY order LIMIT limit`, its `?`s bound to `arguments` in order. `index` names
/// the index the read walks (SQLite is told; PostgreSQL's planner finds it).
public struct CandidateQuery: Sendable, Hashable {
    public var index: String
    public var condition: String
    public var order: String
    public var arguments: [SQLValue]
    public var limit: Int
}

/// The known claims the differ needs for an article's claims, as bounded index reads, so the
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
/// Every read walks a covering index in the ranking's order (region and denial filters come
/// from the index) and stops at the limit; a part read in date order sorts only the claims of
/// its boundary day, a publication window only what it holds.
public enum CandidateQueries {
    public static func make(for claims: [Claim], published: Day?, datesKnown: Bool, dialect: SQLDialect) -> [CandidateQuery] {
        var queries = [CandidateQuery]()
        let recency = "last_matched DESC, \(dialect.storeOrder)"
        func collect(_ index: String, _ condition: String, order: String, _ arguments: [SQLValue], limit: Int) {
            queries.append(CandidateQuery(index: index, condition: condition, order: order, arguments: arguments, limit: limit))
        }
        for claim in claims {
            let limit = limit(for: claim, among: claims)
            var base = "kind = ? AND claimant = ?"
            var baseArguments: [SQLValue] = [.text(claim.kind.rawValue), .text(claim.claimant)]
            if claim.kind == .denial, let denies = claim.denies {
                base += " AND (denies_claimant = ? OR denies_claimant IS NULL)"
                baseArguments += [.text(denies.claimant)]
            }
            // Each part of the region rule apart, so its order is the index's own.
            let regionParts: [(condition: String, arguments: [SQLValue])] =
                claim.region.map { [(" AND region = ?", [.text($0)]), (" AND region IS NULL", [])] } ?? [("", [])]
            if let day = claim.date {
                let (low, high) = (day.adding(days: -ClaimDiffer.dateWindow).description, day.adding(days: ClaimDiffer.dateWindow).description)
                for part in regionParts {
                    let index = claim.region == nil ? "claims_by_date" : "claims_by_region_date"
                    let filter = base + part.condition
                    let arguments = baseArguments + part.arguments + [.text(day.description)]
                    collect(
                        index, "\(filter) AND date >= ?" + (datesKnown ? " AND date <= ?" : ""), order: "date, \(recency)",
                        arguments + (datesKnown ? [.text(high)] : []), limit: limit)
                    collect(
                        index, "\(filter) AND date < ?" + (datesKnown ? " AND date >= ?" : ""), order: "date DESC, \(recency)",
                        arguments + (datesKnown ? [.text(low)] : []), limit: limit)
                }
            }
            // The parts without a date rank by region, then recency.
            var regionFilter = "", regionOrder = recency
            var regionArguments: [SQLValue] = [], orderArguments: [SQLValue] = []
            if let region = claim.region {
                regionFilter = " AND (region = ? OR region IS NULL)"
                regionArguments = [.text(region)]
                regionOrder = "region \(dialect.isDistinctFrom) ?, " + regionOrder
                orderArguments = [.text(region)]
            }
            let filter = base + regionFilter
            if datesKnown, let published {
                let window: [SQLValue] = [
                    .text(published.adding(days: -ClaimDiffer.publicationWindow).description),
                    .text(published.adding(days: ClaimDiffer.publicationWindow).description),
                ]
                if claim.date != nil {
                    // A dated claim falls back to publication days only for claims without a date.
                    collect(
                        "claims_by_date", "\(filter) AND date IS NULL AND first_published BETWEEN ? AND ?", order: regionOrder,
                        baseArguments + regionArguments + window + orderArguments, limit: limit)
                } else {
                    collect(
                        "claims_by_published", "\(filter) AND first_published BETWEEN ? AND ?", order: regionOrder,
                        baseArguments + regionArguments + window + orderArguments, limit: limit)
                }
            } else if !datesKnown {
                // No date rule: behind the dated ones rank the undated, or, for an undated claim, all —
                // each region part read in recency order (a sort by region first would read them all).
                let undated = claim.date == nil ? "" : " AND date IS NULL"
                for part in regionParts {
                    collect("claims_by_recency", base + part.condition + undated, order: recency, baseArguments + part.arguments, limit: limit)
                }
            }
        }
        var targets = [(String, String)]()
        for denies in claims.compactMap(\.denies) where !targets.contains(where: { $0 == (denies.kind.rawValue, denies.claimant) }) {
            targets.append((denies.kind.rawValue, denies.claimant))
            collect(
                "claims_by_recency", "kind = ? AND claimant = ?", order: "last_matched DESC, id", [.text(denies.kind.rawValue), .text(denies.claimant)],
                limit: 1)
        }
        return queries
    }

    /// How many claims each part of the ranking contributes for `claim`: its best, and one
    /// more for each other claim of `claims` that could move a known claim ahead of or out
    /// of its way (same kind and claimant).
    static func limit(for claim: Claim, among claims: [Claim]) -> Int {
        claims.count { $0.kind == claim.kind && $0.claimant == claim.claimant }
    }
}
