import Testing
@testable import StanceGraph

@Suite struct ParticipialClauseTests {
    @Test func aParticipleOpeningTheSentenceBelongsToTheSubject() throws {
        let found = try said("Georgia's Interior Ministry reported calm at the border. Announcing that the crossing would reopen on Monday, the ministry lifted the curfew.")
        #expect(found.last == Said("Georgia Ministry of Internal Affairs", "Announcing", "the crossing would reopen on Monday"))
    }

    @Test func addingThatGivesASecondStatement() throws {
        let found = try said("Azerbaijan's Defence Ministry said the attack had been repelled, adding that two soldiers were wounded.")
        #expect(found == [
            Said("Azerbaijan Ministry of Defense", "said", "the attack had been repelled"),
            Said("Azerbaijan Ministry of Defense", "adding", "two soldiers were wounded"),
        ])
    }

    @Test func aStatementIssuedStressingThat() throws {
        let found = try said("The Russian Foreign Ministry issued a statement, stressing that the peacekeepers were acting within their mandate.")
        #expect(found == [Said("Russia Ministry of Foreign Affairs", "stressing", "the peacekeepers were acting within their mandate")])
    }
}
