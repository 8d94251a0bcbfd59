import CHunspell
import ClaimCore
import Foundation
import Synchronization

/// Base forms from a Hunspell dictionary (libhunspell, dictionaries from Debian's
/// `hunspell-uk`, `hunspell-ru`): "заявили" → "заявити", "легіону" → "легіон". Words the
/// dictionary does not know (most place names) have none; the vocabulary then matches them
/// as written. Answers are remembered (bounded); Hunspell is called under a lock.
public final class HunspellLemmas: ClaimCore.Morphology {
    public let name: String
    private let state: Mutex<State>

    private struct State: ~Copyable {
        let handle: OpaquePointer
        var memo = BoundedMemo<[String]>()
        deinit { Hunspell_destroy(handle) }
    }

    /// Where Debian installs dictionaries.
    public static let searchPath = ["/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell"]

    /// - Parameter dictionary: the dictionary's name (`uk_UA`), looked up in `searchPath`.
    /// - Throws: `MorphologyError.missingDictionary` when no `NAME.aff` and `NAME.dic` are installed.
    public init(dictionary: String, searchPath: [String] = HunspellLemmas.searchPath) throws(MorphologyError) {
        guard
            let folder = searchPath.first(where: { folder in
                FileManager.default.fileExists(atPath: "\(folder)/\(dictionary).aff") && FileManager.default.fileExists(atPath: "\(folder)/\(dictionary).dic")
            }), let handle = Hunspell_create("\(folder)/\(dictionary).aff", "\(folder)/\(dictionary).dic")
        else { throw .missingDictionary(name: dictionary, searched: searchPath) }
        name = "hunspell \(dictionary)"
        state = Mutex(State(handle: handle))
    }

    public func baseForms(of word: String) -> [String] {
        state.withLock { state in
            if let known = state.memo[word] { return known }
            var list: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
            let count = Hunspell_stem(state.handle, &list, word)
            var forms = [String]()
            if let entries = list {
                for index in 0..<Int(max(0, count)) {
                    guard let entry = entries[index] else { continue }
                    let form = String(cString: entry)
                    if form != word, !form.isEmpty, !forms.contains(form) { forms.append(form) }
                }
                Hunspell_free_list(state.handle, &list, count)
            }
            state.memo.remember(forms, for: word)
            return forms
        }
    }
}
