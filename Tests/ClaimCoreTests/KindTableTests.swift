import Testing

@testable import ClaimCore

/// The kind and answer tables are data: their format and errors, and that a changed row
/// changes what the extractor decides (each test would fail if the engine kept its own rule).
@Suite struct KindTableTests {
    static func claims(_ paragraphs: [String], kinds: String = DefaultLexicon.englishKinds, answers: String = DefaultLexicon.englishAnswers) throws -> [Claim] {
        var lexicon = try Lexicon.makeDefault()
        lexicon.use(
            try LanguageProfile(
                code: "en", words: DefaultLexicon.englishWords, kinds: kinds, answers: answers, dates: DefaultLexicon.englishDates,
                page: DefaultLexicon.englishPage, folder: "test"))
        let article = NormalizedArticle(
            fileName: "t.txt", format: .plainText, title: nil, paragraphs: paragraphs, outlet: nil,
            published: Day(year: 2023, month: 5, day: 23), isPublishedInferred: false, url: nil)
        return ClaimExtractor(lexicon: lexicon).extract(article)
    }

    /// The English kind table with the rows for which `drop` is true left out.
    static func englishKinds(dropping drop: (String) -> Bool) -> String {
        DefaultLexicon.englishKinds.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !drop($0) }.joined(separator: "\n")
    }

    @Test(arguments: [
        ("officials\tdenial\tdenial\tx", "unknown role 'officials'"),
        ("group\tdenial bogus\tdenial\tx", "unknown signal 'bogus'"),
        ("group\tdenial\trefutation\tx", "unknown kind 'refutation'"),
        ("group\tdenial\t+none\tx", "a '+' row must add a kind"),
        ("group\tdenial", "expected 'role<TAB>conditions<TAB>kind<TAB>because'"),
        ("group\tdenial\tdenial\tphrase '{bogus}'", "unknown signal '{bogus}' in the reason"),
        ("group\tdenial !\tdenial\tx", "condition '!' names no signal"),
        ("group\tact|\traid\tx", "condition 'act|' names no signal"),
    ])
    func aBadRowIsRefusedWithItsLine(row: String, problem: String) {
        do {
            _ = try KindTable(text: "# header\n\(row)\n", source: "kinds.tsv")
            Issue.record("accepted: \(row)")
        } catch {
            #expect(error.line == 2)
            #expect(error.problem.hasPrefix(problem), "\(error.problem)")
        }
    }

    @Test func aRepulsionMakesACounterclaimBecauseTheTableSaysSo() throws {
        let sentence = "The Russian Defense Ministry said the saboteurs were repelled near Kozinka."
        #expect(try Self.claims([sentence]).map(\.kind) == [.counterclaim])
        // The same words, with the official's repulsion row turned into `none`.
        let kinds = DefaultLexicon.englishKinds.replacing("russian-official\trepulsion\tcounterclaim", with: "russian-official\trepulsion\tnone")
        #expect(try Self.claims([sentence], kinds: kinds).isEmpty)
    }

    @Test func aPlusRowAddsASecondClaim() throws {
        let sentence = "Kyiv said the incursion was carried out by the Russian Volunteer Corps and that Ukraine had no involvement."
        let english = try Self.claims([sentence]).map { "\($0.kind.rawValue) \($0.claimant)" }
        #expect(english.sorted() == ["denial Ukrainian Government", "raid Ukrainian Government"])
        let withoutPlus = Self.englishKinds { $0.contains("\t+raid\t") }
        #expect(try Self.claims([sentence], kinds: withoutPlus).map(\.kind) == [.denial])
    }

    @Test func whoseClaimADenialAnswersComesFromTheAnswerTable() throws {
        let paragraphs = [
            "The Russian Defense Ministry said on Monday that 70 saboteurs had been killed near Kozinka.",
            "The Russian Volunteer Corps denied the figures, saying it had lost no fighters.",
        ]
        let english = try Self.claims(paragraphs).first { $0.kind == .denial }
        #expect(english?.denies == DeniedClaim(claimant: "Russian Defense Ministry", kind: .counterclaim))
        // A group that answers only a Russian official's raid finds nothing here to deny.
        let answers = "group\trussian-official\traid\nrussian-official\tgroup\traid\n"
        let other = try Self.claims(paragraphs, answers: answers).first { $0.kind == .denial }
        #expect(other?.denies?.kind != .counterclaim)
    }

    @Test func anAnswerRowNeedsRolesAndKinds() {
        #expect(throws: LexiconError.self) { try AnswerTable(text: "group\tnobody\traid\n", source: "answers.tsv") }
        #expect(throws: LexiconError.self) { try AnswerTable(text: "group\trussian-official\tretort\n", source: "answers.tsv") }
    }

    @Test func aFigureClaimedByAnOfficialIsACounterclaimThroughTheQuotedRows() throws {
        let sentence = "The corps said it had lost a handful of men, far from the 1,500 fighters killed claimed by the Kremlin."
        let kremlin = { (claims: [Claim]) in claims.filter { $0.claimant == "Kremlin" }.map(\.kind) }
        #expect(kremlin(try Self.claims([sentence])) == [.counterclaim])
        let withoutFigureRow = Self.englishKinds { $0.hasPrefix("*\tquoted-by-agent losses-in-sentence") }
        #expect(kremlin(try Self.claims([sentence], kinds: withoutFigureRow)) == [.raid])
    }
}
