import ClaimCore
import Testing

@Suite struct LexiconTests {
    @Test func overlayAddsAliasesToExistingNamesAndNewEntries() throws {
        var lexicon = try Lexicon.makeDefault()
        try lexicon.merge(.actors, text: "Kremlin\tthe Kremlin press office\nNew Group\tNG\n", source: "overlay")
        try lexicon.merge(.roles, text: "New Group\tgroup\n", source: "overlay")
        #expect(lexicon.actor(named: "Kremlin")?.aliases.contains("the Kremlin press office") == true)
        #expect(lexicon.actor(named: "new group")?.role == .group)
    }

    @Test func anActorWithoutARoleIsRefusedNamingItsFileAndLine() throws {
        var lexicon = try Lexicon.makeDefault()
        try lexicon.merge(.actors, text: "# new actors\nKremlin\tthe Kremlin press office\nNew Group\tNG\n", source: "overlay/actors.tsv")
        #expect(
            throws: LexiconError(
                source: "overlay/actors.tsv", line: 3,
                problem:
                    "actor 'New Group' has no role: add the line 'New Group<TAB>ROLE' to a roles.tsv, ROLE one of group, russian-official, ukrainian-official"
            )
        ) { try lexicon.requireRoles() }
        // Adding aliases to a known actor needs no role line; a role given later satisfies the check.
        try lexicon.merge(.roles, text: "New Group\tukrainian-official\n", source: "overlay2/roles.tsv")
        try lexicon.requireRoles()
        #expect(lexicon.actor(named: "New Group")?.role == .ukrainianOfficial)
    }

    @Test func aRoleMayComeBeforeItsActor() throws {
        var lexicon = Lexicon()
        try lexicon.merge(.roles, text: "Early\tgroup\n", source: "r")
        try lexicon.merge(.actors, text: "Early\n", source: "a")
        try lexicon.requireRoles()
        #expect(lexicon.actor(named: "Early")?.role == .group)
    }

    @Test func aRaiderColumnLetsAnOfficialActorBeTheSubject() throws {
        var lexicon = try Lexicon.makeDefault()
        #expect(lexicon.actor(named: "Ukrainian Armed Forces")?.canRaid == true)
        #expect(lexicon.actor(named: "Ukrainian Government")?.canRaid == false)
        #expect(lexicon.actor(named: "Russian Volunteer Corps")?.canRaid == true, "every group raids")
        try lexicon.merge(.actors, text: "Border Brigade\tthe brigade\n", source: "overlay/actors.tsv")
        try lexicon.merge(.roles, text: "Border Brigade\tukrainian-official\traider\n", source: "overlay/roles.tsv")
        #expect(lexicon.actor(named: "Border Brigade")?.canRaid == true)
        #expect(throws: LexiconError.self) { try lexicon.merge(.roles, text: "Border Brigade\tukrainian-official\tsometimes\n", source: "overlay/roles.tsv") }
    }

    @Test func aRegionColumnGivesAnOfficialItsJurisdiction() throws {
        var lexicon = try Lexicon.makeDefault()
        #expect(lexicon.actor(named: "Belgorod Governor")?.jurisdiction == "Belgorod Oblast")
        #expect(lexicon.actor(named: "Kremlin")?.jurisdiction == nil)
        try lexicon.merge(.actors, text: "Oryol Governor\tAndrei Klychkov\n", source: "overlay/actors.tsv")
        try lexicon.merge(.places, text: "Oryol Oblast\tОрловская область\n", source: "overlay/places.tsv")
        try lexicon.merge(.roles, text: "Oryol Governor\trussian-official\tregion=oryol oblast\n", source: "overlay/roles.tsv")
        try lexicon.requireRoles()
        #expect(lexicon.actor(named: "Oryol Governor")?.jurisdiction == "Oryol Oblast", "spelled as places.tsv spells it")
        // A region places.tsv does not define is refused, naming the roles.tsv line.
        try lexicon.merge(.roles, text: "# roles\nOryol Governor\trussian-official\tregion=Orel Oblast\n", source: "overlay2/roles.tsv")
        #expect(
            throws: LexiconError(source: "overlay2/roles.tsv", line: 2, problem: "actor 'Oryol Governor': region 'Orel Oblast' is not a region of places.tsv")
        ) {
            try lexicon.requireRoles()
        }
        #expect(throws: LexiconError.self) { try lexicon.merge(.roles, text: "Oryol Governor\trussian-official\tregion=\n", source: "r") }
    }

    @Test func settlementsMustNameAKnownRegion() {
        var lexicon = Lexicon()
        #expect(throws: LexiconError(source: "p", line: 1, problem: "settlement 'X' names region 'Nowhere Oblast', which is not a region defined above it")) {
            try lexicon.merge(.places, text: "X\t@Nowhere Oblast\n", source: "p")
        }
    }

    @Test func badTriggerCategoryNamesTheLine() {
        var lexicon = Lexicon()
        #expect(throws: LexiconError.self) { try lexicon.merge(.triggers, text: "# c\nraidz\tcrossed\n", source: "t") }
        do { try lexicon.merge(.triggers, text: "# c\nraidz\tcrossed\n", source: "t") } catch { #expect(error.line == 2) }
    }

    @Test func commentsAndBlankLinesAreIgnoredAndUnicodeNamesWork() throws {
        var lexicon = Lexicon()
        try lexicon.merge(.places, text: "# regions\n\nКурская область\tKursk Oblast\n", source: "p")
        #expect(lexicon.place(named: "курская область") != nil)
    }
}
