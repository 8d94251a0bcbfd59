import ClaimCore
import Testing

/// A channel's own page speaks in the channel's voice: texts written for these tests.
@Suite struct ChannelVoiceTests {
    static let pipeline = ArticlePipeline(lexicon: try! Lexicon.makeDefault())

    static func claims(_ text: String) throws -> [Claim] {
        try pipeline.process(Array(text.utf8), fileName: "channel.txt", modified: Day(year: 2023, month: 5, day: 22)).claims
    }

    @Test func aSentenceWithNoSpeakerOnAnActorsChannelIsTheActors() throws {
        let found = try Self.claims(
            """
            Freedom of Russia Legion
            @legion_channel

            May 22, 2023

            This morning a sabotage group of ours entered Kozinka and raised a flag over the border post.
            """)
        #expect(found.map(\.claimant) == ["Freedom of Russia Legion"])
        #expect(found.first?.kind == .raid)
        #expect(found.first?.places == ["Kozinka"])
    }

    @Test func anOutletNamedWithAnActorsWordIsNoChannelOfIt() throws {
        // "Kyiv Morning Ledger" holds an alias of Kyiv, but the name is not wholly one actor's.
        let found = try Self.claims(
            """
            Kyiv Morning Ledger
            Border desk

            May 22, 2023

            This morning a sabotage group entered Kozinka and raised a flag over the border post.
            """)
        #expect(found.isEmpty)
    }

    @Test func aNamedSpeakerStillSpeaksOnAChannel() throws {
        let found = try Self.claims(
            """
            Freedom of Russia Legion
            @legion_channel

            May 22, 2023

            The Russian Defence Ministry said the saboteurs had been pushed back into Ukraine and destroyed.
            """)
        #expect(found.map(\.claimant) == ["Russian Defense Ministry"])
        #expect(found.first?.kind == .counterclaim)
    }
}
