import ArgumentParser
import ClaimCore
import ClaimDaemon
import ClaimDatabase
import Dispatch
import Foundation
import Inbox
import Journal
import Logging

/// `claimwatch run`: the daemon in the foreground, as systemd runs it.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the daemon in the foreground: watch the inbox and alert through the journal.",
        discussion: """
            With no config file, the inbox is ./inbox and the state directory ./state (done/, rejected/ \
            and claims.sqlite live there). Both are created when missing. SIGTERM or SIGINT finishes the \
            current file and exits 0; SIGHUP reloads the config file and lexicons.

            Examples:
              claimwatch run
              claimwatch run --inbox /srv/articles --state /var/lib/claimwatch --lexicon /etc/claimwatch/lexicon
              claimwatch run --config /etc/claimwatch/claimwatch.toml --log-target journal
            """
    )

    enum LogTarget: String, ExpressibleByArgument, CaseIterable { case auto, journal, stderr }

    @Option(help: ArgumentHelp("Read settings from this TOML file (see Config/README.md).", valueName: "FILE"))
    var config: String?

    @Option(help: ArgumentHelp("The directory to watch for articles (overrides the config).", valueName: "DIR"))
    var inbox: String?

    @Option(help: ArgumentHelp("The state directory for done/, rejected/ and the database (overrides the config).", valueName: "DIR"))
    var state: String?

    @Option(
        name: .customLong("lexicon"),
        help: ArgumentHelp("Add actors.tsv/places.tsv/roles.tsv/triggers.tsv from DIR on top of the defaults (repeatable).", valueName: "DIR"))
    var lexicons: [String] = []

    @Option(
        help: ArgumentHelp(
            "Keep claims in sqlite:PATH (default: STATE/claims.sqlite) or postgresql://USER@HOST[:PORT]/DB, shared by several hosts (overrides the config's store).",
            valueName: "URL"))
    var store: String?

    @Option(help: "Where alerts and logs go: the journal, stderr, or auto (the journal when its socket exists).")
    var logTarget: LogTarget = .auto

    func run() throws {
        let source = SettingsSource(configFile: config, inbox: inbox, state: state, lexicons: lexicons, store: store)
        let settings = try source.resolve()
        let journal = JournalWriter.isAvailable
        if logTarget == .journal && !journal {
            throw CommandFailure(
                "--log-target journal, but no journal socket at '\(JournalWriter.socketPath)': is systemd-journald running?", status: ExitStatus.unavailable)
        }
        let toJournal = logTarget == .journal || (logTarget == .auto && journal)
        LoggingSystem.bootstrap { label in JournalLogHandler(label: label, toJournal: toJournal) }
        let logger = Logger(label: "claimwatch.daemon")
        if logTarget == .auto && !journal {
            logger.warning("No journal socket at '\(JournalWriter.socketPath)': writing alerts and logs to stderr")
        }
        let lexicon = try LexiconLoader.load(overlays: settings.lexicons)
        // SettingsError and InboxError (78) and StoreError (74) go up to `main`'s mapping.
        try InboxDirectory.makeDirectory(settings.state)
        let store = try StoreOpening.forDaemon(settings, configFile: config, host: settings.host ?? StoreOpening.hostName, logger: logger)
        let service = try InboxService(
            settings: settings, source: source, lexicon: lexicon, store: store, output: AlertOutput(toJournal: toJournal), logger: logger)
        service.start { Foundation.exit(0) }
        Daemon.keep(service)
        dispatchMain()
    }
}

/// Keeps the service alive while `dispatchMain` runs (a source nothing retains never fires).
enum Daemon {
    nonisolated(unsafe) static var service: InboxService?
    static func keep(_ service: InboxService) { self.service = service }
}
