/// A set of place mentions' region evidence.
enum SentenceRegion: Equatable {
    case none, one(String), several
}

/// One sentence of `scan --explain`: what was found in it and what it produced.
public struct SentenceTrace: Sendable {
    public var paragraph: Int
    public var text: String
    public var actors: [String]
    public var places: [String]
    public var cues: [String]
    public var frames: [String]
    public var claims: [String]

    init(sentence: SentenceAnalysis, frames: [String], claims: [FoundClaim]) {
        paragraph = sentence.paragraph
        text = sentence.text
        actors = sentence.actors.map {
            "\($0.name) ← '\($0.phrase)'\($0.isQuoted ? " (quoted)" : "")\($0.isPossessive ? " (possessive)" : "")\($0.isGoverned ? " (object)" : "")"
        }
        places = sentence.places.map { "\($0.name) ← '\($0.phrase)'" }
        cues = sentence.cues.map { "\($0.value.map(\.rawValue).sorted().joined(separator: "/")): '\($0.phrase)'" }
        self.frames = frames
        self.claims = claims.map { "\($0.claim.kind.rawValue) by \($0.claim.claimant) — \($0.rule)" }
    }
}
