/// Resolving what a person types on the command line (`--claimant RVC`,
/// `--region belgorod`) to the canonical names alerts and the store carry.
extension Lexicon {
    /// The canonical name of the actor whose name or alias is `text` (folded: case,
    /// accents and punctuation do not matter); nil when no actor is called that.
    public func canonicalActor(named text: String) -> String? {
        let key = TextFolding.fold(text)
        return actors.first { actor in ([actor.name] + actor.aliases).contains { TextFolding.fold($0) == key } }?.name
    }

    /// The canonical name of the region whose name or alias is `text`, or of the
    /// region a settlement called `text` lies in; nil when none matches.
    public func canonicalRegion(named text: String) -> String? {
        let key = TextFolding.fold(text)
        guard let place = places.first(where: { place in ([place.name] + place.aliases).contains { TextFolding.fold($0) == key } }) else { return nil }
        return place.region ?? place.name
    }
}
