import GraphvizKit
#if canImport(Glibc)
import Glibc
#endif

/// The relationship map: actors clustered by country or organisation, their institutions
/// and memberships, and each speaker's stance toward each target, coloured by polarity
/// (hostile, neutral, supportive), as wide as the statements behind it, with a tooltip
/// listing them, and a key under the title.
public enum RelationshipMap {
    /// Colours by stance, chosen to stay apart for readers with red-green colour blindness.
    static let hostile = "#c0392b"
    static let neutral = "#8a8a8a"
    static let supportive = "#1f78b4"

    /// The map of `graph`.
    ///
    /// - Parameters:
    ///   - minimumStatements: stance edges resting on fewer statements are left out, and so
    ///     are actors left with no edge.
    ///   - since, until: only statements made in this window count.
    ///   - maximumEdges: only the stances resting on most statements are drawn, this many at
    ///     most, and the title says so.
    public static func graph(_ graph: ActorGraph, registry: Registry, minimumStatements: Int = 1, since: Day? = nil, until: Day? = nil,
                             maximumEdges: Int = .max) -> Graph {
        var map = Graph(name: "relationship_map")
        map.attributes = [
            "rankdir": "LR", "fontname": "Helvetica", "fontsize": "16", "labelloc": "t", "newrank": "true",
            "nodesep": "0.3", "ranksep": "1.1",
            "splines": "true", "compound": "true", "bgcolor": "white",
        ]
        map.nodeDefaults = ["fontname": "Helvetica", "fontsize": "11", "style": "filled", "fillcolor": "white", "penwidth": "1.2"]
        map.edgeDefaults = ["fontname": "Helvetica", "fontsize": "9", "arrowsize": "0.7"]
        var title = "Who said what about whom: stances in the corpus"

        let statementDates = Dictionary(graph.nodes.filter { $0.kind == .statement }.map { ($0.id, $0.properties["date"].flatMap { Day(iso: $0) }) },
                                        uniquingKeysWith: { first, _ in first })
        let nodes = Dictionary(graph.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func inWindow(_ statement: String) -> Bool {
            guard since != nil || until != nil else { return true }
            guard let day = statementDates[statement] ?? nil else { return false }
            return (since.map { day >= $0 } ?? true) && (until.map { day <= $0 } ?? true)
        }

        // Stance edges, filtered by window and weight.
        var stances: [(stance: ActorGraph.Stance, statements: [String])] = []
        for stance in graph.stances {
            let kept = stance.statements.filter(inWindow)
            guard kept.count >= minimumStatements, kept.count > 0 else { continue }
            stances.append((stance, kept))
        }
        // Topics are drawn in the actor views; here only actors, and topics several statements share.
        stances.removeAll { $0.stance.target.hasPrefix("topic:") && $0.statements.count < 2 }
        if stances.count > maximumEdges {
            let all = stances.count
            let strongest = Set(stances.indices.sorted { (stances[$0].statements.count, $1) > (stances[$1].statements.count, $0) }.prefix(maximumEdges))
            stances = stances.indices.filter(strongest.contains).map { stances[$0] }
            title = "Who said what about whom: the \(maximumEdges) strongest of \(all) stances in the corpus"
        }
        var shown = Set(stances.flatMap { [$0.stance.speaker, $0.stance.target] })
        // People and international bodies the articles name, though they said nothing.
        for node in graph.nodes where node.kind == .actor && node.properties["mentions"] != nil
            && minimumStatements == 1 && ["person", "international organisation"].contains(node.properties["kind"] ?? "") {
            shown.insert(node.id)
        }
        // Memberships and offices between the actors shown, and the institutions they name.
        let institutional = graph.edges.filter { [.memberOf, .holdsRoleIn, .represents].contains($0.relation) && shown.contains($0.source) }
        for edge in institutional { shown.insert(edge.target) }

        // Clusters: by country, international bodies, topics, the rest.
        var clusters: [String: Subgraph] = [:]
        for id in shown.sorted() {
            guard let node = nodes[id] else { continue }
            let (key, title) = clusterKey(node, registry: registry)
            if clusters[key] == nil {
                clusters[key] = Subgraph.cluster(key, label: title, attributes: [
                    "style": "rounded,filled", "color": "#c8c8c8", "fillcolor": key == "topics" ? "#fbf7ec" : "#f5f5f5",
                    "fontname": "Helvetica-Bold", "fontsize": "13", "margin": "12",
                ])
            }
            clusters[key]!.addNode(id, nodeAttributes(node))
        }
        for key in clusters.keys.sorted() { map.addSubgraph(clusters[key]!) }

        for (stance, statements) in stances {
            let mean = Double(statements.compactMap { nodes[$0]?.properties["polarity"].flatMap(Int.init) }.reduce(0, +)) / Double(statements.count)
            let color = mean <= -1.0 / 3 ? hostile : mean >= 1.0 / 3 ? supportive : neutral
            let width = min(8.0, 1.0 + 1.6 * log2(Double(statements.count)))
            var tooltip = "\(nodes[stance.speaker]?.label ?? stance.speaker) → \(nodes[stance.target]?.label ?? stance.target): \(statements.count) statement\(statements.count == 1 ? "" : "s")"
            for id in statements.prefix(12) {
                guard let node = nodes[id] else { continue }
                tooltip += "\n" + (node.properties["date"] ?? "undated") + " (" + (node.properties["cue"] ?? "") + "): " + ActorGraph.shorten(node.properties["text"] ?? "", limit: 120)
            }
            if statements.count > 12 { tooltip += "\n… and \(statements.count - 12) more" }
            // On paper: the number of statements beside the edge, when more than one; and the
            // edges of one stance into a target arrive at one point rather than side by side.
            map.addEdge(from: stance.speaker, to: stance.target, [
                "color": .text(color), "penwidth": .text(String(format1(width))), "tooltip": .text(tooltip),
                "labeltooltip": .text(tooltip), "edgetooltip": .text(tooltip),
                "style": stance.target.hasPrefix("topic:") ? "dashed" : "solid",
                "xlabel": statements.count > 1 ? .text(String(statements.count)) : "", "fontcolor": .text(color), "samehead": .text(color),
            ])
        }
        for edge in institutional {
            let label = edge.role.map { $0.replacing("-", with: " ") } ?? edge.relation.rawValue
            map.addEdge(from: edge.source, to: edge.target, [
                "style": "dotted", "color": "#9e9e9e", "arrowhead": "odiamond",
                "tooltip": .text("\(nodes[edge.source]?.label ?? edge.source) \(label) \(nodes[edge.target]?.label ?? edge.target)"),
            ])
        }
        map.attributes["label"] = .html(titleWithKey(title, [
            ("red: hostile", hostile), ("grey: neutral", neutral), ("blue: supportive", supportive), ("wider, and the number: more statements", nil),
            ("dashed edge: about a topic", nil), ("dotted: member of, or office", nil), ("dashed outline: not in the registry", nil),
        ]))
        return map
    }

    static func clusterKey(_ node: ActorGraph.Node, registry: Registry) -> (String, String) {
        if node.kind == .topic { return ("topics", "Topics") }
        let id = String(node.id.dropFirst("actor:".count))
        let kind = node.properties["kind"]
        if kind == "international organisation" { return ("international", "International bodies") }
        // People belong where they hold office: the UN's Secretary-General with the international bodies.
        if kind == "person", registry.actor(id)?.roles.contains(where: { $0.of.flatMap(registry.actor)?.kind == .internationalOrganisation }) == true {
            return ("international", "International bodies")
        }
        let country = kind == "state" ? id : node.properties["country"]
        if let country, let state = registry.actor(country) { return ("country_" + country.replacing("-", with: "_"), state.name) }
        return ("other", "Others")
    }

    static func nodeAttributes(_ node: ActorGraph.Node) -> Attributes {
        var attributes: Attributes = ["label": .text(wrap(node.label))]
        switch node.kind == .topic ? "topic" : node.properties["kind"] ?? "" {
        case "person": attributes["shape"] = "ellipse"
        case "state": attributes["shape"] = "box3d"; attributes["fillcolor"] = "#e8eef7"
        case "government body": attributes["shape"] = "box"; attributes["style"] = "rounded,filled"
        case "party or alliance": attributes["shape"] = "component"
        case "international organisation": attributes["shape"] = "box"; attributes["fillcolor"] = "#fdf3dc"
        case "topic": attributes["shape"] = "hexagon"; attributes["fillcolor"] = "#fff8e1"
        default: attributes["shape"] = "octagon"
        }
        if node.properties["known"] == "false" && node.kind != .topic {
            attributes["style"] = .text((attributes["style"]?.description ?? "filled") + ",dashed")
            attributes["tooltip"] = .text(node.label + " (not in the registry)")
        } else {
            attributes["tooltip"] = .text(node.label)
        }
        return attributes
    }

    /// A picture's title and, in a line under it, its key: each item in a cell of its own
    /// (Graphviz measures each cell's text apart, so coloured items do not overlap).
    static func titleWithKey(_ title: String, _ items: [(text: String, color: String?)]) -> String {
        func escape(_ text: String) -> String {
            text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;").replacing("\"", with: "&quot;")
        }
        let cells = items.map { text, color in
            "<td><font point-size=\"10\"\(color.map { " color=\"\($0)\"" } ?? "")>\(escape(text))</font></td>"
        }.joined()
        return "<table border=\"0\" cellspacing=\"2\"><tr><td><font point-size=\"16\">\(escape(title))</font></td></tr>"
            + "<tr><td><table border=\"0\" cellspacing=\"10\" cellpadding=\"0\"><tr>\(cells)</tr></table></td></tr></table>"
    }

    /// Long names over two or three lines, broken between words.
    static func wrap(_ label: String, width: Int = 18) -> String {
        var lines: [String] = []
        var line = ""
        for word in label.split(separator: " ") {
            if !line.isEmpty, line.count + word.count + 1 > width {
                lines.append(line)
                line = String(word)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }

    static func format1(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
