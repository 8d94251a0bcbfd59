import ArgumentParser
import ClaimCore
import ClaimDaemon
import Foundation
import Inbox

/// `claimwatch scan`: the pipeline `run` uses, on files named on the command line, touching no state.
struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the claims found in article files, without touching any state.",
        discussion: """
            A directory argument means its regular files, sorted, not recursive. Claims go to stdout, \
            errors to stderr. Exits 0, or 65 when any file was rejected, 66 when a path does not exist.

            Examples:
              claimwatch scan article.txt
              claimwatch scan --json ./articles > claims.jsonl
              claimwatch scan --explain --lexicon ./my-lexicon article.html
            """
    )

    @Flag(help: "Print one JSON object per claim per line (the claims.md fields plus 'file').")
    var json = false

    @Flag(help: "Show, sentence by sentence, which rule and lexicon entry produced each claim.")
    var explain = false

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("Read actors.tsv, places.tsv, roles.tsv, triggers.tsv from DIR on top of the defaults (repeatable).", valueName: "DIR"))
    var lexicons: [String] = []

    @Option(help: ArgumentHelp("Reject files larger than this many bytes.", valueName: "BYTES"))
    var maxFileBytes: Int = Settings.defaultMaxFileBytes

    @Argument(help: ArgumentHelp("Article files or directories.", valueName: "PATH"))
    var paths: [String]

    func run() throws {
        let lexicon = try ErrorReporting.exitOnError { () throws(SettingsError) in try LexiconLoader.load(overlays: lexicons) }
        let pipeline = ArticlePipeline(lexicon: lexicon, maxBytes: maxFileBytes)
        var rejected = false
        var missing = false
        for path in paths {
            guard let files = ScanTargets.files(at: path) else {
                TerminalOutput.error("Error: '\(path)': no such file or directory")
                missing = true
                continue
            }
            for file in files {
                if !scanFile(file, pipeline: pipeline) { rejected = true }
            }
        }
        if missing { throw ExitCode(66) }
        if rejected { throw ExitCode(65) }
    }

    /// Scans one file; false when it was rejected.
    private func scanFile(_ path: String, pipeline: ArticlePipeline) -> Bool {
        let name = (path as NSString).lastPathComponent
        do {
            let contents = try ArticleFile.read(Array(path.utf8), maxBytes: maxFileBytes)
            let extracted = try pipeline.process(contents.bytes, fileName: name, modified: contents.modified)
            if explain {
                TerminalOutput.print(ExplainFormatter.render(pipeline.extractor.explain(extracted.article), article: extracted.article))
            } else if json {
                for claim in extracted.claims { print(claim.jsonLine(file: name, language: extracted.article.language)) }  // JSONWriter escapes every control
            } else {
                for claim in extracted.claims { TerminalOutput.print(ClaimFormatter.line(claim, file: name)) }
            }
            return true
        } catch {
            TerminalOutput.error("Error: '\(path)': \(RejectionReason.text(for: error))")
            return false
        }
    }
}

/// The files a `scan` path argument stands for.
enum ScanTargets {
    static func files(at path: String) -> [String]? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return [path] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.sorted().map { (path as NSString).appendingPathComponent($0) }.filter { file in
            var sub: ObjCBool = false
            return FileManager.default.fileExists(atPath: file, isDirectory: &sub) && !sub.boolValue
        }
    }
}
