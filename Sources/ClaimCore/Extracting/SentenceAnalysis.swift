/// One word of a sentence, folded, with whether it stands inside a quotation.
struct SentenceWord: Hashable {
    var text: String
    var isQuoted: Bool
}

/// A lexicon entry found in a sentence.
struct Mention: Hashable {
    var range: Range<Int>
    var name: String
    var phrase: String
    var isQuoted: Bool
}

/// What the rules need to know about one sentence: its words, the actors,
/// places and trigger phrases in it, and its own date.
struct SentenceAnalysis {
    var text: String
    var paragraph: Int
    var isHeadline: Bool
    var words: [SentenceWord]
    var actors: [Mention]
    var places: [Mention]
    var cues: [PhraseMatcher<Set<Trigger.Category>>.Match]
    var date: Day?

    var folded: [String] { words.map(\.text) }

    func cues(_ category: Trigger.Category) -> [PhraseMatcher<Set<Trigger.Category>>.Match] {
        cues.filter { $0.value.contains(category) }
    }

    func has(_ category: Trigger.Category) -> Bool { cues.contains { $0.value.contains(category) } }

    /// Splits a sentence into folded words, marking those inside double quotes
    /// (a speaker is never inside the quotation it is credited with).
    static func words(of sentence: String) -> [SentenceWord] {
        var out = [SentenceWord]()
        var current = ""
        var quoted = false
        var currentQuoted = false
        func flush() {
            if !current.isEmpty { out.append(SentenceWord(text: current, isQuoted: currentQuoted)) }
            current = ""
        }
        for ch in TextFolding.fold(sentence) {
            if ch.isLetter || ch.isNumber {
                if current.isEmpty { currentQuoted = quoted }
                current.append(ch)
            } else {
                flush()
                if ch == "\"" { quoted.toggle() }
            }
        }
        flush()
        return out
    }
}
