import ClaimCore
import ClaimDatabase
import PostgresNIO

/// What an article is compared with as it is recorded (as `SQLiteClaimStore`'s, in PostgreSQL).
extension PostgresClaimStore {
    /// The known articles worth comparing — the most recent 20 of the same canonical URL, and the
    /// most recent 32 that share a signature band — and what the rules make of them (as SQLite's).
    static func identify(
        _ extracted: ExtractedArticle, url: String?, bandKeys keys: [Int64], rules: ArticleIdentity, in db: PostgresSession
    ) throws -> ArticleIdentity.Verdict {
        var ids = Set<Int64>()
        if let url {
            ids.formUnion(try db.rows("SELECT id FROM articles WHERE url = ? ORDER BY id DESC LIMIT 20", [.text(url)]).map { try $0.decode(Int64.self) })
        }
        if !keys.isEmpty {
            // Each band's most recent 32, read from the index: copies of one story share every band,
            // and a DISTINCT over all their rows would read them all before stopping.
            ids.formUnion(
                try db.rows(
                    """
                    SELECT DISTINCT b.article_id FROM unnest(?::bigint[]) AS k(band_key)
                    CROSS JOIN LATERAL (SELECT article_id FROM article_bands WHERE band_key = k.band_key ORDER BY article_id DESC LIMIT 32) b
                    ORDER BY b.article_id DESC LIMIT 32
                    """, [.integers(keys)]
                ).map { try $0.decode(Int64.self) })
        }
        guard !ids.isEmpty else { return ArticleIdentity.Verdict(versionOf: nil, origin: nil, closest: 0) }
        let candidates = try db.rows(
            "SELECT id, url, outlet, signature, shingles, root_id, origin_id FROM articles WHERE id = ANY(?) ORDER BY id", [.integers(ids.sorted())]
        ).map { row -> ArticleIdentity.Candidate in
            let (id, url, outlet, bytes, shingles, root, origin) = try row.decode((Int64, String?, String?, ByteBuffer?, Int32, Int64?, Int64?).self)
            return ArticleIdentity.Candidate(
                id: id, url: url, outlet: outlet,
                signature: bytes.flatMap { ArticleSignature(bytes: Array($0.readableBytesView), shingleCount: Int(shingles)) },
                root: root ?? id, origin: origin ?? id)
        }
        return rules.classify(url: url, outlet: extracted.article.outlet, signature: extracted.signature, among: candidates)
    }

    /// The known claims the differ needs for `claims` (`CandidateQueries`), in store order: every
    /// bounded read of the ranking in one statement (one round trip instead of one per read).
    static func candidates(for claims: [Claim], published: Day?, datesKnown: Bool, in db: PostgresSession) throws -> [KnownClaim] {
        let queries = CandidateQueries.make(for: claims, published: published, datesKnown: datesKnown, dialect: .postgres)
        guard !queries.isEmpty else { return [] }
        let reads = queries.map { "(SELECT seq FROM claims WHERE \($0.condition) ORDER BY \($0.order) LIMIT \($0.limit))" }
        return try db.rows(
            "SELECT \(knownColumns) FROM claims WHERE seq IN (\(reads.joined(separator: " UNION ALL "))) ORDER BY seq",
            queries.flatMap { $0.arguments.map(PostgresValue.init) }
        ).map(knownClaim(row:))
    }

    /// The columns the differ reads, in this order (`knownClaim(row:)`).
    static let knownColumns =
        "id, kind, claimant, subject, region, places, date, denies_claimant, denies_kind, first_published, last_matched, source_count, origin_count"

    static func knownClaim(row: PostgresRow) throws -> KnownClaim {
        let columns = row.makeRandomAccess()
        return KnownClaim.stored(
            id: try columns[0].decode(String.self), kind: try columns[1].decode(String.self), claimant: try columns[2].decode(String.self),
            subject: try columns[3].decode(String?.self), region: try columns[4].decode(String?.self), places: try columns[5].decode(String.self),
            date: try columns[6].decode(String?.self), deniesClaimant: try columns[7].decode(String?.self),
            deniesKind: try columns[8].decode(String?.self), firstPublished: try columns[9].decode(String?.self),
            lastMatched: try columns[10].decode(Int64.self), sources: Int(try columns[11].decode(Int32.self)),
            origins: Int(try columns[12].decode(Int32.self)))
    }
}
