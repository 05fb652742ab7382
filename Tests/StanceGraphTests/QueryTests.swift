import Testing
@testable import StanceGraph

@Suite struct ActorMatcherTests {
    let matcher = ActorMatcher(registry: projectRegistry, others: [Actor(id: "hikmet-hajiyev", name: "Hikmet Hajiyev", kind: .person, isKnown: false)])

    func id(_ typed: String) -> String? {
        if case .actor(let actor) = matcher.match(typed, on: Day(iso: "2020-11-14")) { return actor.id }
        return nil
    }

    @Test(arguments: [
        ("Cavusoglu", "mevlut-cavusoglu"), ("ÇAVUŞOĞLU", "mevlut-cavusoglu"), ("sergey lavrov", "sergei-lavrov"),
        ("Pashinian", "nikol-pashinyan"), ("Turkish foreign minister", "mevlut-cavusoglu"), ("ilham-aliyev", "ilham-aliyev"),
        ("Aliyev", "ilham-aliyev"), ("minsk group", "osce-minsk-group"), ("Hajiyev", "hikmet-hajiyev"),
    ])
    func matchesNamesTheWayUsersTypeThem(typed: String, expected: String) {
        #expect(id(typed) == expected)
    }

    @Test func anAmbiguousNameListsTheCandidates() {
        guard case .ambiguous(let actors) = matcher.match("Ministry of Defense") else {
            Issue.record("expected candidates")
            return
        }
        #expect(Set(actors.map(\.id)).isSuperset(of: ["armenia-ministry-of-defense", "azerbaijan-ministry-of-defense"]))
    }

    @Test func anUnknownNameSuggestsTheNearest() {
        #expect(matcher.match("Pashinyon") == .unknown(suggestions: ["Nikol Pashinyan"]))
        #expect(matcher.match("Zzyzx Qwerty") == .unknown(suggestions: []))
    }
}

@Suite struct StanceDiffTests {
    static func statement(_ polarity: Int, on day: String, about target: String = "armenia", figures: [Figure] = [], article: String = "a") -> Statement {
        Statement(article: article, speaker: projectRegistry.actor("ilham-aliyev")!, text: "words \(day)", quote: false, cue: "said",
                  date: Day(iso: day), targets: [projectRegistry.actor(target)!], topics: [], polarity: polarity, figures: figures,
                  sentence: "", range: 0..<1, rule: "test")
    }

    let aliyev = projectRegistry.actor("ilham-aliyev")!
    let before = StanceDiff.Window(from: nil, to: Day(iso: "2020-11-09"))
    let after = StanceDiff.Window(from: Day(iso: "2020-11-10"), to: nil)

    @Test(arguments: [
        ([-1], [1], StanceDiff.Verdict.reversed), ([-1], [-1], .unchanged), ([-1], [0], .softened), ([1], [0], .hardened),
        ([], [1], .new), ([1], [], .dropped), ([-1, 0], [-1, 0, 0], .unchanged),
    ])
    func verdicts(earlier: [Int], later: [Int], verdict: StanceDiff.Verdict) {
        let statements = earlier.map { Self.statement($0, on: "2020-10-01") } + later.map { Self.statement($0, on: "2020-11-20") }
        let diff = StanceDiff(statements: statements, speaker: aliyev, before: before, after: after)
        #expect(diff.rows.map(\.verdict) == [verdict])
    }

    @Test func statementsOutsideBothWindowsAndUndatedOnesDoNotCount() {
        var undated = Self.statement(1, on: "2020-10-01")
        undated.date = nil
        let diff = StanceDiff(statements: [undated, Self.statement(1, on: "2020-10-01")], speaker: aliyev,
                              before: StanceDiff.Window(from: Day(iso: "2020-10-02"), to: Day(iso: "2020-10-31")), after: after)
        #expect(diff.rows.isEmpty)
    }

    @Test func aRevisedFigureShowsBothDatesAndSources() {
        let statements = [Self.statement(0, on: "2020-12-03", figures: [Figure(value: 2783, what: "killed")], article: "world"),
                          Self.statement(0, on: "2021-03-02", figures: [Figure(value: 2881, what: "killed")], article: "anadolu")]
        let diff = StanceDiff(statements: statements, speaker: aliyev, before: before, after: after)
        #expect(diff.revisions.count == 1)
        #expect(diff.revisions.first?.earlier.value == 2783)
        #expect(diff.revisions.first?.later.value == 2881)
        #expect(diff.revisions.first?.later.article == "anadolu")
    }

    @Test func theQueryFiltersByTargetWindowAndQuotesInDateOrder() {
        var quoted = Self.statement(1, on: "2020-11-20", about: "russia")
        quoted.quote = true
        let statements = [Self.statement(-1, on: "2020-12-01"), quoted, Self.statement(-1, on: "2020-10-01")]
        #expect(StatementQuery(speaker: "ilham-aliyev").run(statements).compactMap(\.date?.description) == ["2020-10-01", "2020-11-20", "2020-12-01"])
        #expect(StatementQuery(speaker: "ilham-aliyev", target: "armenia", since: Day(iso: "2020-11-01")).run(statements).count == 1)
        #expect(StatementQuery(speaker: "ilham-aliyev", quotesOnly: true).run(statements).map(\.targets.first?.id) == ["russia"])
    }

    /// Every statement kept or some left out, the answer is in date order, the undated last,
    /// and statements of one day in the order given: as a stable sort of the kept ones gives.
    @Test(arguments: [0, 1, 2, 3, 4, 5, 6, 7])
    func answersComeInDateOrderWithTiesAsGiven(seed: Int) {
        let days = ["2020-10-01", "2020-10-02", "2020-11-20", "2021-01-05", "undated"]
        // Days scattered over the statements, differently for each seed.
        let statements = (0..<60).map { index in
            var statement = Self.statement(0, on: days[(index * (2 * seed + 3) + seed * seed) % days.count], about: index % 3 == 0 ? "russia" : "armenia")
            statement.text = "statement \(index)"
            return statement
        }
        for query in [StatementQuery(speaker: "ilham-aliyev"), StatementQuery(speaker: "ilham-aliyev", target: "russia")] {
            let kept = statements.filter { query.target == nil || $0.targets.contains { $0.id == query.target } }
            let expected = kept.enumerated().sorted { left, right in
                let a = left.element.date.map { [$0.year, $0.month, $0.day] } ?? [Int.max], b = right.element.date.map { [$0.year, $0.month, $0.day] } ?? [Int.max]
                return a != b ? a.lexicographicallyPrecedes(b) : left.offset < right.offset
            }.map(\.element.text)
            #expect(query.run(statements).map(\.text) == expected)
        }
    }
}
