import GraphvizKit

/// Every picture of a corpus, and a README that shows them: the relationship map, the
/// timeline, and one view per actor with statements.
public enum Gallery {
    /// A file of the gallery: its path inside the gallery folder and its bytes.
    public struct File: Hashable, Sendable {
        public var path: String
        public var bytes: [UInt8]
    }

    /// Renders the gallery of `graph` as SVG, each picture with the engine its size calls for
    /// (dot for the maps people read, sfdp past a few hundred nodes).
    public static func files(_ graph: ActorGraph, registry: Registry) throws(GraphvizError) -> [File] {
        try files(graph, timeline: graph, registry: registry, folding: .none, report: Folding.Report())
    }

    /// Renders the gallery of a corpus's statements, folded as `folding` says: the map and
    /// the actor views of the most active actors, the timeline of the latest statements.
    ///
    /// - Parameter mentions: the corpus's mentions, asked for only when nothing is folded: a
    ///   folded map leaves out the people named who said nothing.
    public static func files(statements: [Statement], articles: [Article], registry: Registry, mentions: () -> [MentionFinder.Mention]?,
                             folding: Folding) throws(GraphvizError) -> (files: [File], report: Folding.Report) {
        let (folded, report) = folding.fold(statements, registry: registry)
        let graph = ActorGraph(statements: folded, articles: articles, registry: registry, mentions: report.folded > 0 ? [] : mentions())
        let latest = Folding.latest(folded, limit: folding.timelineStatements)
        let timeline = latest.count == folded.count ? graph : ActorGraph(statements: latest, articles: articles, registry: registry, mentions: [])
        return (try files(graph, timeline: timeline, registry: registry, folding: folding, report: report), report)
    }

    static func files(_ graph: ActorGraph, timeline: ActorGraph, registry: Registry, folding: Folding, report: Folding.Report) throws(GraphvizError) -> [File] {
        var files: [File] = []
        let map = RelationshipMap.graph(graph, registry: registry, maximumEdges: report.folded > 0 ? folding.mapStances : .max)
        files.append(File(path: "map.svg", bytes: Array(try Graphviz.render(map, format: .svg).data)))
        files.append(File(path: "matrix.svg", bytes: Array(try Graphviz.render(StanceMatrix.graph(graph), format: .svg).data)))
        files.append(File(path: "timeline.svg", bytes: Array(try Graphviz.render(Timeline.graph(timeline), format: .svg).data)))
        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let index = ActorView.Index(graph)
        var rows: [(String, String)] = []
        for actor in ActorView.speakers(in: graph) where actor != "actor:" + Folding.othersID {
            let name = String(actor.dropFirst("actor:".count))
            // The id becomes a file name: letters, digits and hyphens only, so that no id can
            // name a file outside the folder (registry ids are checked on loading too).
            guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-" }) else { continue }
            let svg = try Graphviz.render(ActorView.graph(graph, actor: actor, limit: folding.actorStatements, index: index), format: .svg)
            files.append(File(path: "actors/\(name).svg", bytes: Array(svg.data)))
            let count = index.edges(from: actor).filter { $0.relation == .said }.count
            rows.append(("actors/\(name).svg", "\(labels[actor] ?? name): \(count) statement\(count == 1 ? "" : "s") and what they addressed."))
        }
        var readme = """
            # Graphs

            Made by `make graphs` (`stancegraph graphs`) from the committed corpus (`Corpus/`); CI fails
            when these files are not what it makes. Hover over an edge or a statement for its words and date.

            | picture | what it shows |
            | --- | --- |
            | [map.svg](map.svg) | The relationship map: actors clustered by country or international body, each speaker's stance toward each actor it addressed (red hostile, grey neutral, blue supportive, wider for more statements), memberships and offices dotted, and the people and bodies the articles name. |
            | [matrix.svg](matrix.svg) | The same stances as a table, for paper: one row per speaker, one column per actor addressed, each cell the mean stance (coloured) and the number of statements. |
            | [timeline.svg](timeline.svg) | Who spoke when: each statement at its day on a proportional time axis (a week is a week wide wherever it falls), one lane per speaker, the dates repeated every few lanes. |

            """
        if report.folded > 0 {
            let drawn = timeline.nodes.filter { $0.kind == .statement }.count
            readme += "\nThe corpus is large, so the pictures are folded: \(report.description). The timeline draws the latest \(drawn) statements"
                + (folding.actorStatements == .max ? "" : " and each actor view its latest \(folding.actorStatements)") + ". `stancegraph graphs --actors N` shows more.\n\n"
        }
        for (path, line) in rows { readme += "| [\(path)](\(path)) | \(line) |\n" }
        readme += "\n![The relationship map](map.svg)\n\n![Stances at a glance](matrix.svg)\n\n![The timeline](timeline.svg)\n"
        files.append(File(path: "README.md", bytes: Array(readme.utf8)))
        return files
    }
}
