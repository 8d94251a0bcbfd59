import ArgumentParser
import ClaimCore
import ClaimDatabase
import Foundation
import Presentation

/// `claimwatch show CLAIM_ID`: one claim's whole history from the store.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one claim's history: every article that carried it, its denials, counterclaims and alerts.",
        discussion: """
            CLAIM_ID is the CLAIM_ID field of an alert (or the first column of 'claimwatch claims'); \
            a unique prefix is enough.

            Examples:
              claimwatch show 3f9c2a1b
              journalctl CLAIM_KIND=denial -o json | jq -r .CLAIM_DENIES_ID | xargs -n1 claimwatch show
            """
    )

    @Argument(help: ArgumentHelp("The claim's id, or a unique prefix of it.", valueName: "CLAIM_ID"))
    var claimID: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.open()
        let history: ClaimHistory?
        do { history = try store.history(ofClaim: claimID) } catch {
            throw CommandFailure(error.description, status: ExitStatus.usage)
        }
        guard let history else {
            throw CommandFailure("no claim with id '\(claimID)' in '\(store.location)': list them with 'claimwatch claims'", status: ExitStatus.noInput)
        }
        TerminalOutput.print(Self.render(history), terminator: "")
    }

    /// The history as text. Each stored value is escaped on its own (`VisibleText`, line breaks
    /// and tabs too), so a value an older version stored with a line feed cannot fake a line.
    static func render(_ h: ClaimHistory) -> String {
        let c = h.summary.claim
        let e = { (value: String) in VisibleText.escaped(value) }
        let title = c.kind == .raid ? "Raid claim" : c.kind.rawValue.capitalized
        var out = "\(title) \(e(c.id))\n"
        func field(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { out += "  \(name.padded(to: 12)) \(e(value))\n" }
        }
        field("claimant", c.claimant)
        field("subject", c.subject)
        field("region", c.region)
        field("places", c.places.joined(separator: ", "))
        field("date", c.date?.description)
        if let denied = c.denies { field("denies", "\(denied.claimant)'s \(denied.kind.rawValue)" + (h.summary.deniesID.map { " (\($0))" } ?? "")) }
        field("status", h.summary.status)
        field("sources", String(c.sources))
        field("origins", String(c.origins))
        field("first seen", h.summary.firstSeen)
        field("last seen", h.summary.lastSeen)

        // By origin (copies of one wire story together), each article's versions under it.
        var origins = [Int64]()
        for m in h.mentions where !origins.contains(m.originID) { origins.append(m.originID) }
        out += "\nArticles (\(h.mentions.count); \(c.sources) source\(c.sources == 1 ? "" : "s"), \(c.origins) origin\(c.origins == 1 ? "" : "s")):\n"
        for (number, origin) in origins.enumerated() {
            let group = h.mentions.filter { $0.originID == origin }
            let articles = Set(group.map(\.rootID)).count
            if origins.count > 1 || articles > 1 {
                out += "  origin \(number + 1)\(articles > 1 ? ", carried by \(articles) articles" : ""):\n"
            }
            let roots = group.filter { $0.articleID == $0.rootID }
            let orphans = group.filter { v in v.articleID != v.rootID && !roots.contains { $0.articleID == v.rootID } }
            for m in roots + orphans {
                out += Self.mention(m, indent: "  ", e: e)
                for version in group where version.rootID == m.articleID && version.articleID != m.articleID {
                    out += Self.mention(version, indent: "      version: ", e: e)
                }
            }
        }
        if let denied = h.denied {
            out += "\nDenies:\n" + line(denied)
        }
        if !h.denials.isEmpty {
            out += "\nDenied by (\(h.denials.count)):\n" + h.denials.map(line).joined()
        }
        if !h.related.isEmpty {
            out += "\n\(c.kind == .counterclaim ? "Answers raid claims" : "Counterclaims") (\(h.related.count)):\n" + h.related.map(line).joined()
        }
        out += "\nAlerts (\(h.alerts.count)):\n"
        for a in h.alerts {
            out +=
                "  \(e(a.createdAt))  \(e(a.event).padded(to: 8))  ALERT_ID=\(e(a.alertID))  \(a.sentAt.map { "sent \(e($0))" } ?? "waiting in the outbox")\n"
        }
        return out
    }

    static func mention(_ m: ClaimMention, indent: String, e: (String) -> String) -> String {
        let about = [m.outlet, m.published.map { "published \($0)" }].compactMap { $0 }.joined(separator: ", ")
        let pad = String(repeating: " ", count: indent.count + 4)
        return "\(indent)\(e(m.processedAt))  \(e(m.fileName))\(about.isEmpty ? "" : "  (\(e(about)))")  sha256 \(e(String(m.sha256.prefix(12))))\n"
            + "\(pad)“\(e(m.evidence))”\n"
    }

    static func line(_ s: ClaimSummary) -> String {
        let c = s.claim
        let whereWhen = [c.region, c.date?.description].compactMap { $0 }.joined(separator: ", ")
        let text =
            "  \(c.id)  \(c.kind.rawValue) by \(c.claimant)\(whereWhen.isEmpty ? "" : " — \(whereWhen)")  [\(c.sources) sources, first seen \(s.firstSeen)]"
        return VisibleText.escaped(text) + "\n"
    }
}
