import Testing
@testable import StanceGraph

@Suite struct QuoteContinuationTests {
    /// One quotation over two sentences is one statement, as one attribution made it.
    @Test func aQuotedSentenceAfterAnAttributedOneIsMoreOfTheSameStatement() throws {
        let statements = try extract("\"We are ready,\" Lavrov said. \"The question is whether both capitals are.\"")
        #expect(statements.map(Said.init) == [Said("Sergei Lavrov", "said", "We are ready ... The question is whether both capitals are")])
        #expect(statements.first?.rule == QuoteThenSpeaker.name)
        #expect(statements.first?.sentence == "\"We are ready,\" Lavrov said. \"The question is whether both capitals are.\"")
    }

    @Test func narrationInBetweenEndsTheContinuation() throws {
        let found = try said("\"We are ready,\" Lavrov said. Reporters left the hall. \"Nobody listens.\"")
        #expect(found.count == 1)
    }

    @Test func aQuoteInterruptedByItsAttributionIsOneStatement() throws {
        let found = try said("\"We are ready,\" Lavrov said, \"but the question is whether both capitals are.\"")
        #expect(found == [Said("Sergei Lavrov", "said", "We are ready ... but the question is whether both capitals are")])
    }

    @Test func aQuoteGoesOnInTheNextParagraph() throws {
        let found = try said("""
            "We have done everything to avoid war," Aliyev said in a televised address.

            "But we will not tolerate provocations."
            """)
        #expect(found.map(\.speaker) == ["Ilham Aliyev"])
        #expect(found.last?.text == "We have done everything to avoid war ... But we will not tolerate provocations")
    }

    /// The parts of a quotation are joined by a space where nothing stands between them but
    /// quotation marks, and by " ... " where the writer's words do (its attribution): the text
    /// is always words of the article, in their order.
    @Test func onlyWordsLeftOutBetweenTheParts() throws {
        #expect(try said("Lavrov said: \"We are ready.\" \"The question is whether both capitals are.\"").map(\.text)
            == ["We are ready The question is whether both capitals are"])
        #expect(try said("Lavrov said: \"We are ready. The question is whether both capitals are.\"").map(\.text)
            == ["We are ready. The question is whether both capitals are"])
        #expect(try said("\"We are ready,\" Lavrov said on Monday. \"The question is whether both capitals are.\"").map(\.text)
            == ["We are ready ... The question is whether both capitals are"])
    }

    /// Whom a quotation over several sentences addresses is named in any of them: the actors,
    /// topics and figures of the sentences before and after its attribution join it.
    @Test func aSentenceAfterTheAttributionAddsItsTargetsAndFigures() throws {
        let statement = try #require(try RuleBench.statements(
            "\"We will not give up the pass,\" Mira Castell said. \"Orsenia has fired 40 shells at our villages.\"").first)
        #expect(statement.targets.map(\.name) == ["Orsenia"])
        #expect(statement.figures.map(\.value) == [40])
    }

    @Test func aSentenceBeforeTheAttributionAddsItsTargets() throws {
        let statement = try #require(try RuleBench.statements(
            "\"Orsenia broke the truce again. We will answer,\" Mira Castell said.").first)
        #expect(statement.text == "Orsenia broke the truce again. We will answer")
        #expect(statement.targets.map(\.name) == ["Orsenia"])
    }

    @Test func aSentenceOpenedEarlierAddsItsTargetsOnceTheSpeakerIsKnown() throws {
        // The quote opens in one sentence and runs on into the one that attributes it: the
        // speaker's own country, named in the first, is no target.
        let statements = try RuleBench.statements(
            "Mira Castell spoke after the vote. \"Valdoria and Orsenia talked for ten hours. The talks will go on,\" she said.")
        let statement = try #require(statements.last)
        #expect(statement.speaker.name == "Mira Castell")
        #expect(statement.targets.map(\.name) == ["Orsenia"])
    }

    @Test func aQuotedSentenceThatGoesOnAddsItsTargets() throws {
        // The first sentence's quotation is still open at its end.
        let statement = try #require(try RuleBench.statements(
            "Mira Castell said: \"We are ready to talk. Kethra must answer first.").first)
        #expect(statement.targets.map(\.name) == ["Orsenia"])
    }

    /// The polarity of a quotation over several sentences is read from all its words.
    @Test func thePolarityIsReadFromEverySentenceOfTheQuotation() throws {
        let before = try #require(try RuleBench.statements(
            "\"Orsenia shelled our villages again. We will meet them in Kethra,\" Mira Castell said.").first)
        #expect(before.text == "Orsenia shelled our villages again. We will meet them in Kethra")
        #expect(before.polarity == -1)
        let after = try #require(try RuleBench.statements(
            "\"We will meet them in Kethra,\" Mira Castell said. \"Orsenia shelled our villages again.\"").first)
        #expect(after.polarity == -1)
        #expect(after.targets.map(\.name) == ["Orsenia"])
    }
}
