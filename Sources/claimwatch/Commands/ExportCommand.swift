import ArgumentParser
import ClaimCore
import ClaimDaemon
import ClaimDatabase
import Foundation
import Presentation

/// `claimwatch export`: the known claims and their mentions, for a spreadsheet or a script.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the known claims and the articles that carried them as CSV or JSON lines.",
        discussion: """
            CSV (RFC 4180, a header row, CRLF line ends): one row per mention — the claim's columns, \
            then the article's (file, sha256, outlet, published, processed_at) and its evidence \
            sentence. JSON lines: one object per claim, as 'claims --json' prints it, with its \
            "mentions". Reads the database under the state directory (safe while the daemon runs).

            Examples:
              claimwatch export --state /var/lib/claimwatch > claims.csv
              claimwatch export --format jsonl --kind denial --since '7 days'
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, jsonl }

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "csv (one row per mention) or jsonl (one object per claim).")
    var format: Format = .csv

    @OptionGroup var filter: ClaimFilter

    static let columns = [
        "claim_id", "kind", "claimant", "subject", "region", "places", "date", "denies_claimant", "denies_kind", "denies_id", "status",
        "sources", "origins", "first_seen", "last_seen", "article_file", "article_sha256", "outlet", "published", "processed_at", "evidence",
    ]

    func run() throws {
        let store = try storeOptions.open()
        let summaries = try filter.apply(try store.listClaims())
        let mentions = try store.mentionsByClaim()
        // Strangers' text goes to a terminal escaped; to a file or pipe, as stored.
        let terminal = isatty(STDOUT_FILENO) == 1
        func write(_ text: String) { FileHandleWriter.write(STDOUT_FILENO, terminal ? VisibleText.escaped(text, keepingLineBreaks: true) : text) }
        switch format {
        case .csv:
            write(CSVWriter.record(Self.columns))
            for summary in summaries {
                for mention in mentions[summary.claim.id] ?? [] { write(CSVWriter.record(Self.row(summary, mention))) }
            }
        case .jsonl:
            for summary in summaries { write(Self.json(summary, mentions: mentions[summary.claim.id] ?? []) + "\n") }
        }
    }

    static func row(_ s: ClaimSummary, _ m: ClaimMention) -> [String?] {
        let c = s.claim
        return [
            c.id, c.kind.rawValue, c.claimant, c.subject, c.region, c.places.joined(separator: ";"), c.date?.description, c.denies?.claimant,
            c.denies?.kind.rawValue, s.deniesID, s.status, String(c.sources), String(c.origins), s.firstSeen, s.lastSeen, m.fileName, m.sha256, m.outlet,
            m.published, m.processedAt, m.evidence,
        ]
    }

    static func json(_ s: ClaimSummary, mentions: [ClaimMention]) -> String {
        let list = mentions.map { m -> JSONWriter.Value in
            .object([
                ("file", .string(m.fileName)), ("sha256", .string(m.sha256)), ("outlet", .string(m.outlet)), ("published", .string(m.published)),
                ("processed_at", .string(m.processedAt)), ("evidence", .string(m.evidence)),
            ])
        }
        return JSONWriter.object(ClaimsCommand.jsonFields(s) + [("mentions", .array(list))])
    }
}
