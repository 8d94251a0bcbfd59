/// Rule- and lexicon-based claim extraction, in the spirit of event coders
/// such as PETRARCH (actor and verb dictionaries) but on sentences rather
/// than parses: a sentence with a trigger phrase and a resolvable speaker
/// makes a claim; its kind follows from the trigger and the speaker's role.
///
/// Pure: an article and a lexicon in, claims (and an explanation) out.
public struct ClaimExtractor: Sendable {
    let lexicon: Lexicon
    let actorMatcher: PhraseMatcher<String>
    let placeMatcher: PhraseMatcher<String>
    let cueMatcher: PhraseMatcher<Set<Trigger.Category>>
    let roles: [String: ActorRole]
    let regionOfPlace: [String: String]
    let regions: Set<String>

    /// Prepares the matchers for `lexicon` (done once per lexicon load, not per article).
    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        actorMatcher = PhraseMatcher(lexicon.actors.flatMap { actor in ([actor.name] + actor.aliases).map { ($0, actor.name) } })
        placeMatcher = PhraseMatcher(lexicon.places.flatMap { place in ([place.name] + place.aliases).map { ($0, place.name) } })
        var categories = [String: Set<Trigger.Category>]()
        for trigger in lexicon.triggers { categories[trigger.phrase.lowercased(), default: []].insert(trigger.category) }
        cueMatcher = PhraseMatcher(categories.map { ($0.key, $0.value) })
        roles = Dictionary(lexicon.actors.map { ($0.name, $0.role) }, uniquingKeysWith: { a, _ in a })
        regionOfPlace = Dictionary(lexicon.places.compactMap { p in p.region.map { (p.name, $0) } }, uniquingKeysWith: { a, _ in a })
        regions = Set(lexicon.places.filter(\.isRegion).map(\.name))
    }

    /// The claims of `article`, in order of first mention.
    public func extract(_ article: NormalizedArticle) -> [Claim] { explain(article).claims }

    /// The claims and, sentence by sentence, what produced them (`scan --explain`).
    public func explain(_ article: NormalizedArticle) -> (claims: [Claim], trace: [SentenceTrace]) {
        let sentences = analyze(article)
        var context = ExtractionContext(published: article.published)
        var found = [FoundClaim]()
        var trace = [SentenceTrace]()
        for sentence in sentences {
            context.enter(sentence)
            let claims = claims(in: sentence, context: &context)
            found += claims
            trace.append(SentenceTrace(sentence: sentence, claims: claims))
            context.leave(sentence, claims: claims, roles: roles)
        }
        let linked = DenialLinker(roles: roles).link(found)
        return (ClaimMerger.merge(linked).map(\.claim), trace)
    }

    private func analyze(_ article: NormalizedArticle) -> [SentenceAnalysis] {
        var out = [SentenceAnalysis]()
        let blocks = (article.title.map { [$0] } ?? []) + article.paragraphs
        let offset = article.title == nil ? 0 : 1
        for (index, paragraph) in blocks.enumerated() {
            for text in SentenceSplitter.split(paragraph) {
                let words = SentenceAnalysis.words(of: text)
                let folded = words.map(\.text)
                func mentions(_ matcher: PhraseMatcher<String>) -> [Mention] {
                    // "anti-Kremlin", "pro-Kremlin" describe, they do not name a speaker.
                    matcher.matches(in: folded).filter { !Self.qualifiers.contains(folded[safe: $0.range.lowerBound - 1] ?? "") }.map { Mention(range: $0.range, name: $0.value, phrase: $0.phrase, isQuoted: words[$0.range.lowerBound].isQuoted) }
                }
                out.append(SentenceAnalysis(
                    text: text, paragraph: index - offset, isHeadline: index < offset, words: words,
                    actors: mentions(actorMatcher), places: mentions(placeMatcher), cues: cueMatcher.allMatches(in: folded),
                    date: DateResolver.resolve(folded, published: article.published)))
            }
        }
        return out
    }

    static let qualifiers: Set<String> = ["anti", "pro", "non"]

    /// The region a sentence names: one region (directly or through its settlements),
    /// `.two` when it names more than one, `.none` when it names none.
    func region(of sentence: SentenceAnalysis) -> SentenceRegion {
        var found = [String]()
        for mention in sentence.places {
            let region = regions.contains(mention.name) ? mention.name : regionOfPlace[mention.name]
            if let region, !found.contains(region) { found.append(region) }
        }
        switch found.count {
        case 0: return .none
        case 1: return .one(found[0])
        default: return .several
        }
    }

    private func claims(in sentence: SentenceAnalysis, context: inout ExtractionContext) -> [FoundClaim] {
        guard let kindCue = KindRule.decide(sentence) else { return [] }
        let speakers = ClaimantResolver(roles: roles, lexicon: lexicon).claimants(of: sentence, context: context)
        guard !speakers.claimants.isEmpty else { return [] }
        let settlements = sentence.places.map(\.name).filter { !regions.contains($0) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        var regionValue: String?
        switch region(of: sentence) {
        case .one(let name): regionValue = name
        case .several: regionValue = nil
        case .none: regionValue = context.regionForContinuation
        }
        let date = sentence.date ?? context.paragraphDate ?? context.published
        return speakers.claimants.compactMap { claimant -> FoundClaim? in
            let role = roles[claimant] ?? .russianOfficial
            guard let kind = KindRule.kind(for: kindCue, role: role) else { return nil }
            let subject = kind == .denial ? nil : subjectOf(sentence, claimant: claimant, role: role, context: context)
            let claim = Claim(
                kind: kind, claimant: claimant, subject: subject, region: regionValue, places: settlements, date: date,
                evidence: sentence.text)
            return FoundClaim(
                claim: claim, sentenceIndex: context.sentenceIndex, isHeadline: sentence.isHeadline,
                hasOwnRegion: region(of: sentence) != .none, hasOwnDate: sentence.date != nil,
                namedOthers: sentence.actors.filter { !$0.isQuoted || kind == .denial }.map(\.name).filter { $0 != claimant && !speakers.claimants.contains($0) },
                rule: "\(kindCue.description); claimant by \(speakers.rule)")
        }
    }

    private func subjectOf(_ sentence: SentenceAnalysis, claimant: String, role: ActorRole, context: ExtractionContext) -> String? {
        if role == .group { return claimant }
        return sentence.actors.first { roles[$0.name] == .group }?.name
    }
}

/// A sentence's region evidence.
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
    public var claims: [String]

    init(sentence: SentenceAnalysis, claims: [FoundClaim]) {
        paragraph = sentence.paragraph
        text = sentence.text
        actors = sentence.actors.map { "\($0.name) ← '\($0.phrase)'\($0.isQuoted ? " (quoted)" : "")" }
        places = sentence.places.map { "\($0.name) ← '\($0.phrase)'" }
        cues = sentence.cues.map { "\($0.value.map(\.rawValue).sorted().joined(separator: "/")): '\($0.phrase)'" }
        self.claims = claims.map { "\($0.claim.kind.rawValue) by \($0.claim.claimant) — \($0.rule)" }
    }
}
