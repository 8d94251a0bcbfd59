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
