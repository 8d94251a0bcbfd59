import ArgumentParser
import Foundation

/// The `claimwatch` command: a daemon that watches an inbox of news articles
/// and alerts, through the systemd journal, on new raid claims and denials.
@main
struct Claimwatch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "claimwatch",
        abstract: "Watch an inbox of news articles and alert on new raid claims, denials and counterclaims.",
        discussion: """
            claimwatch reads each article dropped into its inbox (plain text, saved HTML or scraper JSON), \
            extracts the claims in it, compares them with the claims it already knows, and writes an alert \
            to the systemd journal for each new one.

            Quick start:
              claimwatch run --inbox ./inbox --state ./state     # run in the foreground
              cp article.txt ./inbox/                            # drop an article
              journalctl -f SYSLOG_IDENTIFIER=claimwatch         # read alerts
              claimwatch scan --json article.txt                 # see claims without state

            Exit codes: 0 ok, 64 usage, 65 a file was rejected (scan), 66 no such input, \
            69 journal unavailable with --log-target journal, 74 I/O or database error, 78 configuration error.
            """,
        version: "0.1.0",
        subcommands: [
            Run.self, Scan.self, AlertsCommand.self, ClaimsCommand.self, ShowCommand.self, ReplayCommand.self, ExportCommand.self, ReportCommand.self,
        ]
    )

    /// Parses and runs the command; every error a command throws ends here and nowhere else:
    /// claimwatch's own with `Error: …` on stderr and its status (`ExitStatus`), ArgumentParser's
    /// (usage, help, `ExitCode`) as it reports them.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if let (status, message) = ExitStatus.of(error) {
                TerminalOutput.error("Error: \(message)")
                Foundation.exit(status)
            }
            exit(withError: error)
        }
    }
}
