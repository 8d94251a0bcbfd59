import ArgumentParser
import ClaimCore
import ClaimDaemon
import Foundation
import Journal
import Presentation

/// `claimwatch replay`: the alerts a stream of archived articles would raise, touching no state.
struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Print the alerts archived articles would raise, in a fresh temporary store.",
        discussion: """
            Runs the whole pipeline (reader, extractor, differ) over the files of each DIR (or the \
            files named), in publication order then name, in a temporary store that is removed \
            afterwards: no state, no journal. The same files give the same output, byte for byte. \
            A file the daemon would reject is named on stderr with its reason, and the replay goes \
            on; the exit status is then 65.

            --against LEXDIR replays twice, the second time with LEXDIR added on top, and prints \
            only the alerts that differ: "+" added, "-" gone, "~" changed (before, then after). \
            Check a lexicon edit this way before 'systemctl reload claimwatch'.

            Examples:
              claimwatch replay /var/lib/claimwatch/done
              claimwatch replay --json ./archive > alerts.jsonl
              claimwatch replay --against ./my-lexicon /var/lib/claimwatch/done
            """
    )

    @Flag(help: "Print one JSON object per alert per line (the claims.md alert fields, lower-cased).")
    var json = false

    @Option(
        name: .customLong("lexicon"),
        help: ArgumentHelp("Read this lexicon directory on top of the defaults, as 'run' does (repeatable).", valueName: "DIR"))
    var lexicons: [String] = []

    @Option(help: ArgumentHelp("Replay again with this lexicon directory added, and print only what changes.", valueName: "LEXDIR"))
    var against: String?

    @Flag(help: "Print the order the articles are replayed in (publication day, file), not the alerts.")
    var order = false

    @Option(help: ArgumentHelp("Reject files larger than this many bytes.", valueName: "BYTES"))
    var maxFileBytes: Int = Settings.defaultMaxFileBytes

    @Argument(help: ArgumentHelp("Directories of articles (their regular files, not recursive) or article files.", valueName: "PATH"))
    var paths: [String]

    func run() throws {
        var files = [[UInt8]]()
        for path in paths {
            guard let found = ScanTargets.files(at: ScanTargets.rawBytes(of: path)) else {
                throw CommandFailure("'\(path)': no such file or directory", status: ExitStatus.noInput)
            }
            files += found
        }
        let before = try Replay.run(files, lexicon: try LexiconLoader.load(overlays: lexicons), maxBytes: maxFileBytes)
        for rejection in before.rejections { TerminalOutput.error("Rejected '\(rejection.file)': \(rejection.reason)") }
        if order {
            for (file, published) in before.order { TerminalOutput.print("\(published?.description ?? "–")  \(file)") }
        } else if let against {
            let after = try Replay.run(files, lexicon: try LexiconLoader.load(overlays: lexicons + [against]), maxBytes: maxFileBytes)
            printChanges(AlertDiff.changes(from: before.alerts, to: after.alerts))
        } else {
            printAlerts(before.alerts)
        }
        if !before.rejections.isEmpty { throw ExitCode(ExitStatus.dataError) }
    }

    private static func makeTable() -> AlertTable {
        let terminal = isatty(STDOUT_FILENO) == 1
        return AlertTable(color: false, width: terminal ? AlertsCommand.terminalWidth() : nil, utcOffset: 0, showsPublication: true)
    }

    static func record(_ alert: Alert) -> JournalRecord {
        JournalRecord(realtimeMicros: 0, fields: Dictionary(JournalEntry.alert(alert).fields, uniquingKeysWith: { first, _ in first }))
    }

    private func printAlerts(_ alerts: [Alert]) {
        let table = Self.makeTable()
        if !json { TerminalOutput.print(table.header) }
        for alert in alerts { TerminalOutput.print(json ? AlertTable.json(Self.record(alert), utcOffset: nil) : table.line(Self.record(alert))) }
        if !json && alerts.isEmpty { TerminalOutput.print("(no alerts)") }
    }

    private func printChanges(_ changes: [AlertDiff.Change]) {
        let table = Self.makeTable()
        func line(_ mark: String, _ alert: Alert) -> String {
            json ? "{\"change\":\"\(mark)\",\"alert\":\(AlertTable.json(Self.record(alert), utcOffset: nil))}" : "\(mark) " + table.line(Self.record(alert))
        }
        if !json { TerminalOutput.print("  " + table.header) }
        for change in changes {
            switch change {
            case .added(let alert): TerminalOutput.print(line(json ? "added" : "+", alert))
            case .gone(let alert): TerminalOutput.print(line(json ? "gone" : "-", alert))
            case .changed(let old, let new):
                TerminalOutput.print(line(json ? "before" : "~", old))
                TerminalOutput.print(line(json ? "after" : "~", new))
            }
        }
        if !json && changes.isEmpty { TerminalOutput.print("(no alert changes)") }
    }
}
