/// The tokenizer: a paragraph's UTF-8 read once into sentences and their words. The words are
/// folded as they are read (`TextFolding.fold`'s mapping, scalar by scalar: no folded copy of
/// the sentence is made), numbered in the article's `ArticleWords` by their bytes, and marked
/// with whether they stand inside a quotation and what separates them from the word before.
enum SentenceTokenizer {
    /// One sentence: its verbatim text (the evidence), its words and their numbers.
    struct Sentence {
        var text: String
        var words: [SentenceWord]
        var ids: [ArticleWords.ID]
    }

    /// The sentences of `paragraph` (as `SentenceSplitter.split` cuts them) with their words.
    static func sentences(of paragraph: String, abbreviations: Set<String>, table: inout ArticleWords) -> [Sentence] {
        var paragraph = paragraph
        return paragraph.withUTF8 { bytes in
            SentenceSplitter.ranges(in: bytes, abbreviations: abbreviations).map { range in
                let slice = UnsafeBufferPointer(rebasing: bytes[range])
                let (words, ids) = tokens(ofUTF8: slice, table: &table)
                return Sentence(text: String(decoding: slice, as: UTF8.self), words: words, ids: ids)
            }
        }
    }

    /// The words of one sentence's bytes (valid UTF-8): what `SentenceAnalysis.tokens(of:table:)`
    /// gives for the same text.
    static func tokens(ofUTF8 bytes: UnsafeBufferPointer<UInt8>, table: inout ArticleWords) -> (words: [SentenceWord], ids: [ArticleWords.ID]) {
        var state = State()
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                let lower = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte
                i += 1
                // A letter or digit of a word: the common case, straight into the word.
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if state.pendingSpace {
                        state.read(" ", table: &table)
                        state.pendingSpace = false
                    }
                    state.started = true
                    if state.current.isEmpty { state.currentQuoted = state.quoted }
                    state.current.append(lower)
                    state.previous = Unicode.Scalar(lower)
                    continue
                }
                state.fold(Unicode.Scalar(lower), table: &table)
                continue
            }
            let (scalar, width) = UTF8Scalars.scalar(at: i, in: bytes)
            if let lower = TextFolding.simpleLowercase(scalar) {
                state.fold(lower, table: &table)
            } else {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars { state.fold(lower, table: &table) }
            }
            i += width
        }
        state.flush(table: &table)
        // A sentence that closes a quotation opened in the one before ('… border," Konashenkov
        // added.'): an odd number of marks, the first right after a word or punctuation. It began
        // inside the quotation, so every word's side of the marks is the other one.
        if state.marks % 2 == 1 && state.firstCloses {
            for index in state.words.indices { state.words[index].isQuoted.toggle() }
        }
        return (state.words, state.ids)
    }

    /// What the reading has got to: the folding step's pending space, then the word being read.
    private struct State {
        var words = [SentenceWord]()
        var ids = [ArticleWords.ID]()
        var current = [UInt8]()
        var separator = [UInt8]()
        var quoted = false
        var marks = 0
        var firstCloses = false
        var previous: Unicode.Scalar = " "
        var currentQuoted = false
        /// Whether the folded text has any scalar yet, and a space waits for the next one.
        var started = false
        var pendingSpace = false

        init() {
            current.reserveCapacity(32)
            separator.reserveCapacity(16)
        }

        /// One lowercased scalar through `TextFolding.fold`'s steps: quotes and dashes unified,
        /// whitespace collapsed and trimmed.
        @inline(__always) mutating func fold(_ scalar: Unicode.Scalar, table: inout ArticleWords) {
            let mapped = TextFolding.unified(scalar)
            if mapped.isSpaceLike {
                pendingSpace = started
                return
            }
            if pendingSpace { read(" ", table: &table) }
            pendingSpace = false
            started = true
            read(mapped, table: &table)
        }

        /// One folded scalar: a word's letter, or part of the separator before the next word.
        @inline(__always) mutating func read(_ scalar: Unicode.Scalar, table: inout ArticleWords) {
            defer { previous = scalar }
            // A mark combining with the letter before it stays in its word.
            if scalar.isWordCharacter || (!current.isEmpty && scalar.isCombiningMark) {
                if current.isEmpty { currentQuoted = quoted }
                current.appendUTF8(scalar)
            } else {
                flush(table: &table)
                separator.appendUTF8(scalar)
                if scalar == "\"" {
                    if marks == 0 { firstCloses = previous != " " && previous != "(" && previous != "[" }
                    marks += 1
                    quoted.toggle()
                }
            }
        }

        mutating func flush(table: inout ArticleWords) {
            if !current.isEmpty {
                // Most words follow one space: no String is decoded for it.
                let between = separator.count == 1 && separator[0] == 0x20 ? " " : String(decoding: separator, as: UTF8.self)
                let id = current.withUnsafeBufferPointer { table.id(ofUTF8: $0) }
                ids.append(id)
                words.append(SentenceWord(text: table.words[Int(id)], isQuoted: currentQuoted, separator: between))
                separator.removeAll(keepingCapacity: true)
            }
            current.removeAll(keepingCapacity: true)
        }
    }
}
