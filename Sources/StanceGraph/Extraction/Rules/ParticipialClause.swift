/// `Announcing that ..., the ministry produced a list` and `..., adding that ...`: a
/// participle carries a statement whose speaker is the main clause's subject.
enum ParticipialClause: AttributionRule {
    static let name = "participial-clause"

    /// The "-ing" forms of the lexicon's cues (``CueLexicon``): "adding", "saying", "warning".
    static let participles = WordSet((Array(CueLexicon.forms.keys) + Array(CueLexicon.characterising)).filter { $0.hasSuffix("ing") })
    /// Words after a participle that make it something other than speech: "adding to the
    /// confusion", "adding fuel to".
    static let notClauses = Lexicons.grammar(.notClauses)

    /// The "-ing" forms of reporting cues: "saying", "noting", "arguing".
    static let reportingParticiples = WordSet(CueLexicon.forms.filter { $0.1.shape == .reporting && $0.0.hasSuffix("ing") }.map(\.0))

    /// Whether a reporting participle at token `index` opens a statement of its own: "...,
    /// noting that ...", "..., arguing \"...\"", "..., saying the vote was lost".
    static func opensReport(at index: Int, in view: SentenceView) -> Bool {
        guard index + 1 < view.tokens.count, reportingParticiples.contains(view.lower[index]), !view.tokens[index].quoted else { return false }
        let next = index + 1
        return view.lower[next] == "that" || view.lower[next] == ":" || view.tokens[next].kind == .openQuote
            || (view.tokens[next].kind == .word && !notClauses.contains(view.lower[next]))
    }

    static func frames(_ input: RuleInput) -> [Frame] {
        let view = input.view
        var frames: [Frame] = []
        for index in view.tokens.indices.dropLast() where participles.contains(view.lower[index]) && !view.tokens[index].quoted && !input.taken(index) {
            // "adding that ...", "saying: \"...\"", "stressing \"...\"".
            let cue = CueLexicon.forms[view.lower[index]] ?? CueLexicon.match(view.lower, at: index)?.cue
            // A comma before it, or a comma inside the quotation that closes before it
            // (`"... policy," adding ...`).
            let afterComma = index > 0 && (view.lower[index - 1] == ","
                || (index > 1 && view.tokens[index - 1].kind == .closeQuote && view.lower[index - 2] == ","))
            // "adding: \"...\"", "adding, \"...\"": a mark, then the quotation.
            let colon = index + 2 < view.tokens.count
                && (view.lower[index + 1] == ":" || view.lower[index + 1] == "," && view.tokens[index + 2].kind == .openQuote)
            // "..., thanking the peacekeepers for ...", "..., urging both sides to ...": an act on
            // an object, after a comma.
            let act = cue?.shape == .act && afterComma
            // "..., saying he would appoint ...": a reporting participle and its clause, after a comma.
            let clause = cue?.shape == .reporting && afterComma
                && view.tokens[index + 1].kind == .word && !Self.notClauses.contains(view.lower[index + 1])
            guard view.lower[index + 1] == "that" || view.tokens[index + 1].kind == .openQuote || colon || act || clause else { continue }
            let stance = cue?.stance ?? .neutral
            let lemma = cue?.lemma ?? view.lowerText(index)
            if index == 0 {
                // "Announcing that 28 servicemen were still missing, the ministry produced ..."
                guard let comma = (2..<view.tokens.count).first(where: { view.lower[$0] == "," && !view.tokens[$0].quoted }),
                      let subject = SpeakerFinder.after(comma + 1, in: view) else { continue }
                let content = ClauseEnd.trim(1..<comma, in: view)
                guard content.count >= 3 else { continue }
                frames.append(Frame(rule: name, speakers: subject.references, cue: 0..<1, content: content, stance: stance, lemma: lemma))
            } else if afterComma {
                // "..., adding that ...": the speaker of this sentence's statement, or its subject.
                // The statement this one adds to is the first whose content ends at the comma.
                // A quotation's attribution may end at the comma instead: `"...," he said, adding that`.
                // The words before the comma, and a quotation's closing mark, end it.
                var last = index - 1
                while last > 0, view.lower[last] == "," || view.tokens[last].kind == .closeQuote { last -= 1 }
                let speakers = (input.found + frames).filter {
                    $0.cue.upperBound <= index && ([$0.content.upperBound, $0.cue.upperBound] + $0.speakers.map { Reading.tokens($0).upperBound }).max()! >= last + 1
                }
                    .min { $0.cue.lowerBound < $1.cue.lowerBound }?.speakers ?? mainSubject(view, before: index)
                guard let speakers else { continue }
                let start = act ? index : colon ? index + 2 : index + 1
                let content = ClauseEnd.trim(start..<ClauseEnd.after(start, in: view), in: view)
                guard content.count >= 3 else { continue }
                frames.append(Frame(rule: name, speakers: speakers, cue: index..<index + 1, content: content, stance: stance, lemma: lemma))
            }
        }
        return frames
    }

    /// The subject of the clause the participle follows: "Armenia's Foreign Ministry also
    /// issued a statement, stressing that ...", "In a speech on Tuesday, Roe struck a calm
    /// tone, saying ...".
    static func mainSubject(_ view: SentenceView, before index: Int) -> [SpeakerFinder.Reference]? {
        let first = !view.lower.isEmpty && view.lower[0] == "the" ? 1 : 0
        if let mention = view.mention(startingAt: first) ?? view.mention(startingAt: 0), mention.tokens.upperBound < index { return [.mention(mention)] }
        if let first = view.lower.first, SpeakerFinder.pronouns.contains(first) { return [.words(0..<1)] }
        return SpeakerFinder.clauseSubject(before: index, in: view)?.references
    }
}
