import ClaimDatabase
import ClaimPostgres
import Foundation
import Testing

@Suite struct PostgresPasswordTests {
    let address = StoreLocation.PostgresAddress(user: "desk", host: "db.example", port: 5433, database: "claims")

    @Test func theFirstMatchingLineOfAPgpassFileWins() {
        let text = """
            # comment
            other.example:5433:claims:desk:wrong
            db.example:5433:claims:desk:right
            db.example:5433:claims:desk:later
            """
        #expect(PostgresPassword.match(address, in: text) == "right")
    }

    @Test func starsMatchAnyValueAndLocalhostMatchesLoopback() {
        #expect(PostgresPassword.match(address, in: "*:*:*:desk:any") == "any")
        #expect(PostgresPassword.match(address, in: "*:*:*:someone-else:any") == nil)
        let loopback = StoreLocation.PostgresAddress(user: "desk", host: "127.0.0.1", port: 5432, database: "claims")
        #expect(PostgresPassword.match(loopback, in: "localhost:5432:claims:desk:local") == "local")
    }

    @Test func escapedColonsAndBackslashesBelongToTheirField() {
        #expect(PostgresPassword.match(address, in: #"db.example:5433:claims:desk:pa\:ss\\word"#) == #"pa:ss\word"#)
        // A colon after the fifth field is part of the password.
        #expect(PostgresPassword.match(address, in: "db.example:5433:claims:desk:a:b") == "a:b")
    }

    @Test func aPasswordFileHoldsThePasswordOnItsFirstLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("pw-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: file) }
        try "s3cret:with colon\nignored\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try PostgresPassword.find(for: address, passwordFile: file.path, environment: [:]) == "s3cret:with colon")
    }

    @Test func anUnreadablePasswordFileNamesTheFileNotAPassword() {
        #expect {
            try PostgresPassword.find(for: address, passwordFile: "/nonexistent/pw", environment: [:])
        } throws: { error in
            "\(error)".contains("'/nonexistent/pw'") && "\(error)".contains("cannot be read")
        }
    }

    @Test func withNoFileAndNoPgpassThereIsNoPassword() throws {
        #expect(try PostgresPassword.find(for: address, passwordFile: nil, environment: ["HOME": "/nonexistent"]) == nil)
    }
}
