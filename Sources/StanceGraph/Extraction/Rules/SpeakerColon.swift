/// `Pashinyan: "We will not give up."` and interview transcripts (`ROE: We will win.`): a name
/// opening the sentence, a colon, and what the named one said.
enum SpeakerColon: AttributionRule {
    static let name = "speaker-colon"

    static func frames(_ input: RuleInput) -> [Frame] {
        let view = input.view
        guard !view.startsInsideQuote, let colon = (1..<min(view.tokens.count, 6)).first(where: { view.lower[$0] == ":" }),
              !view.tokens[colon].quoted, colon + 3 < view.tokens.count, !input.taken(colon) else { return [] }
        let speaker: SpeakerFinder.Reference
        let opening = view.mention(startingAt: 0).flatMap { $0.tokens.upperBound == colon ? $0 : nil }
        // "Damascus: The government's attack ...": a dateline, a place and no speaker.
        if opening?.resolution.actor.kind == .state { return [] }
        if let mention = opening,
           mention.resolution.actor.kind == .person || mention.resolution.actor.kind == .group && !mention.resolution.actor.isKnown {
            speaker = .mention(mention)
        } else if (0..<colon).allSatisfy({ view.tokens[$0].kind == .word && view.tokens[$0].isCapitalised && !Self.labels.contains(view.lower[$0]) }),
                  colon <= 3, !(0..<colon).contains(where: { view.lower[$0].count < 2 }) {
            speaker = .words(0..<colon)
        } else {
            return []
        }
        let content = ClauseEnd.trim(colon + 1..<view.tokens.count, in: view)
        guard content.count >= 3 else { return [] }
        return [Frame(rule: name, speakers: [speaker], cue: colon..<colon + 1, content: content, stance: .neutral, lemma: ":",
                      isQuotation: view.tokens[colon + 1].kind == .openQuote)]
    }

    /// Words that label a line and never speak: "UPDATE:", "Photo:", "Note:" (`not-names.tsv`).
    static let labels = WordSet(Lexicons.notNames[.label] ?? [])
}
