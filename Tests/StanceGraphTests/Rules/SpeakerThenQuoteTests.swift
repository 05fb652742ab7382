import Testing
@testable import StanceGraph

@Suite struct SpeakerThenQuoteTests {
    @Test func speakerWroteOnSocialMediaThenQuote() throws {
        #expect(try said("Pashinyan wrote on Facebook: \"The enemy will not pass.\"")
            == [Said("Nikol Pashinyan", "wrote on Facebook", "The enemy will not pass")])
    }

    @Test func aBodySaidInAStatementThenQuote() throws {
        #expect(try said("Armenia's Foreign Ministry said in a statement: \"Every provocation will receive a response.\"")
            == [Said("Armenia Ministry of Foreign Affairs", "said in a statement", "Every provocation will receive a response")])
    }

    @Test func aQuoteThatGoesOnIntoTheNextSentence() throws {
        let found = try said("Lavrov told reporters in Moscow: \"We are in contact with both sides. A ceasefire must come first.\"")
        #expect(found == [Said("Sergei Lavrov", "told", "We are in contact with both sides. A ceasefire must come first")])
    }
}
