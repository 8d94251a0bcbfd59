/// Daemon settings (decoded from the TOML config file; see Config/README.md).
public struct Settings: Sendable, Hashable {
    public static let defaultMaxFileBytes = 8 << 20
    public static let defaultStateDirectory = "./state"
    public static let databaseFileName = "claims.sqlite"
}
