import ArgumentParser
import ClaimDaemon
import ClaimDatabase
import Foundation

/// Which store an operator command reads: `--store URL`, else `--state DIR`'s claims.sqlite,
/// else ./state when it holds a database (the README's local run), else the store the
/// installed config names.
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp("The state directory holding claims.sqlite (default: ./state when it has one, else the installed config's store).", valueName: "DIR")
    )
    var state: String?

    @Option(
        help: ArgumentHelp(
            "Read the store at sqlite:PATH or postgresql://USER@HOST[:PORT]/DB (password from PGPASSFILE or ~/.pgpass) instead.", valueName: "URL"))
    var store: String?

    static let installedConfig = "/etc/claimwatch/claimwatch.toml"

    func open() throws -> StoreOpening.Store {
        if let store {
            let location: StoreLocation
            do { location = try StoreLocation.parse(store) } catch {
                throw CommandFailure("--store: \(error.problem)", status: ExitStatus.usage)
            }
            return try StoreOpening.forReading(location, settings: Settings(), configFile: nil, host: StoreOpening.hostName)
        }
        if let state { return try Self.openSQLite(Self.databasePath(state)) }
        let local = Self.databasePath(Settings.defaultStateDirectory)
        if FileManager.default.fileExists(atPath: local) { return try Self.openSQLite(local) }
        if FileManager.default.fileExists(atPath: Self.installedConfig) {
            let installed = try Settings.load(file: Self.installedConfig)
            return try StoreOpening.forReading(
                try installed.storeLocation(file: Self.installedConfig), settings: installed, configFile: Self.installedConfig, host: StoreOpening.hostName)
        }
        return try Self.openSQLite(Self.databasePath("/var/lib/claimwatch"))
    }

    private static func openSQLite(_ path: String) throws -> StoreOpening.Store {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure("no database at '\(path)': has 'claimwatch run' used this state directory yet? Pass --state DIR", status: ExitStatus.noInput)
        }
        return try SQLiteClaimStore(path: path)
    }

    private static func databasePath(_ state: String) -> String {
        (state as NSString).appendingPathComponent(Settings.databaseFileName)
    }
}
