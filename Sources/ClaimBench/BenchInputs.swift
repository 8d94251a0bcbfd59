import ClaimCore
import Foundation

/// The files the benchmark feeds: byte-distinct copies of corpus articles (a unique
/// line in each, so the hash dedup does not skip them) and articles of its own that
/// each raise a new claim (so every one of them produces a journal entry to time).
public struct BenchInputs: Sendable {
    public struct File: Sendable {
        public var name: String
        public var bytes: [UInt8]
    }

    /// The corpus articles the copies are made from.
    public let sources: [File]
    public let sourceDescription: String

    /// Reads the articles in `directory`, or uses built-in ones when it is absent.
    public init(corpus directory: String?) {
        var found = [File]()
        if let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) {
            for name in names.sorted() where !name.hasPrefix(".") {
                if let data = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(name)) {
                    found.append(File(name: name, bytes: Array(data)))
                }
            }
        }
        if found.isEmpty {
            sources = (0..<20).map { File(name: "builtin-\($0).txt", bytes: Self.newClaimArticle($0, tag: "builtin")) }
            sourceDescription = "built-in articles (no corpus at \(directory ?? "-"))"
        } else {
            sources = found
            sourceDescription = "\(found.count) articles of \(directory!)"
        }
    }

    /// Copy `n` of the corpus, made distinct by `tag` (JSON keeps valid with an extra field).
    public func copy(_ n: Int, tag: String) -> File {
        let source = sources[n % sources.count]
        let ext = (source.name as NSString).pathExtension.isEmpty ? "txt" : (source.name as NSString).pathExtension
        let unique = "[\(tag) copy \(n)]"
        var bytes = source.bytes
        if ext == "json", let last = bytes.lastIndex(of: UInt8(ascii: "}")) {
            bytes.replaceSubrange(last..<bytes.count, with: Array(",\"bench_copy\":\"\(unique)\"}".utf8))
        } else {
            bytes += Array("\n\n\(unique)\n".utf8)
        }
        return File(name: String(format: "%@-%07d.%@", tag, n, ext), bytes: bytes)
    }

    static let groups = ["Freedom of Russia Legion", "Russian Volunteer Corps", "Siberian Battalion"]
    static let regions = ["Belgorod", "Kursk", "Bryansk"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    /// A short article whose raid claim is new: its own day, from 2031 on (after any
    /// synthetic store's dates), so each one raises exactly one alert.
    public static func newClaimArticle(_ n: Int, tag: String) -> [UInt8] {
        let day = Day(year: 2031, month: 1, day: 1)!.adding(days: n * 5)
        let parts = day.description.split(separator: "-").compactMap { Int($0) }
        let when = "\(months[parts[1] - 1]) \(parts[2]), \(parts[0])"
        let text =
            "Raid reported\n\n\(when)\n\nThe \(groups[n % 3]) said that its fighters had crossed into the \(regions[n % 3]) region on \(months[parts[1] - 1]) \(parts[2]).\n\n[\(tag) \(n)]\n"
        return Array(text.utf8)
    }
}

/// Synthetic known claims for the scale scenario: every lexicon actor and region, skewed
/// toward a few (as real coverage is), dates spread over 2022–2026, a fifth with no
/// region or no date.
public struct SyntheticClaims: Sequence, IteratorProtocol {
    let claimants: [String]
    let regions: [String]
    let count: Int
    var n = 0
    var generator: UInt64 = 0x2545_F491_4F6C_DD1D
    static let first = Day(year: 2022, month: 1, day: 1)!
    static let span = 5 * 365

    public init(lexicon: Lexicon, count: Int) {
        claimants = lexicon.actors.map(\.name)
        regions = lexicon.places.filter { $0.region == nil }.map(\.name)
        self.count = count
    }

    mutating func random() -> Double {
        generator ^= generator << 13
        generator ^= generator >> 7
        generator ^= generator << 17
        return Double(generator >> 11) / Double(1 << 53)
    }

    /// Index skewed toward the front: u³ puts about half the picks in the first eighth.
    mutating func skewed(_ count: Int) -> Int { Swift.min(count - 1, Int(Double(count) * pow(random(), 3))) }

    public mutating func next() -> KnownClaim? {
        guard n < count else { return nil }
        defer { n += 1 }
        let kinds: [ClaimKind] = [.raid, .raid, .denial, .counterclaim]
        let kind = kinds[Int(random() * 4)]
        let missing = random()
        let region: String? = missing < 0.1 ? nil : regions[skewed(regions.count)]
        let date: Day? = missing >= 0.1 && missing < 0.2 ? nil : Self.first.adding(days: Int(random() * Double(Self.span)))
        let published = (date ?? Self.first.adding(days: Int(random() * Double(Self.span)))).adding(days: Int(random() * 3))
        let denies = kind == .denial ? DeniedClaim(claimant: claimants[skewed(claimants.count)], kind: .raid) : nil
        return KnownClaim(
            id: String(format: "s%015x", n), kind: kind, claimant: claimants[skewed(claimants.count)], subject: nil, region: region,
            places: [], date: date, denies: denies, firstPublished: published, lastMatched: Int64(n), sources: 1)
    }
}
