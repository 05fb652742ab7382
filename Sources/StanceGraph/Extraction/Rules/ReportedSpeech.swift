/// `X said (that) ...`, `X told Y (that) ...`, `X said in a statement on Thursday that ...`,
/// `X wrote on Twitter that ...`: a reporting verb, then the reported clause.
enum ReportedSpeech: AttributionRule {
    static let name = "reported-speech"

    static func frames(_ input: RuleInput) -> [Frame] {
        let view = input.view
        var frames: [Frame] = []
        for (index, match) in input.cues where match.cue.shape == .reporting && !input.taken(index) {
            guard let subject = SpeakerFinder.before(index, in: view) ?? SpeechAct.coordinatedSubject(before: index, in: view) else { continue }
            let start = ClauseEnd.contentStart(afterCue: index, length: match.length, lemma: match.cue.lemma, in: view)
            let content = ClauseEnd.trim(start..<ClauseEnd.after(start, in: view), in: view)
            // Nothing but who was told, when and where is no statement.
            guard content.count >= 2, !ClauseThenSpeaker.onlyAttributionAfter(content.lowerBound, in: view) else { continue }
            var frame = Frame(rule: name, speakers: subject.references, cue: index..<index + match.length, content: content,
                              stance: match.cue.stance, lemma: match.cue.lemma)
            // "The plan, he said, would fail": the attribution set off inside the clause, whose
            // subject stands before it.
            if let opening = openingSubject(before: subject.start, content: content, in: view) {
                frame.content = opening
                frame.resumed = content
            }
            frames.append(frame)
        }
        return frames
    }

    /// The subject that opens a sentence before an attribution set off by commas, when the
    /// content after the attribution goes on with its verb: "The plan, he said, would fail"
    /// gives "The plan". The subject has no cue, quotation or verb of its own.
    static func openingSubject(before subjectStart: Int, content: Range<Int>, in view: SentenceView) -> Range<Int>? {
        guard subjectStart >= 2, view.lower[subjectStart - 1] == ",", content.lowerBound >= 1, view.lower[content.lowerBound - 1] == ",",
              view.tokens[content.lowerBound].kind == .word, !view.tokens[content.lowerBound].isCapitalised,
              view.lower[content.lowerBound] != "that",
              SpeakerFinder.auxiliaries.contains(view.lower[content.lowerBound]) || view.lower[content.lowerBound].hasSuffix("s") || view.lower[content.lowerBound].hasSuffix("ed")
        else { return nil }
        let opening = ClauseEnd.trim(ClauseEnd.afterDateline(in: view)..<subjectStart - 1, in: view)
        guard opening.count >= 1, opening.count <= 10,
              !opening.contains(where: { view.tokens[$0].quoted || view.lower[$0] == "," || CueLexicon.forms[view.lower[$0]] != nil || SpeakerFinder.auxiliaries.contains(view.lower[$0]) })
        else { return nil }
        return opening
    }
}
