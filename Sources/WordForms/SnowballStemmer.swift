import CStemmer
import ClaimCore
import Synchronization

/// Base forms from a Snowball stemmer (libstemmer): "заявили" → "заяв", "Белгородской" →
/// "белгородск". A stem is not a word, but the vocabulary reduces its phrase words the same
/// way, so equal stems meet. Answers are remembered (bounded), and the C stemmer, which is
/// not reentrant, is called under a lock.
public final class SnowballStemmer: Morphology {
    public let name: String
    private let state: Mutex<State>

    private struct State: ~Copyable {
        let stemmer: OpaquePointer
        var memo = BoundedMemo<[String]>()
        deinit { sb_stemmer_delete(stemmer) }
    }

    /// - Throws: `MorphologyError.unknownAlgorithm` when libstemmer has no stemmer for `language`.
    public init(language: String) throws(MorphologyError) {
        guard let stemmer = sb_stemmer_new(language, "UTF_8") else {
            throw .unknownAlgorithm(name: "snowball \(language)", known: Self.algorithms.joined(separator: ", "))
        }
        name = "snowball \(language)"
        state = Mutex(State(stemmer: stemmer))
    }

    /// The languages libstemmer has stemmers for.
    public static var algorithms: [String] {
        var out = [String]()
        guard var list = sb_stemmer_list() else { return out }
        while let entry = list.pointee {
            out.append(String(cString: entry))
            list += 1
        }
        return out
    }

    public func baseForms(of word: String) -> [String] {
        state.withLock { state in
            if let known = state.memo[word] { return known }
            var bytes = Array(word.utf8)
            let forms: [String]
            if let stem = sb_stemmer_stem(state.stemmer, &bytes, Int32(bytes.count)) {
                let length = Int(sb_stemmer_length(state.stemmer))
                let text = String(decoding: UnsafeBufferPointer(start: stem, count: length), as: UTF8.self)
                forms = text == word || text.isEmpty ? [] : [text]
            } else {
                forms = []
            }
            state.memo.remember(forms, for: word)
            return forms
        }
    }
}
