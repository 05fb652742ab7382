/// A statement as a rule finds it in a sentence, before its speaker is resolved: the cue,
/// who (as written), and the content.
struct Frame {
    var rule: String
    var speakers: [SpeakerFinder.Reference]
    /// Token indices of the cue in the sentence.
    var cue: Range<Int>
    /// Token indices of the content in the sentence.
    var content: Range<Int>
    /// The content began in an earlier sentence (a quotation over several sentences).
    var continuesQuote = false
    var stance: CueLexicon.Stance
    var lemma: String
}

/// What every rule gets: the sentence, and its cues not yet taken.
struct RuleInput {
    let view: SentenceView
    /// Cues outside quotations: token index and match.
    let cues: [(index: Int, match: CueLexicon.Match)]
    /// The frames earlier rules found in this sentence.
    let found: [Frame]

    func taken(_ index: Int) -> Bool {
        found.contains { $0.cue.contains(index) }
    }
}

/// A rule: one shape of attribution in news prose.
protocol AttributionRule {
    static var name: String { get }
    static func frames(_ input: RuleInput) -> [Frame]
}

/// Where content runs to: the end of the sentence, or a break before a second statement
/// (", adding that", ", while", ";", ", but").
enum ClauseEnd {
    static func after(_ start: Int, in view: SentenceView) -> Int {
        var index = start
        let tokens = view.tokens
        while index < tokens.count {
            let word = view.lower[index]
            if word == ";" && !tokens[index].quoted { return index }
            if view.clauseBreaks.contains(index) && index > start { return index }
            if word == ",", !tokens[index].quoted, index + 1 < tokens.count,
               ["adding", "while", "whereas", "but"].contains(view.lower[index + 1]) {
                return index
            }
            index += 1
        }
        return tokens.count
    }

    /// `range` without leading "that", commas and colons, and without trailing punctuation.
    static func trim(_ range: Range<Int>, in view: SentenceView) -> Range<Int> {
        var start = range.lowerBound, end = range.upperBound
        while start < end, [",", ":", "that", "-"].contains(view.lower[start]) { start += 1 }
        while end > start, [",", ".", ";", ":", "-", "!", "?"].contains(view.lower[end - 1]) { end -= 1 }
        return start..<end
    }
}
