import Foundation

/// Test support: runs commands and reads the journal back with `journalctl`
/// (the tests run under scripts/with-journald, so a real journald answers).
public enum JournalReader {
    /// Runs a program and returns its exit status and stdout.
    @discardableResult
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Entries matching `matches` (`FIELD=value`), as dictionaries of their string fields, after `journalctl --sync`.
    public static func entries(_ matches: [String]) throws -> [[String: String]] {
        try run(["journalctl", "--sync"])
        let output = try run(["journalctl", "-o", "json", "--no-pager"] + matches).output
        return output.split(separator: "\n").compactMap { line in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return object.compactMapValues { $0 as? String }
        }
    }
}
