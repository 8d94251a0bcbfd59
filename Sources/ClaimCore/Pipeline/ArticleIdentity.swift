/// Which known article a new one is a version or a copy of (issue 25; claims.md,
/// `CLAIM_SOURCES` and `CLAIM_ORIGINS`):
/// - a **version** — the same canonical URL, or a body at least `versionThreshold` held in a
///   known article's of the same outlet (or of no known outlet): a re-scrape, an "Updated"
///   line, a live blog's new entry. Its mentions count against that article: sources do not grow.
/// - a **copy** — a body at least `copyThreshold` held in a known article's of another outlet:
///   a wire story or press release carried again. Sources grow (another outlet carried it),
///   origins do not.
/// Pure: the store finds the candidates (same URL, a shared signature band) and asks.
public struct ArticleIdentity: Sendable, Hashable {
    public var versionThreshold: Double
    public var copyThreshold: Double

    public static let defaultVersionThreshold = 0.9
    public static let defaultCopyThreshold = 0.8

    public init(versionThreshold: Double = Self.defaultVersionThreshold, copyThreshold: Double = Self.defaultCopyThreshold) {
        self.versionThreshold = versionThreshold
        self.copyThreshold = copyThreshold
    }

    /// A known article the store offers for comparison.
    public struct Candidate: Sendable, Hashable {
        public var id: Int64
        public var url: String?
        public var outlet: String?
        public var signature: ArticleSignature?
        /// The article it is a version of (itself when none), and the origin it carries (itself when none).
        public var root: Int64
        public var origin: Int64

        public init(id: Int64, url: String?, outlet: String?, signature: ArticleSignature?, root: Int64, origin: Int64) {
            (self.id, self.url, self.outlet, self.signature, self.root, self.origin) = (id, url, outlet, signature, root, origin)
        }
    }

    /// The new article's place: the article it is a version of, and the origin it carries; nil
    /// for a new article or a new origin.
    public struct Verdict: Sendable, Hashable {
        public var versionOf: Int64?
        public var origin: Int64?
        /// The highest containment met among the candidates (the margin to the thresholds).
        public var closest: Double

        public init(versionOf: Int64?, origin: Int64?, closest: Double) {
            (self.versionOf, self.origin, self.closest) = (versionOf, origin, closest)
        }
    }

    public func classify(url: String?, outlet: String?, signature: ArticleSignature?, among candidates: [Candidate]) -> Verdict {
        let canonical = url.map(Self.canonicalURL)
        var closest = 0.0
        var copy: (Int64, Double)?
        var version: (Candidate, Double)?
        for candidate in candidates {
            if let canonical, let other = candidate.url.map(Self.canonicalURL), canonical == other {
                return Verdict(versionOf: candidate.root, origin: candidate.origin, closest: 1)
            }
            guard let signature, signature.isComparable, let theirs = candidate.signature, theirs.isComparable else { continue }
            let held = signature.containment(with: theirs)
            closest = max(closest, held)
            let sameOutlet = outlet == nil || candidate.outlet == nil || Self.sameOutlet(outlet!, candidate.outlet!)
            if sameOutlet && held >= versionThreshold {
                if version.map({ held > $0.1 }) ?? true { version = (candidate, held) }
            } else if !sameOutlet && held >= copyThreshold {
                if copy.map({ held > $0.1 }) ?? true { copy = (candidate.origin, held) }
            }
        }
        if let (candidate, _) = version { return Verdict(versionOf: candidate.root, origin: candidate.origin, closest: closest) }
        return Verdict(versionOf: nil, origin: copy?.0, closest: closest)
    }

    /// A URL as it names a page: no scheme, no "www.", no fragment, no tracking parameters
    /// (`utm_…`), no trailing slash; the host in lower case.
    public static func canonicalURL(_ url: String) -> String {
        var text = Substring(url.trimmingCharacters(in: "\t\r\n"))
        if let colon = text.firstIndex(of: ":"), text[colon...].hasPrefix("://") { text = text[text.index(colon, offsetBy: 3)...] }
        if let fragment = text.firstIndex(of: "#") { text = text[..<fragment] }
        var path = text
        var query = ""
        if let mark = text.firstIndex(of: "?") {
            path = text[..<mark]
            query = text[text.index(after: mark)...].split(separator: "&").filter { !$0.lowercased().hasPrefix("utm_") }.joined(separator: "&")
        }
        let slash = path.firstIndex(of: "/") ?? path.endIndex
        var host = path[..<slash].lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var rest = String(path[slash...])
        while rest.hasSuffix("/") { rest.removeLast() }
        return host + rest + (query.isEmpty ? "" : "?" + query)
    }

    static func sameOutlet(_ a: String, _ b: String) -> Bool { TextFolding.fold(a) == TextFolding.fold(b) }
}
