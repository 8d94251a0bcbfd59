/// The built-in English profile's texts by name (the first of `DefaultLexicon.profiles`).
extension DefaultLexicon {
    static var englishWords: String { profiles[0].texts.words }
    static var englishKinds: String { profiles[0].texts.kinds }
    static var englishAnswers: String { profiles[0].texts.answers }
    static var englishDates: String { profiles[0].texts.dates }
    static var englishPage: String { profiles[0].texts.page }
}
