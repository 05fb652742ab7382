import Testing
@testable import StanceGraph

@Suite struct QuoteThenSpeakerTests {
    @Test func quoteThenTitledSpeaker() throws {
        #expect(try said("\"We will not give up an inch of our land,\" Azerbaijani Defence Minister Zakir Hasanov told reporters.")
            == [Said("Zakir Hasanov", "told", "We will not give up an inch of our land")])
    }

    @Test func quoteThenInvertedSpeaker() throws {
        #expect(try said("\"Talks will resume next week,\" said Russian Foreign Minister Sergei Lavrov.")
            == [Said("Sergei Lavrov", "said", "Talks will resume next week")])
    }

    @Test func aQuestionAndAPronoun() throws {
        let found = try said("Armenian Prime Minister Nikol Pashinyan addressed parliament on Monday. \"Is this what they call peace?\" he asked.")
        #expect(found == [Said("Nikol Pashinyan", "asked", "Is this what they call peace?")])
    }

    @Test func aQuoteOverSeveralSentencesIsOneStatement() throws {
        let statements = try extract("\"We regret the losses. We will rebuild every village,\" Azerbaijani President Ilham Aliyev said.")
        #expect(statements.map(Said.init) == [Said("Ilham Aliyev", "said", "We regret the losses. We will rebuild every village")])
        #expect(statements.first?.quote == true)
    }

    @Test func aQuoteOpenedOneSentenceEarlierKeepsItsStart() throws {
        let found = try said("\"The shelling went on all night. Two houses burned down and a school was hit,\" the mayor of Tartar, Mustagim Mammadov, told AFP.")
        #expect(found.map(\.text) == ["The shelling went on all night. Two houses burned down and a school was hit"])
    }
}
