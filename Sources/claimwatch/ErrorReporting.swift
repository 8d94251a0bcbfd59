import ArgumentParser
import ClaimDaemon
import Foundation

/// Maps error types to exit codes in one place (sysexits.h).
enum ErrorReporting {
    static let usage: Int32 = 64, dataError: Int32 = 65, noInput: Int32 = 66, unavailable: Int32 = 69
    static let ioError: Int32 = 74, config: Int32 = 78

    /// Runs `body`; a `SettingsError` is printed and becomes exit 78.
    static func exitOnError<T>(_ body: () throws(SettingsError) -> T) throws -> T {
        do { return try body() } catch {
            fail(error.description, code: config)
        }
    }

    /// Prints `Error: message` to stderr and exits with `code`.
    static func fail(_ message: String, code: Int32) -> Never {
        TerminalOutput.error("Error: \(message)")
        exit(code)
    }
}
