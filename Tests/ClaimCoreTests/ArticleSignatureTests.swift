import ClaimCore
import Foundation
import Testing

/// Resemblance signatures on texts of our own (issue 25): versions of one page hold each
/// other, a wire story under another header is a copy, two reports of one event are neither.
@Suite struct ArticleSignatureTests {
    static let wire = [
        "Fighters of an armed group of Russian citizens said on Monday that they had crossed the border into the Belgorod region and taken two villages.",
        "The regional governor said sabotage groups had entered the district and that residents of several villages were being moved away from the border.",
        "The defence ministry in Moscow later said the attackers had been pushed back with artillery and air strikes and that more than seventy had been killed.",
        "The group published a video of its fighters beside an armoured vehicle and said it would go on until the regime fell.",
        "Kyiv said it had nothing to do with the operation and called it an internal Russian matter.",
    ]

    func signature(_ paragraphs: [String]) -> ArticleSignature { ArticleSignature(paragraphs: paragraphs) }

    @Test func theSameTextWithOtherWhitespaceAndCaseIsTheSameSignature() {
        let spaced = Self.wire.map { $0.replacingOccurrences(of: " ", with: "  ").uppercased() }
        #expect(signature(Self.wire) == signature(spaced))
        #expect(signature(Self.wire).resemblance(to: signature(spaced)) == 1)
    }

    @Test func anUpdatedLineOrANewLiveBlogEntryOnTopLeavesTheEarlierVersionHeld() {
        let updated = ["Updated at 12:05 with the ministry's figures."] + Self.wire
        let entry = ["12:40 The governor now says shelling of the border district continues and a school has been closed for the week ahead."]
        let liveBlog = entry + Self.wire
        #expect(signature(Self.wire).containment(with: signature(updated)) >= 0.9)
        #expect(signature(Self.wire).containment(with: signature(liveBlog)) >= 0.9)
    }

    @Test func aWireStoryUnderAnotherOutletsHeaderWithSmallEditsIsACopy() {
        var edited = Self.wire
        edited[0] = edited[0].replacingOccurrences(of: "on Monday", with: "on Monday morning")
        edited[4] = "Ukraine denied any role."
        let copy = ["By Our Correspondent and agencies"] + edited + ["Read more: the war in maps"]
        let value = signature(Self.wire).containment(with: signature(copy))
        #expect(value >= 0.8 && value < 1, "\(value)")
    }

    @Test func twoReportsOfTheSameEventInTheirOwnWordsAreNeither() {
        let other = [
            "An anti-Kremlin militia announced it had entered Russia's Belgorod province, seizing a pair of settlements, according to a statement posted online.",
            "Moscow claimed its forces repelled the incursion, killing dozens of fighters, while the local governor urged calm.",
            "Ukrainian officials denied involvement, describing the fighters as Russian volunteers acting alone.",
        ]
        #expect(signature(Self.wire).containment(with: signature(other)) < 0.3)
    }

    @Test func bandKeysOfCopiesMeetAndSignaturesSurviveStorage() {
        let a = signature(Self.wire), b = signature(["Updated."] + Self.wire)
        #expect(!Set(a.bandKeys).isDisjoint(with: b.bandKeys), "a version shares a band with its page")
        #expect(ArticleSignature(bytes: a.bytes, shingleCount: a.shingleCount) == a)
        #expect(ArticleSignature(bytes: [1, 2, 3], shingleCount: 1) == nil)
    }

    @Test func aTwoLineNoteIsTooShortToCompareAndIsNeverCalledAVersion() {
        let a = signature(["Nothing to report from the border today, note 5."])
        let b = signature(["Nothing to report from the border today, note 6."])
        #expect(!a.isComparable && signature(Self.wire).isComparable)
        let verdict = ArticleIdentity().classify(
            url: nil, outlet: nil, signature: b, among: [.init(id: 1, url: nil, outlet: nil, signature: a, root: 1, origin: 1)])
        #expect(verdict.versionOf == nil && verdict.origin == nil)
    }
}
