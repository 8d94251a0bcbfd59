import ClaimCore
import Foundation
import WordForms

/// Loads the lexicon the daemon and `scan` use: the built-in defaults, then
/// each `--lexicon DIR` in order: its `actors.tsv`, `places.tsv`, `roles.tsv`,
/// `triggers.tsv` add to what is loaded; its `skeleton.tsv` and the files of its
/// `lang/<code>/` (`words.tsv`, `kinds.tsv`, `answers.tsv`, `dates.tsv`, `page.tsv`,
/// `triggers.tsv`) replace theirs whole (their rows are ordered rules, so adding to them would
/// be ambiguous); a `lang/<code>/` of a language not read yet adds it (all five files needed).
/// Last, each language's analyser (`morphology`) is bound to its library (`WordForms`).
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
        do { return try Analysers.bind(lexicon) } catch {
            throw SettingsError(file: "lang/\(error.code)/words.tsv", key: "morphology", problem: error.cause.description)
        }
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
        let languages = (directory as NSString).appendingPathComponent("lang")
        let codes = ((try? FileManager.default.contentsOfDirectory(atPath: languages)) ?? []).sorted()
        for code in codes {
            let folder = (languages as NSString).appendingPathComponent(code)
            var texts = lexicon.profile(for: code)?.texts
            let files: [(String, WritableKeyPath<LanguageProfile.Texts, String>)] = [
                ("words.tsv", \.words), ("kinds.tsv", \.kinds), ("answers.tsv", \.answers), ("dates.tsv", \.dates), ("page.tsv", \.page),
                ("triggers.tsv", \.triggers),
            ]
            var found = [(WritableKeyPath<LanguageProfile.Texts, String>, String)]()
            for (name, keyPath) in files {
                if let text = try text((folder as NSString).appendingPathComponent(name)) { found.append((keyPath, text)) }
            }
            guard !found.isEmpty else { continue }
            if texts == nil {
                // A new language needs every file but its triggers.
                let missing = files.dropLast().filter { name, keyPath in !found.contains { $0.0 == keyPath } }.map(\.0)
                guard missing.isEmpty else {
                    throw SettingsError(file: folder, key: nil, problem: "a new language needs \(missing.joined(separator: ", ")) too")
                }
                texts = LanguageProfile.Texts(words: "", kinds: "", answers: "", dates: "", page: "")
            }
            for (keyPath, text) in found { texts![keyPath: keyPath] = text }
            let t = texts!
            do {
                lexicon.use(
                    try LanguageProfile(
                        code: code, words: t.words, kinds: t.kinds, answers: t.answers, dates: t.dates, page: t.page, triggers: t.triggers, folder: folder))
            } catch { throw settingsError(error) }
        }
    }
}
