import Testing
@testable import StanceGraph

/// Each rule alone, on sentences of our own in its shape, with the bench's made-up registry.
@Suite struct RulesAloneTests {
    @Test func quotedAsSaying() throws {
        try RuleBench.expect(QuotedAsSaying.self, "North Wire <quoted [Valdorian President Mira Castell] as saying> that {the border would stay open}.")
    }

    @Test func quotingSource() throws {
        let found = try RuleBench.run(QuotingSource.self, on: "Quoting the Valdoria Ministry of Defense, the report said that two drones were shot down.")
        #expect(found.map(\.speaker) == ["Valdoria Ministry of Defense"])
        #expect(found.map(\.content) == ["two drones were shot down"])
    }

    @Test func accordingTo() throws {
        try RuleBench.expect(AccordingTo.self, "{Two drones were shot down overnight}, <according to> the [Valdoria Ministry of Defense].")
        try RuleBench.expect(AccordingTo.self, "<According to> [a senior official familiar with the talks], {the border will reopen in May}.")
    }

    @Test func quoteThenSpeaker() throws {
        try RuleBench.expect(QuoteThenSpeaker.self, "\"{We will not be drawn into a war},\" [Tomas Brenn] <said>.")
        try RuleBench.expect(QuoteThenSpeaker.self, "\"{We will not be drawn into a war},\" <said> [Tomas Brenn].")
        try RuleBench.expectNothing(QuoteThenSpeaker.self, "Tomas Brenn said the war would not spread.")
        // A participle after a quotation is no attribution of it.
        try RuleBench.expectNothing(QuoteThenSpeaker.self, "Mira Castell hailed the deal as a \"victory\", acknowledging the Valdorian army.")
    }

    @Test func speakerThenQuote() throws {
        try RuleBench.expect(SpeakerThenQuote.self, "[Mira Castell] <said>: \"{Our patience has limits}.\"")
    }

    @Test func clauseThenSpeaker() throws {
        try RuleBench.expect(ClauseThenSpeaker.self, "{The convoy reached the valley at dawn}, [Tomas Brenn] <said> on Tuesday.")
        try RuleBench.expect(ClauseThenSpeaker.self, "{The convoy reached the valley at dawn}, <said> [Tomas Brenn], a veteran of the talks.")
        try RuleBench.expectNothing(ClauseThenSpeaker.self, "Mira Castell on Monday, May 9, announced the end of the blockade.")
        try RuleBench.expectNothing(ClauseThenSpeaker.self, "Mira Castell hailed the deal as a victory, acknowledging the Valdorian army.")
        // A subject and its apposition before the cue are no clause: reported speech follows.
        try RuleBench.expectNothing(ClauseThenSpeaker.self, "Tomas Brenn, a veteran of the talks, said he would sail to Kethra.")
        try RuleBench.expectNothing(ClauseThenSpeaker.self, "Tomas Brenn, a former party chairman, said he is leaning toward Mira Castell.")
    }

    @Test func reportedSpeech() throws {
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell] <told> reporters in Port Sel that {the blockade would end soon}.")
        // Who was told, by a name the registry lacks; an aside between dashes.
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell] <told> The Kethra Ledger {the blockade would end soon}.")
        try RuleBench.expect(ReportedSpeech.self, "[Tomas Brenn] - who was in Port Sel at the time - <told> reporters {the ferry had sailed}.")
        // An apposition that opens with a word for a person, without an article.
        try RuleBench.expect(ReportedSpeech.self, "[Tomas Brenn], historian at the naval museum in Kethra, <said> {the ferry had sailed}.")
        // A verb that carries the statement on: "went on to say", "continued to insist".
        try RuleBench.expect(ReportedSpeech.self, "[Tomas Brenn] went on to <say> that {the ferry had sailed}.")
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell] continued to <insist> {the vote was fair}.")
        try RuleBench.expectNothing(ReportedSpeech.self, "Mira Castell declined to say whether the vote was fair.")
        // "add" on an object is no speech.
        try RuleBench.expectNothing(ReportedSpeech.self, "Mira Castell added to her lead in the northern districts.")
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell] <added> that {her lead was safe}.")
        try RuleBench.expect(ReportedSpeech.self, "Several [Orsenian officials] <said> {the talks had stalled}.")
    }

    @Test func citingIsASpeechAct() throws {
        try RuleBench.expect(SpeechAct.self, "[Tomas Brenn] {<cited> the closure of the port as the reason for the delay}.")
        try RuleBench.expect(SpeechAct.self, "[Tomas Brenn] {<pointed to> the closure of the port}.")
        try RuleBench.expect(SpeechAct.self, "[Tomas Brenn] {<expressed> frustration with the pace of the repairs}.")
        try RuleBench.expect(SpeechAct.self, "[Mira Castell] is {<promising> a new ferry for the islands}.")
    }

    @Test func speechAct() throws {
        try RuleBench.expect(SpeechAct.self, "[Tomas Brenn] {<accused> Valdoria of shelling the border villages}.")
        try RuleBench.expect(SpeechAct.self, "[Mira Castell] is {<calling on> both sides to hold their fire}.")
        try RuleBench.expectNothing(SpeechAct.self, "Tomas Brenn was accused by the opposition of lying.")
    }

    @Test func participialClause() throws {
        let found = try RuleBench.run(ParticipialClause.self, on: "Mira Castell issued a statement, adding that the talks would resume.")
        #expect(found.map(\.speaker) == ["Mira Castell"])
        #expect(found.map(\.content) == ["the talks would resume"])
        #expect(found.map(\.rule) == [ParticipialClause.name])
    }
}

@Suite struct SpeakerColonTests {
    @Test func aNameThenAColon() throws {
        try RuleBench.expect(SpeakerColon.self, "[Tomas Brenn]<:> {We will not be drawn into a war}.")
        try RuleBench.expect(SpeakerColon.self, "[BRENN]<:> {We will not be drawn into a war}.")
    }

    @Test func aLabelIsNoSpeaker() throws {
        try RuleBench.expectNothing(SpeakerColon.self, "UPDATE: The border crossing reopened at noon.")
        try RuleBench.expectNothing(SpeakerColon.self, "Q: When will the border crossing reopen?")
    }
}

@Suite struct MoreRulesAloneTests {
    @Test func aReportingParticipleAndItsClause() throws {
        let found = try RuleBench.run(ParticipialClause.self, on: "Mira Castell criticised the plan, saying it would cost the ports dearly.")
        #expect(found.map(\.content) == ["it would cost the ports dearly"])
        #expect(found.map(\.speaker) == ["Mira Castell"])
        try RuleBench.expectNothing(ParticipialClause.self, "The storm hit the coast, adding to the damage of the spring floods.")
    }

    @Test func aRelativePronounsAntecedentSpeaks() throws {
        try RuleBench.expect(ReportedSpeech.self, "The plan was welcomed by [Tomas Brenn], who <says> {the ports will reopen in June}.")
    }

    /// A clause before its speaker, and a second clause after the cue: the second clause is
    /// not part of the attribution, and not content of the cue.
    @Test func aClauseThenSpeakerFollowedByASecondClause() throws {
        try RuleBench.expect(ClauseThenSpeaker.self, "{The ferry will run again in May}, [Tomas Brenn] <said>, adding that the pier needed repair.")
        try RuleBench.expect(ClauseThenSpeaker.self, "{The ferry will run again in May}, <said> [Tomas Brenn], adding that the pier needed repair.")
        try RuleBench.expect(ClauseThenSpeaker.self, "{The ferry will run again in May}, [Tomas Brenn] <said> on Monday, while the unions objected.")
    }

    /// "..., calling him a coward": a characterisation carried by a participle.
    @Test func aCharacterisingParticiple() throws {
        let found = try RuleBench.run(ParticipialClause.self, on: "Mira Castell criticised Tomas Brenn, calling him a coward.")
        #expect(found.map(\.content) == ["calling him a coward"])
        #expect(found.map(\.speaker) == ["Mira Castell"])
    }

    @Test func aParticipleThenACommaAndAQuotation() throws {
        let found = try RuleBench.run(ParticipialClause.self, on: "Mira Castell left the podium, adding, \"We will be back next spring.\"")
        #expect(found.map(\.content) == ["We will be back next spring"])
        #expect(found.map(\.speaker) == ["Mira Castell"])
    }
}

@Suite struct SettingAndHeadlineTests {
    /// "by" and a means of speaking is where it was said, not a passive's agent.
    @Test func saidByTelephoneIsASetting() throws {
        try RuleBench.expect(QuoteThenSpeaker.self, "\"{The port stays open}\", [Tomas Brenn] <said> by telephone from Kethra.")
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell] <said> by video link that {the talks would resume}.")
        try RuleBench.expectNothing(SpeechAct.self, "Tomas Brenn was accused by the opposition of lying.")
    }

    /// Who was told, when and where, with no words said, is no statement.
    @Test func aSettingAloneIsNoContent() throws {
        try RuleBench.expectNothing(ReportedSpeech.self, "Mira Castell said on Orsenian Radio.")
        try RuleBench.expectNothing(ReportedSpeech.self, "Tomas Brenn spoke at Kethra University.")
    }

    /// A title-case line, as a headline is written: its verb is capitalised, and its content's
    /// capitals are no names.
    @Test func aHeadlinesCapitalisedVerb() throws {
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell] <Says> {Port Sel Talks Will Resume In June}.")
        let words = SentenceTokens(Array("Mira Castell Says Port Sel Talks Will Resume In June.".unicodeScalars))
        #expect(words.isHeadline)
        #expect(!SentenceTokens(Array("Mira Castell says the Port Sel talks will resume.".unicodeScalars)).isHeadline)
        // In a sentence of prose a capitalised verb is part of a name, not a cue.
        try RuleBench.expectNothing(ReportedSpeech.self, "The Warns family said nothing.")
    }
}

/// What the stages around the rules decide: which of two frames in a sentence speaks.
@Suite struct FrameChoiceTests {
    /// A cue read as a verb after words that name nobody ("in his closing remarks" read as
    /// "his closing" remarking) gives way to the frame it covered.
    @Test func aFrameWhoseSpeakerIsNobodyGivesWay() throws {
        #expect(try said("In his closing remarks, Ilham Aliyev said the talks had been useful.")
                == [Said("Ilham Aliyev", "said", "the talks had been useful")])
        #expect(try said("In her opening remarks on Monday, Ilham Aliyev said the border was calm.").map(\.text) == ["the border was calm"])
    }

    /// The headline is read for one shape, "Name: words", when the name is someone's; later
    /// headings (subheadings, captions) and other headline shapes are not statements.
    @Test func aHeadlineWithASpeakerAndAColon() throws {
        let found = try said("""
            Ilham Aliyev: The Corridor Will Open In Spring

            The president spoke in Baku on Monday about the road.

            Stepanakert: Rebuilding Begins
            """)
        #expect(found == [Said("Ilham Aliyev", ":", "The Corridor Will Open In Spring")])
        #expect(try said("Shusha: Three-Day Festival Opens To Visitors\n\nThe town was quiet.").isEmpty)
        #expect(try said("Ilham Aliyev Says Corridor Will Open\n\nThe town was quiet.").isEmpty)
    }

    /// A lone surname before a headline's colon is the person the article goes on to name
    /// in full; a lone word nobody is named by is a place or a topic.
    @Test func aHeadlinesSurnameIsThePersonNamedBelow() throws {
        let found = try said("""
            Weller: Harbour dredging will start in May

            Dana Weller, the harbour master, spoke in Port Sel on Monday.
            """)
        #expect(found == [Said("Dana Weller", ":", "Harbour dredging will start in May")])
        #expect(try said("Weller: Harbour dredging will start in May\n\nThe harbour master spoke on Monday.").isEmpty)
    }

    /// A description of a person by a common noun: the person last named when it is definite
    /// and singular, else a speaker named by the description.
    /// A document is a source when someone owns it: "his campaign's filings", "the ministry's
    /// tally", never bare "filings".
    @Test func anOwnedDocumentIsASource() throws {
        #expect(try said("Ilham Aliyev spoke in Baku. The party raised two million manat in May, according to his campaign filings.").map(\.speaker)
                == ["Ilham Aliyev's campaign filings"])
        #expect(try said("The party raised two million manat in May, according to filings.").isEmpty)
    }

    @Test func aDescribedPerson() throws {
        #expect(try said("Ilham Aliyev toured the front. The veteran politician said the army would stay.")
                == [Said("Ilham Aliyev", "said", "the army would stay")])
        #expect(try said("Several surgeons said the hospital had run out of blood.").map(\.speaker) == ["surgeons"])
        // A description of a thing is nobody.
        #expect(try said("The economic recovery says little about wages.").isEmpty)
    }

    /// A description whose noun has a sex ("the businessman", "the chairwoman") is the last
    /// person named who is not of the other sex.
    @Test func aDescribedPersonOfTheNounsSex() throws {
        #expect(try RuleBench.statements("Hillary Roe met Tom Doe on Monday. \"The plan is good,\" Roe said. The businessman praised the plan.")
            .map(\.speaker.name) == ["Hillary Roe", "Tom Doe"])
        #expect(try RuleBench.statements("Hillary Roe met Tom Doe on Monday. The businesswoman praised the plan.")
            .map(\.speaker.name) == ["Hillary Roe"])
    }

    /// "X, who said A, said B": two statements, the first ending where the main verb's clause begins.
    @Test func aRelativeClauseWithACueEndsBeforeTheMainVerb() throws {
        let found = try said("Ilham Aliyev met the envoy in Baku. Aliyev, who said the corridor was open, told reporters the army would stay.")
        #expect(found == [Said("Ilham Aliyev", "said", "the corridor was open"), Said("Ilham Aliyev", "told", "the army would stay")])
    }

    /// A cue joined by "and" or "but" to a verb of the same subject, whatever the verb:
    /// the subject that opens the clause speaks, past an opening phrase set off by a comma.
    @Test func aCueJoinedToAnyVerbOfTheSameSubject() throws {
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell] appeared with a radio host on Sunday and later <said> {the port would reopen}.")
        try RuleBench.expect(ReportedSpeech.self, "On Friday, [Tomas Brenn] declined to name the buyer but <said> {the sale was final}.")
        try RuleBench.expect(ReportedSpeech.self, "[A spokesman for the port] declined to comment but <said> in a statement that {the cranes were safe}.")
        try RuleBench.expect(SpeechAct.self, "[Mira Castell] toured the harbour and {<praised> the crews for their work}.")
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell] toured the harbour, but later <told> reporters {the crews had worked well}.")
        #expect(try RuleBench.run(ReportedSpeech.self, on: "Tomas Brenn visited the port and the harbour master said the cranes were broken.").map(\.speaker)
                == ["the harbour master"])
    }

    /// A participle after the main clause speaks for its subject, past an opening phrase.
    @Test func aParticipleAfterAClauseWithAnOpeningPhrase() throws {
        try RuleBench.expect(ParticipialClause.self, "In a speech to dock workers on Tuesday, [Tomas Brenn] struck a calm tone, <saying> {he understood their anger}.")
    }

    /// A short aside between a name and its apposition: a party tag, or a filler word.
    @Test func anAsideBeforeAnApposition() throws {
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell], D-Ore., appearing on a morning show after the debate, <said> {Tomas Brenn had not answered}.")
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell], R-N.Y., who sits on the ports committee, <said> {the dredging would wait}.")
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell], meanwhile, who has no seat on the committee, <said> {the dredging would wait}.")
        // An apposition headed by an office or a word for a person a few words in.
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell], editorial page editor for the Kethra Ledger, <asked> Tomas Brenn {if the port would close}.")
        try RuleBench.expect(ReportedSpeech.self, "[Mira Castell], longtime campaign aide to the mayor, <said> {the port would close}.")
    }

    /// `"...," said X, who said ...`: the relative clause is a second statement, not a second
    /// attribution of the quotation.
    @Test func aRelativeClauseAfterAnInvertedQuotation() throws {
        let sentence = "\"The harbour is not for sale,\" said Tomas Brenn, who said the offer had come by letter."
        #expect(try RuleBench.run(QuoteThenSpeaker.self, on: sentence).map(\.content) == ["The harbour is not for sale"])
        #expect(try RuleBench.run(ReportedSpeech.self, on: sentence).map(\.content) == ["the offer had come by letter"])
    }

    /// "called X by phone" is a call, not a characterisation.
    @Test func aTelephoneCallIsNoCharacterisation() throws {
        try RuleBench.expectNothing(SpeechAct.self, "Mira Castell called the two captains separately by phone on Friday.")
        try RuleBench.expect(SpeechAct.self, "[Mira Castell] {<called> the offer an insult to the port}.")
    }

    /// A cue form after a number is a plural noun ("14 states", "four reports"), and no
    /// statement inside the content of "according to"; a past form after a date is a verb.
    @Test func aPluralCueFormAfterANumberIsANoun() throws {
        try RuleBench.expect(AccordingTo.self, "{So far this year, 14 states passed new port laws}, <according to> the [Hollis Institute].")
        try RuleBench.expect(AccordingTo.self, "{The ferry line has cut sailings in four states}, <according to> [media buying sources].")
        try RuleBench.expect(ReportedSpeech.self, "The [Valdoria Ministry of Defense] on May 9 <said> {two drones were shot down}.")
        #expect(try said("Dana Baker has won the primary, according to three television networks.").map(\.speaker) == ["television networks"])
    }
}
