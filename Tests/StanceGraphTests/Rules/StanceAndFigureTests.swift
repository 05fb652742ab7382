import Testing
@testable import StanceGraph

@Suite struct StanceAndFigureTests {
    func polarity(_ cue: CueLexicon.Stance, _ text: String) -> Int {
        StanceReader.polarity(cue: cue, words: ArraySlice(text.lowercased().split(separator: " ").map { LowerWord(String($0)) }))
    }

    @Test func contentDecidesForNeutralCues() {
        #expect(polarity(.neutral, "enemy shelling of civilian areas continued") == -1)
        #expect(polarity(.neutral, "we are grateful for the assistance of our partners") == 1)
        #expect(polarity(.neutral, "the ministry published a list of names") == 0)
        #expect(polarity(.neutral, "the opposition was not seeking the annulment of the deal") == 1)
        #expect(polarity(.neutral, "there will be no corridor through our land") == -1)
    }

    /// A stance verb counts in the forms news writes it: "withdrew", "threatens", "thanked".
    @Test func inflectedFormsOfStanceVerbsCount() {
        #expect(polarity(.neutral, "the ceasefire held until their troops withdrew and the convoy was shelled") == -1)
        #expect(polarity(.neutral, "the council threatens to close the port") == -1)
        #expect(polarity(.neutral, "she thanked the crews") == 1)
        for word in ["withdrew", "threatens", "condemns", "undermined", "thanked", "congratulating"] {
            #expect(StanceReader.conflictWords[word] != nil, "\(word)")
        }
    }

    @Test func cooperativeCuesStayCooperativeUnlessTheyAskForRemoval() {
        #expect(polarity(.cooperative, "both sides to refrain from provocative actions") == 1)
        #expect(polarity(.cooperative, "the prime minister to step down") == -1)
        #expect(polarity(.hostile, "the agreement") == -1)
    }

    @Test func figuresAreCountedPeopleAndThings() throws {
        let statements = try extract("""
            Azerbaijan's Defence Ministry said 2,904 servicemen had been killed and 6 were missing, adding that four soldiers were captured \
            and the army lost two tanks during the six weeks of war in 2020.
            """)
        let figures = statements.flatMap(\.figures)
        #expect(figures == [Figure(value: 2904, what: "killed"), Figure(value: 6, what: "missing"), Figure(value: 4, what: "captured"), Figure(value: 2, what: "tanks")])
    }

    @Test func aVerbBeforeANumberSaysWhatBefellThem() throws {
        let statements = try extract("Azerbaijan's defence ministry said the shelling of Ganja killed nine civilians, wounding 34.")
        #expect(statements.first?.figures == [Figure(value: 9, what: "killed"), Figure(value: 34, what: "wounded")])
    }
}

@Suite struct DirectedStanceTests {
    @Test func aSupportiveStatementCanBeHostileTowardOneTarget() throws {
        let found = try extract("Aliyev welcomed the accord as a triumph for his nation and a defeat of Armenia.")
        let statement = try #require(found.first)
        #expect(statement.polarity == 1)
        #expect(statement.stances == ["armenia": -1])
        #expect(statement.polarity(toward: "armenia") == -1)
        #expect(StatementFormats.jsonLine(statement).contains("\"stances\":{\"armenia\":-1}"))
    }

    @Test func theAgentOfAnAppealAndTheVictimOfAnAttackKeepTheStatementsStance() throws {
        let appeal = try #require(try extract("Aliyev welcomed the urgent appeals from Russia to end the fighting.").first)
        #expect(appeal.stances.isEmpty)
        let attack = try #require(try extract("Pashinyan condemned the attack on Armenia.").first)
        #expect(attack.stances.isEmpty)
    }

    @Test func theGraphAndTheDiffUseTheStanceTowardEachTarget() throws {
        let article = try Article.from("""
            ---
            published: 2020-11-14
            ---
            Aliyev welcomed the accord as a triumph for his nation and a defeat of Armenia.
            """, name: "hail.txt")
        let statements = projectExtractor.statements(in: article)
        let graph = ActorGraph(statements: statements, articles: [article], registry: projectRegistry)
        let stance = try #require(graph.stances.first { $0.speaker == "actor:ilham-aliyev" && $0.target == "actor:armenia" })
        #expect(stance.meanPolarity == -1)
        #expect(StanceDiff.mean(statements, toward: "armenia") == -1)
    }
}

@Suite struct MoreFigureTests {
    @Test func whatBefellThemRightAfterTheNumber() throws {
        let found = try extract("Georgia's Interior Ministry said one policeman was killed and three wounded near the crossing.")
        #expect(found.first?.figures.map(\.value) == [1, 3])
        #expect(found.first?.figures.map(\.what) == ["killed", "wounded"])
        let detained = try extract("Aliyev said Baku had handed over 12 detained Armenians at the border.")
        #expect(detained.first?.figures == [Figure(value: 12, what: "captured")])
    }

    @Test func thingsCountedPastCompoundAdjectives() throws {
        let found = try extract("Pashinyan said Yerevan had handed over maps of 40,000 anti-tank and anti-personnel mines.")
        #expect(found.first?.figures == [Figure(value: 40000, what: "anti-tank and anti-personnel mines")])
    }
}
