import GraphvizKit

/// One actor's statements: the actor, each statement as a note (its words, date, outlet, a
/// link to the article when its URL is known), and what each addressed, coloured by stance.
public enum ActorView {
    /// The view of the actor with node id `actor` (`actor:ilham-aliyev`): its latest
    /// `limit` statements.
    public static func graph(_ graph: ActorGraph, actor: String, limit: Int = .max) -> Graph {
        Self.graph(graph, actor: actor, limit: limit, index: Index(graph))
    }

    /// The graph's nodes by id and its edges by source, made once for many views. The
    /// graph's edges are sorted by source, so those of one source are found by halving.
    public struct Index: Sendable {
        let nodes: [String: ActorGraph.Node]
        let sorted: [ActorGraph.Edge]

        public init(_ graph: ActorGraph) {
            nodes = Dictionary(graph.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            sorted = graph.edges
        }

        /// The edges from `source`, in the graph's order.
        func edges(from source: String) -> ArraySlice<ActorGraph.Edge> {
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle].source < source { low = middle + 1 } else { high = middle }
            }
            var end = low
            while end < sorted.count, sorted[end].source == source { end += 1 }
            return sorted[low..<end]
        }
    }

    static func graph(_ graph: ActorGraph, actor: String, limit: Int, index: Index) -> Graph {
        let nodes = index.nodes
        let name = nodes[actor]?.label ?? actor
        var view = Graph(name: "actor_view")
        let said = index.edges(from: actor).filter { $0.relation == .said }.map(\.target)
        var statements = said.compactMap { nodes[$0] }.sorted { ($0.properties["date"] ?? "", $0.id) < ($1.properties["date"] ?? "", $1.id) }
        var title = "What \(name) said"
        if statements.count > limit {
            title += ": the latest \(limit) of \(statements.count) statements"
            statements = Array(statements.suffix(limit))
        }
        view.attributes = ["rankdir": "LR", "fontname": "Helvetica", "fontsize": "16", "labelloc": "t", "nodesep": "0.25",
                           "ranksep": "0.8", "label": .text(title)]
        view.nodeDefaults = ["fontname": "Helvetica", "fontsize": "10", "style": "filled", "fillcolor": "white"]
        view.edgeDefaults = ["fontname": "Helvetica", "fontsize": "9", "arrowsize": "0.7"]
        view.addNode(actor, ["label": .text(RelationshipMap.wrap(name)), "shape": "ellipse", "fillcolor": "#e8eef7", "fontsize": "13"])

        for statement in statements {
            let from = index.edges(from: statement.id)
            let article = from.first { $0.relation == .reportedIn }.flatMap { nodes[$0.target] }
            let polarity = Int(statement.properties["polarity"] ?? "0") ?? 0
            let words = ActorGraph.shorten(statement.properties["text"] ?? "", limit: 90)
            let quoted = statement.properties["quote"] == "true" ? "\u{201C}\(words)\u{201D}" : words
            var label = RelationshipMap.wrap(quoted, width: 34) + "\n"
            label += (statement.properties["date"] ?? "undated") + " · " + (statement.properties["cue"] ?? "")
            if let outlet = article?.properties["outlet"] { label += "\n" + outlet }
            var attributes: Attributes = [
                "label": .text(label), "shape": "note", "fontsize": "9",
                "color": .text(color(polarity)), "tooltip": .text(statement.properties["text"] ?? ""),
            ]
            if let url = article?.properties["url"] {
                attributes["URL"] = .text(url)
                attributes["target"] = "_blank"
            }
            view.addNode(statement.id, attributes)
            view.addEdge(from: actor, to: statement.id, ["color": "#9e9e9e", "arrowhead": "none"])
            for edge in from where edge.relation == .targets || edge.relation == .about {
                guard let target = nodes[edge.target] else { continue }
                view.addNode(target.id, ["label": .text(RelationshipMap.wrap(target.label)),
                                         "shape": target.kind == .topic ? "hexagon" : "box",
                                         "fillcolor": target.kind == .topic ? "#fff8e1" : "#f5f5f5",
                                         "style": target.kind == .topic ? "filled" : "rounded,filled"])
                view.addEdge(from: statement.id, to: target.id, ["color": .text(color(edge.polarity ?? 0)),
                                                                 "style": edge.relation == .about ? "dashed" : "solid"])
            }
        }
        return view
    }

    static func color(_ polarity: Int) -> String {
        polarity < 0 ? RelationshipMap.hostile : polarity > 0 ? RelationshipMap.supportive : RelationshipMap.neutral
    }

    /// The actors with statements, by node id, in id order.
    public static func speakers(in graph: ActorGraph) -> [String] {
        Array(Set(graph.edges.filter { $0.relation == .said }.map(\.source))).sorted()
    }
}

/// Statements in date order, in one lane per actor, along a line of dates: who spoke when.
public enum Timeline {
    public static func graph(_ graph: ActorGraph) -> Graph {
        let nodes = Dictionary(graph.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var timeline = Graph(name: "timeline")
        timeline.attributes = ["rankdir": "LR", "newrank": "true", "fontname": "Helvetica", "fontsize": "16", "labelloc": "t",
                               "label": "Who spoke when", "nodesep": "0.2", "ranksep": "0.5"]
        timeline.nodeDefaults = ["fontname": "Helvetica", "fontsize": "9", "shape": "note", "style": "filled", "fillcolor": "white"]
        timeline.edgeDefaults = ["arrowsize": "0.6"]

        let said = graph.edges.filter { $0.relation == .said }
        let byActor = Dictionary(grouping: said, by: \.source)
        func day(_ statement: String) -> String { nodes[statement]?.properties["date"] ?? "undated" }
        let days = Array(Set(said.map { day($0.target) })).sorted { ($0 == "undated" ? "9999" : $0) < ($1 == "undated" ? "9999" : $1) }

        // The line of dates.
        var axis = Subgraph(name: "axis")
        for (index, date) in days.enumerated() {
            axis.addNode("day:" + date, ["label": .text(date), "shape": "plaintext", "style": "", "fontsize": "11", "fontname": "Helvetica-Bold"])
            if index > 0 { axis.addEdge(from: "day:" + days[index - 1], to: "day:" + date, ["style": "bold", "arrowhead": "none", "color": "#707070"]) }
        }
        timeline.addSubgraph(axis)

        // One lane per actor, in order of first statement.
        let actors = byActor.keys.sorted { (byActor[$0]!.map { day($0.target) }.min() ?? "", $0) < (byActor[$1]!.map { day($0.target) }.min() ?? "", $1) }
        for actor in actors {
            let name = nodes[actor]?.label ?? actor
            var lane = Subgraph.cluster("lane_" + actor.replacing(":", with: "_").replacing("-", with: "_"), label: name,
                                        attributes: ["style": "rounded", "color": "#c8c8c8", "fontname": "Helvetica-Bold", "fontsize": "11", "labeljust": "l"])
            let statements = byActor[actor]!.map(\.target).sorted { (day($0), $0) < (day($1), $1) }
            for statement in statements {
                let node = nodes[statement]
                let polarity = Int(node?.properties["polarity"] ?? "0") ?? 0
                lane.addNode(statement, ["label": .text(RelationshipMap.wrap(ActorGraph.shorten(node?.properties["text"] ?? "", limit: 60), width: 28)),
                                         "color": .text(ActorView.color(polarity)), "tooltip": .text(name + ", " + day(statement) + ": " + (node?.properties["text"] ?? ""))])
            }
            for (first, second) in zip(statements, statements.dropFirst()) { lane.addEdge(from: first, to: second, ["style": "invis"]) }
            timeline.addSubgraph(lane)
        }

        // Each statement in its date's column.
        for date in days {
            var column = Subgraph(name: "column_" + date, attributes: ["rank": "same"])
            column.addNode("day:" + date)
            for edge in said where day(edge.target) == date { column.addNode(edge.target) }
            timeline.addSubgraph(column)
        }
        return timeline
    }
}
