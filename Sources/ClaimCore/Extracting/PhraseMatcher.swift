/// Finds lexicon phrases in a word sequence: one table keyed by first word
/// over all phrases, longest match first, so matching costs the same
/// whatever the lexicon's size. A `*` after the first word stands for any
/// one word ("crossed the * border", "took * control").
struct PhraseMatcher<Value: Hashable & Sendable>: Sendable {
    struct Match: Hashable {
        var range: Range<Int>
        var value: Value
        var phrase: String
    }

    private var byFirstWord: [String: [(words: [String], value: Value, phrase: String)]] = [:]

    init(_ entries: [(phrase: String, value: Value)]) {
        for entry in entries {
            let words = entry.phrase.split(separator: " ").flatMap { $0 == "*" ? ["*"] : TextFolding.words($0) }
            guard let first = words.first, first != "*" else { continue }
            byFirstWord[first, default: []].append((words, entry.value, entry.phrase))
        }
        for key in byFirstWord.keys { byFirstWord[key]!.sort { $0.words.count > $1.words.count } }
    }

    /// Non-overlapping matches, scanning left to right, longest first.
    func matches(in words: [String]) -> [Match] {
        var out = [Match]()
        var i = 0
        while i < words.count {
            if let found = longest(at: i, in: words) {
                out.append(found)
                i = found.range.upperBound
            } else {
                i += 1
            }
        }
        return out
    }

    /// Every match, overlapping allowed (used for cue words that may sit inside other phrases).
    func allMatches(in words: [String]) -> [Match] {
        words.indices.compactMap { longest(at: $0, in: words) }
    }

    private func longest(at i: Int, in words: [String]) -> Match? {
        guard let candidates = byFirstWord[words[i]] else { return nil }
        for candidate in candidates where i + candidate.words.count <= words.count {
            if zip(words[i..<(i + candidate.words.count)], candidate.words).allSatisfy({ $0 == $1 || $1 == "*" }) {
                return Match(range: i..<(i + candidate.words.count), value: candidate.value, phrase: candidate.phrase)
            }
        }
        return nil
    }
}
