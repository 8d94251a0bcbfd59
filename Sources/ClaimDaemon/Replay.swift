import ClaimCore
import ClaimDatabase
import Foundation
import Inbox

/// `claimwatch replay`: the whole pipeline — reader, extractor, differ — over archived
/// articles, in publication order (then name), in a fresh temporary store that is removed
/// afterwards: no state and no journal is touched. The alerts are those the daemon would
/// have raised for that stream. Deterministic: the same files give the same alerts.
public enum Replay {
    /// A file the daemon would have set aside, and why.
    public struct Rejection: Sendable, Hashable {
        public var file: String
        public var reason: String
    }

    public struct Outcome {
        public var alerts: [Alert]
        public var rejections: [Rejection]
        /// The articles in the order they were recorded: file name and publication day.
        public var order: [(file: String, published: Day?)]
    }

    /// Replays `files` (byte paths) with `lexicon`.
    /// - Throws: `StoreError` when the temporary store cannot be made.
    public static func run(_ files: [[UInt8]], lexicon: Lexicon, maxBytes: Int = Settings.defaultMaxFileBytes) throws -> Outcome {
        let pipeline = ArticlePipeline(lexicon: lexicon, maxBytes: maxBytes)
        var extracted = [ExtractedArticle]()
        var rejections = [Rejection]()
        for path in files {
            let name = Array(path.split(separator: UInt8(ascii: "/")).last ?? path[...])
            let display = FileName.display(name)
            do {
                let contents = try ArticleFile.read(path, maxBytes: maxBytes)
                extracted.append(try pipeline.process(contents.bytes, fileName: display, modified: contents.modified))
            } catch {
                rejections.append(Rejection(file: display, reason: RejectionReason.text(for: error)))
            }
        }
        // Publication order, then name; an article with no day last.
        extracted.sort { a, b in
            let (da, db) = (a.article.published, b.article.published)
            if da != db { return db == nil || (da != nil && da! < db!) }
            return a.article.fileName < b.article.fileName
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-replay-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteClaimStore(path: directory.appendingPathComponent("claims.sqlite").path)
        var alerts = [Alert]()
        // Batches of the daemon's size: one transaction each, each article seeing the ones before.
        var start = 0
        while start < extracted.count {
            let batch = Array(extracted[start..<min(extracted.count, start + 64)])
            for case .recorded(let raised) in try store.ingest(batch, at: Date(timeIntervalSince1970: 0)) { alerts += raised }
            start += batch.count
        }
        return Outcome(alerts: alerts, rejections: rejections, order: extracted.map { ($0.article.fileName, $0.article.published) })
    }
}
