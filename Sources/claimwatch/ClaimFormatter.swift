import ClaimCore
import Foundation

/// Human-readable renderings for the terminal.
enum ClaimFormatter {
    /// One line per claim for `scan` without `--json`.
    static func line(_ claim: Claim, file: String) -> String {
        var parts = ["\(file): \(claim.kind.rawValue)", "claimant=\(claim.claimant)"]
        if let subject = claim.subject { parts.append("subject=\(subject)") }
        if let region = claim.region { parts.append("region=\(region)") }
        if !claim.places.isEmpty { parts.append("places=\(claim.places.joined(separator: ","))") }
        if let date = claim.date { parts.append("date=\(date)") }
        if let denies = claim.denies { parts.append("denies=\(denies.claimant)/\(denies.kind.rawValue)") }
        return parts.joined(separator: " ") + "\n    “\(claim.evidence)”"
    }
}

/// `scan --explain`: each sentence with what the lexicon found in it and the claims it produced.
enum ExplainFormatter {
    static func render(_ result: (claims: [Claim], trace: [SentenceTrace]), article: NormalizedArticle) -> String {
        var out = [
            "== \(article.fileName) (\(article.format.rawValue), published \(article.published?.description ?? "unknown")\(article.isPublishedInferred ? ", inferred from mtime" : ""), outlet \(article.outlet ?? "unknown"), language \(article.language ?? "unknown"))"
        ]
        if article.removedCharacters > 0 {
            out.append("text: \(article.removedCharacters) control, terminal-escape or invisible format characters removed or made spaces")
        }
        if let title = article.title { out.append("title: \(title)") }
        for sentence in result.trace where !(sentence.actors.isEmpty && sentence.cues.isEmpty) {
            out.append("")
            out.append("[¶\(sentence.paragraph < 0 ? "title" : String(sentence.paragraph))] \(sentence.text)")
            if !sentence.actors.isEmpty { out.append("  actors:  " + sentence.actors.joined(separator: "; ")) }
            if !sentence.places.isEmpty { out.append("  places:  " + sentence.places.joined(separator: "; ")) }
            if !sentence.cues.isEmpty { out.append("  phrases: " + sentence.cues.joined(separator: "; ")) }
            for frame in sentence.frames { out.append("  frame:   " + frame) }
            for claim in sentence.claims { out.append("  → \(claim)") }
            if sentence.claims.isEmpty { out.append("  → no claim") }
        }
        out.append("")
        out.append("claims after merging restatements and linking denials: \(result.claims.count)")
        for claim in result.claims { out.append("  " + ClaimFormatter.line(claim, file: article.fileName).replacingOccurrences(of: "\n", with: "\n  ")) }
        return out.joined(separator: "\n")
    }
}
