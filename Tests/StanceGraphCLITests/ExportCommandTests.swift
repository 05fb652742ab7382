import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite struct ExportCommandTests {
    /// An article whose words would break careless XML, DOT and JSON writers.
    static let nasty = """
        ---
        title: "Quotes & <tags>"
        published: 2021-11-16
        ---
        Aliyev said that "<script>alert('x')</script> & \\\\ back \\"slashes\\" ]]> <b>bold</b>" was unacceptable to Armenia.
        """

    func export(_ format: String, corpus: TemporaryFolder) throws -> String {
        let output = corpus.file("graph." + format)
        let result = try CommandRunner.run(["export", "--corpus", corpus.path, "-o", output], in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    /// Runs Python with networkx on `script`, passing `file`; the test fails if networkx cannot read it.
    func networkx(_ script: String, _ file: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "networkx: \(errors)")
        return String(decoding: data, as: UTF8.self)
    }

    @Test func graphMLReadsBackWithNetworkxWithTypedKeys() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.txt", Self.nasty)
        _ = try export("graphml", corpus: folder)
        let summary = try networkx("""
            import sys, networkx as nx
            g = nx.read_graphml(sys.argv[1])
            s = [n for n, d in g.nodes(data=True) if d.get('kind') == 'statement'][0]
            print(g.number_of_nodes() > 2, type(g.nodes[s]['polarity']).__name__, type(g.nodes[s]['quote']).__name__, '<script>' in g.nodes[s]['text'])
            """, folder.file("graph.graphml"))
        #expect(summary == "True int bool True\n")
    }

    @Test func gexfReadsBackWithNetworkxWithDates() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.txt", Self.nasty)
        let text = try export("gexf", corpus: folder)
        #expect(text.contains("<gexf xmlns=\"http://gexf.net/1.3\""))
        let summary = try networkx("""
            import sys, networkx as nx
            g = nx.read_gexf(sys.argv[1], version='1.3')
            starts = sorted({d.get('start') for _, d in g.nodes(data=True) if d.get('start')})
            print(g.number_of_nodes() > 2, starts)
            """, folder.file("graph.gexf"))
        #expect(summary == "True ['2021-11-16']\n")
    }

    @Test func jsonKeysNodesByIdAndCarriesEdgesAndStances() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.txt", Self.nasty)
        let text = try export("json", corpus: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let nodes = try #require(object["nodes"] as? [String: [String: Any]])
        #expect(nodes["actor:ilham-aliyev"]?["label"] as? String == "Ilham Aliyev")
        let edges = try #require(object["edges"] as? [[String: Any]])
        #expect(edges.contains { $0["relation"] as? String == "said" && $0["source"] as? String == "actor:ilham-aliyev" })
        #expect((object["stances"] as? [[String: Any]])?.isEmpty == false)
    }

    @Test func theSameCorpusGivesTheSameFilesByteForByte() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.txt", Self.nasty)
        for format in ["json", "csv", "graphml", "gexf", "dot"] {
            #expect(try export(format, corpus: folder) == export(format, corpus: folder), "\(format) is deterministic")
        }
    }

    @Test func dotOfHostileTextRendersToWellFormedSVGWithoutScript() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.txt", Self.nasty)
        _ = try export("dot", corpus: folder)
        let result = try CommandRunner.run(["render", folder.file("graph.dot"), "-o", folder.file("graph.svg")], in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try Data(contentsOf: URL(fileURLWithPath: folder.file("graph.svg")))
        let document = try XMLDocument(data: svg, options: [])
        #expect(try document.nodes(forXPath: "//*[local-name()='script']").isEmpty)
    }

    @Test func anUnknownFormatIsRefused() throws {
        let result = try CommandRunner.run(["export", "-o", "graph.xlsx"], in: repositoryRoot)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Unknown export format \"xlsx\"; use one of: json, csv, graphml, gexf, dot."))
    }

    @Test func theMapOfHostileTextIsWellFormedSVGWithoutScript() throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/a.txt", Self.nasty)
        let result = try CommandRunner.run(["graphs", "--corpus", folder.path, "-o", folder.file("gallery")], in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["map.svg", "timeline.svg", "actors/ilham-aliyev.svg"] {
            let svg = try Data(contentsOf: URL(fileURLWithPath: folder.file("gallery/" + name)))
            let document = try XMLDocument(data: svg, options: [])
            #expect(try document.nodes(forXPath: "//*[local-name()='script']").isEmpty, "\(name) has no script element")
            #expect(String(decoding: svg, as: UTF8.self).contains("&lt;script&gt;"), "\(name) shows the text")
        }
    }
}
