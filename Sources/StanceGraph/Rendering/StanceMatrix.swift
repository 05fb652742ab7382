import GraphvizKit

/// The stances of a corpus as a table, readable on paper where the map's edges tangle: one
/// row per speaker, one column per actor addressed (the most active of each), each cell the
/// speaker's mean stance toward that actor and the number of statements behind it.
public struct StanceMatrix: Sendable {
    public struct Cell: Hashable, Sendable {
        public var count: Int
        public var mean: Double

        /// The mean with its sign and one decimal: "+1.0", "−0.3".
        public var meanText: String { (mean >= 0 ? "+" : "−") + RelationshipMap.format1(abs(mean)) }
    }

    /// Actor ids and names, the most active first.
    public var speakers: [(id: String, name: String)]
    public var targets: [(id: String, name: String)]
    /// Cells by speaker and target id; a pair with no statement has none.
    public var cells: [String: [String: Cell]]
    /// How many speakers and targets were left out for room.
    public var hiddenSpeakers: Int
    public var hiddenTargets: Int

    /// The matrix of `graph`'s stances between actors (topics aside), at most `rows` speakers
    /// by `columns` targets: those behind and before the most statements.
    public init(_ graph: ActorGraph, rows: Int = 24, columns: Int = 14) {
        var totals: [String: RelationshipMap.Totals] = [:]
        for stance in graph.stances {
            totals[stance.speaker + "\u{1}" + stance.target] = RelationshipMap.Totals(count: stance.count, polarity: Int((stance.meanPolarity * Double(stance.count)).rounded()))
        }
        self.init(totals: totals, labels: Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first }), rows: rows, columns: columns)
    }

    /// The matrix of stances given as ``RelationshipMap/totals(_:since:until:listed:)`` counts
    /// them, with the actors' names by node id (`actor:ID`).
    public init(totals: [String: RelationshipMap.Totals], labels: [String: String], rows: Int = 24, columns: Int = 14) {
        var stances: [(speaker: String, target: String, totals: RelationshipMap.Totals)] = []
        for (key, value) in totals {
            let parts = key.split(separator: "\u{1}", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[1].hasPrefix("actor:"), parts[0] != parts[1] else { continue }
            stances.append((parts[0], parts[1], value))
        }
        var said: [String: Int] = [:], heard: [String: Int] = [:]
        for stance in stances {
            said[stance.speaker, default: 0] += stance.totals.count
            heard[stance.target, default: 0] += stance.totals.count
        }
        func top(_ counts: [String: Int], _ limit: Int) -> [String] {
            counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(limit).map(\.key)
        }
        let rowIDs = top(said, rows), columnIDs = top(heard, columns)
        let shownRows = Set(rowIDs), shownColumns = Set(columnIDs)
        var cells: [String: [String: Cell]] = [:]
        for stance in stances where shownRows.contains(stance.speaker) && shownColumns.contains(stance.target) {
            cells[Self.id(stance.speaker), default: [:]][Self.id(stance.target)] = Cell(count: stance.totals.count, mean: stance.totals.mean)
        }
        speakers = rowIDs.map { (Self.id($0), labels[$0] ?? Self.id($0)) }
        targets = columnIDs.map { (Self.id($0), labels[$0] ?? Self.id($0)) }
        self.cells = cells
        hiddenSpeakers = said.count - rowIDs.count
        hiddenTargets = heard.count - columnIDs.count
    }

    static func id(_ node: String) -> String { node.hasPrefix("actor:") ? String(node.dropFirst("actor:".count)) : node }

    /// A cell's background: red for hostile, blue for supportive, deeper for a clearer mean.
    public static func shade(_ mean: Double) -> String {
        let strength = min(1, abs(mean))
        func mix(_ full: (Double, Double, Double)) -> String {
            let channel = { (value: Double) in Int((255 - (255 - value) * (0.25 + 0.55 * strength)).rounded()) }
            let hex = [channel(full.0), channel(full.1), channel(full.2)].map { value in
                let digits = String(value, radix: 16)
                return digits.count == 1 ? "0" + digits : digits
            }
            return "#" + hex.joined()
        }
        if mean <= -1.0 / 3 { return mix((192, 57, 43)) }
        if mean >= 1.0 / 3 { return mix((31, 120, 180)) }
        return "#ececec"
    }

    /// The matrix as a picture: one table, drawn by Graphviz like the others.
    public static func graph(_ graph: ActorGraph) -> Graph {
        let matrix = StanceMatrix(graph)
        let escape = { (text: String) in MarkupText.escape(text) }
        func wrapped(_ name: String) -> String {
            RelationshipMap.wrap(name, width: 12).split(separator: "\n").map { escape(String($0)) }.joined(separator: "<br/>")
        }
        var table = "<table border=\"0\" cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\" color=\"#d0d0d0\">"
        table += "<tr><td border=\"0\"><font point-size=\"10\"><b>speaker \\ addressed</b></font></td>"
        for target in matrix.targets { table += "<td><font point-size=\"9\"><b>\(wrapped(target.name))</b></font></td>" }
        table += "</tr>"
        for speaker in matrix.speakers {
            table += "<tr><td align=\"left\"><font point-size=\"10\"><b>\(escape(speaker.name))</b></font></td>"
            for target in matrix.targets {
                if let cell = matrix.cells[speaker.id]?[target.id] {
                    let mean = cell.meanText
                    table += "<td bgcolor=\"\(shade(cell.mean))\" tooltip=\"\(escape(speaker.name)) → \(escape(target.name)): \(cell.count) statements, mean \(mean)\">"
                        + "<font point-size=\"10\">\(mean)<br/><font point-size=\"8\">\(cell.count)</font></font></td>"
                } else {
                    table += "<td></td>"
                }
            }
            table += "</tr>"
        }
        table += "</table>"
        var picture = Graph(name: "stance_matrix")
        var note = "each cell: mean stance (−1 hostile … +1 supportive) and, under it, the number of statements"
        if matrix.hiddenSpeakers > 0 || matrix.hiddenTargets > 0 {
            note += "; the \(matrix.speakers.count) most active speakers and \(matrix.targets.count) most addressed actors"
        }
        picture.attributes = ["label": .html(RelationshipMap.titleWithKey("Stances at a glance: who addressed whom, and how", [
            ("red: hostile", RelationshipMap.hostile), ("grey: neutral", RelationshipMap.neutral), ("blue: supportive", RelationshipMap.supportive), (note, nil),
        ])), "labelloc": "t", "fontname": "Helvetica", "bgcolor": "white", "layout": "dot"]
        picture.addNode("matrix", ["shape": "plaintext", "fontname": "Helvetica", "label": .html(table)])
        return picture
    }
}
