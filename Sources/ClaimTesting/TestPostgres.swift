import Foundation
import Synchronization

/// The PostgreSQL server `scripts/with-postgres` starts for the tests (`scripts/test` starts
/// one when the server is installed), named by `CLAIMWATCH_TEST_POSTGRES`: each test makes a
/// database of its own on it with psql (the role's password from `PGPASSFILE`).
public enum TestPostgres {
    public static let url = ProcessInfo.processInfo.environment["CLAIMWATCH_TEST_POSTGRES"]
    private static let told = Mutex(Set<String>())

    /// The URL of a new, empty database on the test server; nil, said once per suite, without one.
    public static func freshDatabase(for suite: String) throws -> String? {
        guard let url, let slash = url.lastIndex(of: "/") else {
            let first = told.withLock { $0.insert(suite).inserted }
            if first {
                print("\(suite): CLAIMWATCH_TEST_POSTGRES is not set (scripts/test sets it when PostgreSQL is installed); its PostgreSQL tests are skipped")
            }
            return nil
        }
        let name = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        try psql(url, "CREATE DATABASE \(name)")
        return String(url[..<slash]) + "/" + name
    }

    /// Runs one SQL command with psql on the database `url` names.
    public static func psql(_ url: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-d", url, "-c", sql]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(sql: sql, status: process.terminationStatus) }
    }

    public struct Failed: Error {
        public var sql: String
        public var status: Int32
    }
}
