/// A news article: its front matter, its text as received, and its paragraphs and sentences.
public struct Article: Hashable, Sendable, Codable, Identifiable {
    /// Where the publication date came from.
    public enum DateSource: Hashable, Sendable, Codable {
        /// The front matter's `published`.
        case frontMatter
        /// Given for this file on the command line.
        case override
        /// Inferred from a dateline or byline: the words it was read from.
        case dateline(String)
        /// Nothing in the file says.
        case unknown
    }

    /// The file's name without its extension: `000_2dfcf2a1d9bc77c5`.
    public var id: String
    public var path: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var published: Day?
    public var dateSource: DateSource
    /// The whole file, as read.
    public var text: String
    /// Character offset where the article text begins, after any front matter.
    public var bodyOffset: Int
    public var paragraphs: [Paragraph]

    public init(id: String, path: String, title: String?, outlet: String?, url: String?, published: Day?,
                dateSource: DateSource, text: String, bodyOffset: Int, paragraphs: [Paragraph]) {
        self.id = id
        self.path = path
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.dateSource = dateSource
        self.text = text
        self.bodyOffset = bodyOffset
        self.paragraphs = paragraphs
    }

    /// The paragraphs where statements are read: prose, each once.
    public var bodyParagraphs: [Paragraph] {
        paragraphs.filter { $0.kind == .body }
    }

    /// The paragraphs statements are read in: the prose, and the headline, which may state what
    /// the article reports ("Mayor Ruiz: Bridge Will Reopen"). The headline is the first
    /// heading before the prose; later headings are subheadings and captions.
    public var readParagraphs: [Paragraph] {
        let firstBody = paragraphs.firstIndex { $0.kind == .body } ?? paragraphs.endIndex
        let headline = paragraphs[..<firstBody].firstIndex { $0.kind == .heading }
        return paragraphs.indices.filter { paragraphs[$0].kind == .body || $0 == headline }.map { paragraphs[$0] }
    }

    /// The number of words in the article's prose.
    public var wordCount: Int {
        bodyParagraphs.reduce(0) { $0 + $1.text.split(separator: " ").count }
    }
}
