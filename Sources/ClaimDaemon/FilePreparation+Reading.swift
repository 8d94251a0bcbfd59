import ClaimCore
import Dispatch
import Foundation
import Inbox

extension FilePreparation {
    /// Looks at, reads and extracts one name of the inbox.
    static func prepare(_ name: [UInt8], settled: Bool, in directory: InboxDirectory, pipeline: ArticlePipeline, maxBytes: Int, now: Int) -> FilePreparation {
        let path = directory.path(of: name)
        let kind: String?
        do { kind = try ArticleFile.irregularKind(at: path) } catch {
            return .vanished(warning: error.code == ENOENT ? nil : error.description)
        }
        if let kind { return .irregular(kind: kind) }
        if !settled && !directory.isSettled(name, now: now) { return .unsettled }
        let contents: ArticleFile.Contents
        do { contents = try ArticleFile.read(path, maxBytes: maxBytes) } catch {
            if case .failed(let inboxError) = error {
                if inboxError.code == ENOENT { return .vanished(warning: nil) }
                if inboxError.isTransient { return .retry(reason: inboxError.description) }
            }
            return .reject(reason: RejectionReason.text(for: error))
        }
        do {
            return .extracted(try pipeline.process(contents.bytes, fileName: FileName.display(name), modified: contents.modified))
        } catch {
            return .reject(reason: error.description)
        }
    }

    /// Prepares a batch on all cores; the results are in the batch's order.
    static func prepare(_ batch: [(name: [UInt8], settled: Bool)], in directory: InboxDirectory, pipeline: ArticlePipeline, maxBytes: Int) -> [FilePreparation]
    {
        let now = Int(Date().timeIntervalSince1970)
        if batch.count == 1 {
            return [prepare(batch[0].name, settled: batch[0].settled, in: directory, pipeline: pipeline, maxBytes: maxBytes, now: now)]
        }
        let results = Results(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { i in
            results.set(i, prepare(batch[i].name, settled: batch[i].settled, in: directory, pipeline: pipeline, maxBytes: maxBytes, now: now))
        }
        return results.all
    }

    /// One slot per file, each written by exactly one iteration of `concurrentPerform`,
    /// read only after it returns.
    private final class Results: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<FilePreparation?>
        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }
        deinit {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        func set(_ index: Int, _ value: FilePreparation) { slots[index] = value }
        var all: [FilePreparation] { slots.map { $0! } }
    }
}
