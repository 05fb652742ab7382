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
            frames.append(Frame(rule: name, speakers: subject.references, cue: index..<index + match.length, content: content,
                                stance: match.cue.stance, lemma: match.cue.lemma))
        }
        return frames
    }
}
