/// A paragraph of an article: where it is, what kind of text it is, and its sentences.
public struct Paragraph: Hashable, Sendable, Codable {
    /// What a paragraph is, as far as reading statements goes.
    public enum Kind: Hashable, Sendable, Codable {
        /// Article prose, where statements are read.
        case body
        /// A headline, subheading or caption: short, with no closing punctuation.
        case heading
        /// "By ...", "Written By", and the author's name after it.
        case byline
        /// A line that only dates or places the article ("Nov 14 2020", "ANKARA, TURKEY").
        case dateline
        /// Navigation, promotion, share counts, photo credits, the outlet's own name: why.
        case boilerplate(String)
        /// The same words as an earlier paragraph of the article, read once.
        case duplicate

        public var isBoilerplate: Bool {
            if case .boilerplate = self { return true }
            return false
        }
    }

    /// The paragraph's text, normalised (see ``TextNormalizer``), line breaks as spaces.
    public var text: String
    /// Character (Unicode scalar) offsets into the article file.
    public var range: Range<Int>
    /// The paragraph's first line in the file, from 1.
    public var line: Int
    public var kind: Kind
    public var sentences: [Sentence]
}

/// A sentence: its normalised text and where it is in the file.
public struct Sentence: Hashable, Sendable, Codable {
    public var text: String
    /// Character (Unicode scalar) offsets into the article file.
    public var range: Range<Int>
    /// Whether the sentence begins inside a quotation opened in an earlier sentence.
    public var startsInsideQuote: Bool
}
