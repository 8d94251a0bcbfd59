import ClaimCore
import Testing

/// Rules added for text the extractor had not seen (issue 20), each on sentences written for
/// this test: one that shows the rule, one where it must not fire. Published Friday 2024-08-16.
@Suite struct UnseenTextRuleTests {
    static let extractor = ClaimExtractor(lexicon: try! Lexicon.makeDefault())
    static let published = Day(year: 2024, month: 8, day: 16)!

    func claims(_ paragraphs: [String]) -> [Claim] {
        let article = NormalizedArticle(
            fileName: "t.txt", format: .plainText, title: nil, paragraphs: paragraphs, outlet: nil, published: Self.published,
            isPublishedInferred: false, url: nil)
        return Self.extractor.extract(article)
    }

    func kinds(_ sentence: String) -> [ClaimKind] { claims([sentence]).map(\.kind) }

    // MARK: counterclaims

    @Test(arguments: [
        "The Defence Ministry said Russian troops had regained full control of Glotovo.",
        "Russia's Defence Ministry said Krupets was back under Russian control.",
        "Russia's Defence Ministry said its units had recaptured Oleshnya overnight.",
        "The Defence Ministry said Russian forces had liberated Nikolayevo-Daryino.",
    ])
    func controlRegainedByTheOfficialSideIsACounterclaim(sentence: String) {
        #expect(kinds(sentence) == [.counterclaim])
    }

    @Test func aGroupLiberatingAVillageStillClaimsARaid() {
        #expect(kinds("The Freedom of Russia Legion said its fighters had liberated Gorkovsky.") == [.raid])
    }

    @Test(arguments: [
        "According to Russia's Defence Ministry, Ukraine has lost up to 900 troops in the Kursk region.",
        "Russia's Defence Ministry said its forces had struck Ukrainian units near Sudzha, killing up to 200 soldiers.",
    ])
    func theOtherSidesLossesAreACounterclaim(sentence: String) {
        #expect(kinds(sentence) == [.counterclaim])
    }

    @Test func aNameAfterAccordingToSpeaks() {
        let found = claims(["According to Russia's Defence Ministry, Ukraine has lost up to 900 troops in the Kursk region."])
        #expect(found.map(\.claimant) == ["Russian Defense Ministry"])
        // A name after "to" elsewhere is still an object, not a speaker.
        #expect(claims(["Zelensky said the raid on Sudzha was a message to Putin."]).allSatisfy { $0.claimant != "Kremlin" })
    }

    @Test func ukrainesLossesStatedByKyivAreNoCounterclaim() {
        #expect(kinds("Zelensky said Ukraine had lost fewer troops than Moscow claimed in the Kursk region.").allSatisfy { $0 != .counterclaim })
    }

    // MARK: denials

    @Test(arguments: [
        "There were no violations of the state border, the Defence Ministry said in a statement.",
        "Kursk Governor Alexei Smirnov said border guards had not let them across.",
        "Gladkov said there were no Ukrainian troops in the Belgorod region.",
        "Kapustin said the figure of 2,000 dead fighters was made up.",
        "Podolyak said Kyiv played no part in the raid on Kozinka.",
        "Gladkov insisted that no one got across the border near Grayvoron.",
    ])
    func aDenialWordedAnotherWayIsStillADenial(sentence: String) {
        #expect(kinds(sentence) == [.denial])
    }

    @Test func aPermissionIsNoDenial() {
        #expect(claims(["Gladkov said residents of Grayvoron were not allowed to return home yet."]).isEmpty)
    }

    // MARK: the other side's forces on Russian soil

    @Test func ukrainianForcesTakingATownIsARaidWithTheArmyAsSubject() {
        let found = claims(["Zelensky said Ukrainian forces had taken full control of Sudzha."])
        #expect(found.map(\.kind) == [.raid])
        #expect(found.first?.subject == "Ukrainian Armed Forces")
        #expect(found.first?.region == "Kursk Oblast")
        #expect(found.first?.places == ["Sudzha"])
    }

    @Test func theArmyClaimingTerritoryIsItsOwnSubject() {
        let found = claims(["Oleksandr Syrskyi said Ukrainian troops controlled about 800 square kilometres of the Kursk region."])
        #expect(found.map(\.kind) == [.raid])
        #expect(found.first?.claimant == "Ukrainian Armed Forces")
        #expect(found.first?.subject == "Ukrainian Armed Forces")
    }

    @Test func aGovernorCountingOccupiedSettlementsClaimsARaid() {
        let found = claims(["Alexei Smirnov said 20 settlements of the Kursk region were under Ukrainian control."])
        #expect(found.map(\.kind) == [.raid])
        #expect(found.first?.claimant == "Kursk Governor")
    }

    @Test func russianControlOfTheSituationIsNoRaid() {
        #expect(claims(["Alexei Smirnov said the situation in the Kursk region was under control."]).isEmpty)
    }
}
