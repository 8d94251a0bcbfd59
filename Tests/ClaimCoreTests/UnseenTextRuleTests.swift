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

    // MARK: losses

    /// Victims a conjunction away stand in another clause ("… were killed and civilians were
    /// not hurt"): the raiders' losses stay theirs.
    @Test func victimsInAnotherClauseDoNotTakeTheRaidersLosses() {
        #expect(kinds("Gladkov said the saboteurs in Kozinka were killed and civilians were not hurt.") == [.counterclaim])
    }

    // MARK: control

    /// Setting up a military commandant's office in a Russian town tells that the town is held;
    /// a border service's own commandant office is no raid.
    @Test func aCommandantsOfficeSetUpInATownIsARaid() {
        #expect(kinds("Syrskyi said Ukrainian forces had established a military commandant's office in Sudzha.") == [.raid])
        #expect(kinds("The FSB said its border commandant's office near Tetkino was working as usual.").isEmpty)
        #expect(kinds("Governor Smirnov said the military commandant's office in Kursk had begun registering volunteers.").isEmpty)
    }

    // MARK: dates

    /// A day that opens the sentence dates each statement in it; a statement with its own day
    /// keeps it, and a day later in the sentence or a period dates no other clause.
    @Test func aDayOpeningTheSentenceDatesEachStatementInIt() {
        let day = { (claimant: String, found: [Claim]) in found.first { $0.claimant == claimant && $0.region == "Kursk Oblast" }?.date?.description }
        let both = claims([
            "On 2 March, the Russian Volunteer Corps said its fighters had crossed into the Bryansk region.",
            "On 12 August, the Legion said it had entered Sudzha, while the RVC said its men were in Korenevo.",
        ])
        #expect(day("Russian Volunteer Corps", both) == "2024-08-12")
        #expect(day("Freedom of Russia Legion", both) == "2024-08-12")
        let own = claims([
            "On 2 March, the Russian Volunteer Corps said its fighters had crossed into the Bryansk region.",
            "On 12 August, the Legion said it had entered Sudzha, while the RVC said on 13 August that its men were in Korenevo.",
        ])
        #expect(day("Russian Volunteer Corps", own) == "2024-08-13")
        let later = claims([
            "On 2 March, the Russian Volunteer Corps said its fighters had crossed into the Bryansk region.",
            "The RVC said its men were in Korenevo, while the Legion said on 12 August that it had entered Sudzha.",
        ])
        #expect(day("Russian Volunteer Corps", later) != "2024-08-12")
    }

    /// A line that is only a day heads what follows: a statement under it with no day of its
    /// own was made that day, until the next heading. A sentence naming a day is no heading.
    @Test func aDayHeadingDatesTheStatementsUnderIt() {
        let found = claims([
            "THURSDAY, 8 AUGUST", "The Legion said it was fighting inside Sudzha.",
            "SUNDAY, 11 AUGUST", "The RVC said its men had entered Korenevo.",
        ])
        #expect(found.first { $0.claimant == "Freedom of Russia Legion" }?.date == Day(year: 2024, month: 8, day: 8))
        #expect(found.first { $0.claimant == "Russian Volunteer Corps" }?.date == Day(year: 2024, month: 8, day: 11))
        let sentence = claims(["It rained on 8 August.", "The Legion said it was fighting inside Sudzha."])
        #expect(sentence.first?.date == Day(year: 2024, month: 8, day: 16))
    }

    /// A timeline's heading may name the place of its section ("10 AUGUST - KURSK REGION") or
    /// set a label off with a dash or colon ("12 AUGUST: SUDZHA AGAIN"); a day that does not open
    /// the line, or a label without a dash or colon, heads nothing.
    @Test func aDayHeadingWithAPlaceOrALabel() {
        let found = claims([
            "10 AUGUST - KURSK REGION", "- The Legion says it is fighting inside Sudzha.",
            "12 AUGUST: SUDZHA AGAIN", "- The RVC says its men have entered Korenevo.",
        ])
        #expect(found.first { $0.claimant == "Freedom of Russia Legion" }?.date == Day(year: 2024, month: 8, day: 10))
        #expect(found.first { $0.claimant == "Russian Volunteer Corps" }?.date == Day(year: 2024, month: 8, day: 12))
        let notOpening = claims(["SUDZHA - 10 AUGUST AGAIN", "- The Legion says it is fighting inside Sudzha."])
        #expect(notOpening.first?.date == Day(year: 2024, month: 8, day: 16))
        let noSeparator = claims(["10 August rain in the west", "- The Legion says it is fighting inside Sudzha."])
        #expect(noSeparator.first?.date == Day(year: 2024, month: 8, day: 16))
        // A label in running case is a caption or a related story, not a section.
        let caption = claims(["9 August - Parade cancelled in Kursk", "- The Legion says it is fighting inside Sudzha."])
        #expect(caption.first?.date == Day(year: 2024, month: 8, day: 16))
    }

    // MARK: background

    /// An act placed in an earlier month with no day is the story's background (published
    /// August 2024): no raid, no counterclaim. The same act on a day, or told this month, is one;
    /// a denial with an earlier month in its sentence stands.
    @Test func anActInAnEarlierMonthIsBackground() {
        #expect(kinds("In March, the Freedom of Russia Legion led a series of incursions into the Belgorod region.").isEmpty)
        #expect(kinds("The Russian Volunteer Corps first drew attention in March with a brief incursion into the Bryansk region.").isEmpty)
        #expect(kinds("The Defence Ministry said in May 2023 that it had destroyed 70 saboteurs in the Belgorod region.").isEmpty)
        #expect(kinds("В марте РДК заявил о вылазке в Брянскую область.").isEmpty)
        #expect(kinds("At the beginning of March, the Russian Volunteer Corps claimed responsibility for an attack in the Bryansk region.").isEmpty)
        #expect(kinds("The Freedom of Russia Legion said its fighters had entered Tyotkino on March 12.") == [.raid])
        #expect(kinds("The Freedom of Russia Legion said on Thursday that its fighters had entered Tyotkino.") == [.raid])
        #expect(kinds("In August, the Freedom of Russia Legion said its fighters had entered Tyotkino.") == [.raid])
        // A day of its own, a period's "since", a clause describing the actor: news, not background.
        #expect(kinds("The Freedom of Russia Legion said on Tuesday its fighters had entered Tyotkino, where they had fought in March.") == [.raid])
        #expect(
            kinds("Russia's Defence Ministry said Ukraine had lost 20,000 troops in the Kursk region since the incursion began in March.") == [.counterclaim])
        #expect(kinds("The Freedom of Russia Legion, which first crossed the border in March, said its fighters had entered Tyotkino.") == [.raid])
        #expect(kinds("Kyiv denied any role in the raid, as it did in March.") == [.denial])
    }

    /// "X says … as Y denies …": after a statement, "as"/"while" with a speaker and its speech or
    /// denial verb right after it opens the second speaker's statement, with no comma. Not after
    /// no statement ("…, as the ministry said" credits what comes before), nor before a name with
    /// no speech verb of its own.
    @Test func asWithASpeakerAndItsVerbOpensASecondStatement() {
        let headline = claims(["The Kremlin says the border attack was repelled as Kyiv denies any role."])
        #expect(headline.map { "\($0.kind.rawValue) \($0.claimant)" } == ["counterclaim Kremlin", "denial Ukrainian Government"])
        let both = claims(["Gladkov said the raiders had been pushed out while the Russian Volunteer Corps said it had entered Kozinka."])
        #expect(both.first { $0.claimant == "Russian Volunteer Corps" }?.places == ["Kozinka"])
        let credited = claims(["Ukrainian saboteurs were destroyed near Tyotkino, as the Defence Ministry said on Tuesday."])
        #expect(credited.map { "\($0.kind.rawValue) \($0.claimant)" } == ["counterclaim Russian Defense Ministry"])
        let noVerb = claims(["The Russian Volunteer Corps said its fighters had entered Tyotkino as the Kremlin looked on."])
        #expect(noVerb.map { "\($0.kind.rawValue) \($0.claimant)" } == ["raid Russian Volunteer Corps"])
    }

    /// An official saying what "the attacks" were for explains them; it claims no raid. The same
    /// official telling the act, or its repulsion beside the purpose, still claims.
    @Test func whatTheAttacksWereForIsNoRaidClaim() {
        #expect(kinds("Putin said the attacks were meant to disrupt the presidential election.").isEmpty)
        #expect(kinds("Peskov said the incursion was aimed at distracting attention from the front.").isEmpty)
        #expect(kinds("Песков заявил, что атаки были направлены на срыв выборов.").isEmpty)
        #expect(kinds("Putin said Ukrainian saboteurs had entered the Kursk region to disrupt the election.") == [.raid])
        #expect(kinds("Peskov said the raid showed that Kyiv continued its attacks on Russian territory.") == [.raid])
        #expect(kinds("The Defence Ministry said the attack on Tyotkino, meant to disrupt the vote, was repelled.") == [.counterclaim])
        // Later in its clause, or named before the act.
        #expect(kinds("Putin said the attacks in the Belgorod and Kursk regions are meant to disrupt the election.").isEmpty)
        #expect(kinds("Peskov said the aim of the attack is to destabilise the border areas.").isEmpty)
        // What the act will bring is a threat about it: "These enemy attacks will not go unpunished".
        #expect(kinds(#""These enemy attacks cannot and will not go unpunished," Putin warned."#).isEmpty)
        #expect(kinds("Putin said the attacks on the Belgorod region would not go unpunished.").isEmpty)
        #expect(kinds("Putin said saboteurs had attacked the Belgorod region and would be punished.") == [.raid])
        // Not a purpose: a place right after "aimed at" is the target; not a threat: a passive's
        // agent after "planned", a name between the act and what it will do.
        #expect(kinds("Gladkov said the attacks aimed at Shebekino had left two people dead.") == [.raid])
        #expect(kinds("The FSB said the attack on the Bryansk region was planned by Ukrainian intelligence.") == [.raid])
        #expect(kinds("Peskov said the raid on the Belgorod region showed Kyiv would stop at nothing.") == [.raid])
        // A clause break ends the reach: what comes after it is another statement.
        #expect(kinds("Putin said the attacks had reached Tyotkino, and the army is meant to push them out.") == [.raid])
    }

    /// Of two mentions of one claim, the evidence is where the claimant says it ("The LSR claimed
    /// that …"), not where the outlet tells the act in its own voice ("The Legion conducted …").
    @Test func theEvidenceIsWhereTheClaimantSaysIt() {
        let found = claims([
            "The Freedom of Russia Legion conducted a raid into the Belgorod region on Monday.",
            "The LSR claimed on Monday that its fighters held positions in Kozinka in the Belgorod region.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.evidence.hasPrefix("The LSR claimed") == true)
        // A claim quoted inside another's denial ("dismissed the ministry's claim that …") is not
        // where its claimant says it either.
        let quoted = claims([
            "Kapustin dismissed as fiction the Russian Defence Ministry's claim that more than 70 attackers had been killed in the Belgorod region.",
            "In Moscow, Sergei Shoigu told officials that more than 70 attackers had been killed in the Belgorod region.",
        ]).filter { $0.kind == .counterclaim }
        #expect(quoted.count == 1)
        #expect(quoted.first?.evidence.hasPrefix("In Moscow") == true)
        // "Tuesday's attack" refers to the act an official calls a provocation.
        #expect(kinds(#"Putin called Tuesday's attack a "large-scale provocation"."#) == [.raid])
    }

    /// "…, but insisted that …": after a clause breaker, a speech verb with no subject of its own
    /// goes on with the sentence's speaker; a subject of its own speaks for itself.
    @Test func aVerbAfterButGoesOnWithTheSpeaker() {
        let found = claims(["Belgorod governor Vyacheslav Gladkov reported heavy shelling of Shebekino but insisted that no saboteurs had got into the town."])
        #expect(found.map { "\($0.kind.rawValue) \($0.claimant)" } == ["denial Belgorod Governor"])
        let other = claims(["Gladkov reported heavy shelling of Shebekino, but the Russian Volunteer Corps said its fighters had entered the town."])
        #expect(other.map { "\($0.kind.rawValue) \($0.claimant)" } == ["raid Russian Volunteer Corps"])
    }

    /// "None of the groups has claimed …", "Neither group entered …": a clause opened by a
    /// negating quantifier claims nothing for its subject; the groups' own claim stands.
    @Test func aNegatingQuantifierSilencesItsSubject() {
        let found = claims([
            "The Freedom of Russia Legion and the Russian Volunteer Corps said they had entered Tyotkino.",
            "None of the groups has itself claimed Lozovaya Rudka.", "None of the groups entered Glotovo.",
        ])
        #expect(found.map { "\($0.kind.rawValue) \($0.claimant)" } == ["raid Freedom of Russia Legion", "raid Russian Volunteer Corps"])
        #expect(found.allSatisfy { $0.places == ["Tetkino"] })
        // Inside a quotation the quantifier is what the speaker says; the speaker still speaks.
        let quoted = claims([#""None of us will leave Tyotkino," the Freedom of Russia Legion said, adding that its fighters held the village."#])
        #expect(quoted.map { "\($0.kind.rawValue) \($0.claimant)" } == ["raid Freedom of Russia Legion"])
    }

    /// A place outside the watched border makes a statement about elsewhere, unless a second
    /// "that" puts it in another statement than the act's.
    @Test func aPlaceElsewhereInAnotherStatementLeavesTheAct() {
        #expect(
            kinds(
                "Peskov told reporters that the incursion was carried out by Ukrainian saboteurs and that its purpose was to distract attention from Bakhmut.")
                == [.raid])
        #expect(kinds("Peskov said Ukrainian saboteurs had attacked Russian positions near Bakhmut.").isEmpty)
        // A place inside the act's own phrase (a wildcard of "crossed the * border").
        #expect(kinds("Syrskyi said Russian troops crossed the Kharkiv border in May.").isEmpty)
    }

    /// "was still repelling an attempt to break through": a repulsion told as it happens is a
    /// counterclaim; "were still clearing the district of saboteurs" is the operation against
    /// raiders who are there, a raid claim.
    @Test func aRepulsionStillUnderWayIsACounterclaim() {
        #expect(
            kinds("Kursk governor Roman Starovoit said the military was still repelling an attempt by a sabotage group to break through near Tyotkino.") == [
                .counterclaim
            ])
        #expect(kinds("Gladkov said the army was still clearing the Grayvoron district of saboteurs.") == [.raid])
        #expect(kinds("Gladkov said troops were still clearing the area near Kozinka of saboteurs.") == [.raid])
    }

    /// "Ukraine's army has lost up to 1,350 servicemen": the raiders' losses named by the army
    /// that raids, right before an intransitive loss; civilians wounded by its shelling are not.
    @Test func theRaidingArmysLossesAreACounterclaim() {
        #expect(kinds("Russia's Defence Ministry says Ukraine's army has lost up to 1,350 servicemen in the Kursk region.") == [.counterclaim])
        #expect(!kinds("Gladkov said Ukrainian army shelling of Shebekino had left two residents wounded.").contains(.counterclaim))
        #expect(!kinds("Gladkov said the Russian Volunteer Corps wounded two civilians in Shebekino.").contains(.counterclaim))
    }

    /// '"…," said Gladkov': a name right after a speech verb speaks the quotation only when the
    /// quotation closes right before the verb; '"…" and said Kyiv was …' goes on with the first
    /// speaker, and Kyiv is what it speaks of.
    @Test func aNameAfterTheVerbSpeaksOnlyAQuotationClosingRightBefore() {
        let goesOn = claims([#"Putin called the incursion "a large-scale provocation" and said Kyiv was trying to improve its negotiating position."#])
        #expect(goesOn.map { "\($0.kind.rawValue) \($0.claimant)" } == ["raid Kremlin"])
        let after = claims([#""There is no enemy on the territory of the region," said Vyacheslav Gladkov, the Belgorod governor."#])
        #expect(after.map { "\($0.kind.rawValue) \($0.claimant)" } == ["denial Belgorod Governor"])
    }

    /// An official's counterclaim going on with a participle that names the act it stopped
    /// ('…," the ministry said, blaming Kyiv for the attack') is one counterclaim, not also a
    /// raid (claims.md); a raid the same statement places elsewhere stays one.
    @Test func anOfficialNamingTheActItStoppedAddsNoRaid() {
        let one = claims([
            #""The formations were blocked and destroyed by air strikes," Russia's Defence Ministry said, blaming Ukrainian authorities for the attack."#
        ])
        #expect(one.map(\.kind) == [.counterclaim])
        let two = claims([
            "Russia's Defence Ministry said 30 saboteurs had been destroyed near Sudzha, adding that another group had entered Tyotkino."
        ])
        #expect(Set(two.map(\.kind)) == [.counterclaim, .raid])
        // Another region is another act.
        let elsewhere = claims([
            "Russia's Defence Ministry said its forces had repelled an attack near Tyotkino in the Kursk region, adding that fighting was continuing in the Belgorod region."
        ])
        #expect(Set(elsewhere.map(\.kind)) == [.counterclaim, .raid])
    }

    /// "over the past two days", "за последние два дня": a period, also put before the speaker,
    /// leaves the claim undated; a day put there dates it.
    @Test func aPeriodBeforeTheSpeakerLeavesTheClaimUndated() {
        let period = claims(["Over the past two days the Freedom of Russia Legion says it lost two fighters near Tyotkino."])
        #expect(period.map(\.kind) == [.raid])
        #expect(period.first?.date == nil)
        let day = claims(["On Wednesday the Freedom of Russia Legion said it lost two fighters near Tyotkino."])
        #expect(day.first?.date == Day(iso: "2024-08-14"))
        let within = claims(["The Freedom of Russia Legion says it lost two fighters near Tyotkino over the past few days."])
        #expect(within.first.map { $0.date == nil } == true)
    }

    /// "the so-called Russian Volunteer Corps": the hedge belongs to the name, and its "called"
    /// is no speech verb (it took Kyiv's denial); a name wrapped in quotation marks at the end of
    /// a sentence is a name, not quoted speech.
    @Test func aHedgedOrWrappedNameIsStillTheName() {
        let hedged = claims(["Kyiv denied any link to the so-called Russian Volunteer Corps, which said it had entered Kozinka."])
        #expect(hedged.map { "\($0.kind.rawValue) \($0.claimant)" } == ["raid Russian Volunteer Corps", "denial Ukrainian Government"])
        #expect(kinds(#"Responsibility for the raid on Tyotkino was claimed by the "Freedom of Russia Legion"."#) == [.raid])
    }

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

    /// Base and -ing forms of the thwarting verbs repel as their past forms do; an official who
    /// blames the attack on Kyiv and goes on, with a participle, to say it was stopped makes one
    /// counterclaim, not also a raid. Blaming alone is still the raid claim.
    @Test func anAttackBlamedThenSaidAvertedIsOneCounterclaim() {
        #expect(kinds("The Defence Ministry said its forces were able to thwart an incursion into the Belgorod region.") == [.counterclaim])
        #expect(
            kinds(
                #"Russia's Defence Ministry blamed the attack on the "Kyiv regime", insisting that border forces were able to stop the attackers and avert a cross-border raid."#
            ) == [.counterclaim])
        #expect(kinds(#"Russia's Defence Ministry blamed the attack on the "Kyiv regime", saying fighting near Tyotkino went on."#) == [.raid])
    }

    /// Repelling under way still repels ("fighting to repel … is continuing": a counterclaim);
    /// an operation under way to eliminate the raiders who came in tells of the raid.
    @Test func aRepulsionUnderWayIsACounterclaim() {
        #expect(kinds("The Defence Ministry said fighting to repel Ukrainian troops who entered the Kursk region was continuing.") == [.counterclaim])
        #expect(kinds("The Defence Ministry said its units were still repelling Ukrainian troops near Sudzha.") == [.counterclaim])
        #expect(kinds("The FSB said an operation to eliminate the saboteurs who entered the Bryansk region was under way.") == [.raid])
    }

    /// A name's speaker speaks for it: "the Legion's commander conceded", "according to its
    /// spokesman, Igor Konashenkov". A possessive before a claim noun still owns the claim.
    @Test func aNamesSpeakerSpeaksForIt() {
        #expect(claims(["The Legion's commander said its fighters had entered Kozinka."]).map(\.claimant) == ["Freedom of Russia Legion"])
        let ministry = claims([
            #"By Tuesday, the ministry was declaring victory: more than 90 "nationalists" killed, according to its spokesman, Igor Konashenkov."#
        ])
        #expect(ministry.map { "\($0.kind.rawValue) \($0.claimant)" } == ["counterclaim Russian Defense Ministry"])
        let owned = claims(["Kyiv dismissed the Kremlin's claim that saboteurs had entered Lyubechane."])
        #expect(owned.first { $0.kind == .denial }?.denies?.claimant == "Kremlin")
    }

    /// Idioms of denying ("laughed the figure off", "brushed aside") deny; "set foot in" is an
    /// act, so no one having set foot there denies it, and a group setting foot there claims it.
    @Test func idiomsOfDenyingAndSettingFoot() {
        let found = claims([
            "The Kremlin said 70 attackers had been killed.", "Kapustin laughed the figure off, saying the corps had two men wounded.",
        ])
        #expect(found.contains { $0.kind == .denial && $0.claimant == "Russian Volunteer Corps" })
        #expect(kinds("Gladkov insisted that no armed group had set foot in Shebekino.") == [.denial])
        #expect(kinds("The Russian Volunteer Corps said its fighters had set foot in Shebekino.") == [.raid])
    }

    /// An army saying it holds settlements claims ground ("Ukrainian units now held 82
    /// settlements"); holding a briefing is no act.
    @Test func holdingSettlementsIsARaid() {
        #expect(kinds("Oleksandr Syrskyi said on Thursday that Ukrainian units now held 82 settlements in the Kursk region.") == [.raid])
        #expect(kinds("Oleksandr Syrskyi said on Thursday that he held a briefing for reporters.").isEmpty)
    }

    /// "Responsibility lies with Kyiv" places blame; "lies" there is a verb, not a denial.
    @Test func responsibilityLyingWithKyivDeniesNothing() {
        let found = claims(["The Legion said its fighters had entered Kozinka.", "Peskov said responsibility lies with the Kyiv regime."])
        #expect(!found.contains { $0.kind == .denial })
        let lies = claims(["The Legion said its fighters had entered Kozinka.", "Gladkov said the Legion's reports were lies."])
        #expect(lies.contains { $0.kind == .denial && $0.claimant == "Belgorod Governor" })
    }

    /// A group described in the outlet's voice ("has until now fought only inside Ukraine")
    /// denies nothing; the group saying it, or going on after its speech verb, does.
    @Test func aGroupDescribedDeniesNothing() {
        #expect(kinds("The Siberian Battalion, formed mostly of volunteers, has until now fought only inside Ukraine.").isEmpty)
        #expect(kinds("The Siberian Battalion said it had until now fought only inside Ukraine.") == [.denial])
        // Issuing a denial is a speech act, with or without a speech verb.
        #expect(
            claims(["The Kremlin said 70 attackers had been killed.", "The Russian Volunteer Corps issued a denial of the Kremlin's figures."])
                .contains { $0.kind == .denial && $0.claimant == "Russian Volunteer Corps" })
        #expect(
            claims([
                "The Kremlin said 1,500 attackers had been killed.",
                "The Legion conceded it had sustained losses, but nowhere near the 1,500 claimed by the Kremlin.",
            ]).contains { $0.kind == .denial && $0.claimant == "Freedom of Russia Legion" })
    }

    /// A wire dateline's places ("MOSCOW/KYIV, March 2 (Wire) - …") open the sentence as a
    /// dateline, not as its speaker; the same city later in the sentence still speaks.
    @Test func aDatelinesPlacesDoNotSpeak() {
        let found = claims([
            "MOSCOW/KYIV, March 2 (Wire) - Russian officials said on Thursday that armed men had crossed into the Bryansk region, while Kyiv dismissed the account as a provocation.",
            "Bryansk Governor Alexander Bogomaz said a sabotage group had entered Lyubechane.",
        ]).map { "\($0.kind.rawValue) \($0.claimant)" }
        #expect(!found.contains("raid Ukrainian Government"))
        #expect(found.contains("denial Ukrainian Government") && found.contains("raid Bryansk Governor"))
        #expect(kinds("KYIV, March 2 - Kyiv said its forces had nothing to do with the raid.") == [.denial])
    }

    /// The Ukrainian presidency speaks for the Ukrainian Government; "Ukraine" alone is a
    /// country ("groups fighting alongside Ukraine"), not a speaker.
    @Test func theUkrainianPresidencyIsTheGovernment() {
        #expect(claims(["The Ukrainian Presidency, for its part, denied being behind the attack."]).map(\.claimant) == ["Ukrainian Government"])
        #expect(claims(["Zelensky's office denied any involvement in the raid."]).map(\.claimant) == ["Ukrainian Government"])
        #expect(claims(["Groups fighting alongside Ukraine said they had entered Kozinka."]).allSatisfy { $0.claimant != "Ukrainian Government" })
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

    /// "X was dismissed by the Legion as fiction": a denial verb before its agent is the agent's
    /// denial of what stands before it, not a claim the agent is quoted making. A speech verb
    /// there ("the 1,500 claimed by the Kremlin") still quotes the agent's claim.
    @Test func aDenialInThePassiveIsTheAgentsDenial() {
        let dismissed = claims(["The Defence Ministry's figures were dismissed by the Russian Volunteer Corps as fiction."])
        #expect(dismissed.map { "\($0.kind.rawValue) \($0.claimant)" } == ["denial Russian Volunteer Corps"])
        #expect(dismissed.first?.denies?.claimant == "Russian Defense Ministry")
        #expect(kinds("The claim that its raiders had been destroyed was rejected by the Freedom of Russia Legion.") == [.denial])
        let quoted = claims(["Kapustin said his men had lost two fighters, nowhere near the 70 claimed by the Defence Ministry."])
        #expect(quoted.contains { $0.kind == .counterclaim && $0.claimant == "Russian Defense Ministry" })
    }

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

    /// One denial told twice — "Kyiv denied it" in the lede, then whose version it answered —
    /// is one denial of that owner's claim; a denial of another kind of claim, or one naming the
    /// raiders it denies, keeps its own target.
    @Test func aDenialToldTwiceAnswersTheOwnerItNames() {
        let once = claims([
            "The Bryansk governor said on Thursday that saboteurs had entered Lyubechane, while Kyiv denied any part in it.",
            "Putin said saboteurs had crossed into the Bryansk region and opened fire in Lyubechane.",
            "In Kyiv, Podolyak dismissed the Kremlin's version as a staged provocation.",
        ]).filter { $0.kind == .denial }
        #expect(once.map(\.claimant) == ["Ukrainian Government"])
        #expect(once.first?.denies?.claimant == "Kremlin")
        let two = claims([
            "The Bryansk governor said on Thursday that saboteurs had entered Lyubechane.",
            "The Defence Ministry said 40 saboteurs had been killed in Lyubechane.",
            "Kyiv denied any part in the raid.",
            "Podolyak later called the ministry's figures invented.",
        ]).filter { $0.kind == .denial }
        #expect(Set(two.compactMap(\.denies?.kind)) == [.raid, .counterclaim])
    }

    /// "Podolyak described Putin's version as a provocation", Putin's own words not in the piece:
    /// the denial answers the Kremlin and takes no day of its own (a guessed day would keep it
    /// from matching the same denial reported elsewhere; an unknown one matches by publication).
    @Test func aNamedOwnersVersionNotInTheArticleTakesNoGuessedDay() {
        let found = claims([
            "On 2 March, the Russian Volunteer Corps said its fighters had crossed into the Bryansk region.",
            "Kyiv denied any involvement, with Podolyak describing Putin's version as a provocation.",
        ]).first { $0.kind == .denial }
        #expect(found?.denies?.claimant == "Kremlin")
        #expect(found?.date == nil)
    }

    /// Two denials by one denier are one only when the unnamed one says no more than that it
    /// denies: "denied losing any fighters" answers the ministry's figure, not the governor's.
    @Test func aDenialSayingWhatItDeniesKeepsItsOwnTarget() {
        let found = claims([
            "Russia's Defence Ministry said on Monday that 70 fighters of the Russian Volunteer Corps had been killed near Kozinka.",
            "Belgorod governor Vyacheslav Gladkov said on Monday the attackers had been pushed back from Grayvoron.",
            "The Russian Volunteer Corps denied losing any fighters on Monday.",
            "It also called Gladkov's statement that the attackers had been pushed back a lie.",
        ]).filter { $0.kind == .denial && $0.claimant == "Russian Volunteer Corps" }
        #expect(Set(found.compactMap(\.denies?.claimant)) == ["Russian Defense Ministry", "Belgorod Governor"])
    }

    /// "Kyiv rejected allegations Ukrainian forces were involved": in English a name after a claim
    /// noun is no owner; the denial answers the claim told.
    @Test func anEnglishNameAfterAClaimNounIsNoOwner() {
        let found = claims([
            "Russia's Defence Ministry said on Monday that Ukrainian saboteurs had attacked the village of Kozinka.",
            "Kyiv rejected allegations Ukrainian forces were involved in the attack.",
        ]).first { $0.kind == .denial }
        #expect(found?.denies?.claimant == "Russian Defense Ministry")
    }

    /// A denial with no day of its own, under a chronology's day heading, answers a claim of that
    /// day before one of another day named earlier; with no day told, the first named stays.
    @Test func aDenialUnderADayHeadingAnswersThatDaysClaim() {
        let headed = claims([
            "10 AUGUST", "- The FSB says the raiders were pushed back near Tyotkino.",
            "14 AUGUST", "- The Defence Ministry says more than 70 attackers were killed near Sudzha.", "- The Legion calls the figure nonsense.",
        ]).first { $0.kind == .denial }
        #expect(headed?.denies?.claimant == "Russian Defense Ministry")
        #expect(headed?.date == Day(year: 2024, month: 8, day: 14))
        let untold = claims([
            "The FSB says the raiders were pushed back near Tyotkino.", "The Defence Ministry says more than 70 attackers were killed near Sudzha.",
            "The Legion calls the figure nonsense.",
        ]).first { $0.kind == .denial }
        #expect(untold?.denies?.claimant == "FSB")
    }

    /// "It described the ministry's claims of its destruction as another lie": the owner named
    /// before the words that deny is whose claim is denied.
    @Test func anOwnerNamedBeforeTheDenyingWords() {
        let found = claims([
            "The Defence Ministry said on 12 August that the Russian Volunteer Corps had been destroyed near Tyotkino.",
            "The Kursk governor said on 15 August that the border guards had pushed the raiders back.",
            "The Russian Volunteer Corps posted a video on 15 August. It described the ministry's claims of its destruction as another lie.",
        ]).first { $0.kind == .denial }
        #expect(found?.claimant == "Russian Volunteer Corps")
        #expect(found?.denies?.claimant == "Russian Defense Ministry")
    }

    /// "It had lost nobody": a negation right after the loss denies it, as one before it does.
    @Test func lossesWithTheNegationAfterAreDenied() {
        let figure = "The Defence Ministry said 30 attackers had been killed at Tyotkino and Kozinka."
        #expect(claims([figure, "The RVC said it had lost nobody at Tyotkino."]).map(\.kind) == [.counterclaim, .denial])
        #expect(claims([figure, "The Legion said it lost no one in Kozinka."]).map(\.kind) == [.counterclaim, .denial])
        #expect(kinds("The Legion said it had lost two fighters in Kozinka.") == [.raid])
    }

    /// "The ministry's claim of 23 May that …", "Gladkov's insistence on 2 June that …": a claim
    /// quoted as its owner's, with its day between the noun and "that", is the owner's claim; other
    /// words between them make no quotation of it.
    @Test func aQuotedClaimWithItsDay() {
        #expect(
            claims([
                "Analysts said the Defence Ministry's claim of 23 May that more than 70 attackers had been killed near Kozinka was never backed by evidence."
            ])
            .map { "\($0.kind.rawValue) \($0.claimant)" } == ["counterclaim Russian Defense Ministry"])
        #expect(kinds(#"Governor Gladkov's insistence on 2 June that there was "no enemy" in Shebekino was repeated by state media."#) == [.denial])
        #expect(claims(["Analysts doubted the Defence Ministry's claim about the village that had been destroyed near Kozinka."]).isEmpty)
    }

    /// A negation opening a figure or a phrase after the loss denies nothing ("no fewer than 70",
    /// "not only conscripts").
    @Test func aNegationOpeningAFigureIsNoDenial() {
        #expect(kinds("Russia's Defence Ministry said on Monday its forces had killed no fewer than 70 saboteurs in the Belgorod region.") == [.counterclaim])
        #expect(kinds("The Legion said its fighters had killed not only conscripts but also two officers in the Belgorod region.").allSatisfy { $0 != .denial })
    }

    /// Others' reports called staged are denied; the attack called a provocation is claimed.
    @Test func reportsCalledAProvocationAreDenied() {
        #expect(kinds(#"Smirnov said on 9 August that reports of a breakthrough towards Korenevo were "a provocation"."#) == [.denial])
        #expect(kinds("Putin called the attack on Kozinka a provocation.") == [.raid])
        #expect(kinds("The Kremlin claims the attack on Kozinka was a provocation.") == [.raid])
        // A speaker's own statement about a provocation is not others' reports.
        #expect(kinds("Russia's Defence Ministry issued a statement about another provocation, saying a sabotage group had attacked Grayvoron.") == [.raid])
    }

    /// "The Russian president" is the Kremlin's voice; a former president is not.
    @Test func theRussianPresidentButNotAFormerOne() {
        #expect(claims(["The Russian president said saboteurs had crossed into the Bryansk region."]).map(\.claimant) == ["Kremlin"])
        #expect(claims(["Former Russian president Dmitry Medvedev said saboteurs had crossed into the Bryansk region."]).isEmpty)
    }

    /// An office someone held ("who served as Russian president") names no speaker; an office
    /// held now ("acting as Kursk governor"), "as" alone (the mention of a source) and a holder
    /// who is the actor keep theirs.
    @Test func anOfficeHeldIsNoSpeaker() {
        #expect(claims(["Dmitry Medvedev, who served as Russian president from 2008 to 2012, said saboteurs had been destroyed near Kozinka."]).isEmpty)
        #expect(claims(["Medvedev, who had served as the Russian president, said saboteurs had crossed into the Bryansk region."]).isEmpty)
        #expect(
            claims(["Alexei Ivanov, acting as Kursk governor, said saboteurs had crossed into the Kursk region."]).map(\.claimant) == ["Kursk Governor"])
        #expect(claims(["The man who serves as Kremlin spokesman said saboteurs had crossed into the Bryansk region."]).map(\.claimant) == ["Kremlin"])
        #expect(
            claims(["Saboteurs had crossed into the Bryansk region, as the Russian president said on Tuesday."]).map(\.claimant) == ["Kremlin"])
        #expect(
            claims(["Vladimir Putin, who has served as Russian president since 2012, said saboteurs had crossed into the Bryansk region."]).map(\.claimant) == [
                "Kremlin"
            ])
    }

    /// A claim noun before a name makes it the claim's owner only when they stand together:
    /// "in a statement the ministry said", "in televised remarks, Putin said" keep their speakers.
    @Test func aClaimNounPhraseBeforeASpeakerLeavesItSpeaking() {
        #expect(claims(["In a statement the Defence Ministry said 40 saboteurs had been killed near Kozinka."]).map(\.claimant) == ["Russian Defense Ministry"])
        #expect(claims(["In televised remarks, Putin said saboteurs had crossed into the Bryansk region."]).map(\.claimant) == ["Kremlin"])
        #expect(claims(["In his statement Gladkov said the saboteurs had been destroyed near Kozinka."]).map(\.claimant) == ["Belgorod Governor"])
    }

    /// A digest's label may say whom the speaker answers before its colon ("RVC channel,
    /// answering the governor's account: …"); without an answer phrase, or with a speech verb
    /// of its own, the line is read as before.
    @Test func aLabelAnsweringSomeoneStillSpeaks() {
        let answered = claims([
            "What the channels posted on Thursday.",
            #"▪ 21:15 Thu — RVC channel, answering the governor's account of the shooting: "We did not attack civilians in Lyubechane.""#,
        ])
        #expect(answered.map { "\($0.kind.rawValue) \($0.claimant)" } == ["denial Russian Volunteer Corps"])
        #expect(claims(["What the channels posted on Thursday.", #"▪ 21:40 Thu — RVC channel, late on Thursday: "Our fighters are in Lyubechane.""#]).isEmpty)
        #expect(kinds(#"Kapustin, answering a question about the video, said: "We were in Lyubechane.""#) == [.raid])
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

    // MARK: who speaks

    @Test func aDigestLabelSpeaksForWhatFollowsItsColon() {
        let found = claims(["12:10 Thu — RDK channel: our fighters have crossed into the Kursk region."])
        #expect(found.map(\.kind) == [.raid])
        #expect(found.first?.claimant == "Russian Volunteer Corps")
        let governor = claims(["Alexei Smirnov (Kursk governor): a sabotage group has entered Tetkino."])
        #expect(governor.map(\.claimant) == ["Kursk Governor"])
        #expect(governor.first?.places == ["Tetkino"])
    }

    @Test func aLongClauseBeforeAColonIsNoLabel() {
        #expect(claims(["Border villages near Sudzha emptied overnight as residents fled: the roads were full."]).isEmpty)
    }

    @Test func anArmyActToldInTheOutletsVoiceIsNoClaim() {
        #expect(claims(["Ukrainian troops crossed into the Kursk region near Sudzha on 6 August."]).isEmpty)
        // Said by its commander, it is the army's claim; a group's told act stays its claim.
        #expect(kinds("Syrskyi said Ukrainian troops had crossed into the Kursk region near Sudzha.") == [.raid])
        #expect(kinds("The Siberian Battalion crossed into the Belgorod region near Gorkovsky.") == [.raid])
    }

    @Test func moreSpeechVerbsIntroduceTheSpeaker() {
        #expect(claims(["Andriy Yusov reiterated that the Siberian Battalion had entered Gorkovsky."]).map(\.claimant) == ["Ukrainian Military Intelligence"])
    }

    @Test func aQuestionAssertsNothing() {
        #expect(claims(["How did the fighters of the Legion get into the Belgorod region?"]).isEmpty)
        #expect(kinds("The fighters of the Legion got into the Belgorod region, the Legion said.") == [.raid])
    }

    @Test func aNameJoinedToAWordByAHyphenDescribes() {
        let found = claims(["The Kremlin-backed governor Vyacheslav Gladkov said the saboteurs had entered Kozinka."])
        #expect(found.map(\.claimant) == ["Belgorod Governor"])
        #expect(claims(["Kremlin-friendly bloggers said the saboteurs had entered Kozinka."]).isEmpty)
    }

    @Test func aDatelineIsNoSpeaker() {
        #expect(claims(["KYIV (Reuters) - Fighting in the Belgorod region entered a second day on Tuesday."]).isEmpty)
        #expect(kinds("Kyiv (its government) said fighting in the Belgorod region had nothing to do with Ukraine.") == [.denial])
    }

    // MARK: the defenders' acts

    @Test func theDefendersStrikingTheRaidersIsACounterclaim() {
        #expect(kinds("Russia's Defence Ministry said its forces had struck Ukrainian troops near Sudzha.") == [.counterclaim])
        #expect(kinds("Putin said more than 2,000 fighters had taken part in the attacks and had failed to break through.") == [.counterclaim])
    }

    @Test func theRaidersStrikingTheDefendersIsARaid() {
        #expect(kinds("Russia's Defence Ministry said Ukrainian troops had struck border guards near Sudzha.") == [.raid])
    }

    // MARK: dates

    @Test func aCountOfDaysCountsFromTheDayNamedBefore() {
        let found = claims([
            "On August 6 Smirnov said there was no breakthrough in the Kursk region.",
            "Three days later Smirnov said a sabotage group had entered Sudzha.",
        ])
        #expect(found.map(\.date) == [Day(iso: "2024-08-06"), Day(iso: "2024-08-09")])
    }

    /// Two frames of one sentence make one claim per speaker and kind: the frame that dates the
    /// statement dates it, whichever comes first; a period in one frame does not undate the other.
    @Test func theFrameThatDatesTheStatementDatesTheClaim() {
        let found = claims([
            "On August 12 the Legion said it had entered Tyotkino.",
            "The Defence Ministry keeps reporting repelled attacks: on Wednesday it said its forces had destroyed two sabotage groups.",
        ])
        #expect(found.filter { $0.kind == .counterclaim }.map(\.date) == [Day(iso: "2024-08-14")])
        let undated = claims([
            "On August 12 the Legion said it had entered Tyotkino.",
            "The Defence Ministry keeps reporting repelled attacks: it said its forces had destroyed two sabotage groups.",
        ])
        #expect(undated.filter { $0.kind == .counterclaim }.map(\.date) == [Day(iso: "2024-08-12")])
    }

    /// "That weekend" points back to the weekend the text told: its day, not a period.
    @Test func thatWeekendIsTheDayToldBefore() {
        let found = claims([
            "On Sunday, August 11, the Russian Volunteer Corps said its fighters had entered Tyotkino.",
            "The Polish Volunteer Corps said it had fought alongside them that weekend.",
        ])
        #expect(found.filter { $0.claimant == "Polish Volunteer Corps" }.map(\.date) == [Day(iso: "2024-08-11")])
        let period = claims([
            "On Sunday, August 11, the Russian Volunteer Corps said its fighters had entered Tyotkino.",
            "The Polish Volunteer Corps said it had fought alongside them over the weekend.",
        ])
        #expect(period.filter { $0.claimant == "Polish Volunteer Corps" }.map(\.date) == [nil])
    }

    @Test func aDayWrittenAsAWordIsADay() {
        let found = claims(["On the twelfth of August, units of the Russian Volunteer Corps crossed into the Kursk region, Kapustin said."])
        #expect(!found.isEmpty && found.allSatisfy { $0.date == Day(iso: "2024-08-12") })
        #expect(DateResolver.resolve(TextFolding.words("on the twelfth of March"), published: Day(iso: "2024-03-20")) == Day(iso: "2024-03-12"))
        #expect(DateResolver.resolve(TextFolding.words("the twelfth fighter"), published: Day(iso: "2024-03-20")) == nil)
    }

    @Test func aDigestsWeekdayAbbreviationIsAWeekday() {
        // Published Friday 2024-08-16: "Thu" is the day before; "sat" is a verb, not Saturday.
        #expect(DateResolver.resolve(TextFolding.words("11:34 Thu — post"), published: Self.published) == Day(iso: "2024-08-15"))
        #expect(DateResolver.resolve(TextFolding.words("the fighters sat in the village"), published: Self.published) == nil)
    }

    // MARK: evidence, references and labels

    @Test func aSentenceIsBetterEvidenceThanAShortEntryHeading() {
        let found = claims(["Kursk governor: no breakthrough", "There is no breakthrough of the border near Sudzha, Governor Alexei Smirnov said."])
        #expect(found.count == 1)
        #expect(found.first?.evidence.hasPrefix("There is no breakthrough") == true)
    }

    @Test func theMoDRefersToTheMinistryNamedBefore() {
        let found = claims([
            "The Russian MoD said on Monday that its forces had repelled an attack near Tetkino.",
            "The MoD also said the attackers had lost 60 men near Tetkino.",
        ])
        #expect(found.map(\.claimant) == ["Russian Defense Ministry"])
        #expect(claims(["The MoD said the attackers had lost 60 men near Tetkino."]).isEmpty, "no ministry named before: no one to refer to")
    }

    @Test func aSpeakerAfterTheColonWithItsOwnVerbSpeaks() {
        let found = claims(["Q (Kyiv Independent): Governor Gladkov says there are no Ukrainian troops in the Belgorod region."])
        #expect(found.map(\.claimant) == ["Belgorod Governor"])
    }

    @Test func fightingOnlyAtHomeDeniesTheRaid() {
        let raid = "The Kremlin said Ukrainian saboteurs had entered the Bryansk region."
        #expect(claims([raid, "Ukraine's General Staff said its troops fight only on Ukrainian soil."]).map(\.kind) == [.raid, .denial])
        #expect(claims([raid, "Ukraine's General Staff said its troops were resting in the Sumy region this week."]).map(\.kind) == [.raid])
    }

    @Test func whatIsSaidStandsBeforeATitledSpeakerAfterAComma() {
        #expect(kinds("Fighting continues near Sudzha, the acting governor Alexei Smirnov said.") == [.raid])
        #expect(claims(["Residents left Sudzha overnight, Governor Alexei Smirnov said."]).isEmpty)
    }

    @Test func eachSpeechVerbTakesTheDateNearestIt() {
        let found = claims([
            "Gladkov, who on Monday said there was no enemy in his region, conceded on Wednesday that a sabotage group had entered Novaya Tavolzhanka."
        ])
        let raid = found.first { $0.kind == .raid }
        let denial = found.first { $0.kind == .denial }
        #expect(raid?.date == Day(iso: "2024-08-14"))
        #expect(denial?.date == Day(iso: "2024-08-12"))
        #expect(denial?.places == [], "the settlement belongs to the raid he conceded, not to the denial")
        #expect(raid?.places == ["Novaya Tavolzhanka"])
    }

    @Test func aTranscriptsSpeakerLabelGoesOnThroughItsParagraph() {
        let found = claims([
            "Q (Radio Desk): Russia's Defence Ministry said Krupets had been cleared of Ukrainian troops. Is that true?",
            "SYRSKYI: No, that is not true. There is fighting around Krupets right now, and our units are there.",
            "The road to Sudzha is open again.",
        ])
        #expect(found.filter { $0.claimant == "Ukrainian Armed Forces" }.map(\.kind) == [.denial, .raid])
        #expect(found.allSatisfy { !$0.evidence.hasPrefix("The road") }, "the next paragraph is no longer the label's")
    }

    @Test func aNoSetOffByACommaNegatesNothing() {
        let raid = "Russia's Defence Ministry said Krupets had been cleared of Ukrainian troops."
        #expect(claims([raid, "Syrskyi said: no, that is not true."]).map(\.kind).contains(.denial))
        #expect(claims(["Smirnov said no sabotage group had entered Sudzha."]).map(\.kind) == [.denial])
    }

    @Test func theRaidersRetreatingOrSufferingLossesIsACounterclaim() {
        #expect(kinds("Russia's Defence Ministry said the opponent suffered significant losses near Sudzha and retreated.") == [.counterclaim])
        #expect(kinds("Smirnov said border guards prevented a breakthrough near Sudzha.") == [.counterclaim])
        #expect(kinds("The Russian Volunteer Corps said its fighters withdrew from Tetkino overnight.") == [.raid], "a group withdrawing was there")
    }

    @Test func kievIsKyiv() {
        #expect(claims(["Kiev said it had nothing to do with the raid on Tetkino."]).map(\.claimant) == ["Ukrainian Government"])
    }

    @Test func aDenialAnswersTheActorItReplies() {
        let found = claims([
            "Governor Alexei Smirnov said a sabotage group had entered Sudzha.",
            "Putin said Ukrainian saboteurs had attacked the Kursk region.",
            "Podolyak, replying to Putin, said the story was a provocation.",
        ])
        #expect(found.first { $0.kind == .denial }?.denies?.claimant == "Kremlin")
        // With no answer cue the denial answers the first Russian official's raid claim, as the answer table says.
        let plain = claims([
            "Governor Alexei Smirnov said a sabotage group had entered Sudzha.",
            "Putin said Ukrainian saboteurs had attacked the Kursk region.",
            "Podolyak said the story was a provocation.",
        ])
        #expect(plain.first { $0.kind == .denial }?.denies?.claimant == "Kursk Governor")
    }

    /// A denial naming no owner, right after one of its own side that named one, answers the
    /// same claim; not when the denial before is the other side's, or further back.
    @Test func aDenialGoesOnAnsweringTheClaimTheOneBeforeNamed() throws {
        let opening = [
            "Governor Alexei Smirnov said a sabotage group had entered Sudzha.",
            "Putin said Ukrainian saboteurs had attacked the Kursk region.",
        ]
        func denier(_ claimant: String, in found: [Claim]) -> String? {
            found.first { $0.kind == .denial && $0.claimant == claimant }?.denies?.claimant
        }
        let framed = claims(
            opening + ["Kyiv rejected the Kremlin's version as a provocation.", "Ukraine's General Staff said its troops fight only on Ukrainian soil."])
        #expect(denier("Ukrainian Government", in: framed) == "Kremlin")
        #expect(denier("Ukrainian Armed Forces", in: framed) == "Kremlin")
        // Further back, the framing has ended: the first Russian official named.
        let later = claims(
            opening + [
                "Kyiv rejected the Kremlin's version as a provocation.", "Residents of Sudzha were leaving the town by bus.",
                "Evacuation buses left for Kursk overnight.", "Ukraine's General Staff said its troops fight only on Ukrainian soil.",
            ])
        #expect(denier("Ukrainian Armed Forces", in: later) == "Kursk Governor")
        // A denier of another role does not go on: Kyiv after a group answers the first official named.
        let group = claims(opening + ["The Legion rejected Putin's version as a lie.", "Kyiv denied any involvement in the raid."])
        #expect(denier("Freedom of Russia Legion", in: group) == "Kremlin")
        #expect(denier("Ukrainian Government", in: group) == "Kursk Governor")
        // With no denial before it, the same sentence answers the first Russian official named.
        #expect(
            denier("Ukrainian Armed Forces", in: claims(opening + ["Ukraine's General Staff said its troops fight only on Ukrainian soil."]))
                == "Kursk Governor")
    }

    /// A name inside a clause put before the main one, closed by a comma, does not speak the
    /// main clause's verb; a name with a comma right after it (an aside before its verb) does.
    @Test func aNameInAFrontedClauseDoesNotSpeakTheMainVerb() {
        #expect(
            claims(["Ten days after Ukrainian troops crossed into the Kursk region, the two capitals are still describing the operation differently."]).isEmpty)
        #expect(claims(["When the Legion entered Tyotkino, the newspapers were describing the operation as a raid."]).isEmpty)
        // The main clause's own speaker still speaks it.
        let main = claims(["After Ukrainian troops crossed into the Kursk region, Governor Alexei Smirnov said fighting was going on in Sudzha."])
        #expect(main.map(\.claimant) == ["Kursk Governor"])
        // A name before an aside between two commas speaks the verb after it.
        let since = claims(["Since Monday the Russian Volunteer Corps has, in daily videos, said its fighters hold Tyotkino."])
        #expect(since.map(\.claimant) == ["Russian Volunteer Corps"])
        // A name before an aside and its verb speaks it.
        let aside = claims(["After the raid the Legion, citing its commanders, said its fighters had entered Tyotkino."])
        #expect(aside.map(\.claimant) == ["Freedom of Russia Legion"])
    }

    /// "his June 1 claim that there is no enemy": the day before the claim noun that this
    /// frame's claim hangs on dates it; a day before another actor's claim noun does not.
    @Test func aDayBeforeTheFramesOwnClaimNounDatesIt() {
        let contradicted = claims([
            "Gladkov conceded on Thursday that a sabotage group had entered Shebekino, a reversal of his Sunday claim that there was no enemy in the region."
        ])
        #expect(contradicted.first { $0.kind == .raid }?.date == Day(iso: "2024-08-15"))
        #expect(contradicted.first { $0.kind == .denial }?.date == Day(iso: "2024-08-11"))
        let rejected = claims([
            "Yusov on Saturday rejected the ministry's Thursday claim, saying no Ukrainian units had taken part in fighting in the Kursk region."
        ])
        #expect(rejected.first { $0.kind == .denial }?.date != Day(iso: "2024-08-15"))
    }

    /// A denial answers the claimant named beside it even when that claimant's claim in the
    /// article is of another day than the denial's own, rather than another claimant's claim
    /// of its day; with nobody named beside it, the claim of its day.
    @Test func aDenialAnswersTheClaimantNamedBesideItOverTheDay() {
        let opening = [
            "The Russian Volunteer Corps said on Monday its units had crossed into the Kursk region.",
            "The Freedom of Russia Legion said on Friday that its fighters had entered Tyotkino.",
        ]
        let beside = claims(
            opening + ["On Monday the Legion gave interviews in Kyiv; that evening Governor Roman Starovoit insisted there was no breakthrough."])
        let denial = beside.first { $0.kind == .denial }
        #expect(denial?.denies?.claimant == "Freedom of Russia Legion")
        #expect(denial?.date == Day(iso: "2024-08-12"), "'that evening' is the day named last")
        let alone = claims(opening + ["On Monday evening Governor Roman Starovoit insisted there was no breakthrough."])
        #expect(alone.first { $0.kind == .denial }?.denies?.claimant == "Russian Volunteer Corps")
    }

    @Test func ukrainesDefenceMinistryIsNotRussias() {
        #expect(
            claims(["Ukraine's Defence Ministry said Russian forces had tried to break through near Vovchansk."]).allSatisfy {
                $0.claimant != "Russian Defense Ministry"
            })
        #expect(kinds("In Ukraine, Zelensky said Ukrainian forces had taken control of Sudzha.") == [.raid], "a comma ends the qualifier")
    }

    @Test func aFootnoteMarkerAfterTheStopEndsTheSentence() {
        let sentences = SentenceSplitter.split(
            "The ministry said the attack was repelled near Glotovo.[5] Yusov said the fighters were Russian citizens.[12][13] Done.")
        #expect(sentences == ["The ministry said the attack was repelled near Glotovo.[5]", "Yusov said the fighters were Russian citizens.[12][13]", "Done."])
        #expect(SentenceSplitter.split("Values [1.5] and [2] stay.") == ["Values [1.5] and [2] stay."])
    }

    @Test func aClauseDescribingTheSpeakerIsBackground() {
        #expect(claims(["The Freedom of Russia Legion, whose fighters raided Tetkino in March, said it wanted new recruits."]).isEmpty)
        #expect(
            kinds("Gladkov, who on Monday said there was no enemy in the Belgorod region, spoke again on Tuesday.").contains(.denial),
            "a describing clause that reports speech stays a statement")
    }

    @Test func theSubjectSpeaksAParticipleAfterAComma() {
        #expect(
            claims(["Andriy Yusov went further, confirming that the Siberian Battalion had entered Gorkovsky."]).map(\.claimant) == [
                "Ukrainian Military Intelligence"
            ])
        #expect(claims(["Fighting went on near Gorkovsky, confirming fears in the town."]).isEmpty, "no actor stands first: no speaker")
    }

    @Test func aLiveBlogHeadingYieldsItsEvidenceToTheEntrysSentence() {
        let found = claims([
            "Russian Volunteer Corps says it is taking part",
            "The Russian Volunteer Corps, the best known of the groups, said this evening that its units were fighting in the Belgorod and Kursk regions.",
        ])
        #expect(found.count == 1)
        #expect(found.first?.evidence.hasPrefix("The Russian Volunteer Corps, the best known") == true)
    }

    @Test func callingItAProvocationDependsOnWhoSaysIt() {
        let raid = "Putin said Ukrainian saboteurs had attacked the Kursk region."
        #expect(claims([raid, "Podolyak said the story was a classic provocation."]).map(\.kind) == [.raid, .denial])
        #expect(kinds("Putin called the incursion into the Kursk region a major provocation.") == [.raid])
        #expect(claims(["Putin warned of provocations at the elections."]).isEmpty, "no incursion, raider or place named: nothing")
    }

    @Test func joiningAGroupAndHavingNoLossesAreNoRaid() {
        #expect(claims(["Two prisoners said they entered the Legion after their capture near Bakhmut, the Freedom of Russia Legion said."]).isEmpty)
        #expect(claims(["The Russian Volunteer Corps said it had suffered no losses."]).isEmpty)
        #expect(kinds("The Russian Volunteer Corps said its fighters had entered Tetkino.") == [.raid])
    }

    @Test func pushingTheWarOntoTheAggressorsTerritoryClaimsTheIncursion() {
        #expect(kinds("Zelensky said Ukraine was pushing the war onto the aggressor's territory.") == [.raid])
        #expect(claims(["Zelensky said Ukraine was pushing for more air defence."]).isEmpty)
        #expect(kinds("Gladkov admits saboteurs are inside a border village of the Belgorod region") == [.raid])
    }

    @Test func quotationMarksInsideANameDoNotSilenceIt() {
        #expect(
            claims(["The \"Freedom of Russia\" Legion announced that its fighters had taken control of Tetkino."]).map(\.claimant) == [
                "Freedom of Russia Legion"
            ])
        #expect(
            claims(["\"The Freedom of Russia Legion has taken control of Tetkino,\" a blogger wrote."]).isEmpty,
            "a name inside someone else's quotation still does not speak")
    }

    @Test func groupsOperatingOnRussianTerritoryIsARaidClaim() {
        #expect(kinds("Yusov said the Legion and the Siberian Battalion operate on Russian territory as independent units.") == [.raid])
        #expect(claims(["Yusov said the Legion operates under Ukrainian command."]).isEmpty)
    }

    // MARK: session 23: regions, targets and days of re-reports

    @Test func aGovernorsClaimNamingNoRegionIsAboutHisOwn() throws {
        let denial = try #require(claims(["The Kursk governor, Alexei Smirnov, insisted there was no breakthrough."]).first)
        #expect(denial.kind == .denial)
        #expect(denial.region == "Kursk Oblast")
        let raid = try #require(claims(["Gladkov said saboteurs had entered a border village on Thursday."]).first)
        #expect(raid.region == "Belgorod Oblast")
        // A region named stands; an official with no region of its own gets none.
        #expect(claims(["Gladkov said saboteurs had entered the Kursk region on Thursday."]).first?.region == "Kursk Oblast")
        #expect(claims(["Peskov said saboteurs had entered a border village on Thursday."]).first?.region == nil)
    }

    @Test func aDenialNamingASettlementAnswersTheClaimThatNamedIt() throws {
        let twoGroupsClaim = [
            "The Russian Volunteer Corps said its fighters had crossed into the Kursk region on Tuesday.",
            "The Freedom of Russia Legion said on Tuesday that its fighters had entered Tetkino.",
        ]
        let found = claims(twoGroupsClaim + ["Smirnov said on Tuesday that no saboteurs had got into Tetkino."])
        let denial = try #require(found.first { $0.kind == .denial })
        #expect(denial.denies?.claimant == "Freedom of Russia Legion")
        // Naming no settlement, it answers the claimant the article names first.
        let plain = claims(twoGroupsClaim + ["Smirnov said on Tuesday that there was no breakthrough."])
        #expect(plain.first { $0.kind == .denial }?.denies?.claimant == "Russian Volunteer Corps")
    }

    @Test func theSameDayIsTheDayTheTextNamedLast() throws {
        // Tuesday named last, not the denied claim's Monday.
        let found = claims([
            "On Monday the Freedom of Russia Legion said its fighters had entered Tetkino.",
            "On Tuesday the Kursk region declared an emergency.",
            "The same day Smirnov insisted there had been no breakthrough.",
        ])
        let denial = try #require(found.first { $0.kind == .denial })
        #expect(denial.date == Day(year: 2024, month: 8, day: 13))
    }

    @Test func aReportSomeoneAnswersIsNotTheirOwn() {
        // Reacting to war bloggers' reports, the governor reports nothing himself; his denial stands.
        #expect(claims(["Responding to reports of a breakthrough near Tetkino, Smirnov insisted there was no breakthrough."]).map(\.kind) == [.denial])
        let own = claims(["Smirnov reported a breakthrough near Tetkino but insisted the attack had been repelled."]).map(\.kind)
        #expect(!own.isEmpty && Set(own).isSubset(of: [.raid, .counterclaim]), "his own report stays his")
    }

    @Test func aDenialNamingTheOtherSidesTroopsAnswersOnlyClaimsAboutThem() throws {
        // Published Friday 2024-08-16; Tuesday is the 13th.
        let groupOnly = claims([
            "On Tuesday the Russian Volunteer Corps said its fighters had entered Kozinka.",
            "Gladkov said there were no Ukrainian troops on the region's territory.",
        ])
        let denial = try #require(groupOnly.first { $0.kind == .denial })
        #expect(denial.denies == nil, "no claim about Ukrainian troops: it answers none")
        #expect(denial.date == Day(year: 2024, month: 8, day: 13), "the day the text is telling of")
        #expect(denial.region == "Belgorod Oblast")
        let army = claims([
            "On Tuesday Syrskyi said Ukrainian troops had entered the Kursk region.",
            "Smirnov said there were no Ukrainian troops in the region.",
        ])
        #expect(army.first { $0.kind == .denial }?.denies?.claimant == "Ukrainian Armed Forces")
        // A claim about them on other days is not what it answers.
        let later = claims([
            "On 6 August Smirnov said Ukrainian attempts to break through near Sudzha had been repelled.",
            "He also rejected reports that Ukrainian units had got across the border.",
            "On 12 August Syrskyi said Ukrainian troops controlled 1,000 square kilometres of the Kursk region.",
        ])
        let rejected = try #require(later.first { $0.kind == .denial })
        #expect(rejected.denies == nil)
        #expect(rejected.date == Day(year: 2024, month: 8, day: 6))
    }

    @Test func aNameAfterTheComplementizerDoesNotSpeakTheQuotation() {
        let found = claims(["Kyiv rejected the ministry's \"terrorist\" label, insisting that no Ukrainian units crossed the border."])
        #expect(!found.contains { $0.claimant == "Ukrainian Armed Forces" })
    }

    @Test func aReportRelayedInsideAnotherSpeakersWordsIsTheirs() {
        let relayed = claims([
            "In his evening address, Zelensky said Syrskyi had reported to him on the operation to push the war onto the aggressor's territory."
        ])
        #expect(relayed.map(\.claimant) == ["Ukrainian Government"], "Zelensky relays Syrskyi's report: one claim, Zelensky's")
        // Two speakers of their own, clauses apart, each speak.
        let both = claims(["Zelensky said the operation was going on, and Syrskyi said his troops had entered Sudzha."])
        #expect(both.contains { $0.claimant == "Ukrainian Armed Forces" })
    }

    @Test func anOperationToEliminateIsARaidARepulsionGoingOnACounterclaim() {
        #expect(
            kinds("The FSB said its units and the army were conducting an operation to eliminate saboteurs who had breached the border in the Bryansk region.")
                == [.raid])
        #expect(kinds("The Defence Ministry said its troops were repelling an attack by Ukrainian saboteurs near Oleshnya.") == [.counterclaim])
    }

    @Test func anActConfinedToOnesOwnSoilIsADenialOnly() {
        #expect(kinds("Ukraine's General Staff said Ukrainian troops were conducting combat operations exclusively on the territory of Ukraine.") == [.denial])
        #expect(kinds("Ukraine's General Staff said Ukrainian troops were conducting combat operations in the Kursk region.") == [.raid])
    }

    @Test func aSentenceCreditingTheOneBeforeGivesItItsSpeaker() throws {
        let found = claims([
            "There are no Ukrainian troops in the Belgorod region.", "Governor Vyacheslav Gladkov announced this on Friday in his Telegram channel.",
        ])
        let denial = try #require(found.first)
        #expect(found.count == 1)
        #expect(denial.kind == .denial)
        #expect(denial.claimant == "Belgorod Governor")
        // Not "this" as a determiner, and not a sentence that has its own speaker.
        #expect(claims(["Saboteurs entered Kozinka.", "Gladkov said this week that evacuations went on."]).isEmpty)
        #expect(claims(["Peskov said saboteurs had entered Kozinka.", "Gladkov announced this on Friday."]).map(\.claimant) == ["Kremlin"])
    }

    @Test func theMessageSaysIsItsAuthorSpeaking() {
        let found = claims([
            "Gladkov posted a video on Telegram on Friday.", "\"There are no Ukrainian troops on the territory of the region,\" the message says.",
        ])
        #expect(found.map(\.claimant) == ["Belgorod Governor"])
    }

    // MARK: the review's counterexamples

    @Test func aSecondSpeakerFurtherOnIsNoRelayedReport() {
        let found = claims([
            "The Freedom of Russia Legion said its fighters had entered Tetkino while the Russian Defence Ministry said the attack had been repelled."
        ])
        #expect(Set(found.map(\.claimant)) == ["Freedom of Russia Legion", "Russian Defense Ministry"])
    }

    @Test func kyivNamingAGroupStillAnswersTheKremlin() {
        let found = claims([
            "The Kremlin said Ukrainian saboteurs had attacked Grayvoron on Monday.",
            "The Russian Volunteer Corps said its fighters had entered Grayvoron.",
            "Podolyak said Kyiv had nothing to do with the events and that the Russian Volunteer Corps is made up of Russian citizens.",
        ])
        #expect(found.first { $0.kind == .denial }?.denies?.claimant == "Kremlin")
    }

    @Test func aBackReferenceIsRightBesideTheVerb() {
        #expect(
            !claims(["Fighting continued in Tetkino overnight.", "This morning Gladkov wrote that schools in Shebekino would stay closed."]).contains {
                $0.claimant == "Belgorod Governor"
            })
        // A told act the next sentence credits is the crediting speaker's.
        let told = claims(["Ukrainian troops have entered Sudzha.", "Governor Alexei Smirnov announced this on Telegram."])
        #expect(told.map(\.claimant) == ["Kursk Governor"])
        #expect(told.map(\.kind) == [.raid])
        let passive = claims(["Ukrainian troops have entered Sudzha.", "This was stated by Governor Alexei Smirnov."])
        #expect(passive.map(\.claimant) == ["Kursk Governor"])
    }

    @Test func aQuotationOverSeveralSentencesIsItsClosingSpeakers() {
        let found = claims(["\"We continue offensive operations in the Kursk region. The enemy is retreating,\" Syrskyi said on Friday."])
        #expect(found.map(\.claimant) == ["Ukrainian Armed Forces"])
        #expect(found.first?.date == Self.published)
        // Commentary with no act, place or raider is still no claim.
        #expect(claims(["\"Russia has no reserves left, all its servicemen are dead or wounded. Russia is not protected,\" the Legion said."]).isEmpty)
    }

    @Test func theGroupNamedEarlierInTheSentenceIsTheGroupThatSpeaks() throws {
        let found = claims(["Fighters of the Freedom of Russia Legion have held positions at the edge of Tetkino since Thursday, the group said on Friday."])
        let raid = try #require(found.first)
        #expect(raid.claimant == "Freedom of Russia Legion")
        #expect(raid.places == ["Tetkino"])
    }

    @Test func theOwnersClaimAfterItsClaimNounIsNotTheSpeakers() {
        let found = claims(["The Legion dismissed as fiction the Defence Ministry's statement that more than 30 attackers had been killed near Tetkino."])
        #expect(!found.contains { $0.claimant == "Freedom of Russia Legion" && $0.kind == .raid })
        #expect(found.contains { $0.claimant == "Freedom of Russia Legion" && $0.kind == .denial })
    }

    @Test func aHopeIsNoClaim() {
        #expect(claims(["\"I hope that they'll all be destroyed,\" Gladkov said of the saboteurs."]).isEmpty)
        #expect(kinds("\"The saboteurs have all been destroyed,\" Gladkov said.") == [.counterclaim])
    }

    @Test func aPassiveSpeechVerbsSubjectHearsAndAnOperationToSqueezeThemOutIsUnderWay() {
        let found = claims([
            "Peskov told reporters that Putin had been informed about the incursion in the Belgorod region and that work was under way to squeeze the saboteurs out and destroy them."
        ])
        #expect(found.map(\.kind) == [.raid])
        #expect(found.map(\.claimant) == ["Kremlin"])
    }

    @Test func raidersForcedToScatterAreACounterclaimAndLyingWoundedIsNoLie() {
        #expect(
            kinds(
                "The Defence ministry said border guards had hit a sabotage group near Novaya Tavolzhanka with artillery, forcing it to scatter and pull back.")
                == [.counterclaim])
        #expect(
            kinds(
                "The Russian Volunteer Corps said it had taken Russian soldiers prisoner in the Belgorod region and released a video showing one of them lying wounded."
            ) == [.raid])
        let lie = claims([
            "The Defence Ministry said 70 saboteurs had been destroyed near Kozinka.",
            "The Russian Volunteer Corps said the ministry was lying about its losses.",
        ])
        #expect(lie.map(\.kind) == [.counterclaim, .denial])
    }

    @Test func deathsFromShellFragmentsAreShellingNotARaid() {
        #expect(claims(["Gladkov said two women had been killed when shell fragments hit their car near Shebekino."]).isEmpty)
        #expect(kinds("Gladkov said two women had been killed when saboteurs opened fire on their car near Shebekino.") == [.raid])
    }

    @Test func aDayBeforeAClaimNounDatesThatClaim() throws {
        let raid = try #require(
            claims([
                "Gladkov acknowledged on August 14 that saboteurs had entered Kozinka, an admission that contradicts his August 9 claim that there was no enemy in the region."
            ]).first { $0.kind == .raid })
        #expect(raid.date == Day(year: 2024, month: 8, day: 14))
    }

    /// A group saying its losses did not happen denies the other side's figure, the negation
    /// reaching over the group's name and the auxiliaries ("No Legion unit has been destroyed");
    /// a negation does not reach into a clause a complementizer opens ("no evidence that the
    /// Legion controlled…" is no denial by the Legion), and an -ing form of a denial verb denies.
    @Test func aGroupDenyingItsLossesAndTheRejectingForm() {
        let found = claims([
            "The Russian Defence Ministry said its forces had destroyed two units of the Freedom of Russia Legion near Sudzha.",
            "\"No Legion unit has been destroyed near Sudzha or anywhere else,\" the Freedom of Russia Legion said.",
        ])
        #expect(found.map { "\($0.kind.rawValue) \($0.claimant)" } == ["counterclaim Russian Defense Ministry", "denial Freedom of Russia Legion"])
        #expect(found.last?.denies?.claimant == "Russian Defense Ministry")
        // Nor over a clause opener: "No one was injured as the Legion attacked Tetkino" tells the attack.
        #expect(kinds("No one was injured as the Freedom of Russia Legion attacked Tetkino, Gladkov said.") == [.raid])
        // A group telling its act and no losses tells the raid.
        #expect(kinds("The Freedom of Russia Legion said its fighters had entered Tetkino and no Legion unit had been destroyed.") == [.raid])
        // The outlet telling that a group never had anything close to a figure denies nothing.
        #expect(kinds("The Freedom of Russia Legion has never had anything close to 3,000 fighters.").isEmpty)
        let rejecting = claims([
            "The Russian Volunteer Corps said its fighters had entered Kozinka.",
            "Gladkov said on Sunday the situation in Kozinka was under control, rejecting the group's claims.",
        ])
        #expect(rejecting.map(\.kind) == [.raid, .denial])
    }

    /// In a transcript, a denial answering a question that told of the raid is about the raid,
    /// though it names nothing ("No, that does not correspond to reality"); answering a question
    /// about something else, it is no claim of this domain.
    @Test func aDenialAnsweringAQuestionAboutTheRaid() {
        let asked = claims([
            "Q: Western media write today that Ukrainian units have reached the outskirts of Korenevo. Is that true?",
            "PESKOV: No, that does not correspond to reality.",
        ])
        #expect(asked.map { "\($0.kind.rawValue) \($0.claimant)" } == ["denial Kremlin"])
        let other = claims(["Q: Will the President visit the region this week?", "PESKOV: No, that does not correspond to reality."])
        #expect(other.isEmpty)
        let war = claims(["Q: The special military operation continues. Will the President meet Trump?", "PESKOV: No, that does not correspond to reality."])
        #expect(war.isEmpty)
    }

    /// "Settlements were under the enemy's control": the enemy holding ground, as an official
    /// tells it, is a raid claim; "the situation is under control" is none.
    @Test func settlementsUnderTheEnemysControl() {
        #expect(kinds("Acting governor Alexei Smirnov said 28 settlements in the Kursk region were under the enemy's control.") == [.raid])
        #expect(kinds("Acting governor Alexei Smirnov said the situation in the Kursk region was under control.").isEmpty)
    }

    /// "Called the ministry's account 'fantasy'" denies; a negation completes "anything close to"
    /// ("never had anything close to 2,500 men") where it cancels "deny" ("did not deny").
    @Test func fantasyAndANegationThatCompletesTheDenial() {
        let ministry = "The Russian Defence Ministry said it had killed 2,500 fighters of the Freedom of Russia Legion near Tyotkino."
        #expect(claims([ministry, "The Freedom of Russia Legion called the ministry's account \"fantasy\"."]).map(\.kind) == [.counterclaim, .denial])
        #expect(
            claims([ministry, "The Freedom of Russia Legion said it never had anything close to 2,500 fighters there."]).map(\.kind) == [
                .counterclaim, .denial,
            ])
        #expect(claims([ministry, "The Freedom of Russia Legion did not deny the figure."]).map(\.kind) == [.counterclaim])
    }

    /// A group telling its own losses tells no raid unless it places them or tells the act
    /// ("lost two fighters in Kozinka").
    @Test func aGroupsOwnLossesAloneAreNoRaid() {
        #expect(kinds("The Freedom of Russia Legion said it had lost two fighters.").isEmpty)
        #expect(kinds("The Freedom of Russia Legion said it had lost two fighters in Kozinka.") == [.raid])
    }

    /// Groups "released videos claiming to show them on Russian territory": the object pronoun
    /// after "show" is the groups' own men, placed on Russian soil. Showing them anywhere else
    /// places them nowhere the raids are told of.
    @Test func videosShowingThemOnRussianTerritory() {
        #expect(kinds("The Siberian Battalion released statements and videos claiming to show them on Russian territory.") == [.raid])
        #expect(kinds("The Siberian Battalion released videos showing them at a training ground.").isEmpty)
    }

    /// "Claimed full control over the border town of Tetkino" claims ground; the ministry's
    /// forces regaining control over it stop the raid.
    @Test func controlOverATown() {
        #expect(kinds("The Freedom of Russia Legion claimed full control over the border town of Tetkino.") == [.raid])
        #expect(kinds("The Russian Defence Ministry said its forces had regained control over Tetkino.") == [.counterclaim])
        #expect(kinds("Gladkov said the authorities retain full control over the situation in Shebekino.").isEmpty)
    }
}
