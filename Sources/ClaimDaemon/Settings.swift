import ClaimCore
import ClaimDatabase
import Foundation
import TOMLKit

/// Daemon settings, from the TOML config file (every key documented in
/// Config/README.md) with command-line overrides. Unknown keys are errors:
/// a typo must not silently fall back to a default.
public struct Settings: Sendable, Hashable {
    public static let defaultMaxFileBytes = 8 << 20
    public static let defaultStateDirectory = "./state"
    public static let databaseFileName = "claims.sqlite"

    public var inbox: String
    public var state: String
    public var done: String?
    public var rejected: String?
    public var database: String?
    /// `sqlite:PATH` or `postgresql://USER@HOST[:PORT]/DB` (`StoreLocation`); nil: the SQLite
    /// file `database` names, by default `STATE/claims.sqlite`.
    public var store: String?
    /// A file holding the PostgreSQL store's password on its first line.
    public var storePasswordFile: String?
    /// The name of this daemon's outbox in a shared store (`CLAIMWATCH_HOST`); nil: the
    /// machine's host name. Two daemons of one machine sharing a store need two names.
    public var host: String?
    public var lexicons: [String] = []
    public var maxFileBytes = Settings.defaultMaxFileBytes
    public var settleSeconds = 2
    public var rescanIntervalSeconds = 30
    public var busyTimeoutSeconds = 5
    /// How much of a known article's body a new one of the same outlet must hold to be a version of it.
    public var versionResemblance = ArticleIdentity.defaultVersionThreshold
    /// How much of a known article's body a new one of another outlet must hold to be a copy of it.
    public var copyResemblance = ArticleIdentity.defaultCopyThreshold

    public init(inbox: String = "./inbox", state: String = Settings.defaultStateDirectory) {
        self.inbox = inbox
        self.state = state
    }

    public var doneDirectory: String { done ?? (state as NSString).appendingPathComponent("done") }
    public var rejectedDirectory: String { rejected ?? (state as NSString).appendingPathComponent("rejected") }
    public var databasePath: String { database ?? (state as NSString).appendingPathComponent(Self.databaseFileName) }

    /// Where the claims are kept: `store` when set, else the SQLite file at `databasePath`.
    /// - Throws: `SettingsError` for a malformed URL (exit 78), naming the key, never a password.
    public func storeLocation(file: String? = nil) throws(SettingsError) -> StoreLocation {
        guard let store else { return .sqlite(path: databasePath) }
        do { return try StoreLocation.parse(store) } catch {
            throw SettingsError(file: file ?? "--store", key: file == nil ? nil : "store", problem: error.problem)
        }
    }

    static let keys: Set<String> = [
        "inbox", "state", "done", "rejected", "database", "store", "store_password_file", "host", "lexicons", "max_file_bytes", "settle_seconds",
        "rescan_interval_seconds", "busy_timeout_seconds", "version_resemblance", "copy_resemblance",
    ]

    /// Reads a config file.
    /// - Throws: `SettingsError` naming the file, the key and the problem.
    public static func load(file: String) throws(SettingsError) -> Settings {
        let text: String
        do { text = try String(contentsOfFile: file, encoding: .utf8) } catch {
            throw SettingsError(file: file, key: nil, problem: "cannot read the config file (\((error as NSError).localizedDescription))")
        }
        return try parse(text, file: file)
    }

    /// Parses config text (see `load(file:)`).
    public static func parse(_ text: String, file: String) throws(SettingsError) -> Settings {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw SettingsError(file: file, key: "line \(error.source.begin.line)", problem: "not valid TOML: \(error.description)")
        } catch {
            throw SettingsError(file: file, key: nil, problem: "not valid TOML: \(error)")
        }
        var settings = Settings()
        for key in table.keys.sorted() {
            guard keys.contains(key) else {
                throw SettingsError(file: file, key: key, problem: "unknown key; known keys are \(keys.sorted().joined(separator: ", "))")
            }
            let value = table[key]!
            func string() throws(SettingsError) -> String {
                guard let s = value.string, !s.isEmpty else { throw SettingsError(file: file, key: key, problem: "expected a non-empty string") }
                return s
            }
            func fraction() throws(SettingsError) -> Double {
                guard let d = value.double ?? value.int.map(Double.init), d > 0, d <= 1 else {
                    throw SettingsError(file: file, key: key, problem: "expected a number above 0 and at most 1")
                }
                return d
            }
            func positive() throws(SettingsError) -> Int {
                guard let i = value.int, i > 0 else { throw SettingsError(file: file, key: key, problem: "expected a positive integer") }
                return i
            }
            switch key {
            case "inbox": settings.inbox = try string()
            case "state": settings.state = try string()
            case "done": settings.done = try string()
            case "rejected": settings.rejected = try string()
            case "database": settings.database = try string()
            case "store": settings.store = try string()
            case "store_password_file": settings.storePasswordFile = try string()
            case "host": settings.host = try string()
            case "max_file_bytes": settings.maxFileBytes = try positive()
            case "settle_seconds": settings.settleSeconds = try positive()
            case "rescan_interval_seconds": settings.rescanIntervalSeconds = try positive()
            case "busy_timeout_seconds": settings.busyTimeoutSeconds = try positive()
            case "version_resemblance": settings.versionResemblance = try fraction()
            case "copy_resemblance": settings.copyResemblance = try fraction()
            case "lexicons":
                guard let array = value.array else { throw SettingsError(file: file, key: key, problem: "expected an array of directory paths") }
                settings.lexicons = try array.enumerated().map { index, item throws(SettingsError) in
                    guard let s = item.string else { throw SettingsError(file: file, key: "\(key)[\(index)]", problem: "expected a string") }
                    return s
                }
            default: break
            }
        }
        if settings.store != nil && settings.database != nil {
            throw SettingsError(
                file: file, key: "store", problem: "both 'store' and 'database' are set; keep one ('database = PATH' is 'store = \"sqlite:PATH\"')")
        }
        _ = try settings.storeLocation(file: file)
        return settings
    }
}
