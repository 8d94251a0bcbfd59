/// One lexical piece of an HTML document.
enum HTMLToken: Equatable {
    case text(String)
    /// A start or end tag: lowercased name, attributes (lowercased names), and whether it closes.
    case tag(String, [String: String], Bool)

    func isTag(_ name: String, closing: Bool) -> Bool {
        if case .tag(name, _, closing) = self { return true }
        return false
    }
}

/// A forgiving HTML tokenizer: comments and doctypes are skipped, raw-text
/// elements (script, style) keep their content as one text token, and a `<`
/// that does not start a tag is text.
struct HTMLTokenizer {
    private let chars: [Character]

    init(_ html: String) { chars = Array(html) }

    func tokens() -> [HTMLToken] {
        var out = [HTMLToken]()
        var i = 0
        var text = ""
        func flushText() {
            if !text.isEmpty { out.append(.text(text)) }
            text = ""
        }
        while i < chars.count {
            let c = chars[i]
            guard c == "<", i + 1 < chars.count else {
                text.append(c)
                i += 1
                continue
            }
            let next = chars[i + 1]
            if next == "!" || next == "?" {
                flushText()
                i = skipDeclaration(from: i)
            } else if next.isLetter || next == "/" {
                flushText()
                let (token, end) = readTag(from: i)
                out.append(token)
                i = end
                if case .tag(let name, _, false) = token, name == "script" || name == "style" {
                    let (raw, after) = readRawText(from: i, until: name)
                    if !raw.isEmpty { out.append(.text(raw)) }
                    out.append(.tag(name, [:], true))
                    i = after
                }
            } else {
                text.append(c)
                i += 1
            }
        }
        flushText()
        return out
    }

    private func skipDeclaration(from start: Int) -> Int {
        if matches("<!--", at: start) {
            var i = start + 4
            while i < chars.count && !matches("-->", at: i) { i += 1 }
            return min(chars.count, i + 3)
        }
        var i = start
        while i < chars.count && chars[i] != ">" { i += 1 }
        return min(chars.count, i + 1)
    }

    private func matches(_ literal: String, at index: Int) -> Bool {
        var i = index
        for c in literal {
            guard i < chars.count, chars[i] == c else { return false }
            i += 1
        }
        return true
    }

    private func readTag(from start: Int) -> (HTMLToken, Int) {
        var i = start + 1
        let closing = chars[i] == "/"
        if closing { i += 1 }
        var name = ""
        while i < chars.count, chars[i].isLetter || chars[i].isNumber || chars[i] == "-" || chars[i] == ":" {
            name.append(chars[i])
            i += 1
        }
        var attributes = [String: String]()
        while i < chars.count && chars[i] != ">" {
            if chars[i].isWhitespace || chars[i] == "/" {
                i += 1
                continue
            }
            var key = ""
            while i < chars.count, !chars[i].isWhitespace, chars[i] != "=", chars[i] != ">", chars[i] != "/" {
                key.append(chars[i])
                i += 1
            }
            var value = ""
            if i < chars.count && chars[i] == "=" {
                i += 1
                if i < chars.count, chars[i] == "\"" || chars[i] == "'" {
                    let quote = chars[i]
                    i += 1
                    while i < chars.count && chars[i] != quote {
                        value.append(chars[i])
                        i += 1
                    }
                    i += 1
                } else {
                    while i < chars.count, !chars[i].isWhitespace, chars[i] != ">" {
                        value.append(chars[i])
                        i += 1
                    }
                }
            }
            if !key.isEmpty { attributes[key.lowercased()] = value }
            if key.isEmpty { i += 1 }
        }
        return (.tag(name.lowercased(), attributes, closing), min(chars.count, i + 1))
    }

    private func readRawText(from start: Int, until name: String) -> (String, Int) {
        var i = start
        var raw = ""
        while i < chars.count {
            if chars[i] == "<", i + 1 < chars.count, chars[i + 1] == "/" {
                let candidate = String(chars[(i + 2)..<min(chars.count, i + 2 + name.count)]).lowercased()
                if candidate == name {
                    var j = i + 2 + name.count
                    while j < chars.count && chars[j] != ">" { j += 1 }
                    return (raw, min(chars.count, j + 1))
                }
            }
            raw.append(chars[i])
            i += 1
        }
        return (raw, i)
    }
}

/// Decodes the HTML character references that occur in news pages.
enum HTMLEntities {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "rsquo": "\u{2019}", "lsquo": "\u{2018}",
        "rdquo": "\u{201D}", "ldquo": "\u{201C}", "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}",
        "middot": "\u{00B7}", "laquo": "\u{00AB}", "raquo": "\u{00BB}", "copy": "\u{00A9}", "bull": "\u{2022}",
        "shy": "", "zwj": "", "zwnj": "", "thinsp": " ", "ensp": " ", "emsp": " ",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            guard c == "&", let semicolon = text[i...].prefix(12).firstIndex(of: ";") else {
                out.append(c)
                i = text.index(after: i)
                continue
            }
            let body = text[text.index(after: i)..<semicolon]
            if let value = reference(body) {
                out += value
                i = text.index(after: semicolon)
            } else {
                out.append(c)
                i = text.index(after: i)
            }
        }
        return out
    }

    private static func reference(_ body: Substring) -> String? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        if body.hasPrefix("#") {
            return UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[body.lowercased()]
    }
}
