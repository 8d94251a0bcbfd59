import ClaimDatabase
import Testing

@Suite struct StoreLocationTests {
    @Test func sqliteURLsNameAFile() throws {
        #expect(try StoreLocation.parse("sqlite:/var/lib/claimwatch/claims.sqlite") == .sqlite(path: "/var/lib/claimwatch/claims.sqlite"))
        #expect(try StoreLocation.parse("sqlite:state/claims.sqlite") == .sqlite(path: "state/claims.sqlite"))
    }

    @Test func postgresURLsNameUserHostPortAndDatabase() throws {
        #expect(
            try StoreLocation.parse("postgresql://desk@db.example:5433/claims")
                == .postgres(.init(user: "desk", host: "db.example", port: 5433, database: "claims")))
        #expect(try StoreLocation.parse("postgres://desk@db.example/claims") == .postgres(.init(user: "desk", host: "db.example", database: "claims")))
        #expect(try StoreLocation.parse("postgresql://desk@[::1]:6000/claims") == .postgres(.init(user: "desk", host: "::1", port: 6000, database: "claims")))
        #expect(try StoreLocation.parse("postgresql://desk@[::1]:6000/claims").description == "postgresql://desk@[::1]:6000/claims")
    }

    @Test func theDescriptionIsTheURLWithItsPort() throws {
        #expect(try StoreLocation.parse("postgresql://desk@db.example/claims").description == "postgresql://desk@db.example:5432/claims")
    }

    @Test func aPasswordInTheURLIsRefusedWithoutRepeatingIt() {
        #expect {
            try StoreLocation.parse("postgresql://desk:hunter2@db.example/claims")
        } throws: { error in
            "\(error)".contains("holds a password") && !"\(error)".contains("hunter2")
        }
    }

    @Test(arguments: [
        "postgresql://cw@db/claims?password=s3cret", "postgresql:/cw:s3cret@db/claims", "host=db user=cw password=s3cret dbname=claims",
        "postgresql://cw@db:s3cret/claims", "postgresql://cw@[db:s3cret/claims", "postgresql://cw@[db]s3cret/claims",
    ])
    func noMistakeRepeatsWhatMightBeAPassword(url: String) {
        #expect {
            try StoreLocation.parse(url)
        } throws: { error in
            !"\(error)".contains("s3cret")
        }
    }

    @Test(arguments: [
        ("mysql://desk@db/claims", "not a store URL"),
        ("sqlite:", "names no file"),
        ("postgresql://db.example/claims", "names no user"),
        ("postgresql://desk@db.example", "names no database"),
        ("postgresql://desk@db.example:99999/claims", "port is not a number"),
        ("postgresql://desk@db.example:x/claims", "port is not a number"),
        ("postgresql://desk@/claims", "names no host"),
        ("postgresql://desk@db.example/claims?sslmode=require", "not one name"),
    ])
    func malformedURLsSayWhatIsWrong(url: String, says: String) {
        #expect {
            try StoreLocation.parse(url)
        } throws: { error in
            "\(error)".contains(says)
        }
    }
}
