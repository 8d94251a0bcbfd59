/// Removes page chrome from a list of paragraphs by structure, not by one
/// site's strings.
///
/// - A sidebar header ("News Feed", "More news", "Editors' picks", "Related",
///   "Read more", "Most popular", "Recommended") in the second half of the
///   page cuts it and everything after it.
/// - A paragraph that occurs more than once is chrome (repeated prompts).
/// - Subscription and sign-up prompts are dropped.
/// - Short lines with no sentence punctuation, before the first long
///   paragraph, are navigation (menus, section labels, "Skip to content").
///   The headline survives because it is the longest of them and has four
///   words or more.
enum Boilerplate {
    static let sidebarHeaders: Set<String> = [
        "news feed", "more news", "editors' picks", "editors picks", "editor's picks", "related", "related articles",
        "related stories", "read more", "read also", "most popular", "most read", "recommended", "latest news",
        "you may also like", "more from", "trending", "popular", "more stories", "also read", "see also", "top stories",
    ]
    static let promptWords = [
        "subscribe", "newsletter", "sign up", "email address", "indicates required", "become a member", "log in",
        "sign in", "cookie", "all rights reserved", "advertisement", "share this", "follow us", "audio is created",
        "min read", "gift a membership", "successfuly subscribed", "successfully subscribed", "thank you for signing up",
    ]

    static func strip(_ paragraphs: [String]) -> [String] {
        var kept = Array(paragraphs)
        if let cut = kept.indices.first(where: { $0 >= kept.count / 3 && isSidebarHeader(kept[$0]) }) {
            kept.removeSubrange(cut...)
        }
        var counts = [String: Int]()
        for p in kept { counts[p.lowercased(), default: 0] += 1 }
        kept.removeAll { counts[$0.lowercased(), default: 0] > 1 && $0.count < 200 }
        kept.removeAll { isPrompt($0) }
        kept.removeAll(where: isNavigation)
        return kept
    }

    static func isSidebarHeader(_ paragraph: String) -> Bool {
        let folded = TextFolding.fold(paragraph).trimmingCharacters(in: ":")
        return folded.count < 40 && sidebarHeaders.contains(folded)
    }

    static func isPrompt(_ paragraph: String) -> Bool {
        guard paragraph.count < 240 else { return false }
        let folded = TextFolding.fold(paragraph)
        return promptWords.contains { folded.contains($0) }
    }

    /// Labels and buttons: three words or fewer with no sentence end.
    static func isNavigation(_ paragraph: String) -> Bool {
        paragraph.split(separator: " ").count <= 3 && !paragraph.endsSentence
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
