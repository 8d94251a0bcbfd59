import ClaimDatabase
import Foundation

/// Where the password of a PostgreSQL store comes from — never the command line or the URL:
/// a file of its own (the config's `store_password_file`: the password on its first line), or
/// libpq's password file (`PGPASSFILE`, else `~/.pgpass`: `host:port:database:user:password`
/// lines, `*` matching anything, `\:` and `\\` escaped).
public enum PostgresPassword {
    /// Why no password could be read, naming the file and never its content.
    public struct ReadError: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var problem: String
        public var description: String { "password file '\(file)': \(problem)" }
    }

    /// The password for `address`: from `passwordFile` when given (an error when unreadable),
    /// else the first matching line of `PGPASSFILE` or `~/.pgpass`; nil when none matches.
    public static func find(
        for address: StoreLocation.PostgresAddress, passwordFile: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(ReadError) -> String? {
        if let passwordFile {
            let text = try read(passwordFile)
            let line = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).first.map(String.init) ?? ""
            guard !line.isEmpty else { throw ReadError(file: passwordFile, problem: "the first line is empty; write the password on it") }
            return line
        }
        let pgpass = environment["PGPASSFILE"] ?? environment["HOME"].map { ($0 as NSString).appendingPathComponent(".pgpass") }
        guard let pgpass, FileManager.default.fileExists(atPath: pgpass) else { return nil }
        return match(address, in: try read(pgpass))
    }

    /// The password of the first line of pgpass `text` that matches `address`.
    public static func match(_ address: StoreLocation.PostgresAddress, in text: String) -> String? {
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let wanted = [address.host, String(address.port), address.database, address.user]
            let hostMatches = fields[0] == "*" || fields[0] == wanted[0] || (fields[0] == "localhost" && ["127.0.0.1", "::1"].contains(wanted[0]))
            if hostMatches && zip(fields[1...3], wanted[1...3]).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// A pgpass line's fields: `:` separates, `\` escapes the next character.
    static func split(_ line: String) -> [String] {
        var fields = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" && fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }

    private static func read(_ file: String) throws(ReadError) -> String {
        do { return try String(contentsOfFile: file, encoding: .utf8) } catch {
            throw ReadError(file: file, problem: "cannot be read (\((error as NSError).localizedDescription))")
        }
    }
}
