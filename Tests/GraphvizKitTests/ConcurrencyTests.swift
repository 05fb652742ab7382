import Foundation
import Testing
@testable import GraphvizKit

@Suite struct ConcurrencyTests {
    @Test func renderingFromManyTasksAtOnceGivesEveryTaskItsOwnGraph() async throws {
        let results = try await withThrowingTaskGroup(of: (Int, [String], [String]).self) { group in
            for task in 0..<16 {
                group.addTask {
                    var graph = Graph(name: "g\(task)")
                    for index in 0..<20 { graph.addEdge(from: "t\(task)_\(index)", to: "t\(task)_\((index + 1) % 20)") }
                    let engine: LayoutEngine = [.dot, .neato, .fdp, .circo][task % 4]
                    let rendering = task % 2 == 0
                        ? try Graphviz.render(graph, engine: engine, format: .svg)
                        : try Graphviz.render(dot: graph.dot, name: "task\(task)", engine: engine, format: .svg)
                    let titles = try SVGTitles(rendering.data)
                    return (task, titles.nodes, titles.edges)
                }
            }
            var all: [(Int, [String], [String])] = []
            for try await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 16)
        for (task, nodes, edges) in results {
            #expect(Set(nodes) == Set((0..<20).map { "t\(task)_\($0)" }))
            #expect(edges.count == 20)
            #expect(edges.allSatisfy { $0.hasPrefix("t\(task)_") })
        }
    }
}
