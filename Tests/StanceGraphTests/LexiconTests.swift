import Testing
@testable import StanceGraph

@Suite struct LexiconFileTests {
    @Test func linesSkipCommentsAndBlanksAndKeepTheirNumbers() {
        let file = LexiconFile(name: "t.tsv", text: "# heading\n\nsay\tneutral\treporting # a comment\n  \nurge\tcooperative\tact\n")
        #expect(file.lines == [
            LexiconFile.Line(number: 3, fields: ["say", "neutral", "reporting"]),
            LexiconFile.Line(number: 5, fields: ["urge", "cooperative", "act"]),
        ])
    }

    @Test func aWordListRefusesCapitalsAndExtraFieldsWithTheLine() {
        #expect(throws: LexiconFile.Problem(file: "w.txt", line: 2, message: "\"Officials\" has capitals; write entries in lower case")) {
            try LexiconFile(name: "w.txt", text: "aides\nOfficials\n").words()
        }
        #expect(throws: LexiconFile.Problem.self) { try LexiconFile(name: "w.txt", text: "aides\tofficials\n").words() }
    }

    @Test func everyBuiltInFileParses() throws {
        #expect(try Lexicons.speakerNouns.words().contains("officials"))
        #expect(try CueLexicon.table(Lexicons.cues).forms["said"]?.lemma == "say")
        #expect(try StanceReader.weightedWords(Lexicons.stance, range: -2...2)["aggression"] == -2)
        #expect(try StanceReader.valences(Lexicons.sentiment)["peace"] ?? 0 > 1)
    }
}

@Suite struct CueTableTests {
    @Test func regularFormsAreMadeAndListedFormsReplaceThem() throws {
        let table = try CueLexicon.table(LexiconFile(name: "c.tsv", text: """
            note\tneutral\treporting
            say\tneutral\treporting\tsaid, says, +base
            insist\tneutral\treporting\t+base
            point out\tneutral\treporting
            """))
        #expect(Set(table.forms.keys) == ["notes", "noted", "noting", "said", "says", "say", "insists", "insisted", "insisting", "insist"])
        #expect(table.phrases.map(\.words) == [["points", "out"], ["pointed", "out"], ["pointing", "out"]])
    }

    @Test func badLinesAreReportedWithFileAndLine() {
        #expect(throws: LexiconFile.Problem(file: "c.tsv", line: 2, message: "unknown stance \"angry\"; use hostile, neutral or cooperative")) {
            try CueLexicon.table(LexiconFile(name: "c.tsv", text: "say\tneutral\treporting\nrant\tangry\treporting\n"))
        }
        #expect(throws: LexiconFile.Problem(file: "c.tsv", line: 1, message: "unknown shape \"speech\"; use reporting, quote or act")) {
            try CueLexicon.table(LexiconFile(name: "c.tsv", text: "say\tneutral\tspeech\n"))
        }
        #expect(throws: LexiconFile.Problem(file: "c.tsv", line: 2, message: "\"said\" is already a form of \"say\"; a form belongs to one cue")) {
            try CueLexicon.table(LexiconFile(name: "c.tsv", text: "say\tneutral\treporting\tsaid\nutter\thostile\tact\tsaid\n"))
        }
        #expect(throws: LexiconFile.Problem.self) { try CueLexicon.table(LexiconFile(name: "c.tsv", text: "say\tneutral\n")) }
    }

    @Test func regularInflection() {
        #expect(Inflection.regular("note") == ["notes", "noted", "noting"])
        #expect(Inflection.regular("deny") == ["denies", "denied", "denying"])
        #expect(Inflection.regular("stress") == ["stresses", "stressed", "stressing"])
        #expect(Inflection.regular("agree") == ["agrees", "agreed", "agreeing"])
        #expect(Inflection.regular("convey") == ["conveys", "conveyed", "conveying"])
        #expect(Inflection.regular("blast") == ["blasts", "blasted", "blasting"])
    }

    /// A cue added to the data file works everywhere: the rules find it, and the mention
    /// finder takes a lone name next to it for a speaker.
    @Test func everyCueFormIsACueAndASpeakerWord() {
        for (form, cue) in CueLexicon.forms {
            let words = [LowerWord(form)]
            #expect(CueLexicon.match(words, at: 0)?.cue == cue, "\(form)")
            #expect(MentionFinder.speakerFollowers.contains(form), "\(form)")
        }
        for (words, _) in CueLexicon.phrases {
            #expect(MentionFinder.speakerFollowers.contains(words[0]), "\(words)")
        }
    }
}

@Suite struct StanceLexiconTests {
    @Test func weightsAreCheckedWithTheLine() {
        #expect(throws: LexiconFile.Problem(file: "s.tsv", line: 2, message: "expected a word, a tab and a whole weight from -2 to 2, not 0")) {
            try StanceReader.weightedWords(LexiconFile(name: "s.tsv", text: "peace\t2\nwar\t-5\n"), range: -2...2)
        }
        #expect(throws: LexiconFile.Problem(file: "s.tsv", line: 2, message: "\"peace\" is listed twice; keep one line")) {
            try StanceReader.weightedWords(LexiconFile(name: "s.tsv", text: "peace\t2\npeace\t1\n"), range: -2...2)
        }
        #expect(throws: LexiconFile.Problem.self) { try StanceReader.valences(LexiconFile(name: "v.tsv", text: "calm\tvery\n")) }
    }

    @Test func conflictWordsOutweighGeneralSentiment() {
        // "protect" is mildly positive in VADER; stance.tsv lists it, and its weight counts.
        #expect(StanceReader.polarity(cue: .neutral, words: ["they", "will", "protect", "the", "border"].map(LowerWord.init)[...]) == 1)
        #expect(StanceReader.polarity(cue: .neutral, words: ["the", "occupiers", "must", "leave"].map(LowerWord.init)[...]) == -1)
        // A general sentiment word, strong enough, decides when no conflict word is there.
        #expect(StanceReader.polarity(cue: .neutral, words: ["the", "evening", "was", "wonderful"].map(LowerWord.init)[...]) == 1)
        #expect(StanceReader.polarity(cue: .neutral, words: ["the", "vote", "is", "on", "tuesday"].map(LowerWord.init)[...]) == 0)
    }
}

@Suite struct TitleAndNotNameTests {
    @Test func everyBuiltInTableParses() throws {
        #expect(try Lexicons.titleTable(Lexicons.titles)[.office]?.contains("spokesperson") == true)
        #expect(Lexicons.notNames[.region]?.contains("south caucasus") == true)
    }

    @Test func classTablesReportBadLines() {
        #expect(throws: LexiconFile.Problem(file: "t.tsv", line: 2, message: "expected a word, a tab and its class: office, honorific, descriptor, and optionally a tab and the offices it abbreviates")) {
            try Lexicons.titleTable(LexiconFile(name: "t.tsv", text: "minister\toffice\nbaron\tnobility\n"))
        }
        #expect(throws: LexiconFile.Problem(file: "t.tsv", line: 1, message: "write \"prime minister\" as one word in lower case")) {
            try Lexicons.titleTable(LexiconFile(name: "t.tsv", text: "prime minister\toffice\n"))
        }
        #expect(throws: LexiconFile.Problem(file: "t.tsv", line: 2, message: "\"mr\" is listed twice; keep one line")) {
            try Lexicons.titleTable(LexiconFile(name: "t.tsv", text: "mr\thonorific\nmr\tdescriptor\n"))
        }
        #expect(throws: LexiconFile.Problem(file: "t.tsv", line: 1, message: "write the offices \"Senator\" stands for as words in lower case, separated by commas")) {
            try Lexicons.titleExpansions(LexiconFile(name: "t.tsv", text: "sen\thonorific\tSenator\n"))
        }
        #expect(throws: LexiconFile.Problem(file: "t.tsv", line: 1, message: "expected a word, a tab and its class: office, honorific, descriptor, and optionally a tab and the offices it abbreviates")) {
            try Lexicons.titleTable(LexiconFile(name: "t.tsv", text: "sen\thonorific\tsenator\textra\n"))
        }
    }

    /// An abbreviated title stands for its offices: "the senator" is the person last named
    /// "Sen. ...", "the congresswoman" the one named "Rep. ...".
    @Test func anAbbreviatedTitleStandsForItsOffices() throws {
        #expect(try Lexicons.titleExpansions(LexiconFile(name: "t.tsv", text: "sen\thonorific\tsenator\nmr\thonorific\n")) == ["sen": ["senator"]])
        #expect(Lexicons.titleExpansions["rep"]?.contains("congresswoman") == true)
        let found = try said("""
            Sen. Dana Whitlow warned against a brokered convention. "That would be a disaster for all of us," the Oregon senator said.

            Rep. Ida Marsh agreed. The congresswoman said the party should unite.
            """)
        #expect(found.map(\.speaker) == ["Dana Whitlow", "Dana Whitlow", "Ida Marsh"])
        #expect(found.dropFirst().first?.text == "That would be a disaster for all of us")
    }

    /// A title added to the data file works everywhere titles are read.
    @Test func everyOfficeIsReadAsAnOfficeEverywhere() {
        for office in Lexicons.titleWords[.office] ?? [] {
            #expect(MentionFinder.offices.contains(office), "\(office)")
            #expect(MentionFinder.leftExtenders.contains(office), "\(office)")
            #expect(Reading.personTitles.contains(office), "\(office)")
            #expect(Token.titles.contains(office), "\(office)")
        }
        for honorific in Lexicons.titleWords[.honorific] ?? [] {
            #expect(MentionFinder.honorifics.contains(honorific) && MentionFinder.honorifics.contains(honorific + "."), "\(honorific)")
            #expect(Token.titles.contains(honorific), "\(honorific)")
        }
        for word in Lexicons.notNames[.day] ?? [] {
            #expect(MentionFinder.weekdays.contains(word) && MentionFinder.nonActors.contains(word), "\(word)")
        }
    }

    @Test func aNewHonorificMakesALoneSurnameASpeaker() throws {
        let found = try said("The harbour needs dredging before winter, said Gov. Okonkwo.")
        #expect(found.map(\.speaker) == ["Okonkwo"])
    }
}

@Suite struct CountryTableTests {
    @Test func theBuiltInCountriesParse() throws {
        let countries = try Gazetteer.table(LexiconFile(name: "countries.tsv", bytes: PackageResources.countries_tsv))
        let kosovo = try #require(countries.first { $0.id == "kosovo" })
        #expect(kosovo.capital == "Pristina")
        #expect(kosovo.adjectives == ["Kosovar", "Kosovan"])
    }

    @Test func aBadLineIsReportedWithItsLine() {
        #expect(throws: LexiconFile.Problem(file: "c.tsv", line: 2, message: "expected id, name, adjectives, capital and optional other names, separated by tabs")) {
            try Gazetteer.table(LexiconFile(name: "c.tsv", text: "peru\tPeru\tPeruvian\tLima\nchad\tChad\n"))
        }
        #expect(throws: LexiconFile.Problem.self) {
            try Gazetteer.table(LexiconFile(name: "c.tsv", text: "peru\tPeru\tPeruvian\tLima\nperu\tPeru\tPeruvian\tLima\n"))
        }
    }
}

@Suite struct NounListTests {
    @Test func theNounListsParseAndHoldTheirWords() throws {
        #expect(try Lexicons.sourceNouns.words().contains("lawsuit"))
        #expect(try Lexicons.stateNouns.words().contains("forces"))
        #expect(Reading.sourceNouns.contains("records") && Resolver.stateNouns.contains("troops"))
    }
}

/// The grammatical word lists are data (`grammar.txt`): each list is read from the file, and a
/// bad line is reported with its file and line.
@Suite struct GrammarListTests {
    @Test func theBuiltInFileHasEveryListAndNothingElse() throws {
        let table = try Lexicons.grammarTable(Lexicons.grammarFile, complete: true)
        #expect(Set(table.keys) == Set(GrammarList.allCases))
        for list in GrammarList.allCases {
            #expect(!(table[list] ?? []).isEmpty, "[\(list.rawValue)] is empty")
        }
    }

    /// What a rule looks up is the list in the file: every entry, and only those.
    @Test func aRuleReadsItsListFromTheFile() throws {
        let table = try Lexicons.grammarTable(Lexicons.grammarFile, complete: true)
        let read: [(GrammarList, WordSet)] = [
            (.negations, StanceReader.negations), (.fillers, SpeakerFinder.fillers), (.openers, MentionFinder.openers),
            (.bareDays, Setting.bareDays), (.organisationHeads, Token.organisationHeads), (.audienceWords, ClauseEnd.audienceWords),
        ]
        for (list, words) in read {
            let entries = table[list] ?? []
            #expect(Set(words.map { $0 }) == Set(entries), "[\(list.rawValue)]")
        }
    }

    @Test func badLinesAreReportedWithTheirLine() {
        func problem(_ text: String, complete: Bool = false) -> LexiconFile.Problem? {
            do {
                _ = try Lexicons.grammarTable(LexiconFile(name: "g.txt", text: text), complete: complete)
                return nil
            } catch {
                return error
            }
        }
        #expect(problem("[negation]\nnary\n")?.message == "there is no list \"negation\"; did you mean [negations]?")
        #expect(problem("# ours\n[no-such-list-at-all]\nnary\n")?.line == 2)
        #expect(problem("nary\n[negations]\n") == LexiconFile.Problem(file: "g.txt", line: 1, message: "\"nary\" is in no list; put a header such as [fillers] before it"))
        #expect(problem("[negations]\nNary\n")?.message == "\"Nary\" has capitals; write entries in lower case")
        #expect(problem("[negations]\nnary\n\nnary\n") == LexiconFile.Problem(file: "g.txt", line: 4, message: "\"nary\" is in [negations] twice; keep one line"))
        #expect(problem("[negations]\nnary\n[fillers]\nwell\n[negations]\nnae\n")?.line == 5)
        #expect(problem("[negations]\nnary\tnae\n")?.line == 2)
        #expect(problem("[negations]\nnary\n", complete: true)?.message.hasPrefix("the list [") == true)
        #expect(problem("[negations]\nnary\n# a comment\n[fillers]\nwell\n") == nil)
    }
}

/// First names come from the US Census lists, written by a script.
@Suite struct FirstNameTests {
    @Test func namesHaveTheSexOfNineInTenOfTheirBearers() {
        #expect(Lexicons.firstNames["margaret"] == .female && Lexicons.firstNames["daniel"] == .male)
        // Names shared more evenly are left out.
        #expect(Lexicons.firstNames["jordan"] == nil && Lexicons.firstNames["kelly"] == nil)
        #expect(Lexicons.firstNames.count > 4000)
    }
}

/// Person nouns come from WordNet (noun.person, the most frequent sense), written by a script.
@Suite struct PersonNounTests {
    @Test func peopleAreInAndThingsAreNot() throws {
        let words = Set(try Lexicons.personNouns.words())
        #expect(words.isSuperset(of: ["businessman", "neurosurgeon", "woman", "candidate", "judge"]))
        // People only in a rarer sense are not: a party to a suit, a source of news.
        #expect(words.isDisjoint(with: ["party", "source", "report", "state", "border"]))
        // Nor are names, which WordNet writes in lower case: "bridges" is Harry Bridges.
        #expect(words.isDisjoint(with: ["bridges", "einstein", "lincoln"]))
        #expect(Reading.isPersonNoun("tycoons") == (true, false) && Reading.isPersonNoun("tycoon") == (true, true))
        #expect(Reading.isPersonNoun("chairmen") == (true, false) && Reading.isPersonNoun("bridges") == (false, false))
    }
}
