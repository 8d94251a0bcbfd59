/// A resemblance signature of an article's body (issue 25): MinHash over word shingles of the
/// folded text. Two signatures estimate how much of one body the other holds, so a version
/// of a page (a re-scrape, an "Updated" line, a live blog with a new entry on top) and a
/// copy of a wire story can be told from an independent report without keeping the texts.
/// Lookups go through `bandKeys` (locality-sensitive hashing: 16 bands of 4 minima), so a
/// store finds the few articles worth comparing by index, never by a scan.
public struct ArticleSignature: Sendable, Hashable {
    public static let hashCount = 64
    public static let bandCount = 16
    /// Words per shingle.
    public static let shingleWords = 4
    /// Bodies with fewer shingles are not compared: a two-line note's few minima are shared by
    /// every other note of the same shape (one band bucket would hold them all), and whether
    /// one is a version of another cannot be told from a dozen words. Their URL still can.
    public static let minimumShingles = 16

    /// Whether the body is long enough to be compared (`minimumShingles`).
    public var isComparable: Bool { shingleCount >= Self.minimumShingles }

    /// The smallest hash of any shingle under each of `hashCount` seeded hash functions.
    public var minima: [UInt32]
    /// How many distinct shingles the body has (the size the estimates need).
    public var shingleCount: Int

    public init(minima: [UInt32], shingleCount: Int) {
        self.minima = minima
        self.shingleCount = shingleCount
    }

    /// The signature of a body: its paragraphs (the reader's, boilerplate removed) cut into
    /// words of letters and digits, Latin and Cyrillic capitals folded to small. One pass over
    /// the scalars, no string made: each word is hashed as it is read, each shingle from the
    /// last four words' hashes, and the 64 minima come from one 64-bit hash per shingle
    /// (`h₁ + i·h₂`), so the cost is a few multiply-adds per shingle.
    public init(paragraphs: [String]) {
        var shingles = [UInt64]()
        var recent = (UInt64(0), UInt64(0), UInt64(0))
        var words = 0
        var word: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        func endWord() {
            guard inWord else { return }
            words += 1
            if words >= Self.shingleWords {
                shingles.append(Self.mix(recent.0 &* 0x9E37_79B9_7F4A_7C15 ^ Self.mix(recent.1 ^ Self.mix(recent.2 ^ Self.mix(word)))))
            }
            recent = (recent.1, recent.2, word)
            word = 0xcbf2_9ce4_8422_2325
            inWord = false
        }
        for paragraph in paragraphs {
            for scalar in paragraph.unicodeScalars {
                let value = scalar.value
                let folded: UInt32
                switch value {
                case 0x30...0x39, 0x61...0x7A: folded = value
                case 0x41...0x5A: folded = value + 0x20
                case 0x430...0x45F: folded = value
                case 0x410...0x42F: folded = value + 0x20
                case 0x400...0x40F: folded = value + 0x50
                case 0...0x7F: folded = 0
                default: folded = scalar.properties.isAlphabetic || scalar.properties.numericType != nil ? value : 0
                }
                if folded == 0 {
                    endWord()
                } else {
                    word = (word ^ UInt64(folded)) &* 0x100_0000_01b3
                    inWord = true
                }
            }
            endWord()
        }
        if shingles.isEmpty && words > 0 { shingles.append(Self.mix(recent.0 ^ Self.mix(recent.1 ^ Self.mix(recent.2)))) }
        shingles.sort()
        var distinct = 0
        var minima = [UInt32](repeating: .max, count: Self.hashCount)
        var previous: UInt64?
        for shingle in shingles where shingle != previous {
            previous = shingle
            distinct += 1
            let step = Self.mix(shingle) | 1
            var value = shingle
            for index in 0..<Self.hashCount {
                // The linear sequence mixed once more, so the 64 functions act independently enough.
                let mixed = (value ^ (value >> 29)) &* 0xBF58_476D_1CE4_E5B9
                let top = UInt32(truncatingIfNeeded: mixed >> 32)
                if top < minima[index] { minima[index] = top }
                value &+= step
            }
        }
        self.init(minima: minima, shingleCount: distinct)
    }

    /// The estimated Jaccard resemblance of the two shingle sets (0…1).
    public func resemblance(to other: ArticleSignature) -> Double {
        guard shingleCount > 0, other.shingleCount > 0 else { return 0 }
        var equal = 0
        for index in 0..<Self.hashCount where minima[index] == other.minima[index] { equal += 1 }
        return Double(equal) / Double(Self.hashCount)
    }

    /// How much of the smaller body the larger holds (0…1): the overlap coefficient, from the
    /// resemblance and the two sizes. A page with a new entry on top still holds all of its
    /// earlier version.
    public func containment(with other: ArticleSignature) -> Double {
        let j = resemblance(to: other)
        guard j > 0 else { return 0 }
        let (a, b) = (Double(shingleCount), Double(other.shingleCount))
        return min(1, j * (a + b) / (1 + j) / min(a, b))
    }

    /// One key per band: where a store files the signature, and looks for similar ones.
    public var bandKeys: [Int64] {
        let rows = Self.hashCount / Self.bandCount
        return (0..<Self.bandCount).map { band in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(band)
            for value in minima[(band * rows)..<((band + 1) * rows)] { h = Self.mix(h ^ UInt64(value)) }
            return Int64(bitPattern: h)
        }
    }

    /// The minima as bytes (little-endian), for storage.
    public var bytes: [UInt8] {
        minima.flatMap { value in (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
    }

    /// A signature from its stored bytes; nil when they are not `hashCount` values.
    public init?(bytes: [UInt8], shingleCount: Int) {
        guard bytes.count == Self.hashCount * 4 else { return nil }
        let minima = (0..<Self.hashCount).map { index in
            (0..<4).reduce(UInt32(0)) { value, byte in value | UInt32(bytes[index * 4 + byte]) << (8 * byte) }
        }
        self.init(minima: minima, shingleCount: shingleCount)
    }

    /// SplitMix64's finalizer: a fast, well-mixed 64-bit hash of a 64-bit value.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
