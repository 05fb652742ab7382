import Testing
@testable import StanceGraph

@Suite struct ScratchTests {
    @Test func scratch() throws {
        for text in [
            "The secretary of Armenia Security Council said that his oral application would also be followed with an application in writing.",
            "The Hayastan Alliance, which has the second largest faction in Armenia's National Assembly, said in a statement issued late on Tuesday asked that Pashinyan step down, adding that the formation of a new government may be a way of resolving the current situation.",
            "Amid the conflict with Armenia, the Azerbaijani army has lost more than 3,000 servicemen ever since the hostilities erupted in conflict-torn Nagorno-Karabakh, the press secretary of the president of the self-proclaimed Republic of Artsakh said on Saturday.",
            "On Tuesday, the United Nations Security Council called for an immediate halt to the hostilities and spokesman for U.N. Secretary-General Antonio Guterres spoke to both Aliyev and Pashinyan and called for \"an immediate stop to the fighting.\"",
        ] {
            let article = try Article.from("---\npublished: 2020-10-03\n---\n" + text)
            let sentence = article.paragraphs[0].sentences[0]
            let mentions = MentionFinder(resolver: Resolver(registry: projectRegistry)).mentions(in: article)
            let view = SentenceView(sentence, insideQuote: false, mentions: mentions)
            print("---", text.prefix(50))
            print("   mentions:", view.mentions.map { "\(view.text($0.tokens))=\($0.resolution.actor.name)" })
            for index in view.tokens.indices {
                guard let match = CueLexicon.match(view.lower, at: index) else { continue }
                let subject = SpeakerFinder.before(index, in: view) ?? SpeechAct.coordinatedSubject(before: index, in: view)
                print("   cue", view.lower[index], "subject:", subject.map { s in s.references.map { r -> String in
                    switch r { case .mention(let m): return "M:" + view.text(m.tokens); case .words(let w): return "W:" + view.text(w) } } } ?? [])
                _ = match
            }
        }
    }
}
