import ArgumentParser
import ClaimCore
import ClaimDaemon
import Foundation
import Journal
import Presentation

/// `claimwatch alerts`: the alerts in the journal, read through sd-journal.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Show the alerts claimwatch wrote to the journal, as a table or JSON.",
        discussion: """
            Reads the local journal directly (libsystemd's sd-journal; journalctl is not needed) and \
            shows claimwatch's alerts: new raid claims, denials and counterclaims, and claims updated \
            with new detail. Filters combine: each --kind or --claimant adds an alternative, different \
            options must all hold. Reading the system journal needs root or the systemd-journal group.

            Examples:
              claimwatch alerts                                 # the last 50 alerts
              claimwatch alerts --follow                        # and every new one as it arrives
              claimwatch alerts --kind denial --since yesterday
              claimwatch alerts --claimant RVC --since 2h       # aliases resolve to canonical names
              claimwatch alerts --all --json | jq -r .claim_id
            """
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case raid, denial, counterclaim, updated }

    @Option(name: .shortAndLong, help: "Only this kind: raid, denial, counterclaim (new claims) or updated (repeatable).")
    var kind: [Kind] = []

    @Option(name: .shortAndLong, help: ArgumentHelp("Only this claimant: a canonical name or any lexicon alias (repeatable).", valueName: "NAME"))
    var claimant: [String] = []

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Only alerts written since then: YYYY-MM-DD, 'YYYY-MM-DD HH:MM', today, yesterday, or 30m, 2h, 3d back.", valueName: "TIME"))
    var since: String?

    @Option(name: .shortAndLong, help: "Show the last N alerts (ignored with --since or --all).")
    var lines: Int = 50

    @Flag(help: "Show every alert in the journal.")
    var all = false

    @Flag(name: .shortAndLong, help: "After the existing alerts, wait and print each new one as it is written.")
    var follow = false

    @Flag(help: "Print one JSON object per alert per line (fields of claims.md, lower-cased, plus 'time').")
    var json = false

    @Flag(help: "Never color the table (also: NO_COLOR set, or output not a terminal).")
    var noColor = false

    @Option(help: ArgumentHelp("Read journal files from DIR instead of the local journal (as journalctl -D).", valueName: "DIR"))
    var directory: String?

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("Extra lexicon DIR for resolving --claimant aliases (repeatable).", valueName: "DIR"))
    var lexicons: [String] = []

    func validate() throws {
        if lines < 0 { throw ValidationError("--lines must be 0 or more") }
    }

    func run() throws {
        Self.restoreDefaultSignals()
        let now = Int64(Date().timeIntervalSince1970)
        let offset = Int64(TimeZone.current.secondsFromGMT())
        var sinceSeconds: Int64?
        if let since {
            do { sinceSeconds = try TimeBound.parse(since, now: now, utcOffset: offset) } catch {
                throw ValidationError(error.description)
            }
        }
        let cursor: JournalCursor
        do { cursor = try JournalCursor(directory: directory) } catch {
            throw CommandFailure("cannot open the journal: \(error)", status: ExitStatus.noInput)
        }
        if !cursor.hasFiles {
            let hint = directory == nil ? ": run as root or as a member of the systemd-journal group (usermod -aG systemd-journal USER)" : ""
            throw CommandFailure("no journal files could be read\(hint)", status: ExitStatus.noInput)
        }
        do {
            try addMatches(to: cursor)
            if let sinceSeconds {
                cursor.seek(sinceMicros: UInt64(max(0, sinceSeconds)) * 1_000_000)
            } else if !all {
                cursor.seek(lastEntries: lines)
            }
            try print(from: cursor, utcOffset: offset)
        } catch {
            throw CommandFailure("reading the journal: \(error)", status: ExitStatus.ioError)
        }
    }

    /// MESSAGE_IDs of the chosen kinds (OR), and the claimants (OR); the two groups AND.
    private func addMatches(to cursor: JournalCursor) throws(JournalReadError) {
        try cursor.match("SYSLOG_IDENTIFIER", "claimwatch")
        let kinds = kind.isEmpty ? Kind.allCases : kind
        for kind in kinds {
            switch kind {
            case .raid: try cursor.match("MESSAGE_ID", MessageID.newRaid)
            case .denial: try cursor.match("MESSAGE_ID", MessageID.newDenial)
            case .counterclaim: try cursor.match("MESSAGE_ID", MessageID.newCounterclaim)
            case .updated: try cursor.match("MESSAGE_ID", MessageID.claimUpdated)
            }
        }
        if !claimant.isEmpty {
            let lexicon = try? LexiconLoader.load(overlays: lexicons)
            for name in claimant { try cursor.match("CLAIM_CLAIMANT", lexicon?.canonicalActor(named: name) ?? name) }
        }
    }

    private func print(from cursor: JournalCursor, utcOffset: Int64) throws(JournalReadError) {
        let terminal = isatty(STDOUT_FILENO) == 1
        let table = AlertTable(
            color: terminal && !noColor && ProcessInfo.processInfo.environment["NO_COLOR"] == nil && ProcessInfo.processInfo.environment["TERM"] != "dumb",
            width: terminal ? Self.terminalWidth() : nil, utcOffset: utcOffset)
        if !json { writeLine(table.header) }
        var count = 0
        func drain() throws(JournalReadError) {
            while let record = try cursor.next() {
                writeLine(json ? AlertTable.json(record, utcOffset: utcOffset) : table.line(record))
                count += 1
            }
        }
        try drain()
        guard follow else {
            if !json && count == 0 { writeLine("(no alerts\(since.map { " since \($0)" } ?? ""))") }
            return
        }
        while true {
            try cursor.wait()
            try drain()
        }
    }

    /// A parent may start us with SIGINT/SIGTERM blocked (a Dispatch-based launcher's
    /// threads block them and children inherit the mask); `--follow` must still stop on them.
    static func restoreDefaultSignals() {
        var set = sigset_t()
        sigemptyset(&set)
        for signo in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] {
            sigaddset(&set, signo)
            signal(signo, SIG_DFL)
        }
        sigprocmask(SIG_UNBLOCK, &set, nil)
    }

    static func terminalWidth() -> Int? {
        var size = winsize()
        return ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : nil
    }
}

/// Writes a whole line to stdout at once (unbuffered), so `--follow` output reaches a pipe as each alert arrives.
private func writeLine(_ line: String) {
    FileHandleWriter.write(STDOUT_FILENO, line + "\n")
}
