import Foundation
import Testing
@testable import GraphvizKit

@Suite struct ErrorTests {
    @Test func aSyntaxErrorCarriesGraphvizsTextAndTheLine() throws {
        let error = try #require(throws: GraphvizError.self) {
            try Graphviz.render(dot: "digraph {\n  a -> b;\n  b -> ;\n}\n", name: "broken.dot")
        }
        #expect(error.kind == .syntax)
        #expect(error.line == 3)
        #expect(error.graphvizMessage == "Error: broken.dot: syntax error in line 3 near ';'")
        #expect(error.errorDescription?.hasPrefix("reading broken.dot failed: broken.dot: syntax error in line 3") == true)
    }

    @Test func theParserRecoversAfterASyntaxError() throws {
        _ = try? Graphviz.render(dot: "digraph { a -> }", name: "first.dot")
        let rendering = try Graphviz.render(dot: "digraph { x -> y }", name: "second.dot")
        #expect(try SVGTitles(rendering.data).edges == ["x->y"])
    }

    @Test func anEmptyInputIsAnError() throws {
        let error = try #require(throws: GraphvizError.self) { try Graphviz.render(dot: "  \n", name: "empty.dot") }
        #expect(error.kind == .syntax)
        #expect(error.errorDescription == "reading empty.dot failed: empty.dot holds no graph")
    }

    @Test func anUnknownEngineListsTheAvailableOnes() throws {
        let error = try #require(throws: GraphvizError.self) {
            try Graphviz.render(Graph(), engine: "spring", format: .svg)
        }
        #expect(error.kind == .unknownEngine)
        #expect(error.suggestion?.hasPrefix("Use one of: circo dot fdp neato") == true)
        #expect(error.errorDescription?.contains("no layout engine \"spring\" is installed") == true)
    }

    @Test func anUnknownFormatListsTheAvailableOnes() throws {
        let error = try #require(throws: GraphvizError.self) {
            try Graphviz.render(Graph(), format: "docx")
        }
        #expect(error.kind == .unknownFormat)
        #expect(error.suggestion?.contains(" svg ") == true)
        #expect(error.suggestion?.contains(" png ") == true)
    }

    @Test func aBrokenHTMLLabelIsAnErrorNotOnlyAWarningOnStderr() throws {
        var graph = Graph()
        graph.addNode("a", ["label": .html("<b>unclosed")])
        let error = try #require(throws: GraphvizError.self) { try Graphviz.render(graph) }
        #expect(error.kind == .layout)
        #expect(error.graphvizMessage.hasPrefix("Error: mismatched tag in line 1"))
        #expect(error.graphvizMessage.hasSuffix("in label of node a"))
    }

    @Test func diagnosticsAreSplitAtEachPrefix() {
        let parsed = GraphvizDiagnostic.parse("Error: <stdin>: syntax error in line 7 near 'x'\ncontext\nWarning: odd\n")
        #expect(parsed == [
            GraphvizDiagnostic(level: .error, message: "<stdin>: syntax error in line 7 near 'x'\ncontext"),
            GraphvizDiagnostic(level: .warning, message: "odd"),
        ])
        #expect(parsed[0].line == 7)
    }
}
