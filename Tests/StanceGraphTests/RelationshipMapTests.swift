import GraphvizKit
import Testing
@testable import StanceGraph

@Suite struct RelationshipMapTests {
    static func corpusGraph() throws -> ActorGraph {
        let article = try Article.from("""
            ---
            published: 2021-11-16
            ---
            Aliyev accused Armenia of violating the ceasefire. Aliyev said Armenia was to blame.

            Pashinyan urged Russia to help. Lavrov welcomed the talks. UN chief Antonio Guterres said nothing new.
            """, name: "a.txt")
        return ActorGraph(statements: projectExtractor.statements(in: article), articles: [article], registry: projectRegistry)
    }

    @Test func stanceEdgesAreColouredByPolarityAndWidenedByCount() throws {
        let map = RelationshipMap.graph(try Self.corpusGraph(), registry: projectRegistry)
        let hostile = try #require(map.edges.first { $0.tail == "actor:ilham-aliyev" && $0.head == "actor:armenia" })
        #expect(hostile.attributes["color"] == .text(RelationshipMap.hostile))
        #expect(hostile.attributes["penwidth"] == "2.6")
        #expect(hostile.attributes["tooltip"]?.description.hasPrefix("Ilham Aliyev → Armenia: 2 statements\n2021-11-16 (accused): accused Armenia") == true)
        let supportive = try #require(map.edges.first { $0.tail == "actor:nikol-pashinyan" && $0.head == "actor:russia" })
        #expect(supportive.attributes["color"] == .text(RelationshipMap.supportive))
    }

    @Test func actorsAreClusteredByCountryOrInternationalBody() throws {
        let map = RelationshipMap.graph(try Self.corpusGraph(), registry: projectRegistry)
        func cluster(of id: String) -> String? { map.subgraphs.first { $0.nodes.contains { $0.id == id } }?.name }
        #expect(cluster(of: "actor:ilham-aliyev") == "cluster_country_azerbaijan")
        #expect(cluster(of: "actor:nikol-pashinyan") == "cluster_country_armenia")
        #expect(cluster(of: "actor:antonio-guterres") == "cluster_international")
        #expect(map.subgraphs.contains { $0.name == "cluster_legend" })
    }

    @Test func filtersByWindowAndWeight() throws {
        let graph = try Self.corpusGraph()
        let weighty = RelationshipMap.graph(graph, registry: projectRegistry, minimumStatements: 2)
        #expect(weighty.edges.filter { $0.tail.hasPrefix("actor:") && !$0.tail.hasPrefix("actor:legend") && $0.attributes["style"] == "solid" }.map(\.head) == ["actor:armenia"])
        let none = RelationshipMap.graph(graph, registry: projectRegistry, since: Day(iso: "2021-11-17"))
        #expect(none.edges.allSatisfy { $0.tail.hasPrefix("legend") || $0.attributes["style"] == "dotted" })
    }

    @Test func rendersToWellFormedSVGWithWrappedLabels() throws {
        let svg = try Graphviz.render(RelationshipMap.graph(try Self.corpusGraph(), registry: projectRegistry), format: .svg)
        #expect(svg.text.contains(">Ilham Aliyev</text>"))
        #expect(RelationshipMap.wrap("UN High Commissioner for Refugees") == "UN High\nCommissioner for\nRefugees")
    }
}
