import ArgumentParser
import ClaimCore
import ClaimDaemon
import ClaimDatabase
import Foundation
import Presentation

/// `claimwatch report --html FILE`: the known claims as a page an editor can look at.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page: each event's claims on a timeline, with their evidence.",
        discussion: """
            Claims are grouped into events: one region, days within two of each other. Each event \
            is drawn as an inline SVG timeline, a row per claimant: raid claims as red circles, \
            counterclaims as blue squares, denials as yellow triangles with an arrow to what they \
            deny; the larger a mark, the more sources carried it. Below each timeline, the evidence \
            sentences with outlet and file. The page needs no network and no JavaScript, and prints.

            Examples:
              claimwatch report --html report.html
              claimwatch report --html belgorod.html --region belgorod --since '30 days'
            """
    )

    @Option(help: ArgumentHelp("Write the page to FILE ('-' for stdout).", valueName: "FILE"))
    var html: String

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var filter: ClaimFilter

    func run() throws {
        let store = try storeOptions.open()
        let summaries = try filter.apply(try store.listClaims())
        var scope = [String]()
        if let since = filter.since { scope.append("since \(since)") }
        if let region = filter.region { scope.append("region \(region)") }
        if !filter.kind.isEmpty { scope.append(filter.kind.map(\.rawValue).joined(separator: ", ")) }
        if !filter.claimant.isEmpty { scope.append("by \(filter.claimant.joined(separator: ", "))") }
        let events = ReportEvent.group(summaries)
        let page = HTMLReport(
            events: events, mentions: try store.mentionsByClaim(),
            scope: scope.isEmpty ? "All known claims in '\(store.location)'" : "Claims \(scope.joined(separator: ", ")) in '\(store.location)'"
        ).render()
        if html == "-" {
            FileHandleWriter.write(STDOUT_FILENO, page)
            return
        }
        do { try page.write(toFile: html, atomically: true, encoding: .utf8) } catch {
            throw CommandFailure("cannot write '\(html)': \(error.localizedDescription)", status: ExitStatus.ioError)
        }
        TerminalOutput.error("Wrote '\(html)': \(events.count) events, \(summaries.count) claims")
    }
}
