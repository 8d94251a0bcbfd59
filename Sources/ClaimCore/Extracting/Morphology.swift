/// A language's word forms: the base forms an inflected word may stand for, so that an
/// alias or trigger written once in its base form ("Гладков", "заявил", "Белгородская
/// область") matches the forms the text uses ("Гладкова", "заявили", "Белгородской
/// области"). The engine asks it only for words of a profile that names one
/// (`morphology` in `words.tsv`); implementations bind a real library (Snowball,
/// Hunspell) outside this module, so the extractor stays free of the operating system.
///
/// Implementations must be safe to call from several threads and should remember their
/// answers: a word is asked about once per article that holds it.
public protocol Morphology: Sendable {
    /// Names the analyser in messages and `scan --explain` ("snowball russian").
    var name: String { get }
    /// The base forms of `word` (folded), most likely first; empty when none is known.
    func baseForms(of word: String) -> [String]
}

/// Writes a word of another script in Latin letters ("Тёткино" → "Tetkino"), so that the fuzzy
/// name matcher compares Cyrillic mentions with Latin aliases and back. Bound from ICU outside
/// this module (`transliteration` in a profile's `words.tsv`); thread-safe, memoized.
public protocol Transliteration: Sendable {
    /// Names the transform in messages ("icu Cyrillic-Latin; Latin-ASCII").
    var name: String { get }
    /// `word` in Latin letters; the word itself when it has nothing to transliterate.
    func latin(_ word: String) -> String
}
