/// `..., according to X.` and `According to X, ...`: X is the source of the clause.
enum AccordingTo: AttributionRule {
    static let name = "according-to"
    static let objectPronouns = Lexicons.grammar(.objectPronouns)
    /// Words that open a phrase before a sentence's main clause ("Prior to ...", "During ...").
    static let phraseOpeners = Lexicons.grammar(.phraseOpeners)
    /// Whether the source's words go on past a mention in lower case: "the Chilean navy", whose
    /// head "navy" the mention "Chilean" does not take in.
    static func runsOn(_ end: Int, in view: SentenceView) -> Bool {
        end < view.tokens.count && view.tokens[end].kind == .word && !view.tokens[end].isCapitalised
            && !SpeakerFinder.boundaries.contains(view.lower[end]) && CueLexicon.forms[view.lower[end]] == nil
    }

    /// Marks that end the source's words.
    static let sourceEnds = Lexicons.grammar(.sourceEnds)

    static func frames(_ input: RuleInput) -> [Frame] {
        let view = input.view
        var frames: [Frame] = []
        for index in view.tokens.indices.dropLast() where view.lower[index] == "according" && view.lower[index + 1] == "to" && !view.tokens[index].quoted {
            var at = index + 2
            if at < view.tokens.count, (view.lower[at] == "the" || view.lower[at] == "a") { at += 1 }
            let reference: SpeakerFinder.Reference
            let sourceEnd: Int
            if let source = view.mention(startingAt: at) ?? view.mention(startingAt: index + 2),
               !Self.runsOn(source.tokens.upperBound, in: view) {
                reference = .mention(source)
                sourceEnd = source.tokens.upperBound
            } else if at < view.tokens.count, AccordingTo.objectPronouns.contains(view.lower[at]) {
                // "According to him, ...": whoever the pronoun stands for.
                reference = .words(at..<at + 1)
                sourceEnd = at + 1
            } else if let comma = (index + 2..<min(view.tokens.count, index + 18)).first(where: { Self.sourceEnds.contains(view.lower[$0]) }),
                      comma > index + 2, (index + 2..<comma).allSatisfy({ (view.tokens[$0].kind == .word || view.tokens[$0].kind == .number) && !view.tokens[$0].quoted }) {
                // "according to the ministry", "according to FEC records", "according to a
                // person familiar with his views": resolved through the discourse, or named by
                // its description.
                reference = .words(index + 2..<comma)
                sourceEnd = comma
            } else {
                continue
            }
            let content: Range<Int>
            // "Prior to the vote, according to Roe, the council met ...": after an opening
            // phrase, the source speaks for the main clause that follows it.
            let afterPhrase = index > 1 && view.lower[index - 1] == "," && phraseOpeners.contains(view.lower[0])
                && !input.cues.contains(where: { $0.index < index }) && sourceEnd + 3 < view.tokens.count && view.lower[sourceEnd] == ","
            if index == 0 || afterPhrase {
                var start = sourceEnd
                if start < view.tokens.count, view.lower[start] == "," { start += 1 }
                content = start..<ClauseEnd.after(start, in: view)
            } else {
                content = 0..<(view.lower[index - 1] == "," ? index - 1 : index)
                // "X told reporters that, according to preliminary estimates, ...": a hedge inside
                // another statement, which keeps its content.
                if input.cues.contains(where: { content.contains($0.index) }) { continue }
            }
            let trimmed = ClauseEnd.trim(content, in: view)
            guard trimmed.count >= 3 else { continue }
            frames.append(Frame(rule: name, speakers: [reference], cue: index..<index + 2, content: trimmed,
                                stance: .neutral, lemma: "according to"))
        }
        return frames
    }
}
