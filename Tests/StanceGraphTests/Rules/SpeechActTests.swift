import Testing
@testable import StanceGraph

@Suite struct SpeechActTests {
    @Test func accusingIsHostileTowardItsTarget() throws {
        let statements = try extract("Aliyev accused Armenia of violating the ceasefire.")
        #expect(statements.map(Said.init) == [Said("Ilham Aliyev", "accused", "accused Armenia of violating the ceasefire")])
        #expect(statements.first?.polarity == -1)
        #expect(statements.first?.targets.map(\.id) == ["armenia"])
        #expect(statements.first?.topics.contains("ceasefire-agreement") == true)
    }

    @Test func urgingIsCooperativeAndTheSidesAreTheTwoStatesAtIssue() throws {
        let statements = try extract("""
            Fighting between Armenia and Azerbaijan resumed on Friday. Azerbaijan said Armenia fired first.

            The European Union urged the sides to return to the negotiating table.
            """)
        let union = try #require(statements.first { $0.speaker.id == "eu" })
        #expect(union.polarity == 1)
        #expect(Set(union.targets.map(\.id)) == ["armenia", "azerbaijan"])
    }

    @Test func severalSpeakersInOneActGiveOneStatementEach() throws {
        let found = try said("Pashinyan and Aliyev both welcomed the deal.")
        #expect(found == [Said("Nikol Pashinyan", "welcomed", "welcomed the deal"), Said("Ilham Aliyev", "welcomed", "welcomed the deal")])
    }

    @Test func callingForExclusionIsHostile() throws {
        let statements = try extract("Baku called for Paris to be removed from mediation after the vote and demanded an apology.")
        #expect(statements.first?.speaker.id == "azerbaijan")
        #expect(statements.first?.polarity == -1)
    }

    /// Speech acts outside the common few, each in a sentence of its own shape: what the
    /// speaker did with words, its stance from the verb where the verb has one.
    @Test(arguments: [
        ("Mira Castell railed against the tariff in a speech on Monday.", "railed against", -1),
        ("Mira Castell lashed out at Orsenia over the tariff.", "lashed out at", -1),
        ("Mira Castell bemoaned the cost of the tariff.", "bemoaned", -1),
        ("Mira Castell rebutted the charge in her reply.", "rebutted", -1),
        ("Mira Castell disavowed the remarks of her deputy.", "disavowed", -1),
        ("Mira Castell implored Orsenia to lift the tariff.", "implored", 1),
        ("Mira Castell made clear that the tariff would stay.", "made clear", 0),
        ("Mira Castell alluded to the tariff in her speech.", "alluded to", 0),
        ("Mira Castell characterized the tariff as a mistake.", "characterized", -1),
    ])
    func lessCommonSpeechActs(sentence: String, cue: String, polarity: Int) throws {
        let found = try RuleBench.statements(sentence)
        #expect(found.map(\.speaker.name) == ["Mira Castell"])
        #expect(found.first?.cue == cue)
        #expect(found.first?.polarity == polarity)
    }

    @Test func aRetortIsAQuotationsCue() throws {
        let found = try RuleBench.statements("\"Nobody asked Orsenia,\" Mira Castell retorted.")
        #expect(found.map(\.cue) == ["retorted"])
        #expect(found.first?.quote == true)
    }

    @Test func characterisingTakesTheStanceOfItsWords() throws {
        let statements = try extract("Armenian Prime Minister Nikol Pashinyan called the agreement \"a disaster\" for his country.")
        #expect(statements.first?.polarity == -1)
        #expect(statements.first?.cue == "called")
    }

    @Test func expressingSupportIsCooperative() throws {
        let statements = try extract("German Chancellor Angela Merkel expressed her strong support for the mediation efforts.")
        #expect(statements.map(Said.init) == [Said("Angela Merkel", "expressed her strong support", "expressed her strong support for the mediation efforts")])
        #expect(statements.first?.polarity == 1)
    }

    /// "Both leaders" names nobody: the speaker is the description, and the opening "Both"
    /// is no name of its own.
    @Test func aDescribedSubjectIsNamedByItsDescription() throws {
        let found = try said("Both leaders rejected talks, despite appeals from the United States to end the violence.")
        #expect(found.map(\.speaker) == ["leaders"])
        #expect(found.map(\.cue) == ["rejected"])
    }
}
