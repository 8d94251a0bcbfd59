/// A configuration problem: the file, the key (or line) and what is wrong.
/// Fatal at start (exit 78 before READY=1); on SIGHUP the old configuration is kept.
public struct SettingsError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var key: String?
    public var problem: String

    public init(file: String, key: String?, problem: String) {
        self.file = file
        self.key = key
        self.problem = problem
    }

    public var description: String {
        "'\(file)'" + (key.map { ": \($0)" } ?? "") + ": \(problem)"
    }
}
