import ClaimCore
import Foundation
import Presentation

/// Where the CLI prints text that strangers wrote (evidence, names, outlets, file
/// names from the store, the journal or the command line): each line is passed
/// through `VisibleText`, so an escape sequence or a bidi override is shown as
/// `\x1b` or `\u202e` and never acted on by the terminal. Line breaks and tabs of
/// the output's own layout are kept. Table cells are escaped before they are
/// padded (`ClaimsCommand`, `AlertTable`), so columns stay aligned.
enum TerminalOutput {
    /// Prints `text` to stdout, escaped.
    static func print(_ text: String, terminator: String = "\n") {
        Swift.print(VisibleText.escaped(text, keepingLineBreaks: true), terminator: terminator)
    }

    /// Writes `text` and a line break to stderr, escaped.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((VisibleText.escaped(text, keepingLineBreaks: true) + "\n").utf8))
    }
}
