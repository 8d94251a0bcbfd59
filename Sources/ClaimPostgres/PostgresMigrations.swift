import PostgresNIO

/// The PostgreSQL schema, as named migrations never edited once released, applied in order
/// under an advisory lock so that daemons starting together migrate once. The tables are
/// SQLite's (`Migrations` of ClaimDatabase, v1 to v7) plus what sharing needs: `seq` columns
/// for store order (SQLite's rowid), and the host whose outbox an alert sits in.
enum PostgresMigrations {
    /// The advisory lock key every migration run takes (any constant both builds agree on).
    static let lockKey: Int64 = 0x636C_6D77_6D69_6772

    static let all: [(name: String, statements: [String])] = [
        (
            "v1-shared-store",
            [
                """
                CREATE TABLE store_identity (id TEXT NOT NULL PRIMARY KEY)
                """,
                """
                INSERT INTO store_identity (id) VALUES (md5(random()::text || clock_timestamp()::text))
                """,
                """
                CREATE TABLE articles (
                    id BIGSERIAL PRIMARY KEY,
                    sha256 TEXT NOT NULL UNIQUE,
                    file_name TEXT NOT NULL,
                    outlet TEXT,
                    published TEXT,
                    published_inferred BOOLEAN NOT NULL DEFAULT false,
                    processed_at TEXT NOT NULL,
                    lang TEXT,
                    url TEXT,
                    signature BYTEA,
                    shingles INTEGER NOT NULL DEFAULT 0,
                    root_id BIGINT,
                    origin_id BIGINT,
                    host TEXT NOT NULL
                )
                """,
                "CREATE INDEX articles_by_url ON articles(url) WHERE url IS NOT NULL",
                "CREATE TABLE article_bands (band_key BIGINT NOT NULL, article_id BIGINT NOT NULL REFERENCES articles(id))",
                "CREATE INDEX article_bands_by_key ON article_bands(band_key)",
                """
                CREATE TABLE claims (
                    seq BIGSERIAL NOT NULL UNIQUE,
                    id TEXT PRIMARY KEY,
                    kind TEXT NOT NULL,
                    claimant TEXT NOT NULL,
                    subject TEXT,
                    region TEXT,
                    places TEXT NOT NULL DEFAULT '',
                    date TEXT,
                    denies_claimant TEXT,
                    denies_kind TEXT,
                    denies_id TEXT,
                    first_published TEXT,
                    first_seen TEXT NOT NULL,
                    last_seen TEXT NOT NULL,
                    last_matched BIGINT NOT NULL,
                    source_count INTEGER NOT NULL,
                    origin_count INTEGER NOT NULL DEFAULT 1
                )
                """,
                // The differ's covering indexes, as SQLite's v3 (the planner picks them itself).
                "CREATE INDEX claims_by_region_date ON claims(kind, claimant, region, date, last_matched, denies_claimant)",
                "CREATE INDEX claims_by_date ON claims(kind, claimant, date, first_published, region, last_matched, denies_claimant)",
                "CREATE INDEX claims_by_published ON claims(kind, claimant, first_published, region, last_matched, denies_claimant)",
                "CREATE INDEX claims_by_recency ON claims(kind, claimant, last_matched, region, date, denies_claimant)",
                "CREATE INDEX claims_by_denied ON claims(denies_id)",
                "CREATE INDEX claims_by_kind_region ON claims(kind, region)",
                """
                CREATE TABLE mentions (
                    id BIGSERIAL PRIMARY KEY,
                    claim_id TEXT NOT NULL REFERENCES claims(id),
                    article_id BIGINT NOT NULL REFERENCES articles(id),
                    evidence TEXT NOT NULL,
                    root_id BIGINT,
                    origin_id BIGINT,
                    UNIQUE (claim_id, article_id)
                )
                """,
                "CREATE INDEX mentions_by_article ON mentions(article_id)",
                "CREATE INDEX mentions_by_root ON mentions(root_id, claim_id)",
                "CREATE INDEX mentions_by_origin ON mentions(origin_id, claim_id)",
                // The outbox, one per host: each host sends and marks the alerts its own files raised.
                """
                CREATE TABLE alerts (
                    seq BIGSERIAL NOT NULL UNIQUE,
                    alert_id TEXT PRIMARY KEY,
                    sequence BIGINT NOT NULL,
                    claim_id TEXT NOT NULL REFERENCES claims(id),
                    event TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    sent_at TEXT,
                    host TEXT NOT NULL
                )
                """,
                "CREATE INDEX alerts_unsent ON alerts(host, sequence, seq) WHERE sent_at IS NULL",
                "CREATE INDEX alerts_by_claim ON alerts(claim_id, sequence)",
                """
                CREATE TABLE rejections (
                    id BIGSERIAL PRIMARY KEY,
                    file_name TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    rejected_at TEXT NOT NULL,
                    host TEXT NOT NULL
                )
                """,
            ]
        ),
        // Each band's most recent articles from the index, as SQLite's v8.
        (
            "v2-band-order",
            [
                "CREATE INDEX article_bands_by_key_article ON article_bands(band_key, article_id)",
                "DROP INDEX article_bands_by_key",
            ]
        ),
    ]

    /// Applies the migrations this database lacks, in one transaction.
    static func migrate(_ daemonSession: PostgresSession) throws {
        // An index built on a large store takes longer than the daemon's statement limits, and
        // a host that finds another migrating waits for it: neither limit applies here.
        let session = PostgresSession(connection: daemonSession.connection, logger: daemonSession.logger, seconds: PostgresSession.readerSeconds)
        try session.inTransaction {
            try session.execute("SET LOCAL statement_timeout = 0")
            try session.execute("SET LOCAL lock_timeout = 0")
            try session.execute("SELECT pg_advisory_xact_lock(?)", [.integer(lockKey)])
            try session.execute("CREATE TABLE IF NOT EXISTS claimwatch_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            let applied = Set(try session.rows("SELECT name FROM claimwatch_migrations").map { try $0.decode(String.self) })
            for migration in all where !applied.contains(migration.name) {
                for statement in migration.statements { try session.execute(statement) }
                try session.execute("INSERT INTO claimwatch_migrations (name) VALUES (?)", [.text(migration.name)])
            }
        }
    }
}
