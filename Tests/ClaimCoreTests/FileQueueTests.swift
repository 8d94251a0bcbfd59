import ClaimCore
import Testing

@Suite struct FileQueueTests {
    let a = Array("a.txt".utf8), b = Array("b.txt".utf8)

    @Test func namesComeOutOnceInArrivalOrderAndAnEventMarksThemSettled() {
        var queue = FileQueue()
        queue.push(a, settled: false)
        queue.push(b, settled: false)
        queue.push(a, settled: true)
        #expect(queue.pop()! == (a, true))
        #expect(queue.pop()! == (b, false))
        #expect(queue.pop() == nil)
    }

    @Test func aNameBeingHandledIsNotQueuedAgainByAScanButIsByAnEventOnRelease() {
        var queue = FileQueue()
        queue.push(a, settled: false)
        _ = queue.pop()
        queue.push(a, settled: false)  // a rescan lists it while it is being read
        queue.release(a)
        #expect(queue.pop() == nil, "the rescan's listing is dropped")
        queue.push(a, settled: false)
        _ = queue.pop()
        queue.push(a, settled: true)  // its writer wrote it again meanwhile
        queue.release(a)
        #expect(queue.pop()! == (a, true), "read again after its turn")
    }
}
