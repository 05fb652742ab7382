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
}
