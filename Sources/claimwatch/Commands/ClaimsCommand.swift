import ArgumentParser
import ClaimCore
import ClaimDaemon
import ClaimDatabase
import Foundation

/// `claimwatch claims`: the known claims with their sources and status, read from the store.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the known claims with source counts, first and last seen, and who denied them.",
        discussion: """
            Reads the database under the state directory (safe while the daemon runs).

            Examples:
              claimwatch claims --state ./state
              claimwatch claims --state /var/lib/claimwatch --json | jq 'select(.kind == "denial")'
            """
    )

    @Option(help: ArgumentHelp("The state directory holding claims.sqlite.", valueName: "DIR"))
    var state: String = Settings.defaultStateDirectory

    @Flag(help: "Print one JSON object per claim per line.")
    var json = false

    func run() throws {
        let path = (state as NSString).appendingPathComponent(Settings.databaseFileName)
        guard FileManager.default.fileExists(atPath: path) else {
            ErrorReporting.fail("no database at '\(path)': has 'claimwatch run' used this state directory yet? Pass --state DIR", code: ErrorReporting.noInput)
        }
        let summaries: [ClaimSummary]
        do { summaries = try SQLiteClaimStore(path: path).listClaims() } catch {
            ErrorReporting.fail(error.description, code: ErrorReporting.ioError)
        }
        for summary in summaries { print(json ? Self.json(summary) : Self.line(summary)) }
        if !json { print("\(summaries.count) claims") }
    }

    static func status(_ s: ClaimSummary) -> String {
        s.deniedBy.isEmpty ? (s.claim.kind == .denial ? "denial" : "claimed") : "denied by \(s.deniedBy.joined(separator: ", "))"
    }

    static func line(_ s: ClaimSummary) -> String {
        let c = s.claim
        var detail = [c.region, c.date?.description].compactMap { $0 }
        if !c.places.isEmpty { detail.insert(c.places.joined(separator: ","), at: 0) }
        if let denies = c.denies { detail.append("denies \(denies.claimant)'s \(denies.kind.rawValue)") }
        return "\(c.id)  \(c.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) \(c.claimant) — \(detail.joined(separator: ", "))  [\(status(s)); \(c.sources) sources; first \(s.firstSeen), last \(s.lastSeen)]"
    }

    static func json(_ s: ClaimSummary) -> String {
        let c = s.claim
        return JSONWriter.object([
            ("id", .string(c.id)), ("kind", .string(c.kind.rawValue)), ("claimant", .string(c.claimant)), ("subject", .string(c.subject)),
            ("region", .string(c.region)), ("places", .strings(c.places)), ("date", .string(c.date?.description)),
            ("denies", c.denies.map { .object([("claimant", .string($0.claimant)), ("kind", .string($0.kind.rawValue)), ("id", .string(s.deniesID))]) } ?? .null),
            ("status", .string(status(s))), ("denied_by", .strings(s.deniedBy)), ("sources", .int(c.sources)),
            ("first_seen", .string(s.firstSeen)), ("last_seen", .string(s.lastSeen)),
        ])
    }
}
