/// Who says what in one clause of a sentence: the speaker (one actor, or
/// several in a joint claim), the speech verb, and the words that carry what
/// is said. Claims are read from frames, never from a whole sentence, so
/// that "X denied it, blaming the raid on Y" yields X's denial and X's raid,
/// and a place named in another clause does not leak into the claim.
struct StatementFrame {
    var speakers: [String]
    var speakerRange: Range<Int>?
    /// The speech verb(s); nil when the speaker is the subject of the act itself.
    var cue: Range<Int>?
    /// Word ranges holding what is said.
    var content: [Range<Int>]
    var clause: Range<Int>
    var rule: String
    /// The speaker is a pronoun or group reference ("they said"), standing for the group's own people.
    var speakerIsReference = false
    /// A claim quoted inside another ("the ministry's claim that…", "the 1,500 claimed by the Kremlin").
    var isEmbedded = false
    /// The speaker labels what follows a colon ("RDK channel: …", "Gladkov (governor): …").
    var isLabelled = false

    func contains(_ index: Int) -> Bool { content.contains { $0.contains(index) } }

    /// The previous frame's speaker going on, with or without a participle (", blaming …").
    var goesOn: Bool { speakerRange == nil && !isLabelled && !isEmbedded }
}
