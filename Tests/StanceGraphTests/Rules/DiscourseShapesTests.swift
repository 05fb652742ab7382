import Testing
@testable import StanceGraph

/// Who "he", "the Turkish leader" and "the Ministry of Defense" are, and when an undated
/// statement was made: what the sentences before it tell.
@Suite struct DiscourseShapesTests {
    @Test func heIsTheLastSentencesSubjectNotTheLastNameSeen() throws {
        let found = try said("""
            Aliyev said he would receive Pashinyan in Baku next spring. He vowed to release the detained engineers.
            """)
        #expect(found.map(\.speaker) == ["Ilham Aliyev", "Ilham Aliyev"])
    }

    @Test func anOfficeWithNoHolderIsThePersonNamedBefore() throws {
        let found = try said("""
            Turkish President Recep Tayyip Erdogan addressed a rally in Izmir. "Our ports are open to our friends," the Turkish leader said.
            """)
        #expect(found.map(\.speaker) == ["Recep Tayyip Erdoğan"])
    }

    @Test func aBodyWithNoCountryIsTheCountryLastHeard() throws {
        let found = try said("""
            Armenia's Foreign Ministry said the prisoners had not been returned.

            Talks with the Russian side went on overnight. The Ministry of Defense reports that two soldiers were freed.
            """)
        #expect(found.map(\.speaker) == ["Armenia Ministry of Foreign Affairs", "Armenia Ministry of Defense"])
    }

    @Test func theDocumentGoesBackToWhoeverIssuedIt() throws {
        let found = try said("""
            The OSCE Minsk Group issued a statement on Friday. "The co-chairs will visit the region soon," the document said.
            """)
        #expect(found.map(\.speaker) == ["OSCE Minsk Group"])
    }

    @Test func aSubjectInsideAQuotationIsNoAntecedent() throws {
        let found = try said("""
            Pashinyan met the envoy on Monday. "Praise God, the harvest came in early," he said.
            """)
        #expect(found.map(\.speaker) == ["Nikol Pashinyan"])
    }

    /// "She" is not a man the text named: a first name (`first-names.tsv`) or a title
    /// (`grammar.txt`'s male and female words) tells a person's sex; recency and the
    /// subject decide among those who fit.
    @Test func sheIsTheLastWomanNamedWhenTheSubjectIsAMan() throws {
        let found = try said("""
            Governor Margaret Okafor met Senator Daniel Reyes in the capital. Reyes praised the new port. She said the dredging would start in May.

            Mrs. Ngozi Lindqvist toured the harbour with Mr. Tunde Abara. He said the cranes were old, and her spokeswoman said the budget was spent.
            """)
        #expect(found.map(\.speaker) == ["Daniel Reyes", "Margaret Okafor", "Tunde Abara", "Ngozi Lindqvist"])
    }

    @Test func aSubjectOfUnknownSexStillTakesThePronoun() throws {
        let found = try said("Governor Margaret Okafor met Nikol Pashinyan in Yerevan. Pashinyan praised the port. He said the road would open.")
        #expect(found.map(\.speaker) == ["Nikol Pashinyan", "Nikol Pashinyan"])
    }

    @Test func theSexOfAMention() {
        #expect(Discourse.sex(ofMention: "Sen. Elizabeth Warren") == .female)
        #expect(Discourse.sex(ofMention: "Virginia Gov. Tim Kaine") == .male)
        #expect(Discourse.sex(ofMention: "Rep. Elijah E. Cummings") == .male)
        #expect(Discourse.sex(ofMention: "Mrs. Clinton") == .female)
        #expect(Discourse.sex(ofMention: "health ministry spokeswoman Alina Nikoghosyan") == .female)
        #expect(Discourse.sex(ofMention: "Nikol Pashinyan") == nil)
        #expect(Discourse.sex(ofMention: "Warren") == nil)
        // Only a capitalised word just before the surname is a first name.
        #expect(Discourse.sex(ofMention: "Foreign Minister Zohrab Mnatsakanyan in Washington") == nil)
    }
}

/// A dateline's place, in capitals before a dash, is where the story was filed: never the
/// person a later pronoun stands for.
@Suite struct DatelineTests {
    @Test func aDatelinesPlaceIsNoPerson() throws {
        let found = try said("""
            Dana Weller toured the valley on Monday.

            SALT FLATS - Sixty years ago, a flood here changed the valley.

            "It will hold," he said.
            """)
        #expect(found == [Said("Dana Weller", "said", "It will hold")])
    }

    /// A surname after an office in capitals is a person wherever it stands, as after a
    /// lower-case office ("spokesperson Roe") or an honorific ("Mr. Roe").
    @Test func anOfficeBeforeASurnameMakesItAPerson() throws {
        let found = try said("""
            SALT FLATS - Sixty years ago, a flood here changed the valley. Last week, Governor Weller flew here to see the new dam.

            "It will hold," he said.
            """)
        #expect(found == [Said("Weller", "said", "It will hold")])
    }
}

@Suite struct SceneDateTests {
    @Test func anUndatedStatementTakesTheDayOfItsScene() throws {
        let found = try extract("""
            On October 3, Pashinyan said the border posts would be handed back. He added that engineers would mark the line.
            """, published: "2021-10-09")
        #expect(found.map(\.date) == [Day(iso: "2021-10-03"), Day(iso: "2021-10-03")])
    }

    @Test func laterMovesAStatementOffTheScenesDay() throws {
        let found = try extract("""
            On October 3, Pashinyan said the border posts would be handed back. He later said the handover would have to wait.
            """, published: "2021-10-09")
        #expect(found.map(\.date) == [Day(iso: "2021-10-03"), Day(iso: "2021-10-09")])
    }

    /// A sentence that looks back at the scene's day ("the day before", "the previous day")
    /// was not said on it: with no day of its own, it takes the publication day.
    @Test func theDayBeforeMovesAStatementOffTheScenesDay() throws {
        for phrase in ["the day before", "the previous day", "a day earlier"] {
            let found = try extract("""
                On October 3, Pashinyan said the border posts would be handed back. He recalled that \(phrase) engineers had marked the line.
                """, published: "2021-10-09")
            #expect(found.map(\.date) == [Day(iso: "2021-10-03"), Day(iso: "2021-10-09")], "\(phrase)")
        }
    }

    @Test func theLeadParagraphDatesTheStorysEvent() throws {
        let found = try extract("""
            The two foreign ministers met in Geneva on March 4 for talks on the railway.

            After the talks, the ministers took questions from the press.

            Lavrov stressed that the railway would reopen by the summer.
            """, published: "2022-03-07")
        #expect(found.map(\.date) == [Day(iso: "2022-03-04")])
    }

    @Test func aBareWeekdayAfterTheCueDatesTheStatement() throws {
        let found = try extract("Pashinyan said Wednesday the talks in Geneva had ended without a deal.", published: "2020-10-23")
        #expect(found.map(Said.init) == [Said("Nikol Pashinyan", "said", "the talks in Geneva had ended without a deal")])
        #expect(found.first?.date == Day(iso: "2020-10-21"))
    }

    @Test func aWeekdayAndItsDateSetOffByCommas() throws {
        let found = try extract("Ilham Aliyev on Sunday, November 8, announced the capture of the town.", published: "2020-11-09")
        #expect(found.map(Said.init) == [Said("Ilham Aliyev", "announced", "the capture of the town")])
        #expect(found.first?.date == Day(iso: "2020-11-08"))
    }
}

@Suite struct UnseenCueShapesTests {
    @Test func aParticipleAfterAQuotationsAttribution() throws {
        let found = try said("\"The convoy left at dawn,\" Lavrov said, adding that Moscow had asked for guarantees.")
        #expect(found == [
            Said("Sergei Lavrov", "said", "The convoy left at dawn"),
            Said("Sergei Lavrov", "adding", "Moscow had asked for guarantees"),
        ])
    }

    @Test func aQuotationInsideAToldClauseStaysInIt() throws {
        let found = try said("Lavrov told reporters the dinner had been \"productive\" before boarding his plane.")
        #expect(found == [Said("Sergei Lavrov", "told", "the dinner had been \"productive\" before boarding his plane")])
    }

    @Test func aProgressiveCueIsAnActiveVerb() throws {
        let found = try extract("Lavrov is calling on both sides to stop the shelling.")
        #expect(found.map(\.cue) == ["calling on"])
        #expect(found.first?.polarity == 1)
    }

    @Test func theMannerBelongsToTheAct() throws {
        #expect(try said("Georgia's Foreign Ministry angrily dismissed the report.").map(\.text) == ["angrily dismissed the report"])
    }

    @Test func aGivenNameAtTheSentencesStartIsPartOfTheName() throws {
        let found = try said("Elnur Karimli, aide to the Azerbaijani president, said that the airport had reopened.")
        #expect(found == [Said("Elnur Karimli", "said", "the airport had reopened")])
    }

    @Test func anInvertedSubjectMustNameSomeone() throws {
        // "announced the capture of the town" has no speaker after the cue: the subject before it is.
        let found = try said("Ilham Aliyev, speaking on television, announced the capture of the town.")
        #expect(found.map(\.speaker) == ["Ilham Aliyev"])
    }
}

@Suite struct AccordingToSourcesTests {
    @Test func aDescribedSourceIsNamedByItsHead() throws {
        let found = try said("The bridge will reopen in May, according to a transport official familiar with the plans.")
        #expect(found == [Said("transport official", "according to", "The bridge will reopen in May")])
    }

    @Test func aDocumentWithItsOwner() throws {
        let found = try said("Turnout fell by a third, according to the county's election records.")
        #expect(found.map(\.speaker) == ["county's election records"])
    }

    @Test func aHedgeInsideAnotherStatementStaysInIt() throws {
        let found = try said("Pashinyan told reporters that, according to early estimates, 40 homes were flooded.")
        #expect(found.map(\.speaker) == ["Nikol Pashinyan"])
        #expect(found.first?.text.contains("according to early estimates") == true)
    }

    @Test func accordingToAPronoun() throws {
        let found = try said("Putin met the envoy in Sochi. According to him, both sides must keep the ceasefire.")
        #expect(found == [Said("Vladimir Putin", "According to", "both sides must keep the ceasefire")])
    }
}

@Suite struct StateNounTests {
    @Test func aCountrysForcesAreTheCountryAsATarget() throws {
        let found = try extract("Azerbaijan's Defence Ministry said Armenian forces had shelled the town overnight.")
        #expect(found.first?.targets.map(\.id) == ["armenia"])
        #expect(found.first?.polarity == -1)
    }

    @Test func thePluralDemonymIsTheCountry() throws {
        let found = try extract("Erdogan said the Armenians must leave the villages near the border.")
        #expect(found.first?.targets.map(\.id).contains("armenia") == true)
    }
}

@Suite struct TargetShapesTests {
    @Test func theSidesAreTheTwoStatesNamed() throws {
        let found = try extract("Fighting resumed between Armenia and Azerbaijan. Lavrov urged the sides to return to talks.")
        #expect(Set(found.first?.targets.map(\.id) ?? []) == ["armenia", "azerbaijan"])
    }

    @Test func himIsThePersonLastNamedOtherThanTheSpeaker() throws {
        let found = try extract("Pashinyan said he would call Aliyev on Friday. He urged him to open the road to Goris.")
        #expect(found.last?.targets.map(\.id).contains("ilham-aliyev") == true)
    }

    @Test func aTopicCueInThePlural() throws {
        let found = try extract("Michel said the ministers would honour the trilateral agreements.")
        #expect(found.first?.topics == ["ceasefire-agreement"])
    }
}

@Suite struct BodiesOfStatesTests {
    @Test func aCountrysNavyIsTheSourceWholeAndTheContentStartsAfterIt() throws {
        let found = try said("According to the Peruvian navy, three trawlers were stopped near the reef.")
        #expect(found == [Said("Peru", "According to", "three trawlers were stopped near the reef")])
    }

    @Test func theCoChairsAreTheBodyLastNamed() throws {
        let found = try said("The OSCE Minsk Group met in Vienna. The co-chairs said in a statement that they would travel to the region.")
        #expect(found.map(\.speaker) == ["OSCE Minsk Group"])
    }
}
