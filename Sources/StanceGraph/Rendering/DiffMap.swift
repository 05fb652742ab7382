import GraphvizKit

/// A stance diff drawn: the actor, each target, and two edges to it side by side, before
/// (dashed) and after (solid), coloured by stance, thick where the verdict is a change.
public enum DiffMap {
    public static func graph(_ diff: StanceDiff) -> Graph {
        var map = Graph(name: "stance_diff")
        map.attributes = ["rankdir": "LR", "fontname": "Helvetica", "fontsize": "15", "labelloc": "t",
                          "label": .text("\(diff.speaker.name): \(diff.before) against \(diff.after)"), "ranksep": "1.6"]
        map.nodeDefaults = ["fontname": "Helvetica", "fontsize": "11", "style": "filled", "fillcolor": "white"]
        map.edgeDefaults = ["fontname": "Helvetica", "fontsize": "9"]
        map.addNode("speaker", ["label": .text(diff.speaker.name), "shape": "ellipse", "fillcolor": "#e8eef7"])
        for (index, row) in diff.rows.enumerated() {
            let id = "target\(index)"
            map.addNode(id, ["label": .text(RelationshipMap.wrap(row.label)), "shape": row.target.hasPrefix("topic:") ? "hexagon" : "box",
                             "style": "rounded,filled", "tooltip": .text("\(row.label): \(row.verdict.rawValue)")])
            let changed = row.verdict != .unchanged
            for (window, mean, count, style) in [("before", row.meanBefore, row.before.count, "dashed"), ("after", row.meanAfter, row.after.count, "solid")] {
                guard let mean else { continue }
                map.addEdge(from: "speaker", to: id, [
                    "color": .text(color(mean)), "style": .text(style), "penwidth": changed ? "3" : "1.4",
                    "label": .text("\(window) \(String(format: "%+.1f", mean)) (\(count))"
                        + (changed && (window == "after" || row.meanAfter == nil) ? " · \(row.verdict.rawValue)" : "")),
                    "fontcolor": .text(color(mean)),
                ])
            }
        }
        var legend = Subgraph.cluster("legend", label: "Legend", attributes: ["style": "rounded", "color": "#c8c8c8", "fontsize": "11"])
        legend.nodeDefaults = ["shape": "plaintext", "style": "", "fontsize": "10"]
        for (index, item) in [("before (dashed)", "dashed", RelationshipMap.neutral), ("after (solid)", "solid", RelationshipMap.neutral),
                              ("hostile", "solid", RelationshipMap.hostile), ("supportive", "solid", RelationshipMap.supportive)].enumerated() {
            legend.addNode("legend\(index)a", ["label": ""])
            legend.addNode("legend\(index)b", ["label": .text(item.0)])
            legend.addEdge(from: "legend\(index)a", to: "legend\(index)b", ["style": .text(item.1), "color": .text(item.2)])
        }
        legend.addNode("legend_thick", ["label": "thick: the stance changed"])
        map.addSubgraph(legend)
        return map
    }

    static func color(_ mean: Double) -> String {
        mean <= -1.0 / 3 ? RelationshipMap.hostile : mean >= 1.0 / 3 ? RelationshipMap.supportive : RelationshipMap.neutral
    }
}
