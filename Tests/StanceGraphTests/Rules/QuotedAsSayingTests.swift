import Testing
@testable import StanceGraph

@Suite struct QuotedAsSayingTests {
    @Test func theAgencyQuotesTheSpeaker() throws {
        let statements = try extract("Interfax quoted Russian Deputy Foreign Minister Andrei Rudenko as saying that the peacekeepers would stay.")
        #expect(statements.map(Said.init) == [Said("Andrei Rudenko", "quoted as saying", "the peacekeepers would stay")])
        #expect(statements.first?.speaker.country == "russia")
    }

    @Test func quotingASourceTheReportSaid() throws {
        #expect(try said("Quoting Azerbaijan's Defence Ministry, the agency said that two soldiers had been killed.")
            == [Said("Azerbaijan Ministry of Defense", "said", "two soldiers had been killed")])
    }
}
