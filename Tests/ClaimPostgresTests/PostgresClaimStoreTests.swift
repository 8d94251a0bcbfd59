import ClaimCore
import ClaimDatabase
import ClaimPostgres
import ClaimTesting
import Dispatch
import Foundation
import Synchronization
import Testing

/// The PostgreSQL store against a real server: the same answers as SQLite, exactly once
/// across hosts, per-host outboxes, and failures an operator can act on.
@Suite(.serialized) struct PostgresClaimStoreTests {
    let pipeline: ArticlePipeline

    init() throws {
        pipeline = ArticlePipeline(lexicon: try Lexicon.makeDefault())
    }

    func extract(_ text: String, _ name: String) throws -> ExtractedArticle {
        try pipeline.process(Array(text.utf8), fileName: name, modified: nil)
    }

    /// The dev corpora when present, else articles of our own: what both stores record.
    func articles() throws -> [ExtractedArticle] {
        let root = DaemonHarness.root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        var files = [(String, [UInt8])]()
        for set in ["dev", "dev2"] {
            let folder = root.appendingPathComponent("\(set)/articles")
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            for name in names.sorted() { files.append((name, Array(try Data(contentsOf: folder.appendingPathComponent(name))))) }
        }
        if files.isEmpty {
            print("PostgresClaimStoreTests: ../shared/corpus is absent; SQLite and PostgreSQL are compared on our own articles only")
        }
        var extracted = try files.map { try pipeline.process($0.1, fileName: $0.0, modified: nil) }
        // Forty copies of one long report, each a line apart: more than the 32 band candidates an
        // article is compared with, so both stores must pick the same ones.
        let body = (1...12).map { "Paragraph \($0) of the wire report repeats what the Legion said about the crossing and the shelling that followed." }
        for copy in 0..<40 {
            let text =
                "Legion says it crossed\n\nMay 22, 2023\n\nThe Freedom of Russia Legion said its fighters crossed into the Belgorod region.\n\n"
                + body.joined(separator: "\n\n") + "\n\n[copy \(copy)]\n"
            extracted.append(try extract(text, "copy-\(copy).txt"))
        }
        for day in 22...24 {
            extracted.append(try extract(ArticleFixture.raid(day: day), "raid-\(day).txt"))
            extracted.append(try extract(ArticleFixture.counterclaim(day: day), "counter-\(day).txt"))
            extracted.append(try extract(ArticleFixture.raid(by: "Russian Volunteer Corps", day: day, note: "Again."), "rvc-\(day).txt"))
        }
        return extracted
    }

    @Test func recordsWhatSQLiteRecordsAlertForAlertAndClaimForClaim() throws {
        guard let address = try TestServer.freshDatabase() else { return }
        let postgres = TestServer.store(address)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parity-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: file) }
        let sqlite = try SQLiteClaimStore(path: file.path)
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        // One article at a time, then the rest in batches of 7, as the daemon batches them.
        let all = try articles()
        var (fromSQLite, fromPostgres) = ([IngestResult](), [IngestResult]())
        for article in all.prefix(10) {
            fromSQLite += try sqlite.ingest([article], at: now)
            fromPostgres += try postgres.ingest([article], at: now)
        }
        var rest = Array(all.dropFirst(10))
        while !rest.isEmpty {
            let batch = Array(rest.prefix(7))
            rest.removeFirst(batch.count)
            fromSQLite += try sqlite.ingest(batch, at: now)
            fromPostgres += try postgres.ingest(batch, at: now)
        }
        #expect(fromPostgres == fromSQLite)
        let alerts = fromSQLite.flatMap { result -> [Alert] in
            if case .recorded(let alerts) = result { return alerts }
            return []
        }
        #expect(alerts.count >= 9)
        let copies = try sqlite.listClaims().first { $0.claim.claimant == "Freedom of Russia Legion" && $0.claim.date?.description == "2023-05-22" }
        #expect((copies?.claim.sources ?? 0) >= 1)

        func listed(_ store: any ClaimArchive) throws -> [String] {
            try store.listClaims().map { "\($0.claim) \($0.deniedBy) \($0.counteredBy) \($0.deniesID ?? "-")" }
        }
        #expect(try listed(postgres) == listed(sqlite))
        let sqliteMentions = try sqlite.mentionsByClaim().mapValues { $0.map { "\($0.fileName) \($0.sha256) \($0.evidence)" } }
        let postgresMentions = try postgres.mentionsByClaim().mapValues { $0.map { "\($0.fileName) \($0.sha256) \($0.evidence)" } }
        #expect(postgresMentions == sqliteMentions)
        for summary in try sqlite.listClaims().prefix(40) {
            let (left, right) = (try sqlite.history(ofClaim: summary.claim.id), try postgres.history(ofClaim: summary.claim.id))
            #expect(right?.mentions.map(\.fileName) == left?.mentions.map(\.fileName))
            #expect(right?.alerts.map(\.alertID) == left?.alerts.map(\.alertID))
            #expect(right?.denials.map(\.claim.id) == left?.denials.map(\.claim.id))
            #expect(right?.related.map(\.claim.id) == left?.related.map(\.claim.id))
        }
        #expect(try postgres.unsentAlerts() == sqlite.unsentAlerts())
        let counts = try postgres.counts()
        let claimCount = try sqlite.listClaims().count
        #expect(counts.articles == all.count && counts.alertsWaiting == alerts.count && counts.claims == claimCount)
    }

    @Test func twoHostsRecordingTheSameClaimAtOnceRaiseOneNewAlert() throws {
        guard let address = try TestServer.freshDatabase() else { return }
        // A server whose default is REPEATABLE READ: the lock must still order what each host sees.
        try TestPostgres.psql(address.description, "ALTER DATABASE \(address.database) SET default_transaction_isolation = 'repeatable read'")
        let hosts = [TestServer.store(address, host: "host-a"), TestServer.store(address, host: "host-b")]
        try hosts[0].connect()
        // Each round: both hosts record a different article holding the same new claim, at once.
        let rounds = 15
        let results = Mutex([[IngestResult]](repeating: [], count: 2))
        for round in 0..<rounds {
            // A year apart: no two rounds' claims are the same claim.
            let articles = try (0..<2).map { host in
                try extract(
                    "Volunteers say they crossed\n\nMay 22, \(2001 + round)\n\nThe Russian Volunteer Corps said its fighters crossed into the Kursk region. Report \(host).\n",
                    "r\(round)-h\(host).txt")
            }
            DispatchQueue.concurrentPerform(iterations: 2) { host in
                let outcome = (try? hosts[host].ingest([articles[host]], at: Date())) ?? []
                results.withLock { $0[host] += outcome }
            }
        }
        let all = results.withLock { $0 }
        func alerts(_ results: [IngestResult]) -> [Alert] {
            results.flatMap { result -> [Alert] in
                if case .recorded(let alerts) = result { return alerts }
                return []
            }
        }
        #expect(all[0].count == rounds && all[1].count == rounds, "every ingest recorded")
        let new = (alerts(all[0]) + alerts(all[1])).filter { $0.event == .new }
        #expect(new.count == rounds, "one new alert per round across both hosts, got \(new.count)")
        #expect(Set(new.map(\.claimID)).count == rounds)
        // Each host's outbox holds its own alerts only, and marking them leaves the other's.
        let (a, b) = (try hosts[0].unsentAlerts(), try hosts[1].unsentAlerts())
        #expect(Set(a.map(\.alertID)) == Set(alerts(all[0]).map(\.alertID)))
        #expect(Set(b.map(\.alertID)) == Set(alerts(all[1]).map(\.alertID)))
        try hosts[0].markSent(alertIDs: a.map(\.alertID) + b.map(\.alertID))
        #expect(try hosts[0].unsentAlerts().isEmpty)
        #expect(try hosts[1].unsentAlerts().map(\.alertID) == b.map(\.alertID), "host A cannot mark host B's alerts")
        #expect(try hosts[1].counts().alertsWaiting == b.count)
    }

    @Test func theSameBytesDroppedOnTwoHostsAreOneArticle() throws {
        guard let address = try TestServer.freshDatabase() else { return }
        let hosts = [TestServer.store(address, host: "host-a"), TestServer.store(address, host: "host-b")]
        try hosts[0].connect()
        let article = try extract(ArticleFixture.raid(), "same.txt")
        let results = Mutex([IngestResult]())
        DispatchQueue.concurrentPerform(iterations: 2) { host in
            let outcome = (try? hosts[host].ingest([article], at: Date())) ?? []
            results.withLock { $0 += outcome }
        }
        let outcomes = results.withLock { $0 }
        #expect(outcomes.count == 2)
        #expect(outcomes.filter { $0 == .duplicate }.count == 1)
        #expect(try hosts[1].counts().articles == 1)
    }

    @Test func aServerThatIsNotThereIsUnavailableAndTheErrorHoldsNoPassword() throws {
        guard let address = try TestServer.freshDatabase() else { return }
        var closed = address
        closed.port = 1  // nothing listens on port 1
        let store = PostgresClaimStore(address: closed, password: "never-printed-secret", host: "h", connectTimeout: .seconds(2))
        #expect {
            try store.connect()
        } throws: { error in
            let error = error as! StoreError
            return error.failure == .unavailable && error.isTransient && !"\(error)".contains("never-printed-secret") && "\(error)".contains(":1/")
        }
        // The ingest fails the same way: the daemon leaves the files in the inbox for the retry.
        #expect(throws: StoreError.self) { try store.ingest([try extract(ArticleFixture.raid(), "a.txt")], at: Date()) }
    }

    @Test func aWrongPasswordOrAnUnknownDatabaseIsAConfigurationError() throws {
        guard let address = try TestServer.freshDatabase() else { return }
        let wrong = PostgresClaimStore(address: address, password: "wrong-password-xyz", host: "h")
        #expect {
            try wrong.connect()
        } throws: { error in
            let error = error as! StoreError
            return error.isConfiguration && !"\(error)".contains("wrong-password-xyz") && "\(error)".contains("28P01")
        }
        var missing = address
        missing.database = "no_such_database_here"
        #expect {
            try TestServer.store(missing).connect()
        } throws: { error in
            let error = error as! StoreError
            return error.isConfiguration && "\(error)".contains("no_such_database_here")
        }
    }

    @Test func twoDaemonsStartingTogetherMigrateOnce() throws {
        guard let address = try TestServer.freshDatabase() else { return }
        let failures = Mutex([String]())
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            do { try TestServer.store(address, host: "h\(index)").connect() } catch { failures.withLock { $0.append("\(error)") } }
        }
        #expect(failures.withLock { $0 }.isEmpty)
        #expect(try TestServer.store(address).counts() == StoreCounts())
    }
}

extension PostgresClaimStoreTests {
    @Test func aSecondDaemonOfTheSameOutboxNameIsRefusedAtConnect() throws {
        guard let address = try TestServer.freshDatabase() else { return }
        var first: PostgresClaimStore? = TestServer.store(address, host: "cloned")
        try first?.connect()
        #expect {
            try TestServer.store(address, host: "cloned").connect()
        } throws: { error in
            let error = error as! StoreError
            return error.isConfiguration && "\(error)".contains("'cloned' is in use")
        }
        // An operator command reading the store holds no outbox.
        let reader = PostgresClaimStore(address: address, password: TestServer.password, host: "cloned", outbox: false)
        try reader.connect()
        // Once the first daemon's session ends, the name is free again.
        first = nil
        try TestServer.store(address, host: "cloned").connect()
    }
}
