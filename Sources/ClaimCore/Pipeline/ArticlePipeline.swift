/// The one path every file takes, for `run` and `scan` alike: bytes →
/// normalized article → claims. (Recording and alerting happen at the edges.)
public struct ArticlePipeline: Sendable {
    public let reader: ArticleReader
    public let extractor: ClaimExtractor

    public init(lexicon: Lexicon, maxBytes: Int = 8 << 20) {
        // The reader meets a page before its language is known: it removes every language's chrome.
        reader = ArticleReader(maxBytes: maxBytes, words: lexicon.otherLanguages.reduce(lexicon.language.page) { $0.merged(with: $1.page) })
        extractor = ClaimExtractor(lexicon: lexicon)
    }

    /// Reads and extracts one file's bytes.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - fileName: its name as dropped.
    ///   - modified: the file's modification day, used when the article states no date.
    /// - Throws: `ArticleError` when the bytes are not an article.
    public func process(_ bytes: [UInt8], fileName: String, modified: Day?) throws(ArticleError) -> ExtractedArticle {
        var article = try reader.read(bytes, fileName: fileName, fallbackDate: modified)
        article.language = extractor.language(of: article)
        return ExtractedArticle(
            article: article, sha256: SHA256.hex(bytes), claims: extractor.extract(article), signature: ArticleSignature(paragraphs: article.paragraphs))
    }
}
