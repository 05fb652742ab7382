import Testing
@testable import StanceGraph

@Suite struct MentionFinderTests {
    let finder = MentionFinder(resolver: Resolver(registry: projectRegistry))

    func mentions(_ body: String, published: String = "2021-06-01") throws -> [(String, String)] {
        let article = try Article.from("---\npublished: \(published)\n---\n" + body)
        return finder.mentions(in: article).map { ($0.text, $0.resolution.actor.name) }
    }

    @Test func findsPeopleBodiesAndStatesWithTheirTitles() throws {
        let found = try mentions("Georgian Defence Ministry spokesman Levan Beridze said on Monday that the Russian foreign minister would visit Tbilisi.")
        #expect(found.map(\.0) == ["Georgian Defence Ministry spokesman Levan Beridze", "Russian foreign minister", "Tbilisi"])
        #expect(found.map(\.1) == ["Levan Beridze", "Sergei Lavrov", "Georgia"])
    }

    /// A capitalised word before a weekday makes a day, not a name.
    @Test func aDayIsNoName() throws {
        #expect(try mentions("Last Monday, Levan Beridze told reporters the road was open.").map(\.0) == ["Levan Beridze"])
        #expect(try mentions("Late Friday the Georgian ambassador Zurab Pataradze said relations were good.").map(\.1) == ["Zurab Pataradze"])
    }

    /// A common word capitalised only because it opens a sentence or a quotation is not part
    /// of the known name after it; a known name that begins with such a word stays whole.
    @Test func aSentencesFirstWordBeforeAKnownNameIsNoPartOfIt() throws {
        #expect(try mentions("Neighbouring Georgia has closed the pass.").map(\.1) == ["Georgia"])
        #expect(try mentions("\"Friendly Turkey stands with us,\" Levan Beridze said.").map(\.1) == ["Turkey", "Levan Beridze"])
        #expect(try mentions("Levan Beridze wrote, \"Friendly Turkey stands with us.\"").map(\.1) == ["Levan Beridze", "Turkey"])
        #expect(try mentions("Armenian Defence Ministry spokesman Levan Beridze said the road was open.").map(\.1) == ["Levan Beridze"])
        #expect(try mentions("Dashnak Party members rallied.").map(\.0) == ["Dashnak Party"])
    }

    @Test func anEnvoyToACountryIsOneMention() throws {
        let found = try mentions("Meanwhile, the Georgian ambassador to Baku Zurab Pataradze said relations were good.")
        #expect(found.map(\.0) == ["Georgian ambassador to Baku Zurab Pataradze"])
        #expect(found.map(\.1) == ["Zurab Pataradze"])
    }

    @Test func aSurnameAloneIsThePersonNamedBefore() throws {
        let article = try Article.from("""
            ---
            published: 2021-06-01
            ---
            Opposition lawmaker Tigran Abrahamyan told reporters the vote was rigged.

            "We will appeal," Abrahamyan said.
            """)
        let found = finder.mentions(in: article)
        #expect(found.map(\.resolution.actor.name) == ["Tigran Abrahamyan", "Tigran Abrahamyan"])
        #expect(Set(found.map(\.resolution.actor.id)).count == 1)
    }

    @Test func splitsCoordinatedNamesButNotNamesWithAnd() throws {
        let found = try mentions("Ilham Aliyev and Nikol Pashinyan met envoys of the Organization for Security and Cooperation in Europe.")
        #expect(found.map(\.1) == ["Ilham Aliyev", "Nikol Pashinyan", "OSCE"])
    }

    @Test func leavesOutPlacesEventsAdjectivesAndSentenceOpeners() throws {
        let found = try mentions("""
            Heavy shelling hit villages near Shusha on Friday. Russian-brokered talks in Moscow stalled after the \
            Independence Day parade. Residents of the Kelbajar district fled. Several Soviet-era tanks burned. \
            Witnesses described the Caucasus as tense.
            """)
        #expect(found.isEmpty, "found \(found)")
    }

    @Test func agenciesKnownByInitialsAreOrganisations() throws {
        let article = try Article.from("The minister resigned on Friday, AFP reported, citing two sources.")
        let found = finder.mentions(in: article)
        #expect(found.map(\.resolution.actor.name) == ["AFP"])
        #expect(found.first?.resolution.actor.kind == .group)
    }

    @Test func theCensusCountsKnownAndUnknownActors() throws {
        let corpus = Corpus(articles: [
            try Article.from("Aliyev said the war was over. Aliyev also thanked Ankara.", name: "a.txt"),
            try Article.from("Spokesman Elnur Karimli said Aliyev would travel. Karimli declined to say when.", name: "b.txt"),
        ], errors: [])
        let census = ActorCensus(corpus: corpus, registry: projectRegistry)
        let aliyev = try #require(census.known.first { $0.actor.id == "ilham-aliyev" })
        #expect(aliyev.mentions == 3)
        #expect(aliyev.articles == 2)
        #expect(census.unknown.map(\.actor.name) == ["Elnur Karimli"])
        #expect(census.unknown.first?.mentions == 2)
        #expect(census.unknown.first?.place == "b:1")
    }
}
