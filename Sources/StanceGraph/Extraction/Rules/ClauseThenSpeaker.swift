/// `CLAUSE, X said (on Tuesday).` and `CLAUSE, X told Y earlier on Tuesday.`: reported
/// speech before its speaker, with nothing after the cue but who was told, when and where,
/// up to the end or a second clause (`CLAUSE, X said, adding that ...`).
enum ClauseThenSpeaker: AttributionRule {
    static let name = "clause-then-speaker"

    static func frames(_ input: RuleInput) -> [Frame] {
        let view = input.view
        var frames: [Frame] = []
        // A participle ("..., acknowledging Baku's army") is no finite verb of attribution.
        for (index, match) in input.cues where match.cue.shape == .reporting && !input.taken(index) && !view.lower[index].hasSuffix("ing") {
            let clauseEnd: Int
            let speakers: [SpeakerFinder.Reference]
            let before = SpeakerFinder.before(index, in: view)
            if let subject = before, subject.start >= 3,
               view.lower[subject.start - 1] == ",", onlyAttributionInClause(after: index + match.length, in: view) {
                clauseEnd = subject.start - 1
                speakers = subject.references
            } else if before == nil, index >= 3, view.lower[index - 1] == ",", let subject = SpeakerFinder.after(index + match.length, in: view),
                      namesSomeone(subject, in: view),
                      onlyAttributionInClause(after: subject.end, in: view) || appositionAfter(subject.end, in: view) {
                // Inverted: `CLAUSE, said X, a councillor from the north ward.`, when what comes
                // before the comma is no subject of the cue ("Roe, a former chairman, said ...").
                clauseEnd = index - 1
                speakers = subject.references
            } else {
                continue
            }
            let content = ClauseEnd.trim(0..<clauseEnd, in: view)
            guard content.count >= 3 else { continue }
            frames.append(Frame(rule: name, speakers: speakers, cue: index..<index + match.length, content: content,
                                stance: match.cue.stance, lemma: match.cue.lemma))
        }
        return frames
    }

    static let attributionWords = Lexicons.grammar(.attributionWords)
    /// Prepositions that open a phrase of setting after a cue ("in a call with the governor",
    /// "to a crowd of supporters").
    static let phrasePrepositions = WordSet(Array(SpeakerFinder.prepositions) + Array(Lexicons.grammar(.phrasePrepositions)))

    /// Whether tokens `range` are a phrase without a verb or clause of its own: words and
    /// numbers, no cue, auxiliary, subject pronoun, "that" or quotation.
    static func isVerblessPhrase(_ range: Range<Int>, in view: SentenceView) -> Bool {
        !range.isEmpty && range.allSatisfy { index in
            let word = view.lower[index], token = view.tokens[index]
            return (token.kind == .word || token.kind == .number || word == ",") && !token.quoted && word != "that"
                && CueLexicon.forms[word] == nil && !SpeakerFinder.auxiliaries.contains(word) && !SpeakerFinder.pronouns.contains(word)
        }
    }

    /// Whether an inverted subject can be a speaker: a name, a pronoun, or a description
    /// headed by a word for people ("said the officials"), not "announced the capture".
    static func namesSomeone(_ subject: SpeakerFinder.Subject, in view: SentenceView) -> Bool {
        subject.references.allSatisfy { reference in
            let range = reference.tokens
            return reference.mention != nil || Reading.speakerNouns.contains(view.lower[range.upperBound - 1]) || SpeakerFinder.pronouns.contains(view.lower[range.lowerBound])
        }
    }

    /// Whether what follows `start` is a description of the speaker set off by a comma, with
    /// no cue or quotation in it: `, a councillor from the north ward.`, `, executive
    /// director of the fund.`
    static func appositionAfter(_ start: Int, in view: SentenceView) -> Bool {
        guard start + 1 < view.tokens.count, view.lower[start] == ",", view.tokens[start + 1].kind == .word else { return false }
        return !(start..<view.tokens.count).contains { view.tokens[$0].kind == .openQuote || CueLexicon.forms[view.lower[$0]] != nil }
    }

    /// Whether what follows `start` up to the end of its clause is who was told, when and
    /// where: the end of the sentence, or a second clause (", adding that ...", ", while ...").
    static func onlyAttributionInClause(after start: Int, in view: SentenceView) -> Bool {
        onlyAttributionAfter(start, upTo: ClauseEnd.after(start, in: view), in: view)
    }

    /// Whether everything after `start` is who was told, when and where: `told Today Public
    /// Television earlier on Tuesday.`, `said on Tuesday, November 16.`
    static func onlyAttributionAfter(_ start: Int, upTo end: Int? = nil, in view: SentenceView) -> Bool {
        var position = start
        let end = end ?? view.tokens.count
        while position < end {
            let token = view.tokens[position], word = view.lower[position]
            // A headline capitalises every word, its content's too: capitals are no names there.
            if !view.isHeadline, let mention = view.mention(startingAt: position) {
                position = mention.tokens.upperBound
                continue
            }
            // "said in a call with the governor": a phrase with no verb of its own, to the end.
            if Self.phrasePrepositions.contains(word), !token.quoted, isVerblessPhrase(position + 1..<end, in: view) { return true }
            let skipped = Setting.skip(from: position, in: view)
            if skipped > position {
                position = skipped
                continue
            }
            guard SpeakerFinder.clauseMarks.contains(word) || attributionWords.contains(word) || SpeakerFinder.fillers.contains(word)
                    || SpeakerFinder.prepositions.contains(word) || token.kind == .number || DateExpressions.month(word) != nil
                    || (token.isCapitalised && !view.isHeadline) else { return false }
            position += 1
        }
        return true
    }
}
