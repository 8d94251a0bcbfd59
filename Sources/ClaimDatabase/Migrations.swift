import GRDB

/// The schema, as named migrations that are never edited once released.
enum Migrations {
    static func makeMigrator() -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-claims") { db in
            try db.execute(
                sql: """
                    CREATE TABLE articles (
                        id INTEGER PRIMARY KEY,
                        sha256 TEXT NOT NULL UNIQUE,
                        file_name TEXT NOT NULL,
                        outlet TEXT,
                        published TEXT,
                        published_inferred INTEGER NOT NULL DEFAULT 0,
                        processed_at TEXT NOT NULL
                    );
                    CREATE TABLE claims (
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
                        last_matched INTEGER NOT NULL,
                        source_count INTEGER NOT NULL
                    );
                    -- The differ's candidates are the claims of one kind and claimant.
                    CREATE INDEX claims_by_kind_claimant ON claims(kind, claimant, date);
                    CREATE TABLE mentions (
                        id INTEGER PRIMARY KEY,
                        claim_id TEXT NOT NULL REFERENCES claims(id),
                        article_id INTEGER NOT NULL REFERENCES articles(id),
                        evidence TEXT NOT NULL,
                        UNIQUE (claim_id, article_id)
                    );
                    CREATE INDEX mentions_by_article ON mentions(article_id);
                    -- The outbox: alerts are stored with the claims they report and sent afterwards.
                    CREATE TABLE alerts (
                        alert_id TEXT PRIMARY KEY,
                        sequence INTEGER NOT NULL,
                        claim_id TEXT NOT NULL REFERENCES claims(id),
                        event TEXT NOT NULL,
                        payload TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        sent_at TEXT
                    );
                    CREATE INDEX alerts_unsent ON alerts(sent_at, sequence);
                    CREATE TABLE rejections (
                        id INTEGER PRIMARY KEY,
                        file_name TEXT NOT NULL,
                        reason TEXT NOT NULL,
                        rejected_at TEXT NOT NULL
                    );
                    """)
        }
        // The differ's candidates by window, not every claim of a kind and claimant, so a
        // lookup costs the same with a million known claims as with a thousand.
        migrator.registerMigration("v2-candidate-windows") { db in
            try db.execute(
                sql: """
                    DROP INDEX claims_by_kind_claimant;
                    CREATE INDEX claims_by_date ON claims(kind, claimant, date, first_published);
                    CREATE INDEX claims_by_published ON claims(kind, claimant, first_published);
                    CREATE INDEX claims_by_recency ON claims(kind, claimant, last_matched);
                    """)
        }
        // Covering indexes in the differ's order: each candidate scan reads the region, the
        // denial's target and the recency from the index and stops after a fixed number of
        // rows, so the lookup does not grow with the number of claims in a window either.
        migrator.registerMigration("v3-covering-candidates") { db in
            try db.execute(
                sql: """
                    DROP INDEX claims_by_date;
                    DROP INDEX claims_by_published;
                    DROP INDEX claims_by_recency;
                    CREATE INDEX claims_by_region_date ON claims(kind, claimant, region, date, last_matched, denies_claimant);
                    CREATE INDEX claims_by_date ON claims(kind, claimant, date, first_published, region, last_matched, denies_claimant);
                    CREATE INDEX claims_by_published ON claims(kind, claimant, first_published, region, last_matched, denies_claimant);
                    CREATE INDEX claims_by_recency ON claims(kind, claimant, last_matched, region, date, denies_claimant);
                    """)
        }
        // A random name for this store, carried by its alerts (CLAIMWATCH_STORE), so that the
        // outbox's journal check after a crash counts only alerts this store wrote: another
        // instance alerting on the same bytes has the same ALERT_IDs.
        migrator.registerMigration("v4-store-identity") { db in
            try db.execute(
                sql: """
                    CREATE TABLE store_identity (id TEXT NOT NULL PRIMARY KEY);
                    INSERT INTO store_identity (id) VALUES (lower(hex(randomblob(16))));
                    """)
        }
        // The language each article was told to be in (issue 21): an article in a language no
        // profile reads is recorded with its language and no claims.
        migrator.registerMigration("v5-article-language") { db in
            try db.execute(sql: "ALTER TABLE articles ADD COLUMN lang TEXT")
        }
        // `show ID` reads one claim and what points at it by key (issue 22): the denials that
        // name it, and the raids and counterclaims of its region.
        migrator.registerMigration("v6-claim-history-keys") { db in
            try db.execute(
                sql: """
                    CREATE INDEX claims_by_denied ON claims(denies_id);
                    CREATE INDEX claims_by_kind_region ON claims(kind, region);
                    """)
        }
        // Versions and copies (issue 25): each article keeps its URL and body signature, the
        // article it is a version of (`root_id`) and the origin it carries (`origin_id`), filed by
        // signature band for lookups; mentions carry both, and claims count origins.
        migrator.registerMigration("v7-versions-and-origins") { db in
            try db.execute(
                sql: """
                    ALTER TABLE articles ADD COLUMN url TEXT;
                    ALTER TABLE articles ADD COLUMN signature BLOB;
                    ALTER TABLE articles ADD COLUMN shingles INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE articles ADD COLUMN root_id INTEGER;
                    ALTER TABLE articles ADD COLUMN origin_id INTEGER;
                    UPDATE articles SET root_id = id, origin_id = id;
                    CREATE INDEX articles_by_url ON articles(url) WHERE url IS NOT NULL;
                    CREATE TABLE article_bands (band_key INTEGER NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id));
                    CREATE INDEX article_bands_by_key ON article_bands(band_key);
                    ALTER TABLE mentions ADD COLUMN root_id INTEGER;
                    ALTER TABLE mentions ADD COLUMN origin_id INTEGER;
                    UPDATE mentions SET root_id = article_id, origin_id = article_id;
                    CREATE INDEX mentions_by_root ON mentions(root_id, claim_id);
                    CREATE INDEX mentions_by_origin ON mentions(origin_id, claim_id);
                    ALTER TABLE claims ADD COLUMN origin_count INTEGER NOT NULL DEFAULT 1;
                    UPDATE claims SET origin_count = source_count;
                    """)
        }
        // The band read in a defined order (issue 24: both stores pick the same candidates): the
        // most recent articles of each band, from the index.
        migrator.registerMigration("v8-band-order") { db in
            try db.execute(
                sql: """
                    CREATE INDEX article_bands_by_key_article ON article_bands(band_key, article_id);
                    DROP INDEX article_bands_by_key;
                    """)
        }
        return migrator
    }
}
