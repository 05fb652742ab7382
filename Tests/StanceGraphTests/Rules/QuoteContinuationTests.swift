import Testing
@testable import StanceGraph

@Suite struct QuoteContinuationTests {
    /// One quotation over two sentences is one statement, as one attribution made it.
    @Test func aQuotedSentenceAfterAnAttributedOneIsMoreOfTheSameStatement() throws {
        let statements = try extract("\"We are ready,\" Lavrov said. \"The question is whether both capitals are.\"")
        #expect(statements.map(Said.init) == [Said("Sergei Lavrov", "said", "We are ready The question is whether both capitals are")])
        #expect(statements.first?.rule == QuoteThenSpeaker.name)
        #expect(statements.first?.sentence == "\"We are ready,\" Lavrov said. \"The question is whether both capitals are.\"")
    }

    @Test func narrationInBetweenEndsTheContinuation() throws {
        let found = try said("\"We are ready,\" Lavrov said. Reporters left the hall. \"Nobody listens.\"")
        #expect(found.count == 1)
    }

    @Test func aQuoteInterruptedByItsAttributionIsOneStatement() throws {
        let found = try said("\"We are ready,\" Lavrov said, \"but the question is whether both capitals are.\"")
        #expect(found == [Said("Sergei Lavrov", "said", "We are ready but the question is whether both capitals are")])
    }

    @Test func aQuoteGoesOnInTheNextParagraph() throws {
        let found = try said("""
            "We have done everything to avoid war," Aliyev said in a televised address.

            "But we will not tolerate provocations."
            """)
        #expect(found.map(\.speaker) == ["Ilham Aliyev"])
        #expect(found.last?.text == "We have done everything to avoid war But we will not tolerate provocations")
    }
}
