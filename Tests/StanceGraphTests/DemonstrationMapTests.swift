import GraphvizKit
import Testing
@testable import StanceGraph

@Suite struct DemonstrationMapTests {
    @Test func showsTheMissionsActorsClusteredByCountry() {
        let graph = DemonstrationMap.graph()
        #expect(graph.subgraphs.map(\.name) == ["cluster_armenia", "cluster_azerbaijan", "cluster_russia", "cluster_turkey", "cluster_international"])
        let labels = Set((graph.nodes + graph.subgraphs.flatMap(\.nodes)).compactMap { $0.attributes["label"]?.description })
        for name in ["Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin", "Mevlüt Çavuşoğlu", "Sergei Lavrov",
                     "António Guterres", "OSCE Minsk Group", "CSTO"] {
            #expect(labels.contains(name), "the map shows \(name)")
        }
    }

    @Test func rendersToWellFormedSVG() throws {
        let svg = try Graphviz.render(DemonstrationMap.graph(), format: .svg)
        #expect(svg.warnings.isEmpty)
        #expect(svg.text.contains("<title>armenia&#45;&gt;csto</title>"))
    }
}
