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

/// Statements along a proportional time axis, one lane per actor: who spoke when.
///
/// Every position is computed here and pinned (Graphviz's `nop2` engine draws them as given):
/// a statement's note starts at its day, so a week takes a week's width wherever it is; notes
/// that would overlap in a lane stack below one another. The date axis is drawn at the top,
/// at the bottom and again every few lanes, with a grid line at each tick, so that a reader
/// anywhere in a tall picture sees the dates.
public enum Timeline {
    static let noteWidth = 150.0, noteHeight = 46.0, gap = 6.0
    static let labelWidth = 170.0, axisHeight = 22.0, laneTitle = 16.0
    /// The axis is drawn again after this many lanes.
    static let lanesPerAxis = 8

    public static func graph(_ graph: ActorGraph) -> Graph {
        let nodes = Dictionary(graph.nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var timeline = Graph(name: "timeline")
        timeline.attributes = ["layout": "nop2", "fontname": "Helvetica", "fontsize": "16", "labelloc": "t", "splines": "line",
                               "label": "Who spoke when: statements along a proportional time axis, one lane per speaker", "bgcolor": "white"]
        timeline.nodeDefaults = ["fontname": "Helvetica", "fontsize": "8", "fixedsize": "true"]
        timeline.edgeDefaults = ["arrowhead": "none"]

        let said = graph.edges.filter { $0.relation == .said }
        let byActor = Dictionary(grouping: said, by: \.source)
        func day(_ statement: String) -> Day? { nodes[statement]?.properties["date"].flatMap { Day(iso: $0) } }
        let dated = said.compactMap { day($0.target)?.ordinal }
        let first = dated.min() ?? 0, last = max(dated.max() ?? 0, (dated.min() ?? 0) + 1)
        let hasUndated = said.contains { day($0.target) == nil }
        // Points per day: the span over about 1,800 points, never less than 2 a day nor more than 60.
        let scale = min(60, max(2, 1800 / Double(last - first)))
        let undatedX = labelWidth + Double(last - first) * scale + noteWidth + 40
        func x(_ statement: String) -> Double {
            guard let day = day(statement) else { return undatedX }
            return labelWidth + Double(day.ordinal - first) * scale
        }
        let right = (hasUndated ? undatedX : labelWidth + Double(last - first) * scale) + noteWidth + 10

        // Lanes in order of first statement; in each, notes packed into rows without overlap.
        let actors = byActor.keys.sorted { actor, other in
            let a = byActor[actor]!.compactMap { day($0.target)?.ordinal }.min() ?? .max, b = byActor[other]!.compactMap { day($0.target)?.ordinal }.min() ?? .max
            return (a, actor) < (b, other)
        }
        struct Lane { var actor: String; var notes: [(statement: String, row: Int)]; var rows: Int }
        var lanes: [Lane] = []
        for actor in actors {
            let statements = byActor[actor]!.map(\.target).sorted { (x($0), $0) < (x($1), $1) }
            var ends: [Double] = []
            var notes: [(String, Int)] = []
            for statement in statements {
                let start = x(statement)
                if let row = ends.firstIndex(where: { $0 + gap <= start }) {
                    ends[row] = start + noteWidth
                    notes.append((statement, row))
                } else {
                    ends.append(start + noteWidth)
                    notes.append((statement, ends.count - 1))
                }
            }
            lanes.append(Lane(actor: actor, notes: notes, rows: max(1, ends.count)))
        }

        // Heights from the top; Graphviz's y grows upward, so each is turned over at the end.
        var items: [(top: Double, kind: Int, lane: Int)] = []   // kind 0: an axis, 1: a lane
        var height = 0.0
        for index in lanes.indices {
            if index % lanesPerAxis == 0 {
                items.append((height, 0, index))
                height += axisHeight
            }
            items.append((height, 1, index))
            height += laneTitle + Double(lanes[index].rows) * (noteHeight + gap) + gap
        }
        items.append((height, 0, lanes.count))
        height += axisHeight
        func pos(_ x: Double, _ top: Double) -> AttributeValue { .text("\(Int(x.rounded())),\(Int((height - top).rounded()))!") }

        // Lane backgrounds first, so that everything else is drawn over them.
        for item in items where item.kind == 1 {
            let lane = lanes[item.lane]
            let laneHeight = laneTitle + Double(lane.rows) * (noteHeight + gap) + gap
            timeline.addNode("lane_bg_\(item.lane)", [
                "shape": "box", "style": "filled", "color": item.lane % 2 == 0 ? "#f4f4f4" : "#fbfbfb", "fillcolor": item.lane % 2 == 0 ? "#f4f4f4" : "#fbfbfb",
                "label": "", "width": .text(inches(right)), "height": .text(inches(laneHeight)), "pos": pos(right / 2, item.top + laneHeight / 2),
            ])
        }
        // The axis: ticks at a step the span calls for, a grid line at each over the whole height.
        let ticks = Self.ticks(from: first, to: last)
        for (index, tick) in ticks.enumerated() {
            let tx = labelWidth + Double(tick.day.ordinal - first) * scale
            timeline.addNode("grid_top_\(index)", ["shape": "point", "width": "0.01", "style": "invis", "pos": pos(tx, 0)])
            timeline.addNode("grid_bottom_\(index)", ["shape": "point", "width": "0.01", "style": "invis", "pos": pos(tx, height)])
            timeline.addEdge(from: "grid_top_\(index)", to: "grid_bottom_\(index)", ["style": "dotted", "color": "#c4c4c4"])
            for item in items where item.kind == 0 {
                timeline.addNode("tick_\(index)_\(item.lane)", [
                    "shape": "plaintext", "label": .text(tick.label), "fontsize": "10", "fontname": "Helvetica-Bold", "fontcolor": "#505050",
                    "width": "0.9", "height": "0.25", "pos": pos(tx + 30, item.top + axisHeight / 2),
                ])
            }
        }
        if hasUndated {
            for item in items where item.kind == 0 {
                timeline.addNode("tick_undated_\(item.lane)", ["shape": "plaintext", "label": "undated", "fontsize": "10", "fontname": "Helvetica-Bold",
                                                                 "fontcolor": "#505050", "width": "0.9", "height": "0.25", "pos": pos(undatedX + 30, item.top + axisHeight / 2)])
            }
        }
        // The lanes: the speaker's name, then its notes.
        for item in items where item.kind == 1 {
            let lane = lanes[item.lane]
            let name = nodes[lane.actor]?.label ?? lane.actor
            timeline.addNode("lane_\(item.lane)", [
                "shape": "plaintext", "label": .text(RelationshipMap.wrap(name, width: 24) + "\n(\(lane.notes.count))"), "fontsize": "10",
                "fontname": "Helvetica-Bold", "width": .text(inches(labelWidth - 12)), "height": .text(inches(laneTitle + noteHeight)),
                "pos": pos(labelWidth / 2 - 4, item.top + (laneTitle + noteHeight) / 2 + gap),
            ])
            for (statement, row) in lane.notes {
                let node = nodes[statement]
                let polarity = Int(node?.properties["polarity"] ?? "0") ?? 0
                let when = node?.properties["date"] ?? "undated"
                let text = node?.properties["text"] ?? ""
                let top = item.top + laneTitle + Double(row) * (noteHeight + gap) + gap
                timeline.addNode(statement, [
                    "shape": "note", "style": "filled", "fillcolor": "white", "color": .text(ActorView.color(polarity)), "penwidth": "1.3",
                    "label": .text(when + " · " + (node?.properties["cue"] ?? "") + "\n" + RelationshipMap.wrap(ActorGraph.shorten(text, limit: 58), width: 30)),
                    "width": .text(inches(noteWidth)), "height": .text(inches(noteHeight)),
                    "pos": pos(x(statement) + noteWidth / 2, top + noteHeight / 2),
                    "tooltip": .text(name + ", " + when + ": " + text),
                ])
            }
        }
        return timeline
    }

    static func inches(_ points: Double) -> String {
        let hundredths = Int((points / 72 * 100).rounded())
        return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
    }

    /// The axis's ticks between two days: years, quarters, months, weeks or days, whichever
    /// gives between about 4 and 16 of them.
    static func ticks(from first: Int, to last: Int) -> [(day: Day, label: String)] {
        let span = last - first
        let start = Day(ordinal: first)
        var ticks: [(Day, String)] = []
        if span <= 20 {
            for ordinal in first...last { ticks.append((Day(ordinal: ordinal), Day(ordinal: ordinal).description)) }
        } else if span <= 120 {
            // Mondays.
            var ordinal = first
            while (ordinal + 3) % 7 != 0 { ordinal += 1 }
            while ordinal <= last {
                ticks.append((Day(ordinal: ordinal), Day(ordinal: ordinal).description))
                ordinal += 7
            }
        } else {
            let monthsApart = span <= 500 ? 1 : span <= 1500 ? 3 : 12
            var year = start.year, month = start.month
            while true {
                // The first of the next month that the step lands on.
                month += 1
                if month > 12 { month = 1; year += 1 }
                guard (month - 1) % monthsApart == 0 else { continue }
                guard let tick = Day(year: year, month: month, day: 1), tick.ordinal <= last else { break }
                let label = monthsApart == 12 ? String(year) : String(tick.description.prefix(7))
                ticks.append((tick, label))
            }
            if ticks.isEmpty { ticks.append((start, start.description)) }
        }
        return ticks
    }
}
