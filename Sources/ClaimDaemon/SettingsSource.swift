/// Where the daemon's settings come from: the config file, when one is named, with the
/// command line's overrides on top. The one place the two are combined — at start and on
/// every SIGHUP — so a reload keeps what the command line said (`--inbox`, `--state`,
/// each `--lexicon`).
public struct SettingsSource: Sendable, Hashable {
    public var configFile: String?
    public var inbox: String?
    public var state: String?
    /// Added after the config file's `lexicons`, in order.
    public var lexicons: [String]
    /// `--store URL`, over the config's `store` (and `database`).
    public var store: String?

    public init(configFile: String? = nil, inbox: String? = nil, state: String? = nil, lexicons: [String] = [], store: String? = nil) {
        self.configFile = configFile
        self.inbox = inbox
        self.state = state
        self.lexicons = lexicons
        self.store = store
    }

    /// The settings as they stand now: the config file read again (or the defaults), then the overrides.
    /// - Throws: `SettingsError` naming the file, the key and the problem.
    public func resolve() throws(SettingsError) -> Settings {
        var settings = Settings()
        if let configFile { settings = try Settings.load(file: configFile) }
        if let inbox { settings.inbox = inbox }
        if let state { settings.state = state }
        settings.lexicons += lexicons
        if let store {
            settings.store = store
            settings.database = nil
            _ = try settings.storeLocation()
        }
        return settings
    }
}

extension Settings {
    /// The config keys whose new value a running daemon takes on SIGHUP; a change to any
    /// other key (the directories, the database, the busy timeout) needs a restart.
    public static let reloadableKeys: Set<String> = ["lexicons", "max_file_bytes", "settle_seconds", "rescan_interval_seconds"]

    /// The config keys (their names in `claimwatch.toml`) whose values differ in `other`,
    /// in the order `Config/README.md` lists them.
    public func changedKeys(to other: Settings) -> [String] {
        let comparisons: [(String, Bool)] = [
            ("inbox", inbox == other.inbox), ("state", state == other.state),
            ("done", doneDirectory == other.doneDirectory), ("rejected", rejectedDirectory == other.rejectedDirectory),
            ("database", databasePath == other.databasePath), ("store", store == other.store),
            ("store_password_file", storePasswordFile == other.storePasswordFile), ("host", host == other.host), ("lexicons", lexicons == other.lexicons),
            ("max_file_bytes", maxFileBytes == other.maxFileBytes), ("settle_seconds", settleSeconds == other.settleSeconds),
            ("rescan_interval_seconds", rescanIntervalSeconds == other.rescanIntervalSeconds),
            ("busy_timeout_seconds", busyTimeoutSeconds == other.busyTimeoutSeconds),
            ("version_resemblance", versionResemblance == other.versionResemblance), ("copy_resemblance", copyResemblance == other.copyResemblance),
        ]
        return comparisons.filter { !$0.1 }.map(\.0)
    }
}
