import GraphvizKit

/// A stance diff drawn: the actor, each target, and two edges to it side by side, before
/// (dashed) and after (solid), coloured by stance, thick where the stance moved, and the key
/// in a line under the title.
public enum DiffMap {
    public static func graph(_ diff: StanceDiff) -> Graph {
        var map = Graph(name: "stance_diff")
        // The key is a line under the title, not a cluster beside the picture.
        map.attributes = ["rankdir": "LR", "fontname": "Helvetica", "labelloc": "t", "ranksep": "1.6",
                          "label": .html(title(diff))]
        map.nodeDefaults = ["fontname": "Helvetica", "fontsize": "11", "style": "filled", "fillcolor": "white"]
        map.edgeDefaults = ["fontname": "Helvetica", "fontsize": "9"]
        map.addNode("speaker", ["label": .text(diff.speaker.name), "shape": "ellipse", "fillcolor": "#e8eef7"])
        for (index, row) in diff.rows.enumerated() {
            let id = "target\(index)"
            map.addNode(id, ["label": .text(RelationshipMap.wrap(row.label)), "shape": row.target.hasPrefix("topic:") ? "hexagon" : "box",
                             "style": "rounded,filled", "tooltip": .text("\(row.label): \(row.verdict.rawValue)")])
            // Thick only where the stance itself moved; a target only one window addresses is
            // named new or dropped, drawn as any other.
            let moved = [.hardened, .softened, .reversed].contains(row.verdict)
            for (window, mean, count, style) in [("before", row.meanBefore, row.before.count, "dashed"), ("after", row.meanAfter, row.after.count, "solid")] {
                guard let mean else { continue }
                let named = row.verdict != .unchanged && (window == "after" || row.meanAfter == nil)
                map.addEdge(from: "speaker", to: id, [
                    "color": .text(color(mean)), "style": .text(style), "penwidth": moved ? "3" : "1.2",
                    "label": .text("\(window) \(String(format: "%+.1f", mean)) (\(count))" + (named ? " · \(row.verdict.rawValue)" : "")),
                    "fontcolor": .text(color(mean)),
                ])
            }
        }
        return map
    }

    /// The title and, under it, the key in one line: line styles for the windows, colours for stances.
    static func title(_ diff: StanceDiff) -> String {
        RelationshipMap.titleWithKey("\(diff.speaker.name): \(diff.before) against \(diff.after)", [
            ("dashed: before", nil), ("solid: after", nil), ("red: hostile", RelationshipMap.hostile), ("grey: neutral", RelationshipMap.neutral),
            ("blue: supportive", RelationshipMap.supportive), ("thick: the stance moved", nil),
        ])
    }

    static func color(_ mean: Double) -> String {
        mean <= -1.0 / 3 ? RelationshipMap.hostile : mean >= 1.0 / 3 ? RelationshipMap.supportive : RelationshipMap.neutral
    }
}
