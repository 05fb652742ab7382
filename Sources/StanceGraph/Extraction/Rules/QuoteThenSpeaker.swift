/// `"...," X said.`, `"...," said X.` and `"...?" he asked.`: a quotation, then who said it.
enum QuoteThenSpeaker: AttributionRule {
    static let name = "quote-then-speaker"

    static func frames(_ input: RuleInput) -> [Frame] {
        let view = input.view
        var frames: [Frame] = []
        // A participle ("..., acknowledging Baku's army") is no finite verb of attribution.
        for (index, match) in input.cues where match.cue.shape.quotes && !input.taken(index) && !view.lower[index].hasSuffix("ing") {
            let close: Int
            let speakers: [SpeakerFinder.Reference]
            if let closing = closingQuote(before: index, in: view) {
                // Inverted: `"...," said the ministry`.
                guard let subject = SpeakerFinder.after(index + match.length, in: view) ?? SpeakerFinder.before(index, in: view, floor: closing + 1) else { continue }
                close = closing
                speakers = subject.references
            } else if let subject = SpeakerFinder.before(index, in: view),
                      let closing = closingQuote(before: subject.start, in: view) ?? closingQuote(before: descriptionStart(before: subject.start, in: view), in: view) {
                close = closing
                speakers = subject.references
            } else {
                continue
            }
            let open = (0..<close).last { view.tokens[$0].kind == .openQuote }
            let content = ClauseEnd.trim((open.map { $0 + 1 } ?? 0)..<close, in: view)
            guard !content.isEmpty else { continue }
            var frame = Frame(rule: name, speakers: speakers, cue: index..<index + match.length, content: content,
                              continuesQuote: open == nil || (open == 0 && view.startsInsideQuote),
                              stance: match.cue.stance, lemma: match.cue.lemma, isQuotation: true)
            // `"...," Lavrov said, "but ..."`: the quotation resumes after the attribution.
            var after = max(index + match.length, speakers.map(Reading.tokens).map(\.upperBound).max() ?? 0)
            after = Setting.skip(from: after, in: view)
            if after + 1 < view.tokens.count, view.lower[after] == ",", view.tokens[after + 1].kind == .openQuote {
                let close = (after + 2..<view.tokens.count).first { view.tokens[$0].kind == .closeQuote } ?? view.tokens.count
                let resumed = ClauseEnd.trim(after + 2..<close, in: view)
                if !resumed.isEmpty { frame.resumed = resumed }
            }
            frames.append(frame)
        }
        return frames
    }

    /// Where a description before a speaker's name starts: `"..." the official representative
    /// of the regional police Dana Kovac wrote` (lower-case words, "of", "the"), at most 10
    /// words back.
    static func descriptionStart(before index: Int, in view: SentenceView) -> Int {
        var start = index
        while start > 0, index - start < 10, view.tokens[start - 1].kind == .word, !view.tokens[start - 1].quoted,
              CueLexicon.forms[view.lower[start - 1]] == nil,
              !view.tokens[start - 1].isCapitalised || view.mention(endingAt: start) != nil || SpeakerFinder.determiners.contains(view.lower[start - 1]) {
            start -= 1
        }
        return start
    }

    /// The closing quote mark just before token `index` (`,"` or `"` or `?"`), if any.
    static func closingQuote(before index: Int, in view: SentenceView) -> Int? {
        var position = index - 1
        while position >= 0, SpeakerFinder.clauseMarks.contains(view.lower[position]) && !view.tokens[position].quoted { position -= 1 }
        guard position >= 0, view.tokens[position].kind == .closeQuote else { return nil }
        return position
    }
}
