import ClaimDatabase
import ClaimPostgres
import ClaimTesting

/// Stores on the test server's fresh databases (`TestPostgres`).
enum TestServer {
    static func freshDatabase() throws -> StoreLocation.PostgresAddress? {
        guard let url = try TestPostgres.freshDatabase(for: "ClaimPostgresTests"), case .postgres(let address) = try StoreLocation.parse(url) else {
            return nil
        }
        return address
    }

    static var password: String? {
        guard let url = TestPostgres.url, case .postgres(let address) = try? StoreLocation.parse(url) else { return nil }
        return try? PostgresPassword.find(for: address, passwordFile: nil)
    }

    static func store(_ address: StoreLocation.PostgresAddress, host: String = "host-a") -> PostgresClaimStore {
        PostgresClaimStore(address: address, password: password, host: host)
    }
}
