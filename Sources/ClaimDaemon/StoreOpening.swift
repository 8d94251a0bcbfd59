import ClaimCore
import ClaimDatabase
import ClaimPostgres
import Foundation
import Glibc
import Logging

/// Opens the store the settings name, for the daemon and for the operator commands.
public enum StoreOpening {
    /// A store both the daemon records into and the operator commands read.
    public typealias Store = any ClaimStore & ClaimArchive

    /// How the daemon opens its store. A SQLite file is opened and migrated at once. A
    /// PostgreSQL server is connected to once: an unknown database or refused credentials
    /// throw a configuration error (exit 78); a server that cannot be reached is said in the
    /// journal, and the daemon starts anyway — files wait in the inbox and are recorded when
    /// the server answers (the store connects again on each retry, no crash loop).
    public static func forDaemon(_ settings: Settings, configFile: String?, host: String, logger: Logger) throws -> Store {
        let identity = ArticleIdentity(versionThreshold: settings.versionResemblance, copyThreshold: settings.copyResemblance)
        switch try settings.storeLocation(file: configFile) {
        case .sqlite(let path):
            // SQLite's own threshold (1,000 pages), checkpointed after a batch's alerts, not in its commit.
            return try SQLiteClaimStore(
                path: path, busyTimeout: TimeInterval(settings.busyTimeoutSeconds), articleIdentity: identity, deferringCheckpointsAt: 1_000)
        case .postgres(let address):
            let store = PostgresClaimStore(
                address: address, password: try password(for: address, settings: settings, configFile: configFile), host: host,
                articleIdentity: identity, logger: logger)
            if let trouble = try reachability(of: store) {
                let message = "The claim store \(address) cannot be reached (\(trouble)): files wait in the inbox and are recorded when it answers"
                logger.warning("\(message)")
            } else {
                let message = "Claim store: \(address) (this host's outbox: \(host))"
                logger.info("\(message)")
            }
            return store
        }
    }

    /// Connects once: nil when the store answered, the reason when it cannot be reached now.
    /// - Throws: any other failure (configuration: exit 78).
    private static func reachability(of store: PostgresClaimStore) throws(StoreError) -> String? {
        do {
            try store.connect()
            return nil
        } catch {
            if error.failure == .unavailable { return error.message }
            throw error
        }
    }

    /// How an operator command opens the store: it must answer now. The daemon's password file
    /// is used when this user can read it (a credential under /run/credentials is the service's
    /// alone); otherwise the operator's own `PGPASSFILE` or `~/.pgpass`.
    public static func forReading(_ location: StoreLocation, settings: Settings, configFile: String?, host: String) throws -> Store {
        switch location {
        case .sqlite(let path):
            return try SQLiteClaimStore(path: path)
        case .postgres(let address):
            let fromConfig = settings.storePasswordFile == nil ? nil : try? PostgresPassword.find(for: address, passwordFile: settings.storePasswordFile)
            var password = fromConfig
            if password == nil {
                do { password = try PostgresPassword.find(for: address, passwordFile: nil) } catch {
                    throw SettingsError(file: error.file, key: nil, problem: error.problem)
                }
            }
            let store = PostgresClaimStore(address: address, password: password, host: host, outbox: false)
            try store.connect()
            return store
        }
    }

    private static func password(for address: StoreLocation.PostgresAddress, settings: Settings, configFile: String?) throws(SettingsError) -> String? {
        do { return try PostgresPassword.find(for: address, passwordFile: settings.storePasswordFile) } catch {
            throw SettingsError(file: configFile ?? "--store", key: "store_password_file", problem: error.description)
        }
    }

    /// This machine's name, as alerts and the per-host outbox name it.
    public static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
