import ArgumentParser
import ClaimCore
import ClaimDaemon
import Foundation
import Inbox
import Presentation

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

    @Option(
        name: .customLong("lexicon"),
        help: ArgumentHelp("Read actors.tsv, places.tsv, roles.tsv, triggers.tsv from DIR on top of the defaults (repeatable).", valueName: "DIR"))
    var lexicons: [String] = []

    @Option(help: ArgumentHelp("Reject files larger than this many bytes.", valueName: "BYTES"))
    var maxFileBytes: Int = Settings.defaultMaxFileBytes

    @Argument(help: ArgumentHelp("Article files or directories.", valueName: "PATH"))
    var paths: [String]

    func run() throws {
        let lexicon = try LexiconLoader.load(overlays: lexicons)
        let pipeline = ArticlePipeline(lexicon: lexicon, maxBytes: maxFileBytes)
        var rejected = false
        var missing = false
        for path in paths {
            guard let files = ScanTargets.files(at: ScanTargets.rawBytes(of: path)) else {
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
    private func scanFile(_ path: [UInt8], pipeline: ArticlePipeline) -> Bool {
        // The name as text (escaped where it is printed); a name that is not UTF-8 in its display form.
        let base = Array(path.split(separator: UInt8(ascii: "/")).last ?? path[...])
        let name = String(validating: base, as: UTF8.self) ?? FileName.display(base)
        do {
            let contents = try ArticleFile.read(path, maxBytes: maxFileBytes)
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
            TerminalOutput.error("Error: '\(FileName.display(path))': \(RejectionReason.text(for: error))")
            return false
        }
    }
}

/// The files a `scan` path argument stands for, as bytes: a name that is not UTF-8 is opened
/// as it is on disk, as the daemon opens it.
enum ScanTargets {
    /// The argument's bytes as the shell passed them (ArgumentParser's `String` has replaced
    /// bytes that are not UTF-8 with U+FFFD): the first raw argument that decodes to it.
    static func rawBytes(of argument: String) -> [UInt8] {
        for index in 1..<Int(CommandLine.argc) {
            guard let raw = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: raw, count: strlen(raw))).map { UInt8(bitPattern: $0) }
            if String(decoding: bytes, as: UTF8.self) == argument { return bytes }
        }
        return Array(argument.utf8)
    }

    /// A file: itself; a directory: its regular files (following links), sorted by their bytes,
    /// not recursive; nil when nothing is there.
    static func files(at path: [UInt8]) -> [[UInt8]]? {
        var info = stat()
        guard CPath.with(path, { stat($0, &info) }) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFDIR else { return [path] }
        guard let directory = CPath.with(path, { opendir($0) }) else { return [] }
        defer { closedir(directory) }
        var files = [[UInt8]]()
        let prefix = path.last == UInt8(ascii: "/") ? path : path + [UInt8(ascii: "/")]
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            guard name != [UInt8(ascii: ".")], name != [UInt8(ascii: "."), UInt8(ascii: ".")] else { continue }
            let file = prefix + name
            var fileInfo = stat()
            if CPath.with(file, { stat($0, &fileInfo) }) == 0 && fileInfo.st_mode & S_IFMT != S_IFDIR { files.append(file) }
        }
        return files.sorted { $0.lexicographicallyPrecedes($1) }
    }
}
