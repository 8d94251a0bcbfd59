import ClaimCore
import Foundation

/// Loads the lexicon the daemon and `scan` use: the built-in defaults, then
/// each `--lexicon DIR` in order: its `actors.tsv`, `places.tsv`, `roles.tsv`,
/// `triggers.tsv` add to what is loaded; its `skeleton.tsv` and the files of its
/// `lang/en/` (`words.tsv`, `kinds.tsv`, `answers.tsv`, `dates.tsv`, `page.tsv`) replace
/// theirs whole (their rows are ordered rules, so adding to them would be ambiguous).
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
            try replaceRules(in: directory, of: &lexicon)
        }
        do { try lexicon.requireRoles() } catch { throw SettingsError(file: error.source, key: "line \(error.line)", problem: error.problem) }
        return lexicon
    }

    /// The overlay's `skeleton.tsv` and `lang/en/*.tsv`, each replacing its counterpart.
    private static func replaceRules(in directory: String, of lexicon: inout Lexicon) throws(SettingsError) {
        func text(_ path: String) throws(SettingsError) -> String? {
            guard FileManager.default.fileExists(atPath: path) else { return nil }
            do { return try String(contentsOfFile: path, encoding: .utf8) } catch {
                throw SettingsError(file: path, key: nil, problem: "cannot read rule file (\(error.localizedDescription)); it must be UTF-8 text")
            }
        }
        func settingsError(_ error: LexiconError) -> SettingsError {
            SettingsError(file: error.source, key: error.line > 0 ? "line \(error.line)" : nil, problem: error.problem)
        }
        let skeleton = (directory as NSString).appendingPathComponent("skeleton.tsv")
        if let rules = try text(skeleton) {
            do { lexicon.use(try SkeletonRules(text: rules, source: skeleton)) } catch { throw settingsError(error) }
        }
        let folder = (directory as NSString).appendingPathComponent("lang/en")
        var texts = lexicon.language.texts
        var replaced = false
        for (name, keyPath) in [("words.tsv", \LanguageProfile.Texts.words), ("kinds.tsv", \.kinds), ("answers.tsv", \.answers), ("dates.tsv", \.dates), ("page.tsv", \.page)] {
            if let found = try text((folder as NSString).appendingPathComponent(name)) {
                texts[keyPath: keyPath] = found
                replaced = true
            }
        }
        guard replaced else { return }
        do {
            lexicon.use(try LanguageProfile(code: "en", words: texts.words, kinds: texts.kinds, answers: texts.answers, dates: texts.dates, page: texts.page, folder: folder))
        } catch { throw settingsError(error) }
    }
}
