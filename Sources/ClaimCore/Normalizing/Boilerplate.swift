/// Removes page chrome from a list of paragraphs by structure, not by one
/// site's strings; the few words it needs (headers, prompts) are the language
/// profiles' (`PageWords`, `Config/lang/<code>/page.tsv`).
///
/// - A sidebar header ("News Feed", "More news", "Editors' picks", "Related",
///   "Read more", "Most popular", "Recommended") in the second half of the
///   page cuts it and everything after it.
/// - A paragraph that occurs more than once is chrome (repeated prompts).
/// - Subscription and sign-up prompts are dropped, and so are teasers: a short
///   paragraph a sidebar header opens ("Read also: …").
/// - Short lines with no sentence punctuation, before the first long
///   paragraph, are navigation (menus, section labels, "Skip to content").
///   The headline survives because it is the longest of them and has four
///   words or more.
struct Boilerplate: Sendable {
    /// The sidebar headers and prompts of every language loaded (`page.tsv`).
    let words: PageWords
    /// The prompts' bytes by their first byte, so a paragraph is read once for all of them.
    private let promptsByFirstByte: [[[UInt8]]]
    /// The longest sidebar header, in scalars.
    private let longestHeader: Int

    init(words: PageWords) {
        self.words = words
        var table = [[[UInt8]]](repeating: [], count: 256)
        for word in words.prompts { if let first = word.utf8.first { table[Int(first)].append(Array(word.utf8)) } }
        promptsByFirstByte = table
        longestHeader = words.sidebarHeaders.map(\.unicodeScalars.count).max() ?? 0
    }

    func strip(_ paragraphs: [String]) -> [String] {
        // Only short paragraphs can be chrome by any rule below: each rule first asks the
        // length, so a long paragraph is never folded or lowercased.
        var kept = paragraphs
        if let cut = kept.indices.first(where: { $0 >= kept.count / 3 && isSidebarHeader(kept[$0]) }) {
            kept.removeSubrange(cut...)
        }
        // A repeated paragraph is dropped when it is short; its repeats are as short. Not a line
        // ending in a colon: a digest's "Forwarded from the Legion:" or a transcript's "Q:" heads
        // different text each time.
        let short = kept.map { $0.hasFewerCharacters(than: 200) && $0.utf8.last != UInt8(ascii: ":") }
        var counts = [String: Int]()
        for (p, isShort) in zip(kept, short) where isShort { counts[Self.lowercased(p), default: 0] += 1 }
        if counts.values.contains(where: { $0 > 1 }) {
            kept = zip(kept, short).filter { !$0.1 || counts[Self.lowercased($0.0), default: 0] < 2 }.map(\.0)
        }
        kept.removeAll { isPrompt($0) || isTeaser($0) }
        // "THURSDAY, 1 JUNE" over a newsletter's section dates what follows it: a label, but kept.
        kept.removeAll { Self.isNavigation($0) && !isDateHeading($0) }
        return kept
    }

    /// `text.lowercased()`, byte by byte when the text is ASCII (the same answer, without the
    /// Unicode case tables).
    static func lowercased(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.lowercased() }
        return String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    func isSidebarHeader(_ paragraph: String) -> Bool {
        // Folding keeps one scalar or more for each scalar that is not a space, and the
        // trim drops only spaces and colons: more scalars than that cannot be a header.
        var content = 0
        for scalar in paragraph.unicodeScalars where !scalar.isSpaceLike && scalar != ":" {
            content += 1
            if content > longestHeader { return false }
        }
        return isSidebarHeader(folded: TextFolding.fold(paragraph))
    }

    func isSidebarHeader(folded: String) -> Bool {
        let trimmed = folded.trimmingCharacters(in: ":")
        return trimmed.count < 40 && words.sidebarHeaders.contains(trimmed)
    }

    /// "Read also: Podolyak: Ukraine has nothing to do with it": a short paragraph that a
    /// sidebar header and a colon open is a link to another article, not this one's text.
    func isTeaser(_ paragraph: String) -> Bool {
        guard paragraph.hasFewerCharacters(than: 240), let colon = paragraph.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let head = paragraph[..<colon]
        // Two words at least ("Read also", "Читайте також"): a one-word header ("Главное: …")
        // may open a summary of the article itself.
        guard head.unicodeScalars.count <= longestHeader, head.split(separator: " ").count >= 2 else { return false }
        return isSidebarHeader(folded: TextFolding.fold(String(head)))
    }

    func isPrompt(_ paragraph: String) -> Bool {
        guard paragraph.hasFewerCharacters(than: 240) else { return false }
        return containsPromptWord(Array(TextFolding.fold(paragraph).utf8))
    }

    /// Whether any prompt word occurs in `bytes` (folded text).
    func containsPromptWord(_ bytes: [UInt8]) -> Bool {
        for start in bytes.indices {
            for word in promptsByFirstByte[Int(bytes[start])] where word.count <= bytes.count - start {
                var k = 1
                while k < word.count && bytes[start + k] == word[k] { k += 1 }
                if k == word.count { return true }
            }
        }
        return false
    }

    /// A line that is only a day of a month: a day's number and a month's name, a weekday's name
    /// beside them allowed ("Thursday, 1 June", "22 мая", "1 червня, четвер"), and one word after
    /// them ("22 May, Grayvoron").
    func isDateHeading(_ paragraph: String) -> Bool {
        let words = TextFolding.words(paragraph)
        guard words.count >= 2, words.count <= 3 else { return false }
        var day = false
        var month = false
        for (index, word) in words.enumerated() {
            if let number = Int(word), (1...31).contains(number) {
                day = true
            } else if self.words.months[word] != nil {
                month = true
            } else if self.words.weekdays[word] == nil {
                // One word of letters after the day may name the section's place ("22 May,
                // Grayvoron"); the extractor decides whether the line heads a section.
                guard index == words.count - 1, day && month, word.allSatisfy(\.isLetter) else { return false }
            }
        }
        return day && month
    }

    /// Labels and buttons: three words or fewer with no sentence end. A line ending in a colon
    /// announces the lines after it ("Russian Defence Ministry:" over a forwarded post): text.
    static func isNavigation(_ paragraph: String) -> Bool {
        hasAtMostThreeWords(paragraph) && !paragraph.endsSentence && paragraph.utf8.last != UInt8(ascii: ":")
    }

    /// `paragraph.split(separator: " ").count <= 3`, stopping at the fourth word instead of
    /// making every word of a long paragraph (bytes for ASCII, where each byte but CR LF is
    /// one Character and neither of those is a space).
    static func hasAtMostThreeWords(_ paragraph: String) -> Bool {
        if paragraph.utf8.allSatisfy({ $0 < 0x80 }) { return paragraph.utf8.hasAtMost(3, runsApartFrom: 0x20) }
        return paragraph.hasAtMost(3, runsApartFrom: " ")
    }
}

extension StringProtocol {
    /// `count < limit` without counting past the limit (a long paragraph's Characters are
    /// not all walked to learn it is long).
    func hasFewerCharacters(than limit: Int) -> Bool {
        if utf8.count < limit { return true }
        // ASCII text without CR ("\r\n" is one Character) has one Character per byte.
        if utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return false }
        return dropFirst(limit - 1).isEmpty
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) || f == " " { s.removeFirst() }
        while let l = s.last, set.contains(l) || l == " " { s.removeLast() }
        return String(s)
    }
}

extension Array where Element == UInt8 {
    /// Whether `needle` occurs in these bytes (a plain scan: the needles are short words).
    func containsSequence(_ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= count else { return needle.isEmpty }
        var i = 0
        let last = count - needle.count
        while i <= last {
            if self[i] == first {
                var k = 1
                while k < needle.count && self[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
