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

    /// The known claims the differ needs for `claims` (`CandidateQueries`): each read walks
    /// a covering index of migration v3, named to SQLite, and only the chosen rows are read
    /// from the table.
    static func candidates(for claims: [Claim], published: Day?, datesKnown: Bool, in db: Database) throws -> [KnownClaim] {
        var rowIDs = Set<Int64>()
        for query in CandidateQueries.make(for: claims, published: published, datesKnown: datesKnown, dialect: .sqlite) {
            let sql = "SELECT rowid FROM claims INDEXED BY \(query.index) WHERE \(query.condition) ORDER BY \(query.order) LIMIT \(query.limit)"
            let arguments = StatementArguments(
                query.arguments.map { value -> any DatabaseValueConvertible in
                    switch value {
                    case .text(let text): text
                    case .integer(let number): number
                    }
                })
            rowIDs.formUnion(try Int64.fetchAll(db.cachedStatement(sql: sql), arguments: arguments))
        }
        guard !rowIDs.isEmpty else { return [] }
        // In store order, as a full scan would list them (the differ breaks exact ties by order).
        let placeholders = Array(repeating: "?", count: rowIDs.count).joined(separator: ",")
        return try Row.fetchAll(
            db, sql: "SELECT \(ClaimRecord.knownColumns) FROM claims WHERE rowid IN (\(placeholders)) ORDER BY rowid",
            arguments: StatementArguments(rowIDs.sorted())
        ).map(ClaimRecord.knownClaim(row:))
    }
}
