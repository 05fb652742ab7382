import Testing
@testable import StanceGraph

@Suite struct ReportedSpeechTests {
    @Test func saidThatWithADay() throws {
        let statements = try extract("Turkish President Recep Tayyip Erdogan said on Wednesday that Ankara would stand by Baku.", published: "2020-10-03")
        #expect(statements.map(Said.init) == [Said("Recep Tayyip Erdoğan", "said", "Ankara would stand by Baku")])
        #expect(statements.first?.date == Day(iso: "2020-09-30"))
        #expect(statements.first?.targets.map(\.id) == ["azerbaijan"])
    }

    @Test func toldSomeoneThat() throws {
        #expect(try said("Lavrov told his Turkish counterpart that Moscow opposed any foreign fighters in the region.")
            == [Said("Sergei Lavrov", "told", "Moscow opposed any foreign fighters in the region")])
    }

    @Test func pronounsAndTheMinistryGoBackToTheirSpeaker() throws {
        let found = try said("""
            Georgia's Defence Ministry said its troops had been put on alert. It added that no incursion had been recorded.

            The ministry said the situation was under control.
            """)
        #expect(found == [
            Said("Georgia Ministry of Defense", "said", "its troops had been put on alert"),
            Said("Georgia Ministry of Defense", "added", "no incursion had been recorded"),
            Said("Georgia Ministry of Defense", "said", "the situation was under control"),
        ])
    }

    @Test func mixedQuoteIsAQuoteWhenMostlyQuoted() throws {
        let statements = try extract("Aliyev said that \"the occupation of our lands is over and will never return.\"")
        #expect(statements.first?.quote == true)
        #expect(statements.first?.polarity == -1)
    }

    @Test func anUnknownSpeakerIsNamedWithCountry() throws {
        let statements = try extract("Kazakh Foreign Minister Mukhtar Tileuberdi said on Monday that his country backed a peaceful settlement.")
        #expect(statements.first?.speaker.name == "Mukhtar Tileuberdi")
        #expect(statements.first?.speaker.country == "kazakhstan")
        #expect(statements.first?.speaker.isKnown == false)
        #expect(statements.first?.polarity == 1)
    }
}
