import Testing
@testable import GraphvizKit

@Suite struct DOTWriterTests {
    @Test func writesAWholeGraphWithClustersDefaultsAndEscapes() {
        var graph = Graph(name: "alliances", attributes: ["rankdir": "LR"])
        graph.nodeDefaults = ["shape": "box", "fontname": "Helvetica"]
        graph.edgeDefaults["color"] = "gray"
        var armenia = Subgraph.cluster("armenia", label: "Armenia")
        armenia.nodeDefaults["style"] = "filled"
        armenia.addNode("pashinyan", ["label": "Nikol Pashinyan"])
        graph.addSubgraph(armenia)
        graph.addNode("csto", ["label": .html("<b>CSTO</b>")])
        graph.addNode("node", ["label": "said \"no\" \\ twice\nthen left"])
        graph.addNode("42")
        graph.addNode("-1.5")
        graph.addNode("Çavuşoğlu")
        graph.addEdge(from: "pashinyan", to: "csto", ["label": "member of", "tooltip": .escaped("left\\l")])
        #expect(graph.dot == #"""
            digraph alliances {
            	graph [rankdir=LR];
            	node [shape=box, fontname=Helvetica];
            	edge [color=gray];
            	subgraph cluster_armenia {
            		graph [label=Armenia];
            		node [style=filled];
            		pashinyan [label="Nikol Pashinyan"];
            	}
            	csto [label=<<b>CSTO</b>>];
            	"node" [label="said \"no\" \\ twice\nthen left"];
            	42;
            	-1.5;
            	Çavuşoğlu;
            	pashinyan -> csto [label="member of", tooltip="left\l"];
            }

            """#)
    }

    @Test func writesStrictUndirectedGraphsWithTheirEdgeOperator() {
        var graph = Graph(name: "peace talks", directed: false, strict: true)
        graph.addEdge(from: "Armenia", to: "Azerbaijan")
        #expect(graph.dot == """
            strict graph "peace talks" {
            \tArmenia -- Azerbaijan;
            }

            """)
    }

    @Test func quotesIdentifiersThatAreNotBareOrNumerals() {
        #expect(DOTWriter.identifier("a_b9") == "a_b9")
        #expect(DOTWriter.identifier("9a") == "\"9a\"")
        #expect(DOTWriter.identifier("1.2.3") == "\"1.2.3\"")
        #expect(DOTWriter.identifier("") == "\"\"")
        #expect(DOTWriter.identifier("Subgraph") == "\"Subgraph\"")
        #expect(DOTWriter.identifier(#"ends with \"#) == #""ends with \\""#)
        #expect(DOTWriter.identifier(#"already \" escaped"#) == #""already \" escaped""#)
    }

    @Test func attributesKeepTheirOrderAndReplaceInPlace() {
        var attributes: Attributes = ["shape": "box", "color": "red"]
        attributes["shape"] = "ellipse"
        attributes["label"] = .text("x")
        attributes["color"] = nil
        #expect(attributes.map(\.name) == ["shape", "label"])
        #expect(attributes["shape"] == "ellipse")
        #expect(attributes.merging(["label": "y", "width": "2"]).map(\.value.description) == ["ellipse", "y", "2"])
    }

    @Test func countsNodesDeclaredAnywhere() {
        var graph = Graph()
        graph.addNode("a")
        var cluster = Subgraph.cluster("c")
        cluster.addNode("b")
        cluster.addEdge(from: "b", to: "c")
        graph.addSubgraph(cluster)
        graph.addEdge(from: "a", to: "d")
        #expect(graph.nodeCount == 4)
        #expect(graph.edgeCount == 2)
    }
}
