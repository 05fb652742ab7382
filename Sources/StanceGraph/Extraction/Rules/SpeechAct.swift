/// `X urged the sides to ...`, `X accused Azerbaijan of ...`, `X rejected the possibility of
/// talks`, `X called for ...`, `X expressed her full support for ...`, `X called the truce
/// "unspeakably painful"`: a speech act on an object. The statement is the act and its object.
enum SpeechAct: AttributionRule {
    static let name = "speech-act"

    static func frames(_ input: RuleInput) -> [Frame] {
        let view = input.view
        var frames: [Frame] = []
        for (index, match) in input.cues where match.cue.shape == .act && !input.taken(index) {
            guard let subject = SpeakerFinder.before(index, in: view) ?? coordinatedSubject(before: index, in: view) else { continue }
            let end = ClauseEnd.after(index + match.length, in: view)
            // The manner belongs to the act: "angrily dismissed the report".
            let start = index > 0 && !view.tokens[index - 1].quoted && view.tokens[index - 1].kind == .word
                && view.lower[index - 1].hasSuffix("ly") && view.lower[index - 1].count > 4 ? index - 1 : index
            let content = ClauseEnd.trim(start..<end, in: view)
            guard content.count >= match.length + 1 else { continue }
            frames.append(Frame(rule: name, speakers: subject.references, cue: index..<index + match.length, content: content,
                                stance: match.cue.stance, lemma: match.cue.lemma))
        }
        return frames
    }

    /// `X spoke to both A and B and called for ...`: the subject of the verb before "and";
    /// `X appeared with Y on Sunday and later said ...`, `X declined to comment but said ...`:
    /// the subject that opens the clause.
    static func coordinatedSubject(before index: Int, in view: SentenceView) -> SpeakerFinder.Subject? {
        var joiner = index - 1
        while joiner > 0, SpeakerFinder.fillers.contains(view.lower[joiner]), !view.tokens[joiner].quoted { joiner -= 1 }
        guard joiner > 0, view.lower[joiner] == "and" || view.lower[joiner] == "but", !view.tokens[joiner].quoted else { return nil }
        if view.lower[joiner] == "and" {
            for verb in stride(from: joiner - 1, through: 0, by: -1) where !view.tokens[verb].quoted {
                guard coordinatedVerbs.contains(view.lower[verb]) || CueLexicon.forms[view.lower[verb]] != nil else { continue }
                if let subject = SpeakerFinder.before(verb, in: view) { return subject }
                break
            }
        }
        return SpeakerFinder.clauseSubject(before: joiner, in: view)
    }

    static let coordinatedVerbs = Lexicons.grammar(.coordinatedVerbs)
}
