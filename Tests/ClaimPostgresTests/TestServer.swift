import ClaimDatabase
import ClaimPostgres
import Foundation
import Synchronization

/// The PostgreSQL server `scripts/with-postgres` starts for the suite (`scripts/test` starts
/// one when the server is installed): each test makes a database of its own on it.
enum TestServer {
    static let url = ProcessInfo.processInfo.environment["CLAIMWATCH_TEST_POSTGRES"]
    private static let told = Mutex(false)

    /// The server's address with a new, empty database; nil (said once) when no server was given.
    static func freshDatabase() throws -> StoreLocation.PostgresAddress? {
        guard let url, case .postgres(var address) = try StoreLocation.parse(url) else {
            let first = told.withLock { told in
                defer { told = true }
                return !told
            }
            if first {
                print(
                    "ClaimPostgresTests: CLAIMWATCH_TEST_POSTGRES is not set (scripts/test sets it when PostgreSQL is installed); the server tests are skipped")
            }
            return nil
        }
        let name = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(20)
        try psql(address, "CREATE DATABASE \(name)")
        address.database = String(name)
        return address
    }

    static var password: String? {
        guard let url, case .postgres(let address) = try? StoreLocation.parse(url) else { return nil }
        return try? PostgresPassword.find(for: address, passwordFile: nil)
    }

    static func store(_ address: StoreLocation.PostgresAddress, host: String = "host-a") -> PostgresClaimStore {
        PostgresClaimStore(address: address, password: password, host: host)
    }

    /// Runs one SQL command with psql as the test role (its password from PGPASSFILE).
    static func psql(_ address: StoreLocation.PostgresAddress, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-h", address.host, "-p", String(address.port), "-U", address.user, "-d", address.database, "-c", sql]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw PsqlFailed(sql: sql, status: process.terminationStatus) }
    }

    struct PsqlFailed: Error {
        var sql: String
        var status: Int32
    }
}
