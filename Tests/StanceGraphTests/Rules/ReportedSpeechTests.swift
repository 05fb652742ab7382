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

@Suite struct UnseenPhrasingTests {
    @Test func aNameAfterItsOfficeIsThePersonAndTheOfficeIsNot() throws {
        let found = try said("Kremlin spokesman Dmitry Peskov told reporters on Wednesday that Moscow was ready to help.")
        #expect(found == [Said("Dmitry Peskov", "told", "Moscow was ready to help")])
    }

    @Test func anAppositiveNameIsTheSpeaker() throws {
        let found = try said("The European Union's foreign policy chief, Josep Borrell, called on both sides to respect the ceasefire.")
        #expect(found.map(\.speaker) == ["Josep Borrell"])
    }

    @Test func aSecondVerbOfTheSameSubjectIsASecondStatement() throws {
        let found = try said("Azerbaijan's Foreign Ministry denied the claim and said Armenian forces had shelled its positions near Lachin.")
        #expect(found == [
            Said("Azerbaijan Ministry of Foreign Affairs", "denied", "denied the claim"),
            Said("Azerbaijan Ministry of Foreign Affairs", "said", "Armenian forces had shelled its positions near Lachin"),
        ])
    }

    @Test func accordingToTheMinistryGoesBackToIt() throws {
        let found = try said("Azerbaijan's Foreign Ministry denied the claim. According to the ministry, 50 Azerbaijani soldiers were killed.")
        #expect(found.last == Said("Azerbaijan Ministry of Foreign Affairs", "According to", "50 Azerbaijani soldiers were killed"))
    }

    @Test func speakingInParliament() throws {
        let found = try said("Pashinyan said in parliament that 105 servicemen had been killed.")
        #expect(found == [Said("Nikol Pashinyan", "said", "105 servicemen had been killed")])
    }

    @Test func aPronounForAnUnknownSubjectNamesNobodyElse() throws {
        let found = try said("""
            The OSCE urged calm on Monday.

            Thousands of farmers marched on the capital, as they demanded lower fuel prices.
            """)
        #expect(found.map(\.speaker) == ["OSCE"])
    }

    @Test func hisOfficeIsThePersonJustNamed() throws {
        let found = try said("French President Emmanuel Macron condemned the offensive, calling it unjustifiable, his office said.")
        #expect(found.map(\.speaker) == ["Emmanuel Macron"])
    }
}
