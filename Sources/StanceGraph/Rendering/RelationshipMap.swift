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
        Self.graph(graph, registry: registry, minimumStatements: minimumStatements, since: since, until: until, maximumEdges: maximumEdges, totals: nil)
    }

    /// How many statements a stance rests on, and the sum of their polarities.
    public struct Totals: Hashable, Sendable {
        public var count = 0
        public var polarity = 0
        public var mean: Double { count == 0 ? 0 : Double(polarity) / Double(count) }
    }

    /// The stances of `statements` made within the window, keyed as ``ActorGraph`` keys them
    /// (`actor:S` and `actor:T` or `topic:T`, joined by U+0001), with the positions of the
    /// first `listed` statements of each: those a map's tooltip names.
    public static func totals(_ statements: [Statement], since: Day? = nil, until: Day? = nil, listed: Int = 12)
        -> (totals: [String: Totals], listed: [Int]) {
        let window = StatementQuery(since: since, until: until)
        var totals: [String: Totals] = [:]
        var listedPositions = Set<Int>()
        for (index, statement) in statements.enumerated() where window.isWithin(statement.date) {
            let speaker = "actor:" + statement.speaker.id + "\u{1}"
            func add(_ key: String, _ polarity: Int) {
                var total = totals[key, default: Totals()]
                if total.count < listed { listedPositions.insert(index) }
                total.count += 1
                total.polarity += polarity
                totals[key] = total
            }
            for target in statement.targets { add(speaker + "actor:" + target.id, statement.polarity(toward: target.id)) }
            for topic in statement.topics { add(speaker + "topic:" + topic, statement.polarity) }
        }
        return (totals, listedPositions.sorted())
    }

    /// The map ``graph(_:registry:minimumStatements:since:until:maximumEdges:)`` draws of the
    /// graph of `statements`, made without building that graph: from the statements each drawn
    /// stance's tooltip names, and the counts and polarities of all of them. For a large corpus,
    /// a fraction of the time; the same picture (the tests compare them).
    public static func graph(statements: [Statement], articles: [Article], registry: Registry, mentions: [MentionFinder.Mention],
                             minimumStatements: Int = 1, since: Day? = nil, until: Day? = nil, maximumEdges: Int = .max)
        -> (map: Graph, graph: ActorGraph, totals: [String: Totals]) {
        let (totals, listed) = Self.totals(statements, since: since, until: until)
        let graph = ActorGraph(statements: listed.map { statements[$0] }, articles: articles, registry: registry, mentions: mentions)
        let map = Self.graph(graph, registry: registry, minimumStatements: minimumStatements, since: nil, until: nil, maximumEdges: maximumEdges, totals: totals)
        return (map, graph, totals)
    }

    static func graph(_ graph: ActorGraph, registry: Registry, minimumStatements: Int, since: Day?, until: Day?,
                      maximumEdges: Int, totals: [String: Totals]?) -> Graph {
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

        // Stance edges, filtered by window and weight: counted from the statements in the graph,
        // or given (a graph built from the statements the tooltips name).
        // A statement's stance toward each target it addresses ("a victory for us and a defeat
        // of Armenia" is supportive, and hostile toward Armenia), from its edges.
        var toward: [String: Int] = [:]
        if totals == nil {
            for edge in graph.edges where edge.relation == .targets || edge.relation == .about {
                if let polarity = edge.polarity { toward[edge.source + "\u{1}" + edge.target] = polarity }
            }
        }
        var stances: [(stance: ActorGraph.Stance, statements: [String], totals: Totals)] = []
        for stance in graph.stances {
            let kept = stance.statements.filter(inWindow)
            let counted = totals?[stance.speaker + "\u{1}" + stance.target]
                ?? Totals(count: kept.count, polarity: kept.map { toward[$0 + "\u{1}" + stance.target] ?? 0 }.reduce(0, +))
            guard counted.count >= minimumStatements, counted.count > 0 else { continue }
            stances.append((stance, kept, counted))
        }
        // Topics are drawn in the actor views; here only actors, and topics several statements share.
        stances.removeAll { $0.stance.target.hasPrefix("topic:") && $0.totals.count < 2 }
        if stances.count > maximumEdges {
            let all = stances.count
            let strongest = Set(stances.indices.sorted { (stances[$0].totals.count, $1) > (stances[$1].totals.count, $0) }.prefix(maximumEdges))
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

        for (stance, statements, counted) in stances {
            let mean = counted.mean
            let color = mean <= -1.0 / 3 ? hostile : mean >= 1.0 / 3 ? supportive : neutral
            let width = min(8.0, 1.0 + 1.6 * log2(Double(counted.count)))
            var tooltip = "\(nodes[stance.speaker]?.label ?? stance.speaker) → \(nodes[stance.target]?.label ?? stance.target): \(counted.count) statement\(counted.count == 1 ? "" : "s")"
            for id in statements.prefix(12) {
                guard let node = nodes[id] else { continue }
                tooltip += "\n" + (node.properties["date"] ?? "undated") + " (" + (node.properties["cue"] ?? "") + "): " + ActorGraph.shorten(node.properties["text"] ?? "", limit: 120)
            }
            if counted.count > 12 { tooltip += "\n… and \(counted.count - 12) more" }
            // On paper: the number of statements beside the edge, when more than one; and the
            // edges of one stance into a target arrive at one point rather than side by side.
            map.addEdge(from: stance.speaker, to: stance.target, [
                "color": .text(color), "penwidth": .text(String(format1(width))), "tooltip": .text(tooltip),
                "labeltooltip": .text(tooltip), "edgetooltip": .text(tooltip),
                "style": stance.target.hasPrefix("topic:") ? "dashed" : "solid",
                "xlabel": counted.count > 1 ? .text(String(counted.count)) : "", "fontcolor": .text(color), "samehead": .text(color),
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
        let cells = items.map { text, color in
            "<td><font point-size=\"10\"\(color.map { " color=\"\($0)\"" } ?? "")>\(MarkupText.escape(text))</font></td>"
        }.joined()
        return "<table border=\"0\" cellspacing=\"2\"><tr><td><font point-size=\"16\">\(MarkupText.escape(title))</font></td></tr>"
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
