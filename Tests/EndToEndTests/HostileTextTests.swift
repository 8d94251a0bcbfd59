import ClaimTesting
import Foundation
import Testing

/// Issue 18: an article whose claim sentence carries terminal escapes (OSC 52, a screen clear, a
/// colour change), a bidi override around a figure and zero-width characters in a name, dropped
/// under a file name with control characters. The real daemon, journald, store and CLI: nothing
/// they print or store holds a character a terminal would act on, and the journal keeps the
/// evidence as text.
@Suite(.serialized) struct HostileTextTests {
    let harness: DaemonHarness
    let tag = UUID().uuidString.prefix(8).lowercased()

    init() throws { harness = try DaemonHarness(name: "hostile-text") }

    /// ~3 KB of ordinary text around two claim sentences laced with control bytes.
    var article: String {
        let background = (1...14).map {
            "Background \($0): residents of the border villages describe months of shelling, evacuations and promised shelters (\(tag))."
        }
        return
            ([
                "Volunteers report a crossing", "May 22, 2023",
                "The Russian Volun\u{200B}teer Corps said on Monday that its \u{1B}[31mfighters\u{1B}[0m crossed into the Belgorod region and seized Kozinka.\u{1B}]52;c;ZWNobyBwd25lZA==\u{07}\u{1B}[2J",
                "The Belgorod governor said on Tuesday that \u{202E}42\u{202C} saboteurs were killed near Kozinka.",
            ] + background).joined(separator: "\n\n") + "\n"
    }
    var fileName: String { "a\u{1B}[2Jb-\(tag).txt" }
    var shownName: String { "a\\x1b[2Jb-\(tag).txt" }

    /// True when `text` holds no C0/C1 control but line breaks, and no bidi or zero-width character.
    static func isInert(_ text: String) -> Bool {
        !text.unicodeScalars.contains { s in
            (s.value < 0x20 && s != "\n") || (0x7F...0x9F).contains(s.value) || s.properties.generalCategory == .format
                || s.value == 0x2028 || s.value == 0x2029
        }
    }

    @Test func scanPrintsOnlyInertText() throws {
        let file = try harness.article(fileName, article)
        for flags in [[], ["--json"], ["--explain"]] {
            let run = try DaemonHarness.cli(["scan"] + flags + [file.path])
            #expect(run.status == 0)
            #expect(Self.isInert(run.output), "scan \(flags) printed a control character")
            #expect(run.output.contains("its fighters crossed into the Belgorod region and seized Kozinka."))
            #expect(run.output.contains(flags == ["--json"] ? "a\\u001b[2Jb-\(tag).txt" : shownName))
        }
        let explained = try DaemonHarness.cli(["scan", "--explain", file.path]).output
        #expect(explained.contains("text: 40 control, terminal-escape or invisible format characters removed"))
        #expect(explained.contains("Russian Volunteer Corps ← "), "the zero-width space did not hide the name")
    }

    @Test func scanOpensAFileWhoseNameIsNotUTF8() throws {
        // Foundation's Process takes arguments as String: the shell makes the name's bytes.
        let directory = harness.work.appendingPathComponent("latin1")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let script =
            "cd '\(directory.path)' && printf '%s' \"$1\" > \"$(printf 'caf\\351.txt')\" && \"$0\" scan --json \"$(printf 'caf\\351.txt')\" && \"$0\" scan --json ."
        let run = try JournalReader.run(["sh", "-c", script, DaemonHarness.binary, article])
        #expect(run.status == 0, "both the file and its directory are read")
        let lines = run.output.split(separator: "\n")
        #expect(lines.count == 4, "two claims, twice:\n\(run.output)")
        #expect(lines.allSatisfy { $0.contains(#""file":"caf\\xE9.txt""#) }, "the name in its display form:\n\(run.output)")
    }

    @Test func alertsClaimsAndShowAreInertAndTheJournalKeepsText() throws {
        let daemon = try harness.start()
        try harness.drop([try harness.article(fileName, article)])
        #expect(try harness.waitForEmptyInbox())
        daemon.terminate()
        daemon.waitUntilExit()
        #expect(FileManager.default.fileExists(atPath: harness.state.appendingPathComponent("done/\(fileName)").path), "moved under its own name")

        try JournalReader.run(["journalctl", "--sync"])
        let raw = try JournalReader.run(["journalctl", "-o", "json", "--no-pager", "ARTICLE_FILE=\(shownName)"]).output
        let entries = raw.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(entries.count == 2, "a new raid and a new counterclaim, ARTICLE_FILE escaped")
        for entry in entries {
            // journalctl -o json writes a field journald stored as binary as an array of bytes.
            let evidence = try #require(entry["CLAIM_EVIDENCE"] as? String, "CLAIM_EVIDENCE stored as text")
            #expect(Self.isInert(evidence))
            #expect(entry.values.allSatisfy { $0 is String }, "every field is text")
        }
        #expect(entries.contains { ($0["CLAIM_EVIDENCE"] as? String)?.contains("that 42 saboteurs") == true })
        #expect(entries.contains { $0["CLAIM_CLAIMANT"] as? String == "Russian Volunteer Corps" })

        let state = harness.state.path
        let claims = try DaemonHarness.cli(["claims", "--state", state, "--json"])
        let id = try #require(
            claims.output.split(separator: "\n").compactMap { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]).flatMap {
                    $0["kind"] as? String == "raid" ? $0["id"] as? String : nil
                }
            }.first)
        for arguments in [
            ["alerts", "--all"], ["alerts", "--all", "--json"], ["claims", "--state", state], ["claims", "--state", state, "--json"],
            ["show", id, "--state", state],
        ] {
            let run = try DaemonHarness.cli(arguments)
            #expect(run.status == 0, "\(arguments)")
            #expect(Self.isInert(run.output), "\(arguments) printed a control character")
        }
        #expect(try DaemonHarness.cli(["show", id, "--state", state]).output.contains(shownName))
    }

    /// A store and a journal written before this fix (or by another program) may hold raw control
    /// characters: the commands that print them escape them.
    @Test func olderStoresAndJournalsArePrintedEscaped() throws {
        let daemon = try harness.start()
        try harness.drop([try harness.article("plain-\(tag).txt", article)])
        #expect(try harness.waitForEmptyInbox())
        daemon.terminate()
        daemon.waitUntilExit()
        let store = harness.state.appendingPathComponent("claims.sqlite").path
        try JournalReader.run([
            "sqlite3", store,
            """
            UPDATE mentions SET evidence = evidence || char(27) || ']52;c;aGk=' || char(7) || char(8238) || '24';
            UPDATE claims SET claimant = claimant || char(27) || '[2J' WHERE kind = 'raid';
            UPDATE articles SET file_name = 'old' || char(27) || '[31m.txt';
            """,
        ])
        let state = harness.state.path
        let listed = try DaemonHarness.cli(["claims", "--state", state])
        #expect(Self.isInert(listed.output))
        #expect(listed.output.contains("Russian Volunteer Corps\\x…"), "escaped before the cell is cut to its width")
        #expect(try DaemonHarness.cli(["claims", "--state", state, "--json"]).output.contains("Russian Volunteer Corps\\u001b[2J"))
        let id = try #require(listed.output.split(separator: "\n").first { $0.contains(" raid ") }?.split(separator: " ").first)
        let shown = try DaemonHarness.cli(["show", String(id), "--state", state])
        #expect(Self.isInert(shown.output))
        #expect(shown.output.contains("\\x1b]52;c;aGk=\\x07\\u202e24"))
        #expect(shown.output.contains("old\\x1b[31m.txt"))

        // An alert written with raw control bytes by something else (logger sends them as they are).
        let fields = try harness.article(
            "fields-\(tag)",
            """
            MESSAGE=raw alert \(tag)
            MESSAGE_ID=131e879235a146c9ab54c137eb6ed0e1
            SYSLOG_IDENTIFIER=claimwatch
            CLAIM_EVENT=new
            CLAIM_KIND=raid
            CLAIM_CLAIMANT=Raw\u{1B}[2J Corps \(tag)
            CLAIM_EVIDENCE=bell\u{07} and \u{202E}override
            ARTICLE_FILE=raw\u{1B}]52;c;aGk=\u{07}.txt

            """)
        #expect(try JournalReader.run(["logger", "--journald=\(fields.path)"]).status == 0)
        try JournalReader.run(["journalctl", "--sync"])
        for arguments in [["alerts", "--all"], ["alerts", "--all", "--json"]] {
            let run = try DaemonHarness.cli(arguments)
            #expect(Self.isInert(run.output), "\(arguments) printed a control character")
            #expect(run.output.contains("Raw\\x1b[2J Corps") || run.output.contains("Raw\\u001b[2J Corps"), "\(arguments)")
        }
    }

    @Test func aRejectedFileWithAControlNameIsNamedEscaped() throws {
        let daemon = try harness.start()
        defer { daemon.terminate(); daemon.waitUntilExit() }
        let name = "bin\u{1B}[2J\u{202E}-\(tag).txt"
        _ = FileManager.default.createFile(atPath: harness.inbox.appendingPathComponent(name).path, contents: Data())
        #expect(try harness.waitForEmptyInbox())
        let sidecar = harness.state.appendingPathComponent("rejected/\(name).reason")
        for _ in 0..<100 where !FileManager.default.fileExists(atPath: sidecar.path) { Thread.sleep(forTimeInterval: 0.05) }
        let reason = try String(contentsOf: sidecar, encoding: .utf8)
        #expect(Self.isInert(reason))
        #expect(reason.contains("empty"))
        let journal = try JournalReader.entries(["_PID=\(daemon.processIdentifier)", "MESSAGE_ID=ff97e9653dec4493859c01fedc2690b4"])
        #expect(journal.compactMap { $0["ARTICLE_FILE"] } == ["bin\\x1b[2J\\u202e-\(tag).txt"])
        #expect(journal.allSatisfy { Self.isInert($0["MESSAGE"] ?? "") })
    }
}
