import Foundation
import Inbox
import Testing

@testable import ClaimDaemon

/// The marker of the files being read (crash-loop quarantine): what one run leaves, the next reads.
@Suite struct ReadingMarkerTests {
    func state() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimwatch-marker-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    @Test func namesOfAnyBytesSurviveARestartAndTakingThemEmptiesTheMarker() throws {
        let directory = try state()
        let names: [[UInt8]] = [Array("a.txt".utf8), [0x6e, 0x0a, 0xff, 0x2f], Array("статья.html".utf8)]
        do {
            let marker = try ReadingMarker(state: directory)
            marker.begin(names)
        }
        let next = try ReadingMarker(state: directory)
        #expect(next.takePrevious() == .init(names: names, signal: nil), "no signal line: the run did not crash")
        #expect(next.takePrevious() == .init(names: [], signal: nil))
    }

    @Test func anEndedBatchLeavesNothingAndANewBatchReplacesTheLast() throws {
        let directory = try state()
        let marker = try ReadingMarker(state: directory)
        marker.begin([Array("first.txt".utf8), Array("second.txt".utf8)])
        marker.end()
        #expect(try ReadingMarker(state: directory).takePrevious().names.isEmpty)
        marker.begin([Array("first.txt".utf8)])
        marker.begin([Array("third.txt".utf8)])
        #expect(try ReadingMarker(state: directory).takePrevious().names == [Array("third.txt".utf8)])
    }

    @Test func theHandlersSignalLineIsReadWithTheNames() {
        let text = ReadingMarker.hex(Array("poison.txt".utf8)) + "\nsignal 4\n"
        #expect(ReadingMarker.parse(Array(text.utf8)) == .init(names: [Array("poison.txt".utf8)], signal: 4))
        #expect(ReadingMarker.parse(Array("signal 11\n".utf8)) == .init(names: [], signal: 11), "a crash outside reading names no file")
        #expect(ReadingMarker.parse(Array("zz\n616\n".utf8)).names.isEmpty, "a torn or foreign line is no name")
    }

    @Test func anUnwritableStateDirectoryIsAnErrorNamingThePath() {
        #expect { try ReadingMarker(state: "/nonexistent/state") } throws: { error in
            (error as? Inbox.InboxError)?.description.hasPrefix("open '/nonexistent/state/reading'") == true
        }
    }
}
