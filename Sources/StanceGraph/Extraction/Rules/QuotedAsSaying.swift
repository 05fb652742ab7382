/// `TASS quoted Armenian ambassador Vardan Toghanyan as saying that ...`: the speaker is the
/// one quoted, not the agency quoting.
enum QuotedAsSaying: AttributionRule {
    static let name = "quoted-as-saying"
    static let verbs = Lexicons.grammar(.quotedAsSayingVerbs)
    static let gerunds = Lexicons.grammar(.quotedAsSayingGerunds)

    static func frames(_ input: RuleInput) -> [Frame] {
        let view = input.view
        var frames: [Frame] = []
        for index in view.tokens.indices where verbs.contains(view.lower[index]) && !view.tokens[index].quoted {
            guard let saying = (index + 2..<min(index + 18, view.tokens.count)).first(where: {
                view.lower[$0 - 1] == "as" && gerunds.contains(view.lower[$0])
            }) else { continue }
            guard let speaker = view.mention(endingAt: saying - 1) ?? view.mention(startingAt: index + 1) else { continue }
            // The cue as written, without the speaker's name between its words: "quoted as saying".
            let start = saying + 1
            let content = ClauseEnd.trim(start..<ClauseEnd.after(start, in: view), in: view)
            guard content.count >= 2 else { continue }
            frames.append(Frame(rule: name, speakers: [.mention(speaker)], cue: index..<saying + 1, content: content,
                                stance: .neutral, lemma: "say", cueWords: [index, saying - 1, saying]))
        }
        return frames
    }
}
