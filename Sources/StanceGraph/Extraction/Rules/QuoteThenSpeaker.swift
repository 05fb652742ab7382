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
            guard !content.isEmpty, !(open.map { isTitle(content, openedAt: $0, in: view) } ?? false) else { continue }
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
              !view.tokens[start - 1].isCapitalised || view.mention(endingAt: start) != nil || SpeakerFinder.determiners.contains(view.lower[start - 1])
                || isHyphenatedModifier(start - 1, in: view) {
            start -= 1
        }
        return start
    }

    /// Whether the word at `index` is a compound whose last part is in lower case, which
    /// describes the name after it: "Kethra-based", "Ohio-born".
    static func isHyphenatedModifier(_ index: Int, in view: SentenceView) -> Bool {
        let text = view.text(index..<index + 1)
        guard let hyphen = text.lastIndex(of: "-"), hyphen != text.startIndex else { return false }
        let last = text[text.index(after: hyphen)...]
        return !last.isEmpty && last.allSatisfy(\.isLowercase)
    }

    /// Whether the quotation `content`, opened at token `open`, is the title of a show, book or
    /// speech rather than words said: a few words in title case after a possessive or a
    /// preposition (`Speaking on North Wire's "Morning Hour," Roe said`, `in "The Long Road,"`).
    static func isTitle(_ content: Range<Int>, openedAt open: Int, in view: SentenceView) -> Bool {
        guard open > 0, content.count <= 6, view.tokens[open - 1].kind == .word,
              view.lower[open - 1].hasSuffix("'s") || SpeakerFinder.prepositions.contains(view.lower[open - 1]) else { return false }
        let words = content.filter { view.tokens[$0].kind == .word }
        return !words.isEmpty && view.tokens[content.lowerBound].isCapitalised
            && words.allSatisfy { view.tokens[$0].isCapitalised || view.lower[$0].count <= 3 }
            && !content.contains { SpeakerFinder.clauseMarks.contains(view.lower[$0]) && view.lower[$0] != "," }
    }

    /// The closing quote mark just before token `index` (`,"` or `"` or `?"`), if any.
    static func closingQuote(before index: Int, in view: SentenceView) -> Int? {
        var position = index - 1
        while position >= 0, SpeakerFinder.clauseMarks.contains(view.lower[position]) && !view.tokens[position].quoted { position -= 1 }
        guard position >= 0, view.tokens[position].kind == .closeQuote else { return nil }
        return position
    }
}
