import Dispatch
import Foundation
import Inbox
import Testing

@Suite struct InotifyEventParserTests {
    func record(wd: Int32, mask: UInt32, name: String, padTo length: Int) -> [UInt8] {
        func le(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
        var nameBytes = Array(name.utf8)
        nameBytes += [UInt8](repeating: 0, count: length - nameBytes.count)
        return le(UInt32(bitPattern: wd)) + le(mask) + le(0) + le(UInt32(length)) + nameBytes
    }

    @Test func parsesConsecutiveRecordsWithPaddedNames() {
        let bytes = record(wd: 1, mask: 0x8, name: "a.txt", padTo: 16) + record(wd: 1, mask: 0x80, name: "Тёткино.html", padTo: 32)
        let events = InotifyEventParser.parse(bytes)
        #expect(events.map(\.name) == [Array("a.txt".utf8), Array("Тёткино.html".utf8)])
        #expect(events.map(\.mask) == [0x8, 0x80])
    }

    @Test func recognisesOverflowAndIgnoresATruncatedTail() {
        let bytes = record(wd: -1, mask: 0x4000, name: "", padTo: 0) + Array(record(wd: 1, mask: 0x8, name: "x", padTo: 16).prefix(20))
        let events = InotifyEventParser.parse(bytes)
        #expect(events.count == 1)
        #expect(events.first?.isOverflow == true)
    }
}

@Suite struct InboxDirectoryTests {
    let root: URL
    let directory: InboxDirectory

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-inbox-\(UUID().uuidString)")
        directory = InboxDirectory(
            inbox: root.appendingPathComponent("inbox").path, done: root.appendingPathComponent("done").path,
            rejected: root.appendingPathComponent("rejected").path)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try directory.createDirectories()
    }

    @Test(arguments: [("a.txt", true), (".a.txt.tmp", false), (".hidden", false), ("a.part", false), ("a.txt~", false), ("a.tmp", false)])
    func producerTemporaryNamesAreIgnored(name: String, eligible: Bool) {
        #expect(InboxDirectory.isCandidateName(Array(name.utf8)) == eligible)
    }

    @Test func movingToAnOccupiedNameAddsASuffix() throws {
        for _ in 0..<2 {
            try "x".write(to: root.appendingPathComponent("inbox/a.txt"), atomically: false, encoding: .utf8)
            try directory.move(Array("a.txt".utf8), to: .done)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.done).sorted() == ["a.txt", "a.txt.1"])
    }

    @Test func aNameThatIsNotUTF8IsReadAndMoved() throws {
        let name: [UInt8] = Array("bad-".utf8) + [0xFF, 0xFE] + Array(".txt".utf8)
        let path = directory.path(of: name)
        let fd = CPath.with(path) { open($0, O_WRONLY | O_CREAT, 0o644) }
        #expect(fd >= 0)
        close(fd)
        #expect(try directory.scan() == [name])
        #expect(FileName.display(name) == "bad-\\xFF\\xFE.txt")
        try directory.move(name, to: .rejected)
        #expect(try directory.scan().isEmpty)
    }

    @Test func aNameWithControlCharactersIsReadMovedAndShownEscaped() throws {
        let name = Array("a\u{1B}[2Jb\u{202E}txt.exe".utf8)
        let fd = CPath.with(directory.path(of: name)) { open($0, O_WRONLY | O_CREAT, 0o644) }
        #expect(fd >= 0)
        close(fd)
        #expect(try directory.scan() == [name])
        #expect(FileName.display(name) == "a\\x1b[2Jb\\u202etxt.exe")
        #expect(FileName.display(Array("Гладков.txt".utf8)) == "Гладков.txt")
        try directory.move(name, to: .rejected)
        #expect(try directory.scan().isEmpty)
        #expect(FileManager.default.fileExists(atPath: directory.rejected + "/" + String(decoding: name, as: UTF8.self)))
    }

    @Test func aWatcherReportsAFileRenamedIntoTheInbox() throws {
        let queue = DispatchQueue(label: "test.inbox")
        let seen = Box()
        let watcher = try InboxWatcher(directory: directory.inbox, queue: queue) { events in seen.add(events) }
        defer { watcher.cancel() }
        try "hello".write(to: root.appendingPathComponent("inbox/.n.tmp"), atomically: false, encoding: .utf8)
        try FileManager.default.moveItem(at: root.appendingPathComponent("inbox/.n.tmp"), to: root.appendingPathComponent("inbox/n.txt"))
        for _ in 0..<100 where !seen.contains(.finished(name: Array("n.txt".utf8))) { Thread.sleep(forTimeInterval: 0.02) }
        #expect(seen.contains(.finished(name: Array("n.txt".utf8))))
    }

    @Test func watchingAMissingDirectoryNamesTheSyscall() {
        #expect { try InboxWatcher(directory: "/nonexistent-\(UUID().uuidString)", queue: .main) { _ in } } throws: { error in
            (error as? InboxError)?.operation == "inotify_add_watch"
        }
    }
}

final class Box: @unchecked Sendable {
    private let lock = NSLock()
    private var events: [InboxWatcher.Event] = []
    func add(_ more: [InboxWatcher.Event]) { lock.withLock { events += more } }
    func contains(_ event: InboxWatcher.Event) -> Bool { lock.withLock { events.contains(event) } }
}
