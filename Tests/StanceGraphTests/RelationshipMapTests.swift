import Foundation
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
        // The key is a line under the title, not a cluster of its own.
        #expect(!map.subgraphs.contains { $0.name == "cluster_legend" })
        let title = try #require(map.attributes["label"])
        guard case .html(let label) = title else { Issue.record("the title is not an HTML label"); return }
        #expect(label.contains("<table"))
        #expect(title.description.contains("red: hostile"))
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

@Suite struct TimelineTests {
    static func statement(_ speaker: String, on day: String?, _ words: String) -> Statement {
        Statement(article: "a", speaker: projectRegistry.actor(speaker)!, text: words, quote: false, cue: "said",
                  date: day.flatMap { Day(iso: $0) }, targets: [], topics: [], polarity: 0, figures: [], sentence: words, range: 0..<1, rule: "test")
    }

    /// A pinned node's position: x and y in points.
    static func position(_ node: Node) -> (x: Double, y: Double) {
        let parts = node.attributes["pos"]!.description.dropLast().split(separator: ",").map { Double($0)! }
        return (parts[0], parts[1])
    }

    @Test func daysAreDrawnInProportionAndNotesNeverOverlap() throws {
        let statements = [
            Self.statement("ilham-aliyev", on: "2020-10-01", "first"), Self.statement("ilham-aliyev", on: "2020-10-02", "next day"),
            Self.statement("ilham-aliyev", on: "2020-10-12", "ten days on"), Self.statement("nikol-pashinyan", on: "2020-10-02", "same day elsewhere"),
            Self.statement("nikol-pashinyan", on: nil, "undated"),
        ]
        let graph = ActorGraph(statements: statements, articles: [], registry: projectRegistry, mentions: [])
        let timeline = Timeline.graph(graph)
        #expect(timeline.attributes["layout"]?.description == "nop2")
        let notes = timeline.nodes.filter { $0.id.hasPrefix("statement:") }
        #expect(notes.count == 5)
        func x(_ words: String) -> Double {
            Self.position(notes.first { $0.attributes["tooltip"]!.description.hasSuffix(words) }!).x
        }
        // Ten days take ten times the width of one, in any lane.
        let day = x("next day") - x("first")
        #expect(day > 0)
        #expect(abs((x("ten days on") - x("first")) - 11 * day) < 1)
        #expect(x("same day elsewhere") == x("next day"))
        // The undated are after every dated one.
        #expect(x("undated") > x("ten days on"))
        // Notes of one lane that would overlap are stacked, not drawn over one another.
        let width = Timeline.noteWidth, height = Timeline.noteHeight
        for a in notes.indices {
            for b in notes.indices where b > a {
                let (p, q) = (Self.position(notes[a]), Self.position(notes[b]))
                #expect(abs(p.x - q.x) >= width || abs(p.y - q.y) >= height, "\(notes[a].id) and \(notes[b].id) overlap")
            }
        }
        // The axis is drawn above and below the lanes.
        let axes = Set(timeline.nodes.filter { $0.id.hasPrefix("tick_") }.map { Self.position($0).y })
        #expect(axes.count >= 2)
    }

    @Test func ticksSuitTheSpan() {
        let first = Day(iso: "2020-09-27")!.ordinal
        #expect(Timeline.ticks(from: first, to: first + 10).count == 11)
        #expect(Timeline.ticks(from: first, to: first + 60).map(\.day).allSatisfy { ($0.ordinal + 3) % 7 == 0 })
        #expect(Timeline.ticks(from: first, to: Day(iso: "2021-11-16")!.ordinal).map(\.label).prefix(3) == ["2020-10", "2020-11", "2020-12"])
        #expect(Timeline.ticks(from: first, to: Day(iso: "2026-01-01")!.ordinal).map(\.label).first == "2021")
    }
}

@Suite struct StanceMatrixTests {
    @Test func cellsAreTheStancesOfTheMap() throws {
        let graph = try RelationshipMapTests.corpusGraph()
        let matrix = StanceMatrix(graph)
        let aliyev = try #require(matrix.cells["ilham-aliyev"]?["armenia"])
        #expect(aliyev.count == 2)
        #expect(aliyev.mean == -1)
        #expect(matrix.speakers.first?.id == "ilham-aliyev")
        #expect(matrix.targets.contains { $0.id == "armenia" && $0.name == "Armenia" })
        // Every cell is a stance of the graph, with its count.
        for stance in graph.stances where stance.target.hasPrefix("actor:") {
            let cell = matrix.cells[String(stance.speaker.dropFirst(6))]?[String(stance.target.dropFirst(6))]
            #expect(cell?.count == stance.count)
        }
        #expect(StanceMatrix.shade(-1) != StanceMatrix.shade(1))
        #expect(StanceMatrix.shade(0) == "#ececec")
    }

    @Test func namesFromTheTextCannotBreakTheTable() throws {
        let odd = Actor(id: "a-b", name: "A&B <i>Group</i> \"x\"", kind: .group, isKnown: false)
        let statement = Statement(article: "a", speaker: odd, text: "words", quote: false, cue: "said", date: Day(iso: "2021-01-01"),
                                  targets: [projectRegistry.actor("armenia")!], topics: [], polarity: -1, figures: [], sentence: "words",
                                  range: 0..<5, rule: "test")
        let graph = ActorGraph(statements: [statement], articles: [], registry: projectRegistry, mentions: [])
        let svg = String(decoding: try Graphviz.render(StanceMatrix.graph(graph), format: .svg).data, as: UTF8.self)
        #expect(svg.contains("A&amp;B &lt;i&gt;Group&lt;/i&gt;"))
        #expect(!svg.contains("<i>Group"))
    }
}

@Suite struct FastMapTests {
    /// The committed corpus, read and extracted once.
    static let corpus: (statements: [Statement], articles: [Article], mentions: [MentionFinder.Mention]) = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let corpus = Corpus.load([root.appendingPathComponent("Corpus/articles").path])
        let extraction = projectExtractor.read(corpus)
        return (extraction.statements, corpus.articles, extraction.mentions)
    }()

    @Test(arguments: [
        (1, nil, nil, Int.max), (2, nil, nil, Int.max), (1, "2020-10-01", "2020-12-31", Int.max), (1, "2021-01-01", nil, Int.max), (1, nil, nil, 10),
    ] as [(Int, String?, String?, Int)])
    func theMapFromCountsIsTheMapFromTheWholeGraph(minimum: Int, since: String?, until: String?, maximumEdges: Int) {
        let (statements, articles, mentions) = Self.corpus
        let since = since.flatMap { Day(iso: $0) }, until = until.flatMap { Day(iso: $0) }
        let whole = ActorGraph(statements: statements, articles: articles, registry: projectRegistry, mentions: mentions)
        let expected = RelationshipMap.graph(whole, registry: projectRegistry, minimumStatements: minimum, since: since, until: until, maximumEdges: maximumEdges)
        // The window is applied before counting, as the desk does: what the whole graph leaves
        // out of a window, the counts never see.
        let window = StatementQuery(since: since, until: until)
        let fast = RelationshipMap.graph(statements: statements, articles: articles, registry: projectRegistry, mentions: mentions,
                                         minimumStatements: minimum, since: since, until: until, maximumEdges: maximumEdges)
        #expect(fast.map.edges == expected.edges)
        #expect(fast.map.subgraphs.map(\.nodes) == expected.subgraphs.map(\.nodes))
        #expect(fast.map.attributes == expected.attributes)
        #expect(statements.contains { window.isWithin($0.date) })
    }

    @Test func aStanceTowardOneTargetIsItsOwnDirection() throws {
        // Supportive overall, hostile toward Armenia: the edge to Armenia is hostile.
        var statement = StanceDiffTests.statement(1, on: "2020-11-10")
        statement.stances = ["armenia": -1]
        let graph = ActorGraph(statements: [statement], articles: [], registry: projectRegistry, mentions: [])
        let map = RelationshipMap.graph(graph, registry: projectRegistry)
        let edge = try #require(map.edges.first { $0.tail == "actor:ilham-aliyev" && $0.head == "actor:armenia" })
        #expect(edge.attributes["color"]?.description == RelationshipMap.hostile)
        let totals = RelationshipMap.totals([statement]).totals
        #expect(totals["actor:ilham-aliyev\u{1}actor:armenia"] == RelationshipMap.Totals(count: 1, polarity: -1))
    }
}
