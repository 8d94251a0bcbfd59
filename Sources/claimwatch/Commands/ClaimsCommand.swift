import ArgumentParser
import ClaimCore
import ClaimDaemon
import ClaimDatabase
import Foundation
import Presentation

/// `claimwatch claims`: the known claims with their sources and status, read from the store.
struct ClaimsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claims",
        abstract: "List the known claims with source counts, first and last seen, and who denied them.",
        discussion: """
            Reads the database under the state directory (safe while the daemon runs).

            Status: a raid is "claimed", "denied by" the sides whose denials point at it, and \
            "countered by" the officials whose counterclaims give the same region and day.

            Examples:
              claimwatch claims --state ./state
              claimwatch claims --state /var/lib/claimwatch --kind raid --region belgorod
              claimwatch claims --since yesterday --claimant RVC
              claimwatch claims --state /var/lib/claimwatch --json | jq 'select(.kind == "denial")'
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var filter: ClaimFilter

    @Flag(help: "Print one JSON object per claim per line.")
    var json = false

    func run() throws {
        let store = try storeOptions.open()
        let summaries: [ClaimSummary]
        do { summaries = try store.listClaims() } catch {
            throw CommandFailure(error.description, status: ExitStatus.ioError)
        }
        let shown = try filter.apply(summaries)
        if json {
            for summary in shown { print(Self.json(summary)) }  // JSONWriter escapes every control
            return
        }
        let idWidth = max(2, shown.map(\.claim.id.count).max() ?? 2)
        TerminalOutput.print(Self.header(idWidth: idWidth))
        for summary in shown { TerminalOutput.print(Self.line(summary, idWidth: idWidth)) }
        TerminalOutput.print("\(shown.count) of \(summaries.count) claims")
    }

    static func header(idWidth: Int) -> String {
        "ID".padded(to: idWidth)
            + "  KIND          CLAIMANT                    REGION              DATE        SRC  ORIG  FIRST SEEN        LAST SEEN         STATUS"
    }

    static func line(_ s: ClaimSummary, idWidth: Int) -> String {
        let c = s.claim
        // Escaped before padding, so a control character in a stored name cannot shift the columns.
        let text = { (value: String) in VisibleText.escaped(value) }
        let cells = [
            text(c.id).padded(to: idWidth), c.kind.rawValue.padded(to: 12), text(c.claimant).fitted(to: 26), text(c.region ?? "–").fitted(to: 18),
            (c.date?.description ?? "–").padded(to: 10), String(c.sources).padded(to: 3, left: true), String(c.origins).padded(to: 4, left: true),
            text(Self.minute(s.firstSeen)).padded(to: 16), text(Self.minute(s.lastSeen)).padded(to: 16), text(s.status),
        ]
        return cells.joined(separator: "  ")
    }

    /// `2026-11-22T14:05:09Z` → `2026-11-22 14:05`.
    static func minute(_ timestamp: String) -> String {
        String(timestamp.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    static func json(_ s: ClaimSummary) -> String { JSONWriter.object(jsonFields(s)) }

    /// The members of a claim's JSON object (`claims --json`, `export --format jsonl`).
    static func jsonFields(_ s: ClaimSummary) -> [(String, JSONWriter.Value)] {
        let c = s.claim
        return [
            ("id", .string(c.id)), ("kind", .string(c.kind.rawValue)), ("claimant", .string(c.claimant)), ("subject", .string(c.subject)),
            ("region", .string(c.region)), ("places", .strings(c.places)), ("date", .string(c.date?.description)),
            (
                "denies",
                c.denies.map { .object([("claimant", .string($0.claimant)), ("kind", .string($0.kind.rawValue)), ("id", .string(s.deniesID))]) } ?? .null
            ),
            ("status", .string(s.status)), ("denied_by", .strings(s.deniedBy)), ("countered_by", .strings(s.counteredBy)), ("sources", .int(c.sources)),
            ("origins", .int(c.origins)),
            ("first_seen", .string(s.firstSeen)), ("last_seen", .string(s.lastSeen)),
        ]
    }
}

extension ClaimKind: ExpressibleByArgument {}
