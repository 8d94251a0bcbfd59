import ClaimCore
import ClaimDatabase

/// `claimwatch report --html`: one self-contained page (no external asset, no script) that
/// shows each event (`ReportEvent`) as a timeline drawn in inline SVG — one row per claimant,
/// raid claims as circles, counterclaims as squares, denials as triangles with an arrow to
/// what they deny, each mark sized by its number of sources — and below it the evidence
/// sentences with outlet and file. Readable printed and at a phone's width.
public struct HTMLReport {
    public var events: [ReportEvent]
    public var mentions: [String: [ClaimMention]]
    /// What the page says it covers ("all claims", "since yesterday, Belgorod Oblast").
    public var scope: String

    public init(events: [ReportEvent], mentions: [String: [ClaimMention]], scope: String) {
        self.events = events
        self.mentions = mentions
        self.scope = scope
    }

    public func render() -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>claimwatch report</title>
            <style>\(Self.style)</style></head><body>
            <h1>claimwatch: claims by event</h1>
            <p class="scope">\(Self.escape(scope)) — \(events.count) events, \(events.reduce(0) { $0 + $1.claims.count }) claims.
            <span class="key"><svg width="14" height="14" aria-hidden="true"><circle cx="7" cy="7" r="6" class="raid"/></svg> raid claim
            <svg width="14" height="14" aria-hidden="true"><rect x="1" y="1" width="12" height="12" class="counterclaim"/></svg> counterclaim
            <svg width="14" height="14" aria-hidden="true"><polygon points="7,1 13,13 1,13" class="denial"/></svg> denial (arrow: what it denies); larger marks, more sources</span></p>

            """
        if events.isEmpty { out += "<p>No claims.</p>\n" }
        for (index, event) in events.enumerated() { out += section(event, index: index) }
        return out + "</body></html>\n"
    }

    static let style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:1rem auto;max-width:62rem;padding:0 .8rem;color:#222}
        h1{font-size:1.35rem}h2{font-size:1.1rem;margin:2rem 0 .4rem;border-top:1px solid #ccc;padding-top:.8rem}
        .scope,.key{color:#555}.key svg{vertical-align:middle}
        div.chart{overflow-x:auto}svg.timeline{width:100%;min-width:34rem;height:auto;display:block}
        .raid{fill:#c0392b}.counterclaim{fill:#2471a3}.denial{fill:#d4a017}
        .arrow{stroke:#7d6608;stroke-width:1.5;fill:none}.axis{stroke:#999}.tick{font-size:11px;fill:#555}
        .row{font-size:12px;fill:#222}.grid{stroke:#eee}
        ol.claims{padding-left:1.2rem}ol.claims li{margin:.5rem 0}.evidence{margin:.15rem 0 .15rem 1rem;color:#333}
        .meta{color:#666;font-size:.9em}
        @media print{body{max-width:none}h2{break-before:auto;break-inside:avoid}svg.timeline{break-inside:avoid}}
        """

    private func section(_ event: ReportEvent, index: Int) -> String {
        var out = "<section class=\"event\" id=\"event-\(index + 1)\">\n<h2>\(Self.escape(Self.title(event)))</h2>\n"
        out += "<div class=\"chart\">" + timeline(event) + "</div>\n"
        out += "<ol class=\"claims\">\n"
        for summary in event.claims {
            let c = summary.claim
            let day = ReportEvent.day(of: c).map { "\($0)" } ?? "no date"
            out += "<li><strong>\(Self.escape(c.kind.rawValue)) by \(Self.escape(c.claimant))</strong> <span class=\"meta\">\(Self.escape(day)), "
            out +=
                "\(c.sources) source\(c.sources == 1 ? "" : "s") (\(c.origins) origin\(c.origins == 1 ? "" : "s")), \(Self.escape(summary.status)), id \(Self.escape(c.id))</span>\n"
            for mention in mentions[c.id] ?? [] {
                let about = [mention.outlet, mention.published.map { "published \($0)" }, mention.fileName].compactMap { $0 }.joined(separator: ", ")
                out += "<p class=\"evidence\">“\(Self.escape(mention.evidence))” <span class=\"meta\">(\(Self.escape(about)))</span></p>\n"
            }
            out += "</li>\n"
        }
        return out + "</ol>\n</section>\n"
    }

    /// The event's SVG: days across, claimants down.
    func timeline(_ event: ReportEvent) -> String {
        var claimants = [String]()
        for summary in event.claims where !claimants.contains(summary.claim.claimant) { claimants.append(summary.claim.claimant) }
        let (left, right, top, rowHeight) = (190.0, 60.0, 34.0, 34.0)
        let width = 760.0
        let height = top + rowHeight * Double(claimants.count) + 10
        let first = event.first?.ordinal ?? 0
        let span = max(1, (event.last?.ordinal ?? first) - first)
        let plot = width - left - right
        // One day (or none) is drawn in the middle; a span, from edge to edge.
        func x(dayOffset: Int?) -> Double {
            guard let dayOffset, event.first != event.last else { return left + plot / 2 }
            return left + plot * Double(dayOffset) / Double(span)
        }
        func x(_ summary: ClaimSummary) -> Double { x(dayOffset: ReportEvent.day(of: summary.claim).map { $0.ordinal - first }) }
        func y(_ claimant: String) -> Double { top + rowHeight * (Double(claimants.firstIndex(of: claimant) ?? 0) + 0.5) }
        var out = "<svg class=\"timeline\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(Self.escape(Self.title(event)))\">\n"
        out +=
            "<defs><marker id=\"head-\(event.claims.first?.claim.id ?? "x")\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"#7d6608\"/></marker></defs>\n"
        for claimant in claimants {
            out += "<line class=\"grid\" x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(y(claimant))\" y2=\"\(y(claimant))\"/>"
            out +=
                "<text class=\"row\" x=\"\(left - 10)\" y=\"\(y(claimant) + 4)\" text-anchor=\"end\">\(Self.escape(claimant.count > 28 ? String(claimant.prefix(27)) + "…" : claimant))</text>\n"
        }
        out += "<line class=\"axis\" x1=\"\(left)\" x2=\"\(width - right)\" y1=\"\(top - 8)\" y2=\"\(top - 8)\"/>\n"
        if let firstDay = event.first {
            let step = max(1, span / 6)
            let lastOffset = event.first == event.last ? 0 : span
            var offset = 0
            while offset <= lastOffset {
                out += "<text class=\"tick\" x=\"\(x(dayOffset: offset))\" y=\"\(top - 14)\" text-anchor=\"middle\">\(firstDay.adding(days: offset))</text>\n"
                offset += step
            }
        }
        let position = Dictionary(event.claims.map { ($0.claim.id, (x($0), y($0.claim.claimant))) }, uniquingKeysWith: { a, _ in a })
        // Claims of one claimant on one day are spread a little, so none hides another.
        var taken = [String: Int]()
        var placed = [String: (Double, Double)]()
        for summary in event.claims {
            let (px, py) = position[summary.claim.id]!
            let key = "\(Int(px))|\(Int(py))"
            let shift = Double(taken[key, default: 0]) * 14
            taken[key, default: 0] += 1
            placed[summary.claim.id] = (px + shift, py)
        }
        for summary in event.claims where summary.claim.kind == .denial {
            guard let target = summary.deniesID, let to = placed[target], let from = placed[summary.claim.id] else { continue }
            out +=
                "<path class=\"arrow\" d=\"M\(from.0),\(from.1)C\(from.0),\((from.1 + to.1) / 2) \(to.0),\((from.1 + to.1) / 2) \(to.0),\(to.1 + (to.1 > from.1 ? -9 : 9))\" "
            out += "marker-end=\"url(#head-\(event.claims.first?.claim.id ?? "x"))\"/>\n"
        }
        for summary in event.claims {
            let c = summary.claim
            let (px, py) = placed[c.id]!
            let size = 6 + 3 * Double(c.sources - 1).squareRoot()
            let label = "\(c.kind.rawValue) by \(c.claimant), \(ReportEvent.day(of: c).map { "\($0)" } ?? "no date"), \(c.sources) sources"
            let title = "<title>\(Self.escape(label))</title>"
            switch c.kind {
            case .raid:
                out += "<circle class=\"mark raid\" data-claim=\"\(c.id)\" cx=\"\(px)\" cy=\"\(py)\" r=\"\(size)\">\(title)</circle>\n"
            case .counterclaim:
                out +=
                    "<rect class=\"mark counterclaim\" data-claim=\"\(c.id)\" x=\"\(px - size)\" y=\"\(py - size)\" width=\"\(2 * size)\" height=\"\(2 * size)\">\(title)</rect>\n"
            case .denial:
                out +=
                    "<polygon class=\"mark denial\" data-claim=\"\(c.id)\" points=\"\(px),\(py - size) \(px + size),\(py + size) \(px - size),\(py + size)\">\(title)</polygon>\n"
            }
        }
        return out + "</svg>\n"
    }

    static func title(_ event: ReportEvent) -> String {
        let region = event.region ?? "Region not stated"
        guard let first = event.first, let last = event.last else { return "\(region), no date" }
        return first == last ? "\(region), \(first)" : "\(region), \(first) to \(last)"
    }

    /// Text made safe for HTML: markup characters as entities, control and invisible
    /// characters shown (`VisibleText`).
    static func escape(_ text: String) -> String {
        var out = ""
        for character in VisibleText.escaped(text) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
