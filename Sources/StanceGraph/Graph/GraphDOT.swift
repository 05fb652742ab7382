import GraphvizKit

/// The whole actor-statement graph as a GraphvizKit ``Graph``, every node and edge.
enum GraphDOT {
    static func graph(_ graph: ActorGraph) -> Graph {
        var out = Graph(name: "stancegraph")
        out.nodeDefaults = ["fontname": "Helvetica", "fontsize": "10"]
        out.edgeDefaults = ["fontname": "Helvetica", "fontsize": "8"]
        let shapes: [ActorGraph.NodeKind: AttributeValue] = [.actor: "ellipse", .institution: "box3d", .statement: "note", .topic: "hexagon", .article: "folder"]
        for node in graph.nodes {
            out.addNode(node.id, ["label": .text(node.label), "shape": shapes[node.kind]!])
        }
        for edge in graph.edges {
            var attributes: Attributes = ["label": .text(edge.relation.rawValue)]
            if let polarity = edge.polarity { attributes["color"] = polarity > 0 ? "#2e7d32" : polarity < 0 ? "#c62828" : "#757575" }
            out.addEdge(from: edge.source, to: edge.target, attributes)
        }
        return out
    }
}
