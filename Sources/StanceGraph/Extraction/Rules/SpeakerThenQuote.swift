/// `X said: "..."`, `X wrote on Twitter, "..."`, `X said in a statement: "..."`: who, then
/// the quotation.
enum SpeakerThenQuote: AttributionRule {
    static let name = "speaker-then-quote"

    static func frames(_ input: RuleInput) -> [Frame] {
        let view = input.view
        var frames: [Frame] = []
        for (index, match) in input.cues where match.cue.shape.quotes && !input.taken(index) {
            let position = ClauseEnd.contentStart(afterCue: index, length: match.length, lemma: match.cue.lemma, in: view)
            guard position < view.tokens.count, view.tokens[position].kind == .openQuote,
                  let subject = SpeakerFinder.before(index, in: view) ?? SpeechAct.coordinatedSubject(before: index, in: view) else { continue }
            let close = (position + 1..<view.tokens.count).first { view.tokens[$0].kind == .closeQuote } ?? view.tokens.count
            // `X said "the last thing" he wanted was ...`: a quoted phrase that opens the reported
            // clause, which goes on after it; reported speech reads the clause.
            if close + 1 < view.tokens.count, view.tokens[close + 1].kind == .word, !view.tokens[close + 1].isCapitalised,
               !SpeakerFinder.boundaries.contains(view.lower[close + 1]), CueLexicon.forms[view.lower[close + 1]] == nil {
                continue
            }
            let content = ClauseEnd.trim(position + 1..<close, in: view)
            guard !content.isEmpty else { continue }
            frames.append(Frame(rule: name, speakers: subject.references, cue: index..<index + match.length, content: content,
                                stance: match.cue.stance, lemma: match.cue.lemma, isQuotation: true))
        }
        return frames
    }
}

/// Setting phrases after a cue: "on Twitter", "in a statement issued late on Monday", "on
/// his Facebook page", "on Tuesday".
enum Setting {
    /// Words that name a day by themselves, without "on".
    static let bareDays = Lexicons.grammar(.bareDays)
    static let partsOfDay = Lexicons.grammar(.partsOfDay)
    /// Means of speaking after "by": "said by telephone".
    static let media = Lexicons.grammar(.media)

    /// Whether the words at `index` are "by" and a means of speaking ("by telephone").
    static func byMedium(_ index: Int, in view: SentenceView) -> Bool {
        index + 1 < view.tokens.count && view.lower[index] == "by" && media.contains(view.lower[index + 1])
    }

    static func skip(from start: Int, in view: SentenceView) -> Int {
        var position = start
        var moved = true
        while moved, position < view.tokens.count {
            moved = false
            while position < view.tokens.count, SpeakerFinder.fillers.contains(view.lower[position]), view.lower[position] != "in" { position += 1; moved = true }
            // A day named bare after the cue: "said Wednesday he ...", "told reporters Monday
            // morning that ...".
            if position < view.tokens.count, !view.tokens[position].quoted, bareDays.contains(view.lower[position]) {
                position += 1
                if position < view.tokens.count, partsOfDay.contains(view.lower[position]) { position += 1 }
                moved = true
                continue
            }
            guard position < view.tokens.count, SpeakerFinder.prepositions.contains(view.lower[position]) || view.lower[position] == "late"
                    || view.lower[position] == "earlier" || byMedium(position, in: view) else { break }
            var end = position + 1
            while end < view.tokens.count, end - position < 9, !view.tokens[end].quoted,
                  SpeakerFinder.settingWords.contains(view.lower[end]) || media.contains(view.lower[end]) || view.tokens[end].kind == .number
                    || DateExpressions.month(view.lower[end]) != nil || (view.tokens[end].isCapitalised && end > position + 1)
                    // "of" inside a name: "with US Secretary of State Antony Blinken".
                    || (view.lower[end] == "of" && end + 1 < view.tokens.count && view.tokens[end - 1].isCapitalised && view.tokens[end + 1].isCapitalised) {
                if view.lower[end] == "that" { break }
                end += 1
            }
            // "said on Tuesday the levy ...": the clause's own article ends the setting.
            while end > position + 1, SpeakerFinder.determiners.contains(view.lower[end - 1]) { end -= 1 }
            guard end > position + 1 else { break }
            position = end
            moved = true
        }
        return position
    }
}
