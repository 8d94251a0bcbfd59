import ClaimCore
import Testing

/// The clause and frame rules, each on sentences written for this test
/// (published Tuesday 2023-05-23).
@Suite struct FrameRuleTests {
    static let extractor = ClaimExtractor(lexicon: try! Lexicon.makeDefault())
    static let published = Day(year: 2023, month: 5, day: 23)!

    func claims(_ paragraphs: [String], published: Day? = FrameRuleTests.published, title: String? = nil) -> [Claim] {
        let article = NormalizedArticle(
            fileName: "t.txt", format: .plainText, title: title, paragraphs: paragraphs, outlet: nil, published: published,
            isPublishedInferred: false, url: nil)
        return Self.extractor.extract(article)
    }

    func day(_ text: String) -> Day { Day(iso: text)! }

    /// "According to him": the pronoun is the speaker named before, not an agency named in
    /// what is said; "he" in the next sentence still means the governor.
    @Test func aPronounAfterAccordingToIsTheSpeakerBefore() {
        let found = claims([
            "Belgorod governor Vyacheslav Gladkov said a sabotage group had entered the Grayvoron district.",
            "According to him, the army together with the FSB is working to destroy the enemy.",
            "He said on Monday that two civilians had been wounded by the saboteurs.",
        ])
        #expect(Set(found.map(\.claimant)) == ["Belgorod Governor"])
    }

    /// An act the outlet tells with a hedge joined to its subject is its own assessment: the
    /// group named there claims nothing. Told plainly, it is the group's act.
    @Test func aHedgedToldActIsNobodysClaim() {
        for hedged in [
            "Russian forces likely pushed the Legion out of Kozinka after two days of fighting.",
            "The Legion probably entered Kozinka on Monday.",
            "It is unlikely that the Legion entered Kozinka on Monday.",
            "Likely, the Legion entered Kozinka on Monday.",
        ] {
            #expect(claims([hedged]).isEmpty, "\(hedged)")
        }
        #expect(claims(["The Legion entered Kozinka on Monday."]).map(\.claimant) == ["Freedom of Russia Legion"])
    }

    /// A hedge in another clause, an aside, a relative clause, a quotation or after the act
    /// hedges something else: the told act stands.
    @Test func aHedgeAboutSomethingElseLeavesTheActTold() {
        for told in [
            "Russian forces likely regrouped overnight, and the Legion entered Kozinka on Monday.",
            "In what was likely the largest incursion so far, the Legion entered Kozinka on Monday.",
            "The Legion, which probably has a few hundred fighters, entered Kozinka on Monday.",
            "The Legion, perhaps the best known of the groups, entered Kozinka on Monday.",
            "The Legion, \"likely the strongest unit on the front,\" entered Kozinka on Monday.",
            "The Legion entered Kozinka on Monday, likely from the Sumy region.",
        ] {
            #expect(claims([told]).map(\.claimant) == ["Freedom of Russia Legion"], "\(told)")
        }
    }

    /// "In a written statement, the group said …": the reference between two speech cues speaks
    /// the second; without it, "said in a statement" is one cue with the speaker before it.
    @Test func aSpeakerBetweenTwoSpeechCuesSpeaksTheSecond() {
        let found = claims([
            "A video appeared in which armed men introduced themselves as members of the Russian Volunteer Corps.",
            "In a written statement, the group said its fighters had crossed into the Bryansk region.",
        ])
        #expect(found.map(\.claimant) == ["Russian Volunteer Corps"])
        #expect(
            claims(["The Russian Volunteer Corps said in a statement that its fighters had crossed into the Bryansk region."]).map(\.claimant) == [
                "Russian Volunteer Corps"
            ])
        #expect(claims(["In a written statement, its fighters said they had crossed into the Bryansk region."]).isEmpty)
    }

    /// "…said militants crossed the border, but they were repelled" is one counterclaim.
    @Test func anOfficialsStoppedActIsOneCounterclaim() {
        let found = claims([
            "Russia's Defence Ministry said on Monday that saboteurs had crossed into the Belgorod region near Kozinka, but they were repelled."
        ])
        #expect(found.map(\.kind) == [.counterclaim])
        #expect(found.first?.places == ["Kozinka"])
    }

    /// Threats are no claims.
    @Test func threatsAreNoClaims() {
        #expect(claims(["Defence Minister Sergei Shoigu threatened to respond harshly to any further incursions."]).isEmpty)
    }

    /// "Gladkov, who on Thursday said …, changed his tune on Sunday": the relative clause is
    /// what he said, dated by its own day, not the main clause's.
    @Test func aRelativeClausesStatementEndsAtItsComma() {
        let found = claims(
            [
                "The Russian Volunteer Corps said its fighters had entered Novaya Tavolzhanka.",
                "Gladkov, who on Thursday said there was no enemy in his region, changed his tune on Sunday and offered to meet the fighters.",
            ], published: day("2023-06-05"))
        let denial = found.first { $0.kind == .denial }
        #expect(denial?.claimant == "Belgorod Governor")
        #expect(denial?.date == day("2023-06-01"))
    }

    /// A digest's entry heading ("11:52 | Russian Defence Ministry") names the speaker of the
    /// paragraph under it; the outlet's own entry ("Our reading") names none.
    @Test func aDigestEntryHeadingSpeaksItsParagraph() {
        let found = claims([
            "03:58 | Russian Volunteer Corps (RDK)",
            "Video: armed men say RDK fighters have crossed into the Shebekino district overnight.",
            "11:52 | Russian Defence Ministry",
            "Three attacks near Novaya Tavolzhanka were repelled and more than 30 attackers were killed.",
            "21:10 | Our reading",
            "Fighters have crossed into the district again, we hear.",
        ])
        #expect(found.map(\.kind) == [.raid, .counterclaim])
        #expect(found.map(\.claimant) == ["Russian Volunteer Corps", "Russian Defense Ministry"])
        // "Forwarded from X — date" labels too; a line where the name goes on into a verb is a
        // headline's sentence and labels nothing.
        let forwarded = claims([
            "1) Forwarded from Freedom of Russia Legion — 12 March, 21:14", "Our units are holding the positions they took in Tyotkino this morning.",
        ])
        #expect(forwarded.map(\.claimant) == ["Freedom of Russia Legion"])
        // A line that ends in a colon announces the post under it, with no time stamp too.
        let announced = claims([
            "Forwarded from Freedom of Russia Legion:", "Our units have entered Tyotkino and are fighting in the streets.",
            "Russian Defence Ministry:", "The enemy lost up to 100 servicemen while attempting to cross the border near Tyotkino.",
        ])
        #expect(announced.map { "\($0.kind.rawValue) \($0.claimant)" } == ["raid Freedom of Russia Legion", "counterclaim Russian Defense Ministry"])
        // The language's forwarding words label with neither a stamp nor a colon, and the post goes
        // on over its paragraphs up to the next entry ("Forwarded from" a channel the lexicon lacks).
        let bare = claims([
            "Forwarded from Russian Volunteer Corps", "Good morning from the Belgorod region.", "Our fighters have entered Kozinka.",
            "Forwarded from Frontline Notes", "Fighters have crossed into the Kursk region again.",
        ])
        #expect(bare.map { "\($0.kind.rawValue) \($0.claimant)" } == ["raid Russian Volunteer Corps"])
        // Not a line about the name ("Key facts about the Legion:"), and a title before a transcript's
        // name stays the name's ("Governor Vyacheslav Gladkov: …").
        #expect(claims(["Key facts about the Freedom of Russia Legion:", "Its fighters took part in the incursions into the Belgorod region."]).isEmpty)
        let titled = claims(["Briefing transcript.", "Governor Vyacheslav Gladkov: Good evening. The saboteurs were destroyed near Kozinka."])
        #expect(titled.map { "\($0.kind.rawValue) \($0.claimant)" } == ["counterclaim Belgorod Governor"])
        let headline = claims([
            "The Russian Volunteer Corps responded to the events on the border", "Fighters have crossed into the Shebekino district overnight.",
        ])
        #expect(headline.isEmpty)
    }

    /// A transcript's turn ("BARANOVSKY: …") opens with its first sentence even when that one
    /// claims nothing, and the speaker goes on through the paragraph; at the top of the body a
    /// name and a colon are a dateline ("Kyiv: …"), not a turn.
    @Test func aTranscriptTurnGoesOnPastASentenceThatClaimsNothing() {
        let turn = claims([
            "Transcript of the briefing in Kyiv.",
            "BARANOVSKY: Our main task was to draw reserves away. Our assault groups held positions in Tyotkino for several days.",
        ])
        #expect(turn.map { "\($0.kind.rawValue) \($0.claimant)" } == ["raid Freedom of Russia Legion"])
        // A name deep in a line before its colon is no label: the line is about something else.
        let about = claims(["Live updates.", "Kozinka and the Legion: what the raiders want. They took Glotovo."])
        #expect(about.isEmpty)
        let dateline = claims(["Kyiv: The day began quietly. The attack in the Belgorod region was claimed by two armed groups."])
        #expect(!dateline.contains { $0.claimant == "Ukrainian Government" })
    }

    /// A denial answering several groups' claims points at the group named beside it, else at
    /// the group the article names first — not at whichever claim was read first.
    @Test func aDenialPointsAtTheClaimantNamedBesideItOrFirst() {
        let beside = claims([
            "The Russian Volunteer Corps said its fighters had entered Kozinka on Monday.",
            "The Freedom of Russia Legion said its units had taken Glotovo on Monday.",
            "When the Legion announced the breakthrough, Belgorod governor Vyacheslav Gladkov insisted there was no enemy in the region.",
        ])
        #expect(beside.first { $0.kind == .denial }?.denies?.claimant == "Freedom of Russia Legion")
        let first = claims([
            "Fighters of the Freedom of Russia Legion and the Russian Volunteer Corps appeared on video near the border.",
            "The Russian Volunteer Corps said its fighters had entered Kozinka on Monday.",
            "The Freedom of Russia Legion said its units had taken Glotovo on Monday.",
            "Belgorod governor Vyacheslav Gladkov insisted there was no enemy in the region.",
        ])
        #expect(first.first { $0.kind == .denial }?.denies?.claimant == "Freedom of Russia Legion")
    }

    /// A sentence dated more than a week from the paragraph's act does not continue it: it
    /// takes no region from it.
    @Test func aSentenceDatedLongBeforeTakesNoRegionFromTheParagraph() {
        let found = claims(
            [
                "Russia's Defence Ministry said on Tuesday that all attacks near Tyotkino in the Kursk region had been repelled.",
                "After the raid of 22 May 2023 the ministry said more than 70 attackers had been killed.",
            ], published: day("2024-03-13"))
        let old = found.first { $0.date == day("2023-05-22") }
        #expect(old?.kind == .counterclaim)
        #expect(old?.region == nil)
    }

    /// "the border districts of two regions": no one region, even after a paragraph about one.
    @Test func twoRegionsNamedByANumberHaveNoRegion() {
        let found = claims([
            "Fighting went on near Tyotkino in the Kursk region, the governor said on Tuesday.",
            "Russia's Defence Ministry said on Tuesday that attacks on the border districts of two regions had been repelled.",
        ])
        let counter = found.first { $0.kind == .counterclaim }
        #expect(counter != nil)
        #expect(counter?.region == nil)
    }

    /// A sentence closing a quotation opened in the sentence before: the speaker after the
    /// closing mark speaks ('… border," Konashenkov added.').
    @Test func aSpeakerAfterAQuotationClosedFromTheSentenceBeforeSpeaks() {
        let found = claims([
            "Saboteurs tried to cross near Kozinka. \"The attack was repelled. There were no violations of the state border,\" Konashenkov added."
        ])
        #expect(found.contains { $0.kind == .denial && $0.claimant == "Russian Defense Ministry" })
    }

    /// '"…," the fighter said, referring to …': the gloss after the verb is the outlet's.
    @Test func anOutletsGlossAfterAQuotationIsNotSaid() {
        #expect(
            claims([
                "\"Grayvoron is only the beginning,\" a Legion fighter said, referring to the town where fighting took place during the previous incursion."
            ]).isEmpty)
    }

    /// An official's losses of the raiders and "no violations" in one frame are two claims.
    @Test func anOfficialsLossesBesideADenialAreAlsoACounterclaim() {
        let found = claims([
            "Russia's Defence Ministry said on Monday the opponent suffered significant losses and retreated, and there have been no violations of the state border."
        ])
        #expect(Set(found.map(\.kind)) == [.counterclaim, .denial])
    }

    /// An attempt an official tells is one it stopped (a counterclaim), unless the sentence
    /// denies it got through (then the denial alone).
    @Test func anOfficialsToldAttemptIsACounterclaimUnlessDenied() {
        let tried = claims(["Russia's Defence Ministry said on Monday that saboteurs had tried to break into the Belgorod region near Kozinka."])
        #expect(tried.map(\.kind) == [.counterclaim])
        let denied = claims(["Kursk governor Roman Starovoit said a sabotage group had tried to enter Tetkino, but he insisted there had been no breakthrough."]
        )
        #expect(denied.map(\.kind) == [.denial])
    }

    /// Sentences a reviewer wrote against this session's rules: each must keep its claim.
    @Test func reviewersCounterexamplesKeepTheirClaims() {
        // A relative clause set off by commas does not take over the main verb.
        let relative = claims([
            "Belgorod governor Vyacheslav Gladkov, who chairs the security council, said the saboteurs, about twenty of them, were destroyed."
        ])
        #expect(relative.map(\.kind) == [.counterclaim])
        // A counterclaim naming its own place leaves the raid told before it.
        let two = claims(["Kursk governor Alexei Smirnov said raiders had seized part of Tyotkino, but two other sabotage groups were destroyed near Sudzha."])
        #expect(Set(two.map(\.kind)) == [.raid, .counterclaim])
        // A photo credit is no entry heading.
        #expect(claims(["Photo: Russian Defence Ministry", "Saboteurs crossed into the Bryansk region overnight."]).isEmpty)
        // "since" reaches no further back than its clause.
        let words = "clashes have gone on ever since and on tuesday the ministry said".split(separator: " ").map(String.init)
        var breaks = [Bool](repeating: false, count: words.count)
        breaks[6] = true  // the comma after "since", before "and"
        #expect(DateResolver.mentions(in: words, published: Self.published, isBreak: { breaks[$0] }).first?.day != nil)
    }

    // MARK: kinds by role and by what is said

    @Test(arguments: [
        ("Belgorod Governor Vyacheslav Gladkov said two residents had been killed when the saboteurs opened fire on a bus.", ClaimKind.raid),
        ("Russia's Defence Ministry said its forces had killed 40 saboteurs near Glotovo.", .counterclaim),
        ("Russia's Defence Ministry said more than 40 of the intruders had been killed.", .counterclaim),
        ("The Kremlin said the attackers had fled with heavy losses.", .counterclaim),
    ])
    func whoDiesDecidesCounterclaimOrRaid(sentence: String, kind: ClaimKind) {
        #expect(claims([sentence]).map(\.kind) == [kind])
    }

    @Test func civilianDeathsFromShellingAreNoClaim() {
        #expect(claims(["Governor Vyacheslav Gladkov said two people had been killed by shelling in Shebekino."]).isEmpty)
    }

    @Test func anAttemptIsNoEntry() {
        let found = claims(["Kursk Governor Roman Starovoit said a sabotage group had tried to enter Tetkino, but he insisted there had been no breakthrough."])
        #expect(found.map(\.kind) == [.denial])
        #expect(found.first?.places == ["Tetkino"], "the denial keeps the settlement its speaker names for the act")
        #expect(found.first?.region == "Kursk Oblast")
    }

    @Test func plansAndThreatsAreNoClaims() {
        #expect(claims(["The Russian Volunteer Corps said it would soon cross into the Kursk region again."]).isEmpty)
    }

    @Test func anOperationUnderWayAgainstTheRaidersIsARaidClaim() {
        let found = claims(["Belgorod Governor Vyacheslav Gladkov said the army was working to push the saboteurs out of Glotovo and destroy them."])
        #expect(found.map(\.kind) == [.raid])
        #expect(found.first?.region == "Belgorod Oblast")
    }

    @Test func strikesFromAfarAreNoRaid() {
        #expect(claims(["Russia's Defence Ministry said Kyiv had carried out a terrorist attack with eight drones."]).isEmpty)
    }

    @Test func aGroupPlacingItsFightersInAVillageClaimsARaid() {
        let found = claims(["The Freedom of Russia Legion said its fighters remained in Gorkovsky."])
        #expect(found.map(\.kind) == [.raid])
        #expect(found.first?.places == ["Gorkovsky"])
    }

    @Test func backgroundAboutAGroupIsNoAct() {
        #expect(claims(["The Siberian Battalion, which is made up of Russians fighting on Ukraine's side, said it was recruiting."]).isEmpty)
    }

    @Test func placesElsewhereAreNoClaim() {
        #expect(claims(["Russia's Defence Ministry said its troops had repelled an assault near Bakhmut."]).isEmpty)
    }

    // MARK: clauses and frames

    @Test func kyivDeniesItsPartAndBlamesTheGroupsInOneSentence() {
        let found = claims([
            "Belgorod Governor Vyacheslav Gladkov said a sabotage group had entered Kozinka.",
            "Kyiv denied any involvement, blaming the action on the Russian Volunteer Corps.",
        ])
        let kyiv = found.filter { $0.claimant == "Ukrainian Government" }
        #expect(Set(kyiv.map(\.kind)) == [.denial, .raid])
        #expect(kyiv.first { $0.kind == .raid }?.subject == "Russian Volunteer Corps")
        #expect(kyiv.first { $0.kind == .denial }?.denies == DeniedClaim(claimant: "Belgorod Governor", kind: .raid))
    }

    @Test func aPlaceInAnotherClauseStaysOut() {
        let found = claims([
            "The ministry of defence aside, Russia's Defence Ministry insisted the state border had not been crossed, despite videos from Shebekino."
        ])
        #expect(found.map(\.kind) == [.denial])
        #expect(found.first?.places == [])
    }

    @Test func aQuotationBeforeItsSpeakerIsWhatTheSpeakerSaid() {
        let found = claims(["\u{201C}The saboteurs were driven back with heavy losses,\u{201D} the Russian Defence Ministry said on Monday."])
        #expect(found.map(\.kind) == [.counterclaim])
        #expect(found.first?.date == day("2023-05-22"))
    }

    @Test func aReferenceCoordinatedWithANameIsAJointClaim() {
        let found = claims([
            "The Russian Volunteer Corps posted a video.",
            "The corps and its ally, the Freedom of Russia Legion, announced a new operation near Shebekino.",
        ])
        #expect(Set(found.map(\.claimant)) == ["Russian Volunteer Corps", "Freedom of Russia Legion"])
        #expect(found.allSatisfy { $0.places == ["Shebekino"] })
    }

    @Test func aPluralReferenceTakesTheGroupsNamedLast() {
        let found = claims([
            "The Russian Volunteer Corps and the Siberian Battalion are both made up of Russian citizens.",
            "Officials declined to comment.",
            "These two formations claimed they had captured 25 soldiers.",
        ])
        #expect(Set(found.map(\.claimant)) == ["Russian Volunteer Corps", "Siberian Battalion"])
    }

    @Test func aPossessiveNameIsTheDeniedOwnerNotTheSpeaker() {
        let found = claims([
            "Bryansk Governor Alexander Bogomaz said saboteurs had entered Lyubechane.",
            "The Kremlin called it a terrorist attack.",
            "Kyiv dismissed Bogomaz's version of events.",
        ])
        let denial = found.first { $0.kind == .denial }
        #expect(denial?.claimant == "Ukrainian Government")
        #expect(denial?.denies?.claimant == "Bryansk Governor")
        #expect(denial?.region == "Bryansk Oblast")
    }

    @Test func aClaimQuotedInsideADenialIsAClaimToo() {
        let found = claims(
            ["The corps said it had lost men, but nowhere near the 1,500 claimed by the Kremlin."], title: "The Russian Volunteer Corps answers Moscow")
        #expect(found.contains { $0.kind == .counterclaim && $0.claimant == "Kremlin" })
        #expect(found.first { $0.kind == .denial }?.denies == DeniedClaim(claimant: "Kremlin", kind: .counterclaim))
    }

    @Test func aDenialOfNothingInTheDomainIsDropped() {
        #expect(claims(["In Kyiv, Mykhailo Podolyak denied that Ukraine had sent the drones."]).isEmpty)
        #expect(claims(["Ukrainian officials have neither confirmed nor denied involvement."]).isEmpty)
    }

    @Test func anObjectIsNoSpeaker() {
        #expect(claims(["Russia accused Ukraine of trying to strike the Kremlin with drones, a claim Kyiv denied."]).isEmpty)
    }

    @Test func aReportBeforeItsSpeakerIsWhatTheSpeakerSaid() {
        let found = claims(["Two attempts to cross near Shebekino were repelled overnight, the Russian Defence Ministry said."])
        #expect(found.map(\.kind) == [.counterclaim])
        #expect(found.first?.places == ["Shebekino"])
    }

    @Test func decliningToCommentAssertsNothing() {
        #expect(claims(["Kremlin spokesman Dmitry Peskov declined to comment on the fighting in Shebekino."]).isEmpty)
    }

    @Test func aNegationAFewWordsBeforeTheActIsADenial() {
        let found = claims(["Kursk Governor Roman Starovoit said no settlements had been captured."])
        #expect(found.map(\.kind) == [.denial])
    }

    @Test func aGroupSayingWhereItsPeopleAreClaimsARaid() {
        let found = claims(["Fighters of the Russian Volunteer Corps posted a video from what they said was the centre of Novaya Tavolzhanka."])
        #expect(found.map(\.kind) == [.raid])
        #expect(found.first?.claimant == "Russian Volunteer Corps")
    }

    // MARK: names cut by a clause break

    /// Found by the fuzzer: a reference cut by ";" right after "according to" trapped while
    /// the frame's word ranges were built (the name began in one clause and ended in the next).
    @Test func aReferenceCutByAClauseBreakIsNoSpeaker() {
        for cut in ["the; ministry", "the: ministry"] {
            let found = claims([
                "The Russian Defence Ministry said the saboteurs had been destroyed.",
                "Officials spoke according to \(cut), the saboteurs crossed into Belgorod.",
            ])
            #expect(found.map(\.kind) == [.counterclaim], "\(cut)")
        }
    }

    /// Every multi-word actor alias and reference of the default lexicon, cut at each gap by
    /// each kind of clause break, where a speaker stands before and after its verb: extraction
    /// ends (a name straddling two clauses once trapped), whatever it finds.
    @Test func everyNameCutByAClauseBreakIsRead() {
        let lexicon = try! Lexicon.makeDefault()
        let names =
            lexicon.actors.flatMap { [$0.name] + $0.aliases }
            + lexicon.triggers.filter { $0.category == .actorReference || $0.category == .groupReference }.map(\.phrase)
        var checked = 0
        for name in Set(names).sorted() {
            let words = name.split(separator: " ")
            guard words.count > 1 else { continue }
            for gap in 1..<words.count {
                let head = words[..<gap].joined(separator: " "), tail = words[gap...].joined(separator: " ")
                var paragraphs = ["The Russian Defence Ministry, Governor Vyacheslav Gladkov and the Freedom of Russia Legion spoke on Monday."]
                for cut in ["\(head); \(tail)", "\(head): \(tail)", "\(head), but \(tail)", "\(head), while \(tail)"] {
                    paragraphs += [
                        "Officials spoke according to \(cut) fighters raided Belgorod.",
                        "\(cut) said the saboteurs were destroyed near Kursk.",
                        "The raid on Shebekino was repelled, \(cut) said.",
                        "\u{201C}We crossed the border,\u{201D} said \(cut), the commander.",
                    ]
                }
                _ = claims(paragraphs)
                checked += 1
            }
        }
        #expect(checked > 100, "the sweep covers the lexicon's multi-word names")
    }

    // MARK: dates

    @Test(arguments: [
        ("Russia's Defence Ministry said on Tuesday that the saboteurs who entered Glotovo a day earlier had been destroyed.", "2023-05-22"),
        ("Denis Kapustin told reporters on Wednesday that his unit had lost two fighters in Sunday's raid into the Belgorod region.", "2023-05-21"),
        ("The Freedom of Russia Legion said on Monday that its fighters were in Kozinka.", "2023-05-22"),
        ("Three days earlier, Belgorod Governor Vyacheslav Gladkov had said a sabotage group entered Glotovo.", "2023-05-20"),
    ])
    func theActsDayBeatsTheStatementsDay(sentence: String, expected: String) {
        #expect(claims([sentence]).first?.date == day(expected))
    }

    @Test func aRunningTotalHasNoDateAndStaysApartFromTheDaysAct() {
        let found = claims([
            "Russia's Defence Ministry said on Monday that its troops had cleared Kozinka of saboteurs.",
            "The ministry put the attackers' losses since May 12 at more than 1,500 men.",
        ])
        #expect(found.count == 2)
        #expect(found.map(\.date) == [day("2023-05-22"), nil])
    }

    @Test func aSentenceWithoutADateTakesTheLastClaimsDay() {
        let found = claims([
            "On May 20, the Russian Volunteer Corps said it had crossed into the Bryansk region.",
            "Bryansk Governor Alexander Bogomaz said the intruders had been pushed back.",
        ])
        #expect(found.map(\.date) == [day("2023-05-20"), day("2023-05-20")])
        #expect(found.last?.region == "Bryansk Oblast", "a counterclaim refers back to the region of the act")
    }

    // MARK: names

    @Test(arguments: ["Hraivoron", "Graivoron", "Grayvoron"])
    func transliterationVariantsFindTheSamePlace(spelling: String) {
        let found = claims(["The Freedom of Russia Legion said it had entered \(spelling)."])
        #expect(found.first?.places == ["Grayvoron"])
    }

    @Test func aSpellingCloseToTwoEntriesMatchesNeither() throws {
        var lexicon = try Lexicon.makeDefault()
        try lexicon.merge(.places, text: "Kozlovka\t@Belgorod Oblast\nKozlivka\t@Belgorod Oblast\n", source: "test")
        let extractor = ClaimExtractor(lexicon: lexicon)
        let article = NormalizedArticle(
            fileName: "t.txt", format: .plainText, title: nil, paragraphs: ["The Russian Volunteer Corps said it had entered Kozlowka."],
            outlet: nil, published: Self.published, isPublishedInferred: false, url: nil)
        #expect(extractor.extract(article).first?.places == [])
        #expect(extractor.extract(article).first?.region == nil)
    }

    @Test func aNameAndItsTitleAreOneMention() {
        let found = claims(["Nikitin invited Belgorod Governor Vyacheslav Gladkov to meet the fighters in Kozinka."])
        #expect(!found.contains { $0.claimant == "Belgorod Governor" })
    }
}
