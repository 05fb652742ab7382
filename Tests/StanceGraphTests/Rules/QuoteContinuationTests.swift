import Testing
@testable import StanceGraph

@Suite struct QuoteContinuationTests {
    @Test func aQuotedSentenceAfterAnAttributedOneIsTheSameSpeakers() throws {
        let statements = try extract("\"We are ready,\" Lavrov said. \"The question is whether both capitals are.\"")
        #expect(statements.map(Said.init) == [
            Said("Sergei Lavrov", "said", "We are ready"),
            Said("Sergei Lavrov", "said", "The question is whether both capitals are"),
        ])
        #expect(statements.last?.rule == "quote-continuation")
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
        #expect(found.map(\.speaker) == ["Ilham Aliyev", "Ilham Aliyev"])
        #expect(found.last?.text == "But we will not tolerate provocations")
    }
}
