/// `Quoting Armenia's Foreign Ministry, the report said that ...`: the words are the quoted
/// source's, carried by a report.
enum QuotingSource: AttributionRule {
    static let name = "quoting-source"

    static func frames(_ input: RuleInput) -> [Frame] {
        let view = input.view
        guard view.tokens.count > 4, (view.lower[0] == "quoting" || view.lower[0] == "citing"),
              let source = view.mention(startingAt: 1) ?? (view.lower[1] == "the" ? view.mention(startingAt: 2) : nil),
              let comma = (source.tokens.upperBound..<view.tokens.count).first(where: { view.lower[$0] == "," }),
              let cue = input.cues.first(where: { $0.index > comma && $0.match.cue.shape == .reporting })
        else { return [] }
        var start = cue.index + cue.match.length
        while start < view.tokens.count, SpeakerFinder.fillers.contains(view.lower[start]) { start += 1 }
        let content = ClauseEnd.trim(start..<ClauseEnd.after(start, in: view), in: view)
        guard content.count >= 2 else { return [] }
        return [Frame(rule: name, speakers: [.mention(source)], cue: cue.index..<cue.index + cue.match.length, content: content,
                      stance: .neutral, lemma: cue.match.cue.lemma)]
    }
}
