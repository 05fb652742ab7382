/// One sentence as the rules see it: its words and punctuation with offsets, which of them
/// are inside quotation marks, and the actor mentions in it. A class: the rules all read the
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
    /// Whether a quotation is still open at the end of the sentence, and at its start.
    let endsInsideQuote: Bool
    let startsInsideQuote: Bool
    /// Token indices where a second clause with its own speaker begins.
    var clauseBreaks: Set<Int> = []

    /// The view of `sentence`, whose text's scalars are `scalars`; `words`, the mention
    /// finder's words of it, lend their lower-case forms to tokens with the same bounds.
    init(_ sentence: Sentence, scalars: [Unicode.Scalar], insideQuote: Bool, mentions found: [MentionFinder.Mention], words: [SentenceWord] = []) {
        self.sentence = sentence
        self.scalars = scalars
        // As many scalars as bytes: each is one byte, ASCII.
        isASCII = scalars.count == sentence.text.utf8.count
        var tokens: [Token] = []
        var lower: [LowerWord] = []
        tokens.reserveCapacity(scalars.count / 4)
        lower.reserveCapacity(scalars.count / 4)
        let inside = scalars.withUnsafeBufferPointer { Self.tokenize($0, insideQuote: insideQuote, words: words, into: &tokens, &lower) }
        self.tokens = tokens
        self.lower = lower
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

    /// Cuts `scalars` into tokens and their words in lower case; returns whether a quotation is
    /// open at the end.
    private static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, insideQuote: Bool, words: [SentenceWord],
                                 into tokens: inout [Token], _ lower: inout [LowerWord]) -> Bool {
        var index = 0
        var word = 0
        var inside = insideQuote
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " {
                index += 1
                continue
            }
            if scalar == "\"" {
                // Inside a quotation any mark closes it, unless it opens the next sentence of
                // the same speech ("... government. \"Nikol ...").
                let opening = SentenceSplitter.isOpeningQuote(scalars, at: index)
                let reopens = inside && opening && Self.followsSentenceEnd(scalars, index)
                let kind: Kind = inside && !reopens ? .closeQuote : (opening || !inside ? .openQuote : .closeQuote)
                tokens.append(Token(kind: kind, range: index..<index + 1, isCapitalised: false, quoted: kind == .closeQuote))
                lower.append(Self.asciiWords[0x22])
                inside = kind == .openQuote
                index += 1
                continue
            }
            if Self.isWordScalar(scalar) {
                let start = index
                var dots = 0
                var ascii = true
                while index < scalars.count, Self.isWordScalar(scalars[index]) || Self.joinsWord(scalars, index) {
                    if scalars[index] == "." { dots += 1 } else if !scalars[index].isASCII { ascii = false }
                    index += 1
                }
                // A full stop ends the word unless it is part of it (U.N., a.m., 2.5).
                var end = index
                if scalars[end - 1] == ".", dots == 1 { end -= 1; index = end }
                let isNumber = ScalarClass.isDigit(scalars[start])
                let capitalised = ScalarClass.isUppercase(scalars[start])
                tokens.append(Token(kind: isNumber ? .number : .word, range: start..<end, isCapitalised: capitalised, quoted: inside))
                while word < words.count, words[word].range.lowerBound < start { word += 1 }
                if word < words.count, words[word].range == start..<end {
                    lower.append(words[word].lower)
                } else {
                    lower.append(LowerWord(lowering: scalars[start..<end], isASCII: ascii))
                }
                continue
            }
            tokens.append(Token(kind: .punctuation, range: index..<index + 1, isCapitalised: false, quoted: inside))
            lower.append(scalar.value < 0x80 ? Self.asciiWords[Int(scalar.value)] : LowerWord(String(scalar)))
            index += 1
        }
        return inside
    }

    /// Each ASCII character as a word, made once.
    private static let asciiWords = (0..<128).map { LowerWord(CollectionOfOne(UInt8($0))) }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetterOrDigit(scalar) || scalar == "&"
    }

    /// Apostrophes, hyphens, dots, commas and slashes inside a word or number: `Armenia's`,
    /// `cease-fire`, `U.N.`, `2,317`, `RFE/RL`.
    @inline(__always)
    static func joinsWord(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ index: Int) -> Bool {
        let scalar = scalars[index]
        // The dot closing a dotted acronym: "U.N.", "a.m.".
        if scalar == ".", index > 1, scalars[index - 2] == ".", ScalarClass.isLetter(scalars[index - 1]) { return true }
        guard index + 1 < scalars.count, index > 0 else { return scalar == "." && index > 0 && ScalarClass.isUppercase(scalars[index - 1]) }
        let before = scalars[index - 1], after = scalars[index + 1]
        switch scalar {
        case "'", "-", "/": return isWordScalar(before) && isWordScalar(after)
        case ",": return ScalarClass.isDigit(before) && ScalarClass.isDigit(after)
        case ".": return isWordScalar(before) && (isWordScalar(after) && (ScalarClass.isUppercase(before) || ScalarClass.isDigit(before) || ScalarClass.isLowercase(after) && index + 2 < scalars.count && scalars[index + 2] == "."))
        default: return false
        }
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
