import CGraphviz
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Turns a ``Graph`` value into a cgraph graph, making the same calls, in the same order,
/// as Graphviz's DOT parser does for the graph's ``Graph/dot`` text.
struct CGraphBuilder {
    let root: CGraph
    /// Graphviz 2.42 writes links into SVG's `xlink:href` without escaping them, so an `&`
    /// in a URL makes the SVG malformed; for SVG the builder writes it as `&amp;` (which the
    /// SVG renderer passes through as an entity).
    let escapesLinksForXML: Bool

    /// Engines that keep node names with subgraph ids in creation order (see the shim).
    static let stableOrderEngines: Set<LayoutEngine> = [.dot, .circo, .osage, .patchwork]

    /// Builds `graph` for `engine`; the caller owns the result and must `agclose` it.
    ///
    /// With an engine of ``stableOrderEngines``, subgraphs are numbered in the order they are
    /// built, so the same graph lays out the same in every process.
    static func build(_ graph: Graph, for format: OutputFormat, engine: LayoutEngine) throws(GraphvizError) -> CGraph {
        let desc = sg_desc(graph.isDirected ? 1 : 0, graph.isStrict ? 1 : 0)
        let disc = stableOrderEngines.contains(engine) && !graph.subgraphs.isEmpty ? sg_build_disc() : nil
        guard let root = withCString(graph.name, { agopen($0, desc, disc) }) else {
            throw GraphvizError(.build, operation: "creating graph \(graph.name)")
        }
        let builder = CGraphBuilder(root: root, escapesLinksForXML: format.baseName.hasPrefix("svg"))
        builder.fill(root, with: graph)
        return root
    }

    private func fill(_ g: CGraph, with body: some GraphBody) {
        for attribute in body.attributes { setDefault(g, kind: AGRAPH, attribute) }
        for attribute in body.nodeDefaults { setDefault(g, kind: AGNODE, attribute) }
        for attribute in body.edgeDefaults { setDefault(g, kind: AGEDGE, attribute) }
        for subgraph in body.subgraphs {
            guard let sub = withCString(subgraph.name, { agsubg(g, $0, 1) }) else { continue }
            fill(sub, with: subgraph)
        }
        for node in body.nodes {
            guard let n = withCString(node.id, { agnode(g, $0, 1) }) else { continue }
            for attribute in node.attributes { set(UnsafeMutableRawPointer(n), attribute) }
        }
        for edge in body.edges {
            guard let tail = withCString(edge.tail, { agnode(g, $0, 1) }),
                  let head = withCString(edge.head, { agnode(g, $0, 1) }),
                  let e = agedge(g, tail, head, nil, 1)
            else { continue }
            for attribute in edge.attributes { set(UnsafeMutableRawPointer(e), attribute) }
        }
    }

    /// `graph [..]`, `node [..]` and `edge [..]` statements: declared on the root graph, then
    /// set as the default of the (sub)graph they appear in.
    private func setDefault(_ g: CGraph, kind: Int32, _ attribute: Attribute) {
        withCString(attribute.name) { name in
            if g != root, agattr(root, kind, name, nil) == nil {
                _ = withCString("") { agattr(root, kind, name, $0) }
            }
            withValue(attribute) { value in _ = agattr(g, kind, name, value) }
        }
    }

    private func set(_ object: UnsafeMutableRawPointer, _ attribute: Attribute) {
        withCString(attribute.name) { name in
            withCString("") { empty in
                withValue(attribute) { value in _ = agsafeset(object, name, value, empty) }
            }
        }
    }

    /// Hands cgraph the value's string; an HTML label goes as one of cgraph's HTML strings,
    /// which it keeps marked as such when it copies the value.
    private func withValue(_ attribute: Attribute, _ body: (UnsafeMutablePointer<CChar>) -> Void) {
        var string = XMLText.removingForbidden(attribute.graphvizString)
        if escapesLinksForXML, Attribute.linkNames.contains(attribute.name), case .text = attribute.value {
            string = string.replacingScalars("&", with: "&amp;")
        }
        guard attribute.value.isHTML else { return withCString(string, body) }
        withCString(string) { raw in
            guard let html = agstrdup_html(root, raw) else { return }
            defer { agstrfree(root, html) }
            body(html)
        }
    }
}

/// Graphviz's functions take `char *` where they only read; this lends them a copy.
func withCString<R>(_ string: String, _ body: (UnsafeMutablePointer<CChar>) throws -> R) rethrows -> R {
    try string.withCString { try body(UnsafeMutablePointer(mutating: $0)) }
}

/// A cgraph graph handle; never leaves this module.
typealias CGraph = UnsafeMutablePointer<Agraph_t>
