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
    /// A quotation resumed after its attribution: `"...," X said, "..."`.
    var resumed: Range<Int>? = nil
    var stance: CueLexicon.Stance
    var lemma: String
    /// The content is a quotation by the rule's shape (`"...," X said`), whatever its words.
    var isQuotation = false
    /// The cue's words as written, where the speaker stands between them ("quoted ... as
    /// saying"): token indices. Nil when the cue is ``cue`` whole.
    var cueWords: [Int]? = nil
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
protocol AttributionRule: Sendable {
    static var name: String { get }
    static func frames(_ input: RuleInput) -> [Frame]
}

/// Where content runs to: the end of the sentence, or a break before a second statement
/// (", adding that", ", while", ";", ", but").
enum ClauseEnd {
    /// ", adding ...", ", while ...": a second clause after a comma.
    static let secondClauseStarts = Lexicons.grammar(.secondClauseStarts)
    /// The "-ing" forms of speech acts: ", thanking ...", ", urging ..." start a second statement.
    static let actParticiples = WordSet(CueLexicon.forms.filter { $0.1.shape == .act && $0.0.hasSuffix("ing") }.map(\.0))
    /// Who was told or asked: "told reporters", "told state television".
    static let audienceWords = Lexicons.grammar(.audienceWords)

    /// What a statement's content does not start with: "that", commas, colons and dashes.
    /// Nouns of time after "that" that make it a determiner: "that day".
    static let calendarNouns = Lexicons.grammar(.calendarNouns)
    static let leadingJunk: WordSet = [",", ":", "that", "-"]
    static let leadingMarks: WordSet = [",", ":", "-"]
    /// What it does not end with.
    static let trailingMarks: WordSet = [",", ";", ":", "-"]
    static func after(_ start: Int, in view: SentenceView) -> Int {
        var index = start
        let tokens = view.tokens
        while index < tokens.count {
            let word = view.lower[index]
            if word == ";" && !tokens[index].quoted { return index }
            if view.clauseBreaks.contains(index) && index > start { return index }
            if word == ",", !tokens[index].quoted, index + 1 < tokens.count, opensSecondClause(index + 1, in: view) {
                return index
            }
            // `... "had a crazy policy," adding ...`: the comma inside the closing quote.
            if tokens[index].kind == .closeQuote, index > start, view.lower[index - 1] == ",", index + 1 < tokens.count,
               opensSecondClause(index + 1, in: view) {
                return index + 1
            }
            index += 1
        }
        return tokens.count
    }

    /// Whether token `index`, after a comma, starts a second clause or statement: ", adding",
    /// ", while", ", thanking ...", ", noting that ...".
    static func opensSecondClause(_ index: Int, in view: SentenceView) -> Bool {
        secondClauseStarts.contains(view.lower[index]) || actParticiples.contains(view.lower[index])
            || ParticipialClause.opensReport(at: index, in: view) || endsWithAccordingTo(index, in: view)
    }

    /// Whether "according to" at token `index` closes the sentence: `X said ..., according to
    /// the press service.` names a second source, while `told reporters that, according to
    /// early estimates, 40 homes ...` is a hedge inside the content.
    static func endsWithAccordingTo(_ index: Int, in view: SentenceView) -> Bool {
        index + 1 < view.tokens.count && view.lower[index] == "according" && view.lower[index + 1] == "to"
            && !(index + 2..<view.tokens.count).contains { view.lower[$0] == "," && !view.tokens[$0].quoted }
    }

    /// `range` without leading "that", commas and colons, without the quote marks around a
    /// whole quotation, and without trailing commas and full stops (a question or exclamation
    /// mark is part of what was said; `keepFullStop` keeps a full stop too, for a sentence
    /// that a quotation over several sentences goes on from).
    static func trim(_ range: Range<Int>, in view: SentenceView, keepFullStop: Bool = false) -> Range<Int> {
        var start = range.lowerBound == 0 ? afterDateline(in: view) : range.lowerBound, end = range.upperBound
        // A quoted "That" is the speaker's own first word ("\"That would be a disaster,\" ...").
        while start < end, leadingJunk.contains(view.lower[start]), !(view.tokens[start].quoted && view.tokens[start].kind == .word) { start += 1 }
        let wholeQuote = start < end && view.tokens[start].kind == .openQuote
            && !(start + 1..<end).contains { view.tokens[$0].kind == .closeQuote && $0 < end - 2 }
        if wholeQuote { start += 1 }
        while end > start, trailingMarks.contains(view.lower[end - 1]) || (view.lower[end - 1] == "." && !keepFullStop)
                || (wholeQuote && view.tokens[end - 1].kind == .closeQuote) {
            end -= 1
        }
        return start..<end
    }

    static let datelineMarks: WordSet = [",", ".", "(", ")"]

    /// Where a sentence starts after a dateline that opens it ("NEW DELHI - ", "BAKU, Dec. 3
    /// (Reuters) - ", "Aleppo - More than ..."): a place in capitals, then dates, names in
    /// brackets and commas, then a dash; or a place of one to three capitalised words, a dash
    /// and a capital. 0 when there is none.
    static func afterDateline(in view: SentenceView) -> Int {
        guard view.tokens.count > 3, view.tokens[0].kind == .word, view.tokens[0].isCapitalised else { return 0 }
        if let dash = (1...3).first(where: { view.lower[$0] == "-" }), dash + 1 < view.tokens.count,
           (0..<dash).allSatisfy({ view.tokens[$0].kind == .word && view.tokens[$0].isCapitalised && !view.tokens[$0].quoted }),
           view.tokens[dash + 1].kind == .word, view.tokens[dash + 1].isCapitalised {
            return dash + 1
        }
        guard view.isAllCapitals(0) else { return 0 }
        var index = 1
        var bracket = false
        while index < min(view.tokens.count, 14) {
            let token = view.tokens[index], word = view.lower[index]
            if word == "-" { return index + 1 < view.tokens.count ? index + 1 : 0 }
            if word == "(" { bracket = true } else if word == ")" { bracket = false }
            let fits = datelineMarks.contains(word) || token.kind == .number || view.isAllCapitals(index)
                || (bracket && token.isCapitalised) || (token.isCapitalised && DateExpressions.month(word) != nil)
            guard fits, !token.quoted else { return 0 }
            index += 1
        }
        return 0
    }

    /// `index` moved back over the colons, commas and dashes before it, to no earlier than `floor`.
    static func beforeMarks(_ index: Int, from floor: Int, in view: SentenceView) -> Int {
        var end = index
        while end > floor, leadingMarks.contains(view.lower[end - 1]) { end -= 1 }
        return end
    }

    /// Where a cue's content starts: past setting phrases ("on Twitter", "in a statement on
    /// Thursday"), whoever was told ("told his Turkish counterpart", "told reporters in
    /// Moscow"), and a colon or comma.
    static func contentStart(afterCue index: Int, length: Int, lemma: String, in view: SentenceView) -> Int {
        var start = thatAfterSetting(index + length, in: view) ?? Setting.skip(from: index + length, in: view)
        if ["tell", "ask"].contains(lemma), start < view.tokens.count {
            if let told = view.mention(startingAt: start) { start = told.tokens.upperBound }
            // "told his Turkish counterpart that ...", "told reporters on arrival at ... that ...".
            // A quotation inside the told clause ("told reporters the dinner had been \"productive\"") is
            // part of it: only a quotation after who was told, when and where starts the content.
            if let that = (start..<min(view.tokens.count, start + 14)).first(where: { view.lower[$0] == "that" || view.tokens[$0].kind == .openQuote }),
               !(start..<that).contains(where: { CueLexicon.forms[view.lower[$0]] != nil || view.tokens[$0].quoted }),
               view.lower[that] == "that" || ClauseThenSpeaker.onlyAttributionAfter(start, upTo: Self.beforeMarks(that, from: start, in: view), in: view) {
                start = that
            } else {
                // "told The Daily Ledger he ...", "told Reuters the ...": who was told, by a name
                // the registry does not have, then the clause in lower case.
                var name = start
                if name + 1 < view.tokens.count, view.lower[name] == "the", view.tokens[name + 1].isCapitalised { name += 1 }
                while name < view.tokens.count, view.tokens[name].kind == .word, view.tokens[name].isCapitalised, !view.tokens[name].quoted { name += 1 }
                if name > start, name < view.tokens.count, view.tokens[name].kind == .word, !view.tokens[name].isCapitalised { start = name }
                // "told reporters ...", "told the press ...", but not the clause's own "the".
                while start < view.tokens.count, view.tokens[start].kind == .word, !view.tokens[start].quoted,
                      audienceWords.contains(view.lower[start]),
                      !SpeakerFinder.determiners.contains(view.lower[start]) || (start + 1 < view.tokens.count && audienceWords.contains(view.lower[start + 1])) {
                    start += 1
                }
            }
            start = Setting.skip(from: start, in: view)
        }
        while start < view.tokens.count, leadingMarks.contains(view.lower[start]) { start += 1 }
        return start
    }

    /// The "that" after a phrase of time or place that opens at token `start` ("said after a
    /// lunch on Tuesday that ...", "said during a visit to the plant that ..."), when no verb
    /// stands between: no cue, no form of "be", no pronoun and no word in "-ed".
    static func thatAfterSetting(_ start: Int, in view: SentenceView) -> Int? {
        guard start < view.tokens.count, SpeakerFinder.prepositions.contains(view.lower[start]), !view.tokens[start].quoted,
              let that = (start + 1..<min(view.tokens.count, start + 14)).first(where: { view.lower[$0] == "that" }),
              that + 1 < view.tokens.count, view.tokens[that + 1].kind == .word,
              // "that night", "that day": a determiner inside the content, not its start.
              !Setting.partsOfDay.contains(view.lower[that + 1]), !Setting.bareDays.contains(view.lower[that + 1]),
              !calendarNouns.contains(view.lower[that + 1]) else { return nil }
        let phrase = start + 1..<that
        return phrase.allSatisfy({ index in
            let word = view.lower[index]
            return (view.tokens[index].kind == .word || view.tokens[index].kind == .number) && !view.tokens[index].quoted
                && CueLexicon.forms[word] == nil && !Reading.beForms.contains(word) && !SpeakerFinder.pronouns.contains(word)
                && !word.hasSuffix("ed")
        }) ? that : nil
    }
}
