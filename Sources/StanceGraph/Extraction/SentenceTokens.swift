/// A sentence cut into tokens, once: words, numbers and marks with their offsets, and each
/// token's text in lower case. The mention finder groups these tokens into the words a name
/// is made of (``SentenceWord/words(of:)``), and the rules read them through a
/// ``SentenceView``; nothing else cuts a sentence.
struct SentenceTokens {
    let scalars: [Unicode.Scalar]
    /// The tokens, every quote mark as `.openQuote` and nothing yet marked quoted: which marks
    /// open and which close a quotation depends on the sentences before (``SentenceView``).
    let tokens: [SentenceView.Token]
    /// Each token's text in lower case (a mark as it stands).
    let lower: [LowerWord]
    /// Written in title case, as a headline is ("Mayor Says Bridge Will Reopen"): every word of
    /// four letters or more capitalised, and at least three of them. Its capitals say nothing
    /// of names, and its verbs are capitalised too.
    let isHeadline: Bool

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var tokens: [SentenceView.Token] = []
        var lower: [LowerWord] = []
        tokens.reserveCapacity(scalars.count / 4)
        lower.reserveCapacity(scalars.count / 4)
        scalars.withUnsafeBufferPointer { Self.tokenize($0, into: &tokens, &lower) }
        self.tokens = tokens
        self.lower = lower
        // Counted in one pass, without a list: this runs for every sentence read.
        var long = 0
        var headline = true
        for (index, token) in tokens.enumerated() where token.kind == .word && token.range.count >= 3 && index > 0 {
            if token.range.count == 3 {
                // Title case leaves its short function words in lower case, never a verb or a
                // noun: "Aliyev met Petrov on Monday" is a sentence.
                if !token.isCapitalised, !Self.titleCaseShortWords.contains(lower[index]) { headline = false; break }
                continue
            }
            long += 1
            if !token.isCapitalised { headline = false; break }
        }
        if let first = tokens.first, first.kind == .word, first.range.count >= 4 { long += 1 }
        isHeadline = headline && long >= 3
    }

    /// The text of token `index`, as written.
    func text(of index: Int) -> String {
        String(String.UnicodeScalarView(scalars[tokens[index].range]))
    }

    /// The words of three letters that title case leaves in lower case.
    static let titleCaseShortWords = Lexicons.grammar(.titleCaseShortWords)

    /// Whether `word`, capitalised in a headline, is its reporting verb: a cue's form for "he"
    /// or "she" ("Says", "Warns", "Said"), which ends the name before it.
    static func isHeadlineCue(_ word: LowerWord) -> Bool {
        guard let cue = CueLexicon.forms[word] else { return false }
        return cue.shape != .quote && (word.hasSuffix("s") || word.hasSuffix("ed") || word == "said" || word == "told")
    }

    private static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, into tokens: inout [SentenceView.Token], _ lower: inout [LowerWord]) {
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " {
                index += 1
                continue
            }
            if scalar == "\"" {
                tokens.append(SentenceView.Token(kind: .openQuote, range: index..<index + 1, isCapitalised: false, quoted: false))
                lower.append(Self.asciiWords[0x22])
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
                tokens.append(SentenceView.Token(kind: isNumber ? .number : .word, range: start..<end, isCapitalised: capitalised, quoted: false))
                lower.append(LowerWord(lowering: scalars[start..<end], isASCII: ascii))
                continue
            }
            tokens.append(SentenceView.Token(kind: .punctuation, range: index..<index + 1, isCapitalised: false, quoted: false))
            lower.append(scalar.value < 0x80 ? Self.asciiWords[Int(scalar.value)] : LowerWord(String(scalar)))
            index += 1
        }
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
}
