import ClaimCore
import Foundation
import GRDB

/// What an article is compared with as it is recorded: the known articles it may be a version
/// or copy of, and the known claims its claims may be.
extension SQLiteClaimStore {
    /// The known articles worth comparing — the most recent 20 of the same canonical URL, and the
    /// most recent 32 that share a signature band (each band's most recent 32, read from the
    /// index, hold them) — and what the rules make of them. PostgreSQL picks the same.
    /// `bandKeys`: the article's signature bands (none when its body is too short to compare).
    static func identify(
        _ extracted: ExtractedArticle, url: String?, bandKeys keys: [Int64], rules: ArticleIdentity, in db: Database
    ) throws -> ArticleIdentity.Verdict {
        var ids = Set<Int64>()
        if let url {
            ids.formUnion(try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM articles WHERE url = ? ORDER BY id DESC LIMIT 20"), arguments: [url]))
        }
        if !keys.isEmpty {
            let band = try db.cachedStatement(sql: "SELECT article_id FROM article_bands WHERE band_key = ? ORDER BY article_id DESC LIMIT 32")
            var sharing = Set<Int64>()
            for key in Set(keys) { try RawRead(band, db: db).read([.integer(key)], into: &sharing) }
            ids.formUnion(sharing.sorted(by: >).prefix(32))
        }
        guard !ids.isEmpty else { return ArticleIdentity.Verdict(versionOf: nil, origin: nil, closest: 0) }
        let candidates = try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT id, url, outlet, signature, shingles, root_id, origin_id FROM articles WHERE id IN (\(idList)) ORDER BY id"),
            arguments: [Self.jsonList(ids)]
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
            try RawRead(db.cachedStatement(sql: sql), db: db).read(query.arguments, into: &rowIDs)
        }
        guard !rowIDs.isEmpty else { return [] }
        // In store order, as a full scan would list them (the differ breaks exact ties by order).
        // Decoded column by column here: at a million claims a claim's windows hold ~40 rows,
        // and GRDB's `Row` cost more per row than reading it.
        var known = [KnownClaim]()
        known.reserveCapacity(rowIDs.count)
        let statement = try db.cachedStatement(sql: "SELECT \(ClaimRecord.knownColumns) FROM claims WHERE rowid IN (\(idList)) ORDER BY rowid")
        try RawRead(statement, db: db).forEachRow([.text(Self.jsonList(rowIDs))]) { row in known.append(ClaimRecord.knownClaim(raw: row)) }
        return known
    }

    /// The ids of a read, as one argument: the statement is prepared once and cached, where a
    /// list of `?`s would be a new statement, parsed and planned, for every count of ids.
    private static let idList = "SELECT value FROM json_each(?)"

    private static func jsonList(_ ids: Set<Int64>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
