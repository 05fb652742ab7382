import Testing
@testable import StanceGraph

@Suite struct ActorGraphTests {
    static func graph() throws -> ActorGraph {
        let article = try Article.from("""
            ---
            title: "Talks stall"
            outlet: "Example Wire"
            published: 2021-11-16
            url: "https://example.org/talks"
            ---
            Aliyev on Monday accused Armenia of violating the ceasefire. Pashinyan urged Russia to help.

            Aliyev later said Armenia was to blame for the violence.
            """, name: "talks.txt")
        let statements = projectExtractor.statements(in: article)
        return ActorGraph(statements: statements, articles: [article], registry: projectRegistry)
    }

    @Test func nodesAndEdgesHaveDeterministicIdsInOrder() throws {
        let graph = try Self.graph()
        let ids = graph.nodes.map(\.id)
        #expect(ids == ids.sorted())
        #expect(ids.contains("statement:talks:1"))
        #expect(ids.contains("article:talks"))
        #expect(ids.contains("topic:ceasefire-agreement"))
        #expect(graph.node("actor:ilham-aliyev")?.kind == .actor)
        #expect(graph.node("article:talks")?.properties["url"] == "https://example.org/talks")
        #expect(try Self.graph() == graph)
    }

    @Test func edgesLinkSpeakersStatementsTargetsTopicsAndArticles() throws {
        let graph = try Self.graph()
        let relations = Set(graph.edges.filter { $0.source == "statement:talks:1" || $0.target == "statement:talks:1" }.map(\.relation))
        #expect(relations == [.said, .targets, .about, .reportedIn])
        #expect(graph.edges.contains { $0.source == "statement:talks:1" && $0.target == "actor:armenia" && $0.polarity == -1 })
    }

    @Test func institutionsComeFromOfficesAndMemberships() throws {
        let graph = try Self.graph()
        #expect(graph.edges.contains { $0.source == "actor:ilham-aliyev" && $0.target == "actor:azerbaijan" && $0.relation == .holdsRoleIn && $0.role == "president" })
        #expect(graph.edges.contains { $0.source == "actor:armenia" && $0.target == "actor:csto" && $0.relation == .memberOf })
        #expect(graph.node("actor:csto")?.kind == .institution)
    }

    @Test func stancesAggregateEachSpeakerAndTarget() throws {
        let graph = try Self.graph()
        let stance = try #require(graph.stances.first { $0.speaker == "actor:ilham-aliyev" && $0.target == "actor:armenia" })
        #expect(stance.count == 2)
        #expect(stance.meanPolarity == -1)
        #expect(stance.first == Day(iso: "2021-11-15"))
        #expect(stance.last == Day(iso: "2021-11-16"))
    }
}

@Suite struct OneReadingTests {
    /// The graph built from extraction's own mentions is the graph built by reading the
    /// articles again for them.
    @Test func extractionsMentionsMakeTheSameGraph() throws {
        let article = try Article.from("""
            ---
            published: 2021-11-16
            ---
            Aliyev on Monday accused Armenia of violating the ceasefire, while the CSTO stayed silent.

            Pashinyan urged Russia to help. Lavrov met Guterres in New York.
            """, name: "one.txt")
        let extraction = projectExtractor.read(article)
        #expect(extraction.mentions.map(\.resolution.actor.id) == projectExtractor.finder.mentions(in: article).map(\.resolution.actor.id))
        let once = ActorGraph(statements: extraction.statements, articles: [article], registry: projectRegistry, mentions: extraction.mentions)
        let twice = ActorGraph(statements: extraction.statements, articles: [article], registry: projectRegistry)
        #expect(once == twice)
        #expect(once.node("actor:csto")?.properties["mentions"] == "1")
    }
}
