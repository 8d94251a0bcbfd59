import ClaimCore
import ClaimDaemon
import Foundation
import Testing

@Suite struct SettingsTests {
    @Test func readsEveryKey() throws {
        let settings = try Settings.parse(
            """
            inbox = "/i"
            state = "/s"
            lexicons = ["/l1", "/l2"]
            max_file_bytes = 100
            settle_seconds = 3
            rescan_interval_seconds = 9
            busy_timeout_seconds = 4
            """, file: "c.toml")
        #expect(settings.inbox == "/i")
        #expect(settings.databasePath == "/s/claims.sqlite")
        #expect(settings.doneDirectory == "/s/done")
        #expect(settings.lexicons == ["/l1", "/l2"])
        #expect(settings.maxFileBytes == 100)
    }

    @Test func anUnknownKeyIsAnErrorNamingIt() {
        #expect { try Settings.parse("inbx = \"/i\"", file: "c.toml") } throws: { error in
            (error as? SettingsError)?.key == "inbx" && (error as? SettingsError)?.file == "c.toml"
        }
    }

    @Test func aWrongTypeNamesTheKey() {
        #expect { try Settings.parse("max_file_bytes = \"big\"", file: "c.toml") } throws: { error in
            (error as? SettingsError)?.description == "'c.toml': max_file_bytes: expected a positive integer"
        }
    }

    @Test func invalidTOMLNamesTheLine() {
        #expect { try Settings.parse("inbox = \n", file: "c.toml") } throws: { error in
            (error as? SettingsError)?.key?.hasPrefix("line ") == true
        }
    }

    @Test func theShippedConfigLoads() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let settings = try Settings.load(file: root.appendingPathComponent("Config/claimwatch.toml").path)
        #expect(settings.inbox == "/var/lib/claimwatch/inbox")
    }

    @Test func anOverlayActorWithoutARoleIsAConfigErrorNamingTheFileAndLine() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let actors = directory.appendingPathComponent("actors.tsv")
        try "# local additions\nNorth Battalion\tNB\n".write(to: actors, atomically: true, encoding: .utf8)
        #expect(
            throws: SettingsError(
                file: actors.path, key: "line 2",
                problem:
                    "actor 'North Battalion' has no role: add the line 'North Battalion<TAB>ROLE' to a roles.tsv, ROLE one of group, russian-official, ukrainian-official"
            )
        ) { try LexiconLoader.load(overlays: [directory.path]) }
        try "North Battalion\tgroup\n".write(to: directory.appendingPathComponent("roles.tsv"), atomically: true, encoding: .utf8)
        #expect(try LexiconLoader.load(overlays: [directory.path]).actor(named: "NB") == nil, "aliases are not canonical names")
        #expect(try LexiconLoader.load(overlays: [directory.path]).actor(named: "North Battalion")?.role == .group)
    }

    /// An overlay's `lang/en/kinds.tsv` and `skeleton.tsv` replace the built-in ones, read from disk.
    @Test func anOverlayReplacesTheKindTableAndTheSkeletonRules() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("lang/en"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let sentence = "The Russian Defense Ministry said the saboteurs were repelled near Kozinka."
        func kinds(_ lexicon: Lexicon) -> [ClaimKind] {
            let article = NormalizedArticle(
                fileName: "t.txt", format: .plainText, title: nil, paragraphs: [sentence], outlet: nil,
                published: Day(year: 2023, month: 5, day: 23), isPublishedInferred: false, url: nil)
            return ClaimExtractor(lexicon: lexicon).extract(article).map(\.kind)
        }
        #expect(kinds(try LexiconLoader.load(overlays: [directory.path])) == [.counterclaim])
        let shipped = try String(contentsOf: Self.config.appendingPathComponent("lang/en/kinds.tsv"), encoding: .utf8)
        let edited = shipped.replacingOccurrences(of: "russian-official\trepulsion\tcounterclaim", with: "russian-official\trepulsion\tnone")
        try edited.write(to: directory.appendingPathComponent("lang/en/kinds.tsv"), atomically: true, encoding: .utf8)
        #expect(kinds(try LexiconLoader.load(overlays: [directory.path])).isEmpty, "the overlay's kind table decides")

        try "# rules\nkh\th\nbogus row\n".write(to: directory.appendingPathComponent("skeleton.tsv"), atomically: true, encoding: .utf8)
        #expect(
            throws: SettingsError(file: directory.appendingPathComponent("skeleton.tsv").path, key: "line 3", problem: "expected 'letters<TAB>replacement'")
        ) {
            try LexiconLoader.load(overlays: [directory.path])
        }
        try "kh\th\n".write(to: directory.appendingPathComponent("skeleton.tsv"), atomically: true, encoding: .utf8)
        #expect(try LexiconLoader.load(overlays: [directory.path]).skeletonRules != SkeletonRules.builtIn)
    }

    /// An overlay's `lang/en/page.tsv` replaces the reader's page words, and the pipeline the
    /// daemon builds from the lexicon reads with them.
    @Test func anOverlayReplacesThePageWordsTheReaderRemoves() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lexicon-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("lang/en"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text =
            "A headline of the page of the desk\n\nThe first paragraph of the story has more than twenty words so that it reads as the body of an article here.\n\nPlease donate to keep this site running\n"
        func paragraphs(_ lexicon: Lexicon) throws -> [String] {
            try ArticlePipeline(lexicon: lexicon).process(Array(text.utf8), fileName: "a.txt", modified: nil).article.paragraphs
        }
        #expect(try paragraphs(LexiconLoader.load(overlays: [directory.path])).contains("Please donate to keep this site running"))
        let shipped = try String(contentsOf: Self.config.appendingPathComponent("lang/en/page.tsv"), encoding: .utf8)
        try (shipped + "prompts\tplease donate\n").write(to: directory.appendingPathComponent("lang/en/page.tsv"), atomically: true, encoding: .utf8)
        #expect(try !paragraphs(LexiconLoader.load(overlays: [directory.path])).contains("Please donate to keep this site running"))
        try "prompts\tsubscribe\nfooter\tabout\n".write(to: directory.appendingPathComponent("lang/en/page.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: SettingsError.self) { try LexiconLoader.load(overlays: [directory.path]) }
    }

    static let config = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Config")

    @Test func aMissingLexiconDirectoryIsAConfigError() {
        #expect(throws: SettingsError.self) { try LexiconLoader.load(overlays: ["/nonexistent-lexicon"]) }
    }
}

@Suite struct SettingsSourceTests {
    func configFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-\(UUID().uuidString).toml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func theCommandLineOverridesTheFileAndItsLexiconsComeAfterTheFilesOnEveryRead() throws {
        let file = try configFile("inbox = \"/file/inbox\"\nlexicons = [\"/file/lexicon\"]\nmax_file_bytes = 100\n")
        let source = SettingsSource(configFile: file, inbox: "/cli/inbox", lexicons: ["/cli/lexicon"])
        let first = try source.resolve()
        #expect(first.inbox == "/cli/inbox")
        #expect(first.state == Settings.defaultStateDirectory)
        #expect(first.lexicons == ["/file/lexicon", "/cli/lexicon"])
        #expect(first.maxFileBytes == 100)
        try "lexicons = [\"/file/other\"]\nmax_file_bytes = 200\n".write(toFile: file, atomically: true, encoding: .utf8)
        let second = try source.resolve()
        #expect(second.lexicons == ["/file/other", "/cli/lexicon"], "a reload keeps the command line's lexicons")
        #expect(second.inbox == "/cli/inbox")
        #expect(second.maxFileBytes == 200)
    }

    @Test func withoutAConfigFileTheDefaultsAndTheCommandLine() throws {
        let settings = try SettingsSource(state: "/cli/state").resolve()
        #expect(settings.state == "/cli/state")
        #expect(settings.databasePath == "/cli/state/claims.sqlite")
        #expect(settings.lexicons.isEmpty)
    }

    @Test func changedKeysAreNamedAsInTheConfigFileAndSplitByWhetherAReloadAppliesThem() throws {
        let before = try Settings.parse("inbox = \"/i\"\nmax_file_bytes = 100\n", file: "c.toml")
        let after = try Settings.parse("inbox = \"/j\"\nmax_file_bytes = 200\nsettle_seconds = 5\nbusy_timeout_seconds = 9\n", file: "c.toml")
        #expect(before.changedKeys(to: after) == ["inbox", "max_file_bytes", "settle_seconds", "busy_timeout_seconds"])
        #expect(before.changedKeys(to: before).isEmpty)
        #expect(before.changedKeys(to: after).filter { !Settings.reloadableKeys.contains($0) } == ["inbox", "busy_timeout_seconds"])
        var moved = before
        moved.state = "/elsewhere"
        #expect(before.changedKeys(to: moved) == ["state", "done", "rejected", "database"], "the directories under the state move with it")
    }

    @Test func anUnreadableConfigOnResolveIsTheSettingsError() {
        #expect(throws: SettingsError.self) { try SettingsSource(configFile: "/nonexistent/claimwatch.toml").resolve() }
    }
}
