/// Splits a paragraph of news prose into sentences.
///
/// A sentence ends at `.`, `!` or `?` (and the quote marks or brackets closing after it)
/// when white space and then a capital, a digit or an opening quote follow. It does not end
/// after an abbreviation (Mr., Gen., Sept., No.), an initial (J. Smith), or a dotted
/// acronym (U.N., U.S., a.m.) unless the next word is one that starts sentences ("The",
/// "He", "In" ...). Quote marks are tracked, so each sentence knows whether it begins inside
/// a quotation that an earlier sentence opened.
enum SentenceSplitter {
    /// Sentence ranges in `scalars` (normalised text), with whether each starts inside a quote.
    static func split(_ scalars: [Unicode.Scalar]) -> [(range: Range<Int>, startsInsideQuote: Bool)] {
        var sentences: [(Range<Int>, Bool)] = []
        var start = skipSpaces(scalars, from: 0)
        var insideQuote = false
        var startInside = false
        var index = start
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\"" {
                insideQuote = isOpeningQuote(scalars, at: index) ? true : false
            }
            guard scalar == "." || scalar == "!" || scalar == "?" else {
                index += 1
                continue
            }
            // Take in repeated marks and what closes after them: `?!`, `...`, `."`, `.)`.
            var end = index + 1
            while end < scalars.count, ".!?\"')]".unicodeScalars.contains(scalars[end]) {
                if scalars[end] == "\"" { insideQuote = false }
                end += 1
            }
            var next = skipSpaces(scalars, from: end)
            // A closing mark typed after a space (`arrangements. "`) still closes this sentence.
            if next < scalars.count, scalars[next] == "\"", !isOpeningQuote(scalars, at: next) {
                insideQuote = false
                end = next + 1
                next = skipSpaces(scalars, from: end)
                if next == scalars.count { break }
            }
            guard next > end, next < scalars.count, startsSentence(scalars[next]) else {
                index = end
                continue
            }
            // `"Can we win?" Dana Weller asked.`: a question or exclamation quoted, then its
            // attribution, is one sentence.
            if scalar != ".", scalars[index + 1..<end].contains("\""), attributionFollows(scalars, from: next) {
                index = end
                continue
            }
            if scalar == "." && !endsSentenceAtPeriod(scalars, period: index, next: next) {
                index = end
                continue
            }
            sentences.append((start..<trimEnd(scalars, start, end), startInside))
            start = next
            startInside = insideQuote && scalars[next] != "\""
            index = next
        }
        let last = trimEnd(scalars, start, scalars.count)
        if last > start { sentences.append((start..<last, startInside)) }
        return sentences
    }

    /// A quote mark opens when space, an opening bracket or a dash (or nothing) comes before it
    /// and a word after it; one with only space (or nothing) after it closes.
    static func isOpeningQuote<Scalars: RandomAccessCollection<Unicode.Scalar>>(_ scalars: Scalars, at index: Int) -> Bool where Scalars.Index == Int {
        if index + 1 >= scalars.count || scalars[index + 1] == " " || scalars[index + 1] == "\n" { return false }
        guard index > 0 else { return true }
        let before = scalars[index - 1]
        return before == " " || before == "\n" || "([{-/".unicodeScalars.contains(before)
    }

    /// Whether the words from `index` are a quotation's attribution: up to five words before a
    /// cue verb in lower case, at least one of them capitalised ("Dana Weller asked", "Mr.
    /// Weller said", "Sen. Roe of Ohio asked").
    private static func attributionFollows(_ scalars: [Unicode.Scalar], from index: Int) -> Bool {
        var position = index
        var words = 0
        while position < scalars.count, words <= 5 {
            var end = position
            while end < scalars.count, ScalarClass.isLetter(scalars[end]) || scalars[end] == "." || scalars[end] == "-" || scalars[end] == "'" { end += 1 }
            guard end > position else { return false }
            if !ScalarClass.isUppercase(scalars[position]) {
                var wordEnd = end
                while wordEnd > position, !ScalarClass.isLetter(scalars[wordEnd - 1]) { wordEnd -= 1 }
                return words > 0 && CueLexicon.forms[LowerWord(String(scalars: scalars[position..<wordEnd]))]?.shape.quotes == true
            }
            words += 1
            position = skipSpaces(scalars, from: end)
        }
        return false
    }

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isUppercase(scalar) || ScalarClass.isDigit(scalar) || scalar == "\"" || scalar == "'" || scalar == "(" || scalar == "["
    }

    private static func endsSentenceAtPeriod(_ scalars: [Unicode.Scalar], period: Int, next: Int) -> Bool {
        // The word before the period, back to a space or an opening mark.
        var wordStart = period
        while wordStart > 0, !isWordBoundary(scalars[wordStart - 1]) { wordStart -= 1 }
        let word = scalars[wordStart..<period]
        if word.isEmpty { return true }
        if isAbbreviation(word) { return false }
        var letters = 0, dots = 0, others = 0
        for scalar in word {
            if scalar == "." { dots += 1 } else if ScalarClass.isLetter(scalar) { letters += 1 } else { others += 1 }
        }
        // An initial: "J." in "J. Smith".
        if word.count == 1, letters == 1, ScalarClass.isUppercase(word[wordStart]) { return false }
        // A dotted acronym (U.N., U.S., a.m.): ends a sentence only before a sentence-opening word.
        if dots > 0, letters <= 4, others == 0 {
            return sentenceOpeners.contains(followingWord(scalars, from: next))
        }
        return true
    }

    /// A space, line break, opening bracket or quote mark: where the word before a period starts.
    @inline(__always)
    private static func isWordBoundary(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\n" || scalar == "(" || scalar == "\"" || scalar == "["
    }

    /// Whether `word` in lower case is one of ``abbreviations``: ASCII by its bytes, lowered as
    /// they are read, the rest through Unicode's lower-case mapping.
    private static func isAbbreviation(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard word.allSatisfy(\.isASCII) else { return abbreviations.contains(String(scalars: word).lowercased()) }
        return abbreviations.id(lowering: word.lazy.map { UInt8(truncatingIfNeeded: $0.value) }) != nil
    }

    private static func followingWord(_ scalars: [Unicode.Scalar], from index: Int) -> String {
        var end = index
        while end < scalars.count, ScalarClass.isLetter(scalars[end]) { end += 1 }
        return String(scalars: scalars[index..<end])
    }

    private static func skipSpaces(_ scalars: [Unicode.Scalar], from index: Int) -> Int {
        var index = index
        while index < scalars.count, scalars[index] == " " || scalars[index] == "\n" { index += 1 }
        return index
    }

    private static func trimEnd(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\n" { end -= 1 }
        return end
    }

    /// Abbreviations that a period follows inside a sentence, without the period.
    static let abbreviations = Lexicons.grammar(.abbreviations)

    /// Words that open sentences, after which a dotted acronym ends one ("... by the U.S. The").
    static let sentenceOpeners: WordSet = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "But",
        "And", "Or", "So", "Yet", "In", "On", "At", "As", "By", "For", "From", "His", "Her", "Its", "Their", "Our",
        "There", "Meanwhile", "However", "According", "Earlier", "Later", "After", "Before", "When", "While",
        "If", "Since", "Some", "Many", "Both", "Neither", "No", "Now", "Then", "Still", "Also",
    ]
}
