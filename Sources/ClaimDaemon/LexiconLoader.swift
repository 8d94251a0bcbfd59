import ClaimCore
import Foundation

/// Loads the lexicon the daemon and `scan` use: the built-in defaults, then
/// each `--lexicon DIR` in order (its `actors.tsv`, `places.tsv`,
/// `roles.tsv`, `triggers.tsv` when present).
public enum LexiconLoader {
    /// - Throws: `SettingsError` naming the file and line of a bad entry, or an unreadable file.
    public static func load(overlays: [String]) throws(SettingsError) -> Lexicon {
        var lexicon: Lexicon
        do { lexicon = try Lexicon.makeDefault() } catch { throw SettingsError(file: error.source, key: "line \(error.line)", problem: error.problem) }
        for directory in overlays {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw SettingsError(file: directory, key: nil, problem: "lexicon directory does not exist or is not a directory")
            }
            for file in LexiconFile.allCases {
                let path = (directory as NSString).appendingPathComponent(file.rawValue)
                guard FileManager.default.fileExists(atPath: path) else { continue }
                let text: String
                do { text = try String(contentsOfFile: path, encoding: .utf8) } catch {
                    throw SettingsError(file: path, key: nil, problem: "cannot read lexicon file (\(error.localizedDescription)); it must be UTF-8 text")
                }
                do { try lexicon.merge(file, text: text, source: path) } catch {
                    throw SettingsError(file: path, key: "line \(error.line)", problem: error.problem)
                }
            }
        }
        do { try lexicon.requireRoles() } catch { throw SettingsError(file: error.source, key: "line \(error.line)", problem: error.problem) }
        return lexicon
    }
}
