/// How an article file was encoded on disk, as detected from its content.
public enum ArticleFormat: String, Sendable, Hashable, Codable {
    case plainText = "text"
    case html
    case json
}

/// An article reduced to what the extractor reads: text with paragraphs, and metadata.
public struct NormalizedArticle: Sendable, Hashable {
    /// File name as dropped (display form).
    public var fileName: String
    /// Detected input format.
    public var format: ArticleFormat
    /// Headline, when one could be told apart from the body.
    public var title: String?
    /// Body paragraphs in reading order, boilerplate removed. The title is not repeated here.
    public var paragraphs: [String]
    /// Outlet name when known.
    public var outlet: String?
    /// Publication day when known.
    public var published: Day?
    /// True when `published` was not found in the article and came from the caller's fallback (file mtime).
    public var isPublishedInferred: Bool
    /// The article's URL when present.
    public var url: String?
    /// Control, escape-sequence and invisible format characters the reader removed or replaced
    /// (`TextSanitizer`); `scan --explain` reports it.
    public var removedCharacters: Int
    /// The language it is written in (`LanguageIdentifier`: `en`, `ru`, `uk`, another code, or
    /// `und`); nil until the pipeline has told it.
    public var language: String?
    /// A plain-text page's first line (a saved channel page starts with the channel's name:
    /// "Вячеслав Гладков", "Русский добровольческий корпус | РДК"); nil for other formats.
    public var header: String?

    public init(
        fileName: String, format: ArticleFormat, title: String?, paragraphs: [String], outlet: String?,
        published: Day?, isPublishedInferred: Bool, url: String?, removedCharacters: Int = 0
    ) {
        self.fileName = fileName
        self.format = format
        self.title = title
        self.paragraphs = paragraphs
        self.outlet = outlet
        self.published = published
        self.isPublishedInferred = isPublishedInferred
        self.url = url
        self.removedCharacters = removedCharacters
    }
}
