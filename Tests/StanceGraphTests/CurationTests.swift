import Testing
@testable import StanceGraph

/// Statement ids, the corrections file, and corrections meeting their statements again.
@Suite struct CurationTests {
    static let body = """
        President Ilham Aliyev said the new checkpoint would stay open for trade. \
        Prime Minister Nikol Pashinyan said the talks in Vienna had failed. \
        The foreign ministers of both countries rejected the mediators' latest draft.
        """

    func article(_ body: String = Self.body, name: String = "wire-1.txt") throws -> Article {
        try Article.from("---\npublished: 2022-03-02\n---\n" + body, name: name)
    }

    @Test func idsAreTheSameOnEveryRunAndDifferForOtherWordsOrArticles() throws {
        let first = projectExtractor.statements(in: try article())
        let again = projectExtractor.statements(in: try article())
        #expect(!first.isEmpty)
        #expect(first.map(\.id) == again.map(\.id))
        #expect(first.allSatisfy { $0.id.count == 12 && $0.id.allSatisfy(\.isHexDigit) })
        let elsewhere = projectExtractor.statements(in: try article(name: "wire-2.txt"))
        #expect(Set(first.map(\.id)).isDisjoint(with: elsewhere.map(\.id)))
        // Case, punctuation and spacing aside, the same words give the same id.
        #expect(StatementID.make(article: "a", text: "The talks  had failed.") == StatementID.make(article: "a", text: "the talks had failed"))
        #expect(StatementID.make(article: "a", text: "the talks had failed") != StatementID.make(article: "a", text: "the talks had not failed"))
    }

    @Test func theSameWordsTwiceInOneArticleAreTold() {
        var statements = ["one thing", "another", "one thing"].map { text in
            Statement(article: "a", speaker: Actor(id: "x", name: "X", kind: .person), text: text, quote: false, cue: "said", date: nil,
                      targets: [], topics: [], polarity: 0, figures: [], sentence: text, range: 0..<1, rule: "test")
        }
        StatementID.assign(&statements)
        #expect(statements[2].id == statements[0].id + "-2")
        #expect(Set(statements.map(\.id)).count == 3)
    }

    @Test func theFileRoundTripsEveryField() throws {
        var correction = Correction(article: "wire-1", words: "the talks in \"Vienna\" had failed: \\ yes")
        correction.occurrence = 2
        correction.rejected = true
        correction.confirmed = true
        correction.speaker = "ilham-aliyev"
        correction.polarity = -1
        correction.targets = ["armenia", "A name, with a comma"]
        correction.topics = ["ceasefire"]
        correction.date = Day(iso: "2022-03-01")
        correction.text = "the talks had failed\nagain"
        correction.notes = ["first # not a comment", "second: with a colon"]
        correction.changed = "2026-11-30T10:00:00Z"
        var added = Correction(article: "wire-2", words: "we will not sign")
        added.added = true
        added.quote = true
        added.cue = "told reporters"
        added.speaker = "A New Person"
        let file = CorrectionsFile(path: "c.yaml", corrections: [correction, added])
        let read = try CorrectionsFile.parse(file.yaml(), path: "c.yaml")
        #expect(read.corrections.count == 2)
        var expected = [correction, added]
        for index in expected.indices { expected[index].line = read.corrections[index].line }
        #expect(read.corrections == expected)
        #expect(read.corrections[0].line == 6)
        #expect(try CorrectionsFile.parse(CorrectionsFile(path: "c.yaml").yaml(), path: "c.yaml").corrections.isEmpty)
    }

    @Test(arguments: [
        ("corrections:\n  - article: a\n    words: x\n    polarity: 2\n", 4, "`polarity` should be -1, 0 or 1"),
        ("corrections:\n  - article: a\n    words: x\n  - words: y\n", 4, "needs `article`"),
        ("corrections:\n  - article: a\n    words: x\n    speeker: b\n", 4, "unknown field `speeker`"),
        ("corrections:\n  - article: a\n    words: x\n    date: 2022-02-30\n", 4, "should be a real day"),
        ("corrections:\n  - article: a\n    words: x\n    added: true\n", 2, "needs `speaker`"),
        ("corrections:\n  - article: a\n    words: [x\n", 4, "not valid YAML"),
        ("statements:\n  - article: a\n", 1, "expected `corrections:`"),
    ])
    func aMalformedFileNamesItsLine(text: String, line: Int, message: String) {
        #expect {
            _ = try CorrectionsFile.parse(text, path: "Corpus/corrections.yaml")
        } throws: { error in
            guard let problem = error as? CorrectionsFile.Problem else { return false }
            return problem.line == line && problem.description.hasPrefix("Corpus/corrections.yaml:\(line): ") && problem.description.contains(message)
        }
    }

    @Test func correctionsMeetTheirStatementExactlyOrByMostOfItsWords() throws {
        let article = try article()
        let statements = projectExtractor.statements(in: article)
        let talks = try #require(statements.first { $0.text.contains("Vienna") })
        // The analyst corrected the statement when its span was a little longer.
        var correction = Correction(article: article.id, words: "that " + talks.text + " again")
        correction.polarity = -1
        correction.targets = ["Ilham Aliyev"]
        correction.notes = ["a rebuke"]
        let checkpoint = try #require(statements.first { $0.text.contains("checkpoint") })
        var reject = Correction(article: article.id, words: checkpoint.text)
        reject.rejected = true
        let result = Curation(registry: projectRegistry).apply([correction, reject], to: statements) { _ in article }
        #expect(result.outcomes == [.applied(statement: talks.id), .applied(statement: checkpoint.id)])
        #expect(!result.statements.contains { $0.text.contains("checkpoint") })
        #expect(result.rejected.count == 1)
        let corrected = try #require(result.statements.first { $0.id == talks.id })
        #expect(corrected.polarity == -1)
        #expect(corrected.targets.map(\.id) == ["ilham-aliyev"])
        #expect(corrected.review == Review(status: .corrected, fields: ["polarity", "targets"], checked: false, notes: ["a rebuke"]))
    }

    @Test func aCorrectionWhoseWordsAreGoneIsOrphanedWithTheReason() throws {
        let before = try article()
        let talks = try #require(projectExtractor.statements(in: before).first { $0.text.contains("Vienna") })
        var correction = Correction(article: before.id, words: talks.text)
        correction.confirmed = true
        let after = try article(Self.body.replacingOccurrences(of: "the talks in Vienna had failed", with: "nothing was agreed at the meeting"))
        let result = Curation(registry: projectRegistry).apply([correction], to: projectExtractor.statements(in: after)) { _ in after }
        #expect(result.outcomes == [.orphaned(reason: "the article no longer has these words")])
        let gone = Curation(registry: projectRegistry).apply([correction], to: []) { _ in nil }
        #expect(gone.outcomes == [.orphaned(reason: "article wire-1 is no longer in the corpus")])
        // A rejection whose statement is no longer extracted has nothing left to do.
        var reject = Correction(article: before.id, words: talks.text)
        reject.rejected = true
        #expect(Curation(registry: projectRegistry).apply([reject], to: []) { _ in after }.outcomes == [.idle])
    }

    @Test func anAddedStatementComesFromTheSentenceThatHoldsItsWords() throws {
        let article = try article()
        var correction = Correction(article: article.id, words: "rejected the mediators' latest draft")
        correction.added = true
        correction.speaker = "Ministry of Foreign Affairs of Armenia"
        correction.polarity = -1
        let result = Curation(registry: projectRegistry).apply([correction], to: projectExtractor.statements(in: article)) { _ in article }
        let added = try #require(result.statements.last)
        #expect(added.review?.status == .added)
        #expect(added.text == "rejected the mediators' latest draft")
        #expect(added.sentence.hasPrefix("The foreign ministers of both countries"))
        #expect(added.date == Day(iso: "2022-03-02"))
        #expect(added.polarity == -1)
        #expect(added.speaker.isKnown)
        #expect(result.outcomes == [.applied(statement: added.id)])
    }

    @Test func aSpeakerTheRegistryLacksBecomesANewActor() throws {
        let article = try article()
        let statements = projectExtractor.statements(in: article)
        var correction = Correction(article: article.id, words: statements[0].text)
        correction.speaker = "Marta Quillon"
        let result = Curation(registry: projectRegistry).apply([correction], to: statements) { _ in article }
        #expect(result.statements[0].speaker.name == "Marta Quillon")
        #expect(result.statements[0].speaker.id == "marta-quillon")
        #expect(!result.statements[0].speaker.isKnown)
    }
}

extension CurationTests {
    @Test(arguments: ["The talks  had failed.", "ÇAVUŞOĞLU said: «no»", "  ", "a-b c\u{301}d 12,5"])
    func theIdHashesTheFoldedWords(text: String) {
        // The id is made without building the folded text; it must equal the hash of it.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in Array("art".utf8) + [0] + Array(StatementID.folded(text).utf8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        hash ^= hash >> 29
        hash &*= 0xbf58_476d_1ce4_e5b9
        hash ^= hash >> 32
        let hex = String(hash, radix: 16)
        #expect(StatementID.make(article: "art", text: text) == String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(12)))
    }
}

extension CurationTests {
    static func said(_ text: String, by id: String) -> Statement {
        Statement(article: "a", speaker: Actor(id: id, name: id, kind: .person), text: text, quote: false, cue: "said", date: nil,
                  targets: [], topics: [], polarity: 0, figures: [], sentence: text, range: 0..<1, rule: "test")
    }

    @Test func theSecondOfTheSameWordsIsNeverTheFirst() {
        var correction = Correction(article: "a", words: "we reject the draft")
        correction.occurrence = 2
        correction.polarity = -1
        // Only one speaker's statement is left: the correction of the second is orphaned.
        let one = Curation(registry: projectRegistry).apply([correction], to: [Self.said("we reject the draft", by: "x")]) { _ in nil }
        #expect(one.outcomes == [.orphaned(reason: "article a is no longer in the corpus")])
        #expect(one.statements[0].polarity == 0)
    }

    @Test func twoCorrectionsNeverClaimOneStatement() {
        var first = Correction(article: "a", words: "the ceasefire holds along the line today")
        first.polarity = 1
        var second = Correction(article: "a", words: "the ceasefire holds along the line tonight")
        second.polarity = -1
        let statements = [Self.said("the ceasefire holds along the line", by: "x")]
        let result = Curation(registry: projectRegistry).apply([first, second], to: statements) { _ in nil }
        #expect(result.outcomes[0] == .applied(statement: statements[0].id))
        #expect(result.outcomes[1].isOrphaned)
        #expect(result.statements[0].polarity == 1)
    }

    @Test func anAddedEntryAndACorrectionOfTheSameWordsAreApart() {
        var reject = Correction(article: "a", words: "the border is closed")
        reject.rejected = true
        var add = Correction(article: "a", words: "the border is closed")
        add.added = true
        add.speaker = "x"
        let file = CorrectionsFile(path: "c.yaml", corrections: [reject, add])
        #expect(file.index(article: "a", words: "The border is closed.") == 0)
        #expect(file.index(article: "a", words: "the border is closed", added: true) == 1)
    }

    @Test func foldingKeepsTheStandInCountriesAndTheirStances() {
        var statements: [Statement] = []
        // Three busy speakers, and one quiet Armenian official whose stance is kept on Armenia.
        for (index, id) in ["p", "q", "r"].enumerated() {
            for _ in 0...(3 + index) { statements.append(Self.said("words of \(id)", by: id)) }
        }
        var quiet = Self.said("the quiet one", by: "quiet")
        quiet.speaker = Actor(id: "quiet", name: "Quiet Official", kind: .person, country: "armenia", isKnown: false)
        quiet.targets = [Actor(id: "minor-group", name: "Minor Group", kind: .group, isKnown: false)]
        quiet.stances = ["minor-group": -1]
        statements.append(quiet)
        let (folded, report) = Folding(actors: 3).fold(statements, registry: projectRegistry)
        let result = folded.last!
        #expect(result.speaker.id == "armenia")
        #expect(result.targets.map(\.id) == [Folding.othersID])
        #expect(result.stances == [Folding.othersID: -1])
        #expect(report.intoCountries == 1 && report.intoOthers == 1)
    }
}
