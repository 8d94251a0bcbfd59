import FoundationEssentials

/// Reads a scraper's JSON record: text from `text`/`content`/`body`
/// (`article_text`, `articleBody` too), and `title`/`headline`,
/// `published`/`date`/`datePublished`, `outlet`/`site`/`source`, `url`.
/// A top-level array takes its first record; an `article` object is unwrapped.
struct JSONArticleReader {
    struct Result {
        var title: String?
        var text: String
        var outlet: String?
        /// Every date field's text, in key order.
        var dates: [String] = []
        var url: String?
        /// The lead under the headline ("standfirst", "lead"): article text (claims.md).
        var standfirst: String?
    }

    static let textKeys = ["text", "content", "body", "article_text", "articleBody", "article_body", "full_text", "message"]
    static let titleKeys = ["title", "headline"]
    /// The paragraph under the headline that scrapers keep apart from the body.
    static let standfirstKeys = ["standfirst", "lead", "subtitle", "subheadline", "dek"]
    /// Scrapers of news sites and of Telegram channels ("posted_at", "post_url", "channel").
    static let dateKeys = [
        "published", "date", "datePublished", "published_at", "publishedAt", "pubdate", "time", "posted_at", "postedAt", "created_at",
        "date_published", "pub_date", "timestamp", "publication_date", "datetime", "date_time", "dateline",
    ]
    static let outletKeys = ["outlet", "site", "source", "site_name", "publisher", "channel", "channel_name", "channel_title"]
    /// Not "source_url" or "href": in many scrapers they name the story a page copies, and
    /// one address makes two pages versions of one article (`ArticleIdentity`).
    static let urlKeys = ["url", "link", "canonical_url", "post_url", "permalink", "page_url", "article_url", "web_url"]

    func read(_ text: String) throws(ArticleError) -> Result {
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            throw .malformedJSON(detail: Self.describe(error))
        }
        guard let record = Self.record(in: value) else {
            throw .malformedJSON(detail: "expected an object with one of the keys \(Self.textKeys.joined(separator: ", "))")
        }
        guard let body = Self.string(record, Self.textKeys) else {
            throw .malformedJSON(detail: "no article text: none of the keys \(Self.textKeys.joined(separator: ", ")) holds a string")
        }
        return Result(
            title: Self.string(record, Self.titleKeys), text: body, outlet: Self.string(record, Self.outletKeys),
            dates: Self.dateKeys.compactMap { Self.string(record, [$0]) }, url: Self.string(record, Self.urlKeys),
            standfirst: Self.string(record, Self.standfirstKeys))
    }

    private static func record(in value: JSONValue) -> [String: JSONValue]? {
        switch value {
        case .object(let object):
            if string(object, textKeys) != nil { return object }
            for key in ["article", "data", "item", "record"] {
                if let inner = object[key], let found = record(in: inner) { return found }
            }
            return nil
        case .array(let items):
            return items.lazy.compactMap { record(in: $0) }.first
        default:
            return nil
        }
    }

    private static func string(_ object: [String: JSONValue], _ keys: [String]) -> String? {
        for key in keys {
            switch object[key] {
            case .string(let s) where !s.isEmpty: return s
            case .object(let inner):  // {"source": {"name": "…"}}
                if case .string(let s)? = inner["name"] { return s }
            default: continue
            }
        }
        return nil
    }

    private static func describe(_ error: any Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error {
            return context.underlyingError.map { "\($0)" } ?? context.debugDescription
        }
        return "\(error)"
    }
}

/// Any JSON value; decoded without a schema.
enum JSONValue: Decodable, Equatable {
    case string(String), number(Double), bool(Bool), null
    case array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let b = try? container.decode(Bool.self) {
            self = .bool(b)
        } else if let n = try? container.decode(Double.self) {
            self = .number(n)
        } else if let s = try? container.decode(String.self) {
            self = .string(s)
        } else if let a = try? container.decode([JSONValue].self) {
            self = .array(a)
        } else {
            // Members in key order, not the decoder's hash order: the first bad member, which
            // names the reason a record is rejected, is then the same on every run.
            let object = try decoder.container(keyedBy: MemberKey.self)
            var members = [String: JSONValue]()
            for key in object.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                members[key.stringValue] = try object.decode(JSONValue.self, forKey: key)
            }
            self = .object(members)
        }
    }

    private struct MemberKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
