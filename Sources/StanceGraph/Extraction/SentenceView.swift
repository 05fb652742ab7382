/// One sentence as the rules see it: its tokens (``SentenceTokens``), which of them are
/// inside quotation marks, and the actor mentions in it. A class: the rules all read the
/// same view, and passing it costs one reference.
final class SentenceView {
    enum Kind: Hashable {
        case word
        case number
        case punctuation
        /// A quote mark that opens a quotation.
        case openQuote
        /// A quote mark that closes one.
        case closeQuote
    }

    /// A token by position and kind; its word in lower case is ``lower`` at the same index, and
    /// its text as written ``text(_:)``. No Strings here: tokens are copied freely.
    struct Token: Hashable {
        var kind: Kind
        /// Character offsets in the sentence.
        var range: Range<Int>
        var isCapitalised: Bool
        /// Inside quotation marks.
        var quoted: Bool
    }

    /// A mention of an actor, by token indices.
    struct MentionSpan: Hashable {
        var tokens: Range<Int>
        var resolution: Resolver.Resolution
    }

    let sentence: Sentence
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    /// Each token's text in lower case, as a value the rules compare and look up without
    /// making or copying a String (``lowerText(_:)`` gives the String).
    let lower: [LowerWord]
    let mentions: [MentionSpan]
    /// Whether the sentence is all ASCII: its scalars are then its text's UTF-8 bytes.
    let isASCII: Bool
    /// Written in title case, as a headline (``SentenceTokens/isHeadline``).
    let isHeadline: Bool
    /// Whether a quotation is still open at the end of the sentence, and at its start.
    let endsInsideQuote: Bool
    let startsInsideQuote: Bool
    /// Token indices where a second clause with its own speaker begins.
    var clauseBreaks: Set<Int> = []

    /// The view of `sentence`, cut into `cut` (its tokens, made once for the mention finder
    /// and the rules), a quotation open at its start when `insideQuote`.
    init(_ sentence: Sentence, tokens cut: SentenceTokens, insideQuote: Bool, mentions found: [MentionFinder.Mention]) {
        self.sentence = sentence
        self.scalars = cut.scalars
        // As many scalars as bytes: each is one byte, ASCII.
        isASCII = scalars.count == sentence.text.utf8.count
        var tokens = cut.tokens
        let inside = scalars.withUnsafeBufferPointer { Self.markQuotations(&tokens, in: $0, insideQuote: insideQuote) }
        self.tokens = tokens
        self.lower = cut.lower
        self.isHeadline = cut.isHeadline
        self.endsInsideQuote = inside
        self.startsInsideQuote = insideQuote
        var spans: [MentionSpan] = []
        for mention in found {
            let start = mention.range.lowerBound - sentence.range.lowerBound
            let end = mention.range.upperBound - sentence.range.lowerBound
            guard let first = tokens.firstIndex(where: { $0.range.lowerBound >= start }),
                  let last = tokens.lastIndex(where: { $0.range.upperBound <= end }), first <= last else { continue }
            spans.append(MentionSpan(tokens: first..<last + 1, resolution: mention.resolution))
        }
        self.mentions = spans
    }

    /// The view of `sentence`, whose text's scalars are `scalars`, cut here.
    convenience init(_ sentence: Sentence, scalars: [Unicode.Scalar], insideQuote: Bool, mentions found: [MentionFinder.Mention]) {
        self.init(sentence, tokens: SentenceTokens(scalars), insideQuote: insideQuote, mentions: found)
    }

    /// Decides which quote marks open a quotation and which close one, and marks the tokens
    /// inside; returns whether a quotation is open at the end.
    private static func markQuotations(_ tokens: inout [Token], in scalars: UnsafeBufferPointer<Unicode.Scalar>, insideQuote: Bool) -> Bool {
        var inside = insideQuote
        for index in tokens.indices {
            let at = tokens[index].range.lowerBound
            guard tokens[index].kind == .openQuote || tokens[index].kind == .closeQuote else {
                tokens[index].quoted = inside
                continue
            }
            // Inside a quotation any mark closes it, unless it opens the next sentence of the
            // same speech ("... government. \"Nikol ...").
            let opening = SentenceSplitter.isOpeningQuote(scalars, at: at)
            let reopens = inside && opening && Self.followsSentenceEnd(scalars, at)
            let kind: Kind = inside && !reopens ? .closeQuote : (opening || !inside ? .openQuote : .closeQuote)
            tokens[index].kind = kind
            tokens[index].quoted = kind == .closeQuote
            inside = kind == .openQuote
        }
        return inside
    }

    private static func followsSentenceEnd(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ index: Int) -> Bool {
        var position = index - 1
        while position >= 0, scalars[position] == " " { position -= 1 }
        return position < 0 || ".!?".unicodeScalars.contains(scalars[position])
    }

    /// Token `index`'s text in lower case: ``lower`` as a String. A mark is as it stands.
    func lowerText(_ index: Int) -> String {
        let token = tokens[index]
        switch token.kind {
        case .word, .number: return ScalarText.lowercased(scalars[token.range])
        case .punctuation, .openQuote, .closeQuote: return String(scalars: scalars[token.range])
        }
    }

    /// Whether the tokens from `index` on are the lower-case words `phrase`, one by one.
    func has(_ phrase: [LowerWord], at index: Int) -> Bool {
        index >= 0 && index + phrase.count <= lower.count && phrase.indices.allSatisfy { lower[index + $0] == phrase[$0] }
    }

    /// Whether token `index` is a word of two letters or more written all in capitals
    /// ("DELHI", "BAKU").
    func isAllCapitals(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.range.count >= 2 else { return false }
        return scalars[token.range].allSatisfy { !$0.properties.isLowercase }
    }

    /// The text of tokens `range`, as it stands in the sentence.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let from = tokens[range.lowerBound].range.lowerBound
        let to = tokens[range.upperBound - 1].range.upperBound
        return ScalarText.string(from..<to, of: sentence.text, scalars: scalars, isASCII: isASCII)
    }

    /// Character offsets, in the sentence, of tokens `range`.
    func offsets(_ range: Range<Int>) -> Range<Int> {
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    }

    /// The mention that ends at token `end` (exclusive), if any.
    func mention(endingAt end: Int) -> MentionSpan? {
        mentions.last { $0.tokens.upperBound == end }
    }

    /// The mention that starts at token `start`, if any.
    func mention(startingAt start: Int) -> MentionSpan? {
        mentions.first { $0.tokens.lowerBound == start }
    }
}
