import ClaimCore
import Testing

@Suite struct BackoffTests {
    @Test func doublesFromTheFirstDelayToTheLongestAndStartsOverAfterAReset() {
        var backoff = Backoff(first: 1, longest: 30)
        #expect((0..<7).map { _ in backoff.next() } == [1, 2, 4, 8, 16, 30, 30])
        backoff.reset()
        #expect(backoff.current == 0)
        #expect(backoff.next() == 1)
    }
}
