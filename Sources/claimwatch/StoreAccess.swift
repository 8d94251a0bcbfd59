import ClaimDaemon
import ClaimDatabase
import Foundation

/// Opening the store for the read-only operator commands.
enum StoreAccess {
    static let installedConfig = "/etc/claimwatch/claimwatch.toml"

    /// `--state`, else ./state when it holds a database (the README's local run), else the
    /// installed config's state directory, else its default.
    static func stateDirectory(_ given: String?) -> String {
        if let given { return given }
        let local = (Settings.defaultStateDirectory as NSString).appendingPathComponent(Settings.databaseFileName)
        if FileManager.default.fileExists(atPath: local) { return Settings.defaultStateDirectory }
        if let installed = try? Settings.load(file: installedConfig) { return installed.state }
        return "/var/lib/claimwatch"
    }

    static func open(state given: String?) throws -> SQLiteClaimStore {
        let state = stateDirectory(given)
        let path = (state as NSString).appendingPathComponent(Settings.databaseFileName)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("no database at '\(path)': has 'claimwatch run' used this state directory yet? Pass --state DIR", status: ExitStatus.noInput)
        }
        return try SQLiteClaimStore(path: path)
    }
}
