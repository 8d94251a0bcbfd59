import CTransliteration
import ClaimCore
import Synchronization

/// Latin letters from ICU's transliterator (`Cyrillic-Latin; Latin-ASCII`): "Тьоткіно" →
/// "T'otkino", "Гладков" → "Gladkov". Answers are remembered (bounded); ICU's transliterator
/// is not reentrant, so it is called under a lock.
public final class ICUTransliteration: Transliteration {
    public let name: String
    private let state: Mutex<State>

    private struct State: ~Copyable {
        let transliterator: UnsafeMutableRawPointer
        var memo = BoundedMemo<String>()
        deinit { claimwatch_translit_close(transliterator) }
    }

    /// - Throws: `MorphologyError.unknownTransform` when ICU has no transform `id`.
    public init(id: String) throws(MorphologyError) {
        let units = Array(id.utf16)
        guard let transliterator = claimwatch_translit_open(units, Int32(units.count)) else { throw .unknownTransform(id: id) }
        name = "icu \(id)"
        state = Mutex(State(transliterator: transliterator))
    }

    public func latin(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }
        return state.withLock { state in
            if let known = state.memo[word] { return known }
            var units = Array(word.utf16)
            let capacity = units.count * 4 + 16
            units += Array(repeating: 0, count: capacity - units.count)
            var length = Int32(word.utf16.count)
            let status = claimwatch_translit(state.transliterator, &units, &length, Int32(capacity))
            let out = status != 0 ? word : String(decoding: units.prefix(Int(length)), as: UTF16.self)
            state.memo.remember(out, for: word)
            return out
        }
    }
}
