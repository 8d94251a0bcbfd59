import ArgumentParser
import ClaimDaemon
import ClaimDatabase
import Foundation
import Inbox

/// A command that cannot go on: what to tell the operator, and the exit status.
struct CommandFailure: Error, CustomStringConvertible {
    var message: String
    var status: Int32
    init(_ message: String, status: Int32) {
        self.message = message
        self.status = status
    }
    var description: String { message }
}

/// The one mapping from an error to the process's exit status (sysexits.h), used by `main`
/// alone: commands throw, nothing below `main` ends the process.
enum ExitStatus {
    static let usage: Int32 = 64, dataError: Int32 = 65, noInput: Int32 = 66, unavailable: Int32 = 69
    static let ioError: Int32 = 74, config: Int32 = 78

    /// The status and message for the errors claimwatch defines; nil for ArgumentParser's own
    /// (usage, `--help`, `ExitCode`), which it reports itself.
    static func of(_ error: any Error) -> (status: Int32, message: String)? {
        switch error {
        case let failure as CommandFailure: (failure.status, failure.message)
        case let error as SettingsError: (config, error.description)
        case let error as InboxError: (config, error.description)
        case let error as StoreError: (error.isConfiguration ? config : error.isTransient ? unavailable : ioError, error.description)
        default: nil
        }
    }
}
