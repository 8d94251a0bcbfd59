import ClaimCore
import Testing

/// Language identification on sentences written for these tests.
@Suite struct LanguageIdentifierTests {
    static let identifier = LanguageIdentifier(profiles: LanguageProfile.builtInProfiles)

    @Test func theThreeLanguagesReadAreTold() {
        #expect(Self.identifier.identify(["The governor said that the group had crossed the border on Monday."]) == "en")
        #expect(Self.identifier.identify(["Губернатор заявил, что группа пересекла границу в понедельник и это было уже после обеда."]) == "ru")
        #expect(Self.identifier.identify(["Губернатор заявив, що група перетнула кордон у понеділок, і це було вже після обіду."]) == "uk")
    }

    @Test func russianAndUkrainianArePartedByTheirLettersWhenNoWordDecides() {
        // No identifying word, only letters: "ы" is Russian's, "ї" Ukrainian's.
        #expect(Self.identifier.identify(["Бойцы вышли"]) == "ru")
        #expect(Self.identifier.identify(["Їхні бійці"]) == "uk")
    }

    @Test func aLanguageRecognizedButNotReadIsNamed() {
        #expect(Self.identifier.identify(["Der Gouverneur sagte, dass die Gruppe die Grenze nicht überschritten hat und sich zurückzog."]) == "de")
        #expect(Self.identifier.identify(["Gubernator powiedział, że grupa nie przekroczyła granicy i że jest to kolejna prowokacja."]) == "pl")
    }

    @Test func aMixedPageIsTheLanguageOfMostOfItsWords() {
        let page = [
            "Russian Volunteer Corps: the full statement",
            "Мы заявляем, что наши бойцы находятся на территории области, и это уже не первый рейд, который был проведён.",
            "Мы также сообщаем, что потери противника были большими, как это и было после прошлого рейда.",
        ]
        #expect(Self.identifier.identify(page) == "ru")
    }

    @Test func textWithNoLettersIsUndetermined() {
        #expect(Self.identifier.identify(["12:30 — 14:45", "+7 (495) 000-00-00"]) == LanguageIdentifier.undetermined)
        #expect(Self.identifier.identify([]) == LanguageIdentifier.undetermined)
    }

    @Test func aShortLatinHeadlineIsReadAsEnglish() {
        #expect(Self.identifier.identify(["Belgorod raid: live updates"]) == "en")
    }
}
