/// `..., according to X.` and `According to X, ...`: X is the source of the clause.
enum AccordingTo: AttributionRule {
    static let name = "according-to"

    static func frames(_ input: RuleInput) -> [Frame] {
        let view = input.view
        var frames: [Frame] = []
        for index in view.tokens.indices.dropLast() where view.lower[index] == "according" && view.lower[index + 1] == "to" && !view.tokens[index].quoted {
            var at = index + 2
            if at < view.tokens.count, ["the", "a"].contains(view.lower[at]) { at += 1 }
            guard let source = view.mention(startingAt: at) ?? view.mention(startingAt: index + 2) else { continue }
            let content: Range<Int>
            if index == 0 {
                var start = source.tokens.upperBound
                if start < view.tokens.count, view.lower[start] == "," { start += 1 }
                content = start..<ClauseEnd.after(start, in: view)
            } else {
                content = 0..<(view.lower[index - 1] == "," ? index - 1 : index)
            }
            let trimmed = ClauseEnd.trim(content, in: view)
            guard trimmed.count >= 3 else { continue }
            frames.append(Frame(rule: name, speakers: [.mention(source)], cue: index..<index + 2, content: trimmed,
                                stance: .neutral, lemma: "according to"))
        }
        return frames
    }
}
