import Foundation
import Testing
@testable import GraphvizKit

@Suite struct RenderingTests {
    static func alliances() -> Graph {
        var graph = Graph(name: "alliances")
        var armenia = Subgraph.cluster("armenia", label: "Armenia")
        armenia.addNode("pashinyan", ["label": "Nikol Pashinyan"])
        armenia.addNode("armenia", ["shape": "box"])
        armenia.addEdge(from: "pashinyan", to: "armenia", ["label": "prime minister"])
        graph.addSubgraph(armenia)
        graph.addNode("csto", ["label": .html("<b>CSTO</b>")])
        graph.addEdge(from: "armenia", to: "csto", ["label": "member of"])
        return graph
    }

    @Test func svgIsWellFormedWithEveryNodeAndEdgeTitle() throws {
        let rendering = try Graphviz.render(Self.alliances(), format: .svg)
        let titles = try SVGTitles(rendering.data)
        #expect(titles.nodes.sorted() == ["armenia", "csto", "pashinyan"])
        #expect(titles.edges.sorted() == ["armenia->csto", "pashinyan->armenia"])
        #expect(rendering.engine == .dot)
        #expect(rendering.warnings.isEmpty)
        #expect(rendering.text.contains("font-weight=\"bold\" font-size=\"14.00\">CSTO</text>"))
        #expect(rendering.text.contains(">Nikol Pashinyan</text>"))
    }

    @Test func aBuiltGraphRendersExactlyAsItsDOTText() throws {
        let graph = Self.alliances()
        let built = try Graphviz.render(graph, format: .svg)
        let parsed = try Graphviz.render(dot: graph.dot, format: .svg)
        #expect(built.text == parsed.text)
    }

    @Test func graphvizCanonicalDOTOfAParsedGraph() throws {
        let canonical = try Graphviz.canonicalDOT("digraph G { a -> b [label=\"x\"]; }")
        #expect(canonical == """
            digraph G {
            \tnode [label="\\N"];
            \ta -> b\t[label=x];
            }

            """)
    }

    @Test(arguments: ["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"])
    func everyEngineLaysOutAGraph(engine: String) throws {
        let rendering = try Graphviz.render(Self.alliances(), engine: LayoutEngine(engine), format: .svg)
        #expect(rendering.engine.rawValue == engine)
        #expect(try SVGTitles(rendering.data).nodes.count == 3)
    }

    @Test(arguments: [
        ("svg", "<?xml"), ("png", "\u{89}PNG"), ("pdf", "%PDF"), ("dot", "digraph alliances {"),
        ("xdot", "digraph alliances {"), ("json", "{"), ("plain", "graph "), ("ps", "%!PS"),
    ])
    func everyFormatRendersItsOwnKindOfFile(format: String, magic: String) throws {
        let rendering = try Graphviz.render(Self.alliances(), format: OutputFormat(format))
        let prefix = Data(magic.unicodeScalars.map { UInt8($0.value) })
        #expect(rendering.data.starts(with: prefix), "\(format) output starts with \(rendering.data.prefix(8).map { $0 })")
    }

    @Test func jsonOutputParsesAndNamesTheNodes() throws {
        let rendering = try Graphviz.render(Self.alliances(), format: .json)
        let object = try JSONSerialization.jsonObject(with: rendering.data) as? [String: Any]
        let names = (object?["objects"] as? [[String: Any]])?.compactMap { $0["name"] as? String } ?? []
        #expect(Set(names).isSuperset(of: ["pashinyan", "armenia", "csto"]))
    }

    @Test func literalTextWithMarkupAndEscapesStaysTextInSVG() throws {
        var graph = Graph()
        let nasty = #"<script>alert("x")</script> & \N \"quoted\" ]]> <b>"#
        graph.addNode("s", ["label": .text(nasty), "tooltip": .text(nasty), "URL": .text("https://example.org/?a=1&b=<2>")])
        graph.addEdge(from: "s", to: "t", ["label": .text("a\\b\nc")])
        let rendering = try Graphviz.render(graph, format: .svg)
        let titles = try SVGTitles(rendering.data)
        #expect(titles.scriptElements == 0)
        #expect(rendering.text.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; \\N \\&quot;quoted\\&quot;"))
        #expect(rendering.text.contains(">a\\b</text>"))
        #expect(rendering.text.contains("xlink:href=\"https://example.org/?a=1&amp;b=%3C2%3E\""))
    }

    /// Graphviz writes font names into SVG unescaped: a quote, `<` or `&` in a `fontname`, on
    /// the graph, a cluster, a node or an edge, is taken out, and the SVG stays well-formed.
    @Test func fontNamesCannotBreakTheSVG() throws {
        let dot = #"digraph { graph [fontname="A\"B<C&D"]; node [fontname="N\"x"]; edge [fontname="E&e"]; "#
            + #"subgraph cluster_s { fontname="S\"s"; label="s"; a } a -> b [label="l", fontname="L<l"]; label="g" }"#
        let rendering = try Graphviz.render(dot: dot, format: .svg)
        #expect(try SVGTitles(rendering.data).nodes == ["a", "b"])
        for family in ["ABCD", "Nx", "Ss", "Ll"] { #expect(rendering.text.contains("font-family=\"\(family)\""), "\(family)") }
    }

    @Test func rendersEveryGraphInATextOneAfterAnother() throws {
        let rendering = try Graphviz.render(dot: "digraph one { a -> b }\ngraph two { c -- d }\n", format: .svg)
        #expect(rendering.text.components(separatedBy: "<svg ").count == 3)
        #expect(rendering.text.contains("<title>one</title>"))
        #expect(rendering.text.contains("<title>two</title>"))
    }

    @Test func theGraphsLayoutAttributeChoosesTheEngine() throws {
        let rendering = try Graphviz.render(dot: "graph { layout=circo; a -- b -- c -- a }")
        #expect(rendering.engine == .circo)
        #expect(rendering.notice == nil)
    }

    @Test func largeGraphsWithoutAnEngineGoToSfdpWithANotice() throws {
        var graph = Graph(name: "big")
        for index in 0..<300 { graph.addEdge(from: "n\(index)", to: "n\((index * 7 + 3) % 300)") }
        let rendering = try Graphviz.render(graph, format: .plain)
        #expect(rendering.engine == .sfdp)
        #expect(rendering.notice?.contains("300 nodes and 300 edges") == true)
        #expect(LayoutEngine.suggested(nodes: 150, edges: 300) == .dot)
        #expect(LayoutEngine.suggested(nodes: 150, edges: 401) == .sfdp)
    }

    @Test func warningsComeBackWithTheRendering() throws {
        let rendering = try Graphviz.render(dot: "digraph { a [shape=hexagonal_star] }")
        #expect(rendering.warnings == [GraphvizDiagnostic(level: .warning, message: "using box for unknown shape hexagonal_star")])
    }

    @Test func theInstallationListsEnginesAndFormats() throws {
        let installation = try Graphviz.installation()
        #expect(installation.plugins.contains("core"))
        #expect(Set(["dot", "neato", "fdp", "sfdp", "circo", "twopi", "osage", "patchwork"])
            .isSubset(of: Set(installation.engines.map(\.rawValue))))
        #expect(Set(["svg", "png", "pdf", "dot", "xdot", "json", "plain"])
            .isSubset(of: Set(installation.formats.map(\.rawValue))))
        #expect(try Graphviz.engines() == installation.engines)
        #expect(try Graphviz.formats() == installation.formats)
    }

    @Test func formatsAreInferredFromFileNames() {
        #expect(OutputFormat(fileName: "Graphs/map.svg") == .svg)
        #expect(OutputFormat(fileName: "map.PNG") == .png)
        #expect(OutputFormat(fileName: "map.gv") == .dot)
        #expect(OutputFormat(fileName: "map") == nil)
        #expect(OutputFormat(fileName: ".hidden") == nil)
        #expect(OutputFormat(fileName: "dir.v2/map") == nil)
    }
}
