import Foundation
import Testing

@Suite struct RenderCommandTests {
    @Test func rendersAFileToStandardOutputAsSVG() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("ab.dot", "digraph ab { a -> b }\n")
        let result = try CommandRunner.run(["render", input])
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout.hasPrefix("<?xml"))
        #expect(result.stdout.contains("<title>a&#45;&gt;b</title>"))
    }

    @Test func readsStandardInputAndInfersTheFormatFromTheOutputName() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["render", "-", "-o", folder.file("ab.png")], stdin: Data("graph { a -- b }".utf8))
        #expect(result.status == 0)
        let png = try Data(contentsOf: URL(fileURLWithPath: folder.file("ab.png")))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(try folder.contents() == ["ab.png"])
    }

    @Test func anExplicitFormatAndEngineWin() throws {
        let result = try CommandRunner.run(["render", "-", "--engine", "neato", "--format", "plain"],
                                           stdin: Data("graph { a -- b }".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("graph 1 "))
        #expect(result.stdout.hasSuffix("stop\n"))
    }

    @Test func aSyntaxErrorNamesTheFileAndLineAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("broken.dot", "digraph {\n  a -> ;\n}\n")
        try "old".write(toFile: folder.file("out.svg"), atomically: false, encoding: .utf8)
        let result = try CommandRunner.run(["render", input, "-o", folder.file("out.svg")])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == """
            stancegraph: error: reading \(input) failed: \(input): syntax error in line 2 near ';'
            Check the DOT text near the line named.

            """)
        #expect(try String(contentsOfFile: folder.file("out.svg"), encoding: .utf8) == "old")
        #expect(try folder.contents() == ["broken.dot", "out.svg"])
    }

    @Test func anUnknownEngineListsTheInstalledOnes() throws {
        let result = try CommandRunner.run(["render", "-", "-K", "spring"], stdin: Data("digraph { a }".utf8))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("stancegraph: error: choosing the layout engine \"spring\" failed: no layout engine \"spring\" is installed\nUse one of: circo dot fdp neato"))
    }

    @Test func aMissingFileIsAnErrorNamingIt() throws {
        let result = try CommandRunner.run(["render", "/nonexistent/map.dot"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("stancegraph: error: reading /nonexistent/map.dot failed: "))
    }

    @Test func warningsGoToStandardErrorAndTheRenderStillSucceeds() throws {
        let result = try CommandRunner.run(["render", "-", "-T", "dot"], stdin: Data("digraph { a [shape=hexagonal_star] }".utf8))
        #expect(result.status == 0)
        #expect(result.stderr == "Warning: using box for unknown shape hexagonal_star\n")
        #expect(result.stdout.contains("shape=hexagonal_star"))
    }

    @Test func rendersManyFilesIntoAFolder() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("one.dot", "digraph { a -> b }")
        let second = try folder.write("two.gv", "graph { c -- d }")
        try FileManager.default.createDirectory(atPath: folder.file("out"), withIntermediateDirectories: false)
        let result = try CommandRunner.run(["render", first, second, "--output-dir", folder.file("out"), "-T", "svg"])
        #expect(result.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out")).sorted() == ["one.svg", "two.svg"])
    }

    @Test func aLargeGraphGetsSfdpAndANotice() throws {
        var dot = "digraph big {\n"
        for index in 0..<500 { dot += "n\(index) -> n\((index * 13 + 5) % 500);\n" }
        dot += "}\n"
        let result = try CommandRunner.run(["render", "-", "-T", "plain"], stdin: Data(dot.utf8))
        #expect(result.status == 0)
        #expect(result.stderr == "note: <stdin>: 500 nodes and 500 edges is more than dot lays out in reasonable time (a random graph of 1,000 nodes takes it minutes); using sfdp. Pass an engine to choose another.\n")
    }

    @Test func contradictoryOptionsAreRefused() throws {
        let result = try CommandRunner.run(["render", "a.dot", "-o", "x.svg", "--output-dir", "out"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Use either --output or --output-dir, not both."))
    }

    @Test func theMapViewShowsTheMissionsActorsFromTheCorpus() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["render", "--view", "map", "-o", folder.file("map.svg")], in: repositoryRoot)
        #expect(result.status == 0)
        let svg = try String(contentsOfFile: folder.file("map.svg"), encoding: .utf8)
        for name in ["Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin", "Mevlüt Çavuşoğlu", "Sergei Lavrov",
                     "António Guterres", "OSCE Minsk Group", "CSTO"] {
            #expect(svg.contains(">\(name)</text>"), "map shows \(name)")
        }
    }

    @Test func pluginsListsEnginesAndFormats() throws {
        let result = try CommandRunner.run(["plugins"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Graphviz 2."))
        #expect(result.stdout.contains("\nengines: circo dot fdp neato"))
        #expect(result.stdout.contains(" svg "))
    }

    @Test func withNoPluginsTheErrorSaysHowToInstallThem() throws {
        let folder = try TemporaryFolder()
        let input = try folder.write("ab.dot", "digraph { a -> b }")
        let result = try CommandRunner.run(["render", input, "-o", folder.file("ab.svg")], environment: ["GVBINDIR": folder.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("stancegraph: error: loading Graphviz's plugins failed: no libgvplugin_*.so found in \(folder.path)"))
        #expect(result.stderr.contains("Install them with `apt-get install libgraphviz-dev`"))
        #expect(try folder.contents() == ["ab.dot"])
    }

    @Test func pluginsAreFoundThroughGVBINDIR() throws {
        let found = try CommandRunner.run(["plugins"]).stdout
        let line = try #require(found.split(separator: "\n").first { $0.hasPrefix("plugin folder: ") })
        let folder = String(line.dropFirst("plugin folder: ".count))
        let result = try CommandRunner.run(["plugins"], environment: ["GVBINDIR": folder])
        #expect(result.status == 0)
        #expect(result.stdout == found)
    }

    @Test func theMapIsTheSameByteForByteInEveryProcess() throws {
        let folder = try TemporaryFolder()
        var outputs = Set<Data>()
        for run in 0..<4 {
            let result = try CommandRunner.run(["render", "--view", "map", "-o", folder.file("map\(run).svg")], in: repositoryRoot)
            #expect(result.status == 0)
            outputs.insert(try Data(contentsOf: URL(fileURLWithPath: folder.file("map\(run).svg"))))
        }
        #expect(outputs.count == 1)
    }

    @Test func everyEngineKeepsTheNodeNamesOfAClusteredMap() throws {
        for engine in ["dot", "neato", "fdp", "circo", "twopi", "osage"] {
            let result = try CommandRunner.run(["render", "--view", "map", "-K", engine, "-T", "plain"], in: repositoryRoot)
            let names = result.stdout.split(separator: "\n").filter { $0.hasPrefix("node ") }.map { $0.split(separator: " ")[1] }
            #expect(!names.isEmpty && names.allSatisfy { !$0.hasPrefix("\"%") }, "\(engine) keeps node names")
        }
    }

    @Test func actorAndTimelineViewsAndTheGallery() throws {
        let folder = try TemporaryFolder()
        let actor = try CommandRunner.run(["render", "--view", "actor", "--actor", "Pashinian", "-o", folder.file("pashinyan.svg")], in: repositoryRoot)
        #expect(actor.status == 0, "\(actor.stderr)")
        #expect(try String(contentsOfFile: folder.file("pashinyan.svg"), encoding: .utf8).contains(">What Nikol Pashinyan said</text>"))
        let timeline = try CommandRunner.run(["render", "--view", "timeline", "-o", folder.file("timeline.svg")], in: repositoryRoot)
        #expect(timeline.status == 0)
        #expect(try String(contentsOfFile: folder.file("timeline.svg"), encoding: .utf8).contains(">Who spoke when: statements along a proportional time axis"))
        let unknown = try CommandRunner.run(["render", "--view", "actor", "--actor", "Nobody Atall", "-o", folder.file("x.svg")], in: repositoryRoot)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no actor \"Nobody Atall\" made statements"))
        let gallery = try CommandRunner.run(["graphs", "-o", folder.file("gallery")], in: repositoryRoot)
        #expect(gallery.status == 0)
        let readme = try String(contentsOfFile: folder.file("gallery/README.md"), encoding: .utf8)
        #expect(readme.contains("| [actors/nikol-pashinyan.svg](actors/nikol-pashinyan.svg) | Nikol Pashinyan: "))
        for name in ["map.svg", "timeline.svg", "actors/ilham-aliyev.svg", "actors/mevlut-cavusoglu.svg", "actors/sergei-lavrov.svg"] {
            #expect(FileManager.default.fileExists(atPath: folder.file("gallery/" + name)), "\(name)")
        }
    }

    @Test func theGalleryRemovesStaleActorViewsAndNothingElse() throws {
        let folder = try TemporaryFolder()
        try folder.write("gallery/actors/gone.svg", "<svg/>")
        try folder.write("gallery/actors/notes.txt", "kept")
        let result = try CommandRunner.run(["graphs", "-o", folder.file("gallery")], in: repositoryRoot)
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder.file("gallery/actors/gone.svg")))
        #expect(FileManager.default.fileExists(atPath: folder.file("gallery/actors/notes.txt")))
        #expect(FileManager.default.fileExists(atPath: folder.file("gallery/actors/ilham-aliyev.svg")))
    }
}
