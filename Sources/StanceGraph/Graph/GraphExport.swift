/// The actor-statement graph written for other tools: JSON, CSV, GraphML (yEd, Cytoscape),
/// GEXF 1.3 with dates (Gephi's timeline) and DOT.
public enum GraphExport {
    public enum Format: String, CaseIterable, Sendable {
        case json, csv, graphml, gexf, dot
    }

    public static func render(_ graph: ActorGraph, as format: Format) -> String {
        switch format {
        case .json: return json(graph)
        case .csv: return csv(graph)
        case .graphml: return graphML(graph)
        case .gexf: return gexf(graph)
        case .dot: return dot(graph)
        }
    }

    // MARK: JSON

    /// Nodes keyed by id; edges with their relation and metadata; stances.
    static func json(_ graph: ActorGraph) -> String {
        var out = "{\n  \"nodes\": {\n"
        out += graph.nodes.map { node in
            "    " + StatementFormats.json(node.id) + ": {\"kind\":" + StatementFormats.json(node.kind.rawValue)
                + ",\"label\":" + StatementFormats.json(node.label)
                + node.properties.sorted { $0.key < $1.key }.map { ",\(StatementFormats.json($0.key)):\(StatementFormats.json($0.value))" }.joined()
                + "}"
        }.joined(separator: ",\n")
        out += "\n  },\n  \"edges\": [\n"
        out += graph.edges.map { edge in
            var fields = ["\"source\":" + StatementFormats.json(edge.source), "\"target\":" + StatementFormats.json(edge.target),
                          "\"relation\":" + StatementFormats.json(edge.relation.rawValue)]
            if let polarity = edge.polarity { fields.append("\"polarity\":\(polarity)") }
            if let from = edge.from { fields.append("\"from\":" + StatementFormats.json(from.description)) }
            if let until = edge.until { fields.append("\"until\":" + StatementFormats.json(until.description)) }
            if let role = edge.role { fields.append("\"role\":" + StatementFormats.json(role)) }
            return "    {" + fields.joined(separator: ",") + "}"
        }.joined(separator: ",\n")
        out += "\n  ],\n  \"stances\": [\n"
        out += graph.stances.map { stance in
            "    {\"speaker\":\(StatementFormats.json(stance.speaker)),\"target\":\(StatementFormats.json(stance.target)),"
                + "\"statements\":\(stance.count),\"mean_polarity\":\(format(stance.meanPolarity)),"
                + "\"first\":\(stance.first.map { StatementFormats.json($0.description) } ?? "null"),"
                + "\"last\":\(stance.last.map { StatementFormats.json($0.description) } ?? "null"),"
                + "\"evidence\":[" + stance.statements.map(StatementFormats.json).joined(separator: ",") + "]}"
        }.joined(separator: ",\n")
        return out + "\n  ]\n}\n"
    }

    // MARK: CSV

    /// One row per edge, with the labels of both ends, for spreadsheets.
    static func csv(_ graph: ActorGraph) -> String {
        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        var out = "source,source_label,relation,target,target_label,polarity,from,until,role\n"
        for edge in graph.edges {
            out += [edge.source, labels[edge.source] ?? "", edge.relation.rawValue, edge.target, labels[edge.target] ?? "",
                    edge.polarity.map(String.init) ?? "", edge.from?.description ?? "", edge.until?.description ?? "", edge.role ?? ""]
                .map(StatementFormats.csv).joined(separator: ",") + "\n"
        }
        return out
    }

    // MARK: GraphML

    /// Node and edge properties as typed GraphML keys (string, int, boolean).
    static func graphML(_ graph: ActorGraph) -> String {
        let nodeKeys = ["kind", "label"] + Set(graph.nodes.flatMap(\.properties.keys)).sorted()
        let types = ["polarity": "int", "quote": "boolean", "known": "boolean"]
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for (index, key) in nodeKeys.enumerated() {
            out += "  <key id=\"n\(index)\" for=\"node\" attr.name=\"\(xml(key))\" attr.type=\"\(types[key] ?? "string")\"/>\n"
        }
        let edgeKeys = [("relation", "string"), ("polarity", "int"), ("from", "string"), ("until", "string"), ("role", "string")]
        for (index, key) in edgeKeys.enumerated() {
            out += "  <key id=\"e\(index)\" for=\"edge\" attr.name=\"\(key.0)\" attr.type=\"\(key.1)\"/>\n"
        }
        out += "  <graph id=\"stancegraph\" edgedefault=\"directed\">\n"
        for node in graph.nodes {
            out += "    <node id=\"\(xml(node.id))\">"
            for (index, key) in nodeKeys.enumerated() {
                let value = key == "kind" ? node.kind.rawValue : key == "label" ? node.label : node.properties[key]
                if let value { out += "<data key=\"n\(index)\">\(xml(value))</data>" }
            }
            out += "</node>\n"
        }
        for edge in graph.edges {
            out += "    <edge source=\"\(xml(edge.source))\" target=\"\(xml(edge.target))\">"
            let values = [edge.relation.rawValue, edge.polarity.map(String.init), edge.from?.description, edge.until?.description, edge.role]
            for (index, value) in values.enumerated() {
                if let value { out += "<data key=\"e\(index)\">\(xml(value))</data>" }
            }
            out += "</edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }

    // MARK: GEXF

    /// GEXF 1.3, dynamic: statements and the edges to and from them start on their dates, and
    /// aggregated stance edges on their first statement, so Gephi's timeline plays the events.
    static func gexf(_ graph: ActorGraph) -> String {
        let nodeKeys = ["kind"] + Set(graph.nodes.flatMap(\.properties.keys)).sorted()
        let types = ["polarity": "integer", "quote": "boolean", "known": "boolean"]
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>stancegraph</creator>
                <description>Actors, their statements and stances</description>
              </meta>
              <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
                <attributes class="node" mode="static">

            """
        for (index, key) in nodeKeys.enumerated() {
            out += "      <attribute id=\"\(index)\" title=\"\(xml(key))\" type=\"\(types[key] ?? "string")\"/>\n"
        }
        out += """
                </attributes>
                <attributes class="edge" mode="static">
                  <attribute id="0" title="relation" type="string"/>
                  <attribute id="1" title="polarity" type="double"/>
                  <attribute id="2" title="statements" type="integer"/>
                  <attribute id="3" title="role" type="string"/>
                </attributes>
                <nodes>

            """
        for node in graph.nodes {
            let start = node.kind == .statement ? node.properties["date"] : nil
            out += "      <node id=\"\(xml(node.id))\" label=\"\(xml(node.label))\"" + (start.map { " start=\"\($0)\"" } ?? "") + "><attvalues>"
            for (index, key) in nodeKeys.enumerated() {
                let value = key == "kind" ? node.kind.rawValue : node.properties[key]
                if let value { out += "<attvalue for=\"\(index)\" value=\"\(xml(value))\"/>" }
            }
            out += "</attvalues></node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        var number = 0
        func edge(_ source: String, _ target: String, start: Day?, weight: Int, values: [(Int, String?)]) {
            out += "      <edge id=\"\(number)\" source=\"\(xml(source))\" target=\"\(xml(target))\" weight=\"\(weight)\""
                + (start.map { " start=\"\($0)\"" } ?? "") + "><attvalues>"
            for (id, value) in values { if let value { out += "<attvalue for=\"\(id)\" value=\"\(xml(value))\"/>" } }
            out += "</attvalues></edge>\n"
            number += 1
        }
        for item in graph.edges {
            edge(item.source, item.target, start: item.relation == .holdsRoleIn || item.relation == .memberOf || item.relation == .represents ? nil : item.from,
                 weight: 1, values: [(0, item.relation.rawValue), (1, item.polarity.map { String(Double($0)) }), (3, item.role)])
        }
        for stance in graph.stances {
            edge(stance.speaker, stance.target, start: stance.first, weight: stance.count,
                 values: [(0, "stance"), (1, format(stance.meanPolarity)), (2, String(stance.count))])
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }

    // MARK: DOT

    /// The graph as DOT, through GraphvizKit's writer: actors, statements, topics and articles.
    static func dot(_ graph: ActorGraph) -> String {
        GraphDOT.graph(graph).dot
    }

    // MARK: Escaping

    /// Text for XML attribute values and element content.
    static func xml(_ text: String) -> String { MarkupText.escape(text) }

    static func format(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return rounded == rounded.rounded() ? String(Int(rounded)) + ".0" : String(rounded)
    }
}
