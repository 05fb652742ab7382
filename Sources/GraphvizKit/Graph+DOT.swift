extension Graph {
    /// The graph as DOT text, one statement a line, in the order it was built.
    ///
    /// Identifiers are quoted only where DOT needs it; literal text is escaped so that
    /// Graphviz shows it as written, and HTML-like labels are written between `<` and `>`.
    public var dot: String {
        var writer = DOTWriter()
        if isStrict { writer.out += "strict " }
        writer.out += isDirected ? "digraph " : "graph "
        writer.out += DOTWriter.identifier(name)
        writer.out += " {\n"
        writer.writeBody(self, edgeOperator: isDirected ? " -> " : " -- ", depth: 1)
        writer.out += "}\n"
        return writer.out
    }
}

struct DOTWriter {
    var out = ""

    mutating func writeBody(_ body: some GraphBody, edgeOperator: String, depth: Int) {
        let indent = String(repeating: "\t", count: depth)
        writeDefaults("graph", body.attributes, indent: indent)
        writeDefaults("node", body.nodeDefaults, indent: indent)
        writeDefaults("edge", body.edgeDefaults, indent: indent)
        for subgraph in body.subgraphs {
            out += indent + "subgraph " + DOTWriter.identifier(subgraph.name) + " {\n"
            writeBody(subgraph, edgeOperator: edgeOperator, depth: depth + 1)
            out += indent + "}\n"
        }
        for node in body.nodes {
            out += indent + DOTWriter.identifier(node.id)
            writeList(node.attributes)
            out += ";\n"
        }
        for edge in body.edges {
            out += indent + DOTWriter.identifier(edge.tail) + edgeOperator + DOTWriter.identifier(edge.head)
            writeList(edge.attributes)
            out += ";\n"
        }
    }

    private mutating func writeDefaults(_ keyword: String, _ attributes: Attributes, indent: String) {
        guard !attributes.isEmpty else { return }
        out += indent + keyword
        writeList(attributes)
        out += ";\n"
    }

    private mutating func writeList(_ attributes: Attributes) {
        guard !attributes.isEmpty else { return }
        out += " ["
        for (index, attribute) in attributes.enumerated() {
            if index > 0 { out += ", " }
            out += DOTWriter.identifier(attribute.name)
            out += "="
            out += DOTWriter.value(attribute)
        }
        out += "]"
    }

    static func value(_ attribute: Attribute) -> String {
        switch attribute.value {
        case .html(let html): return "<" + html + ">"
        case .text, .escaped: return identifier(attribute.graphvizString)
        }
    }

    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// `id` as a DOT identifier: bare when DOT allows it, else in double quotes.
    static func identifier(_ id: String) -> String {
        if isBareIdentifier(id) || isNumeral(id) { return id }
        var quoted = "\""
        var previousWasBackslash = false
        for scalar in id.unicodeScalars {
            // Inside quotes DOT treats only `\"` as an escape; a backslash before the closing
            // quote would swallow it, so a final lone backslash is doubled.
            if scalar == "\"" && !previousWasBackslash { quoted += "\\" }
            quoted.unicodeScalars.append(scalar)
            previousWasBackslash = scalar == "\\" && !previousWasBackslash
        }
        if previousWasBackslash { quoted += "\\" }
        quoted += "\""
        return quoted
    }

    private static func isBareIdentifier(_ id: String) -> Bool {
        guard let first = id.utf8.first, !(48...57).contains(first) else { return false }
        let ok = id.utf8.allSatisfy { byte in
            byte >= 0x80 || byte == UInt8(ascii: "_") || (48...57).contains(byte)
                || (65...90).contains(byte) || (97...122).contains(byte)
        }
        return ok && !keywords.contains(id.lowercased())
    }

    private static func isNumeral(_ id: String) -> Bool {
        var bytes = Substring(id).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { return false }
        var digits = 0
        var dots = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") { dots += 1 } else if (48...57).contains(byte) { digits += 1 } else { return false }
        }
        return digits > 0 && dots <= 1
    }
}
