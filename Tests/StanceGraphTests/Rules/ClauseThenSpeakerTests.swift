import Testing
@testable import StanceGraph

@Suite struct ClauseThenSpeakerTests {
    @Test func clauseThenBodyAndDay() throws {
        let statements = try extract("Three soldiers were wounded in overnight shelling, Azerbaijan's Defence Ministry said on Sunday.", published: "2021-11-16")
        #expect(statements.map(Said.init) == [Said("Azerbaijan Ministry of Defense", "said", "Three soldiers were wounded in overnight shelling")])
        #expect(statements.first?.date == Day(iso: "2021-11-14"))
        #expect(statements.first?.figures == [Figure(value: 3, what: "wounded")])
    }

    @Test func clauseThenAnOfficeResolvedOnTheDay() throws {
        let found = try said("Talks would continue next week, the Armenian foreign minister told reporters on Friday.", published: "2021-11-16")
        #expect(found == [Said("Ararat Mirzoyan", "told", "Talks would continue next week")])
    }

    @Test func clauseThenAStatementByABody() throws {
        let found = try said("The border crossing will stay closed until further notice, a statement by the Azerbaijani presidential administration read.")
        #expect(found == [Said("Azerbaijan Presidential Administration", "read", "The border crossing will stay closed until further notice")])
    }
}
