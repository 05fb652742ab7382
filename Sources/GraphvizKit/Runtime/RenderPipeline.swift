import CGraphviz
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Checks the engine and format, lays out a cgraph graph and renders it; used under the lock.
struct RenderPipeline {
    let context: GraphvizContext
    let engine: LayoutEngine?
    let format: OutputFormat
    let source: String
    /// Told, before a layout that may take long, what is about to be laid out; its notices
    /// then go there and not into the rendering.
    var announce: ((String) -> Void)? = nil

    /// Fails early on a format the installed Graphviz does not offer, loading the plugins
    /// not opened at start-up before deciding.
    func checkFormat() throws(GraphvizError) {
        try RenderPipeline.require(format.baseName, kind: "device", context: context,
                                   error: .unknownFormat, what: "output format")
    }

    static func require(_ name: String, kind: String, context: GraphvizContext, error: GraphvizError.Kind, what: String) throws(GraphvizError) {
        if context.pluginNames(kind: kind).contains(name) { return }
        if context.hasPendingPlugins {
            context.loadPendingPlugins { $0.pluginNames(kind: kind).contains(name) }
            if context.pluginNames(kind: kind).contains(name) { return }
        }
        let available = context.pluginNames(kind: kind)
        throw GraphvizError(error, operation: "choosing the \(what) \"\(name)\"",
                            diagnostics: [GraphvizDiagnostic(level: .error, message: "no \(what) \"\(name)\" is installed")],
                            suggestion: "Use one of: " + available.joined(separator: " "))
    }

    static func largeGraphNotice(source: String, nodes: Int, edges: Int, engine: LayoutEngine) -> String {
        "\(source): \(nodes) nodes and \(edges) edges is more than dot lays out in reasonable time "
            + "(a random graph of 1,000 nodes takes it minutes); using \(engine). Pass an engine to choose another."
    }

    /// Lays out `g` and renders it; frees the layout, and leaves `g` to the caller.
    func layoutAndRender(_ g: CGraph) throws(GraphvizError) -> Rendering {
        let clock = ContinuousClock()
        var chosen = engine
        var notice: String?
        if chosen == nil {
            let declared = withCString("layout") { agget(UnsafeMutableRawPointer(g), $0) }.map { String(cString: $0) } ?? ""
            if !declared.isEmpty {
                chosen = LayoutEngine(declared)
            } else {
                let nodes = Int(agnnodes(g)), edges = Int(agnedges(g))
                chosen = LayoutEngine.suggested(nodes: nodes, edges: edges)
                if chosen != .dot { notice = Self.largeGraphNotice(source: source, nodes: nodes, edges: edges, engine: chosen!) }
            }
        }
        let engine = chosen!
        try RenderPipeline.require(engine.rawValue, kind: "layout", context: context, error: .unknownEngine, what: "layout engine")
        if let announce {
            if let notice { announce(notice) }
            notice = nil
            let nodes = Int(agnnodes(g)), edges = Int(agnedges(g))
            if nodes > (engine == .dot ? 500 : 20_000) {
                announce("\(source): laying out \(nodes) nodes and \(edges) edges with \(engine); this may take minutes.")
            }
        }

        let start = clock.now
        let laidOut = withCString(engine.rawValue) { gvLayout(context.gvc, g, $0) }
        let errorsAfterLayout = context.capturedDiagnostics().filter { $0.level == .error }
        guard laidOut == 0, errorsAfterLayout.isEmpty else {
            if laidOut == 0 { gvFreeLayout(context.gvc, g) }
            throw GraphvizError(.layout, operation: "laying out \(source) with \(engine)",
                                diagnostics: context.capturedDiagnostics())
        }
        defer { gvFreeLayout(context.gvc, g) }
        let laidOutAt = clock.now

        var result: UnsafeMutablePointer<CChar>?
        var length = 0
        let rendered = withCString(format.rawValue) { sg_render_data(context.gvc, g, $0, &result, &length) }
        let data = result.map { Data(bytes: $0, count: length) } ?? Data()
        if let result { gvFreeRenderData(result) }
        let diagnostics = context.capturedDiagnostics()
        guard rendered == 0, !diagnostics.contains(where: { $0.level == .error }) else {
            throw GraphvizError(.render, operation: "rendering \(source) as \(format)", diagnostics: diagnostics)
        }
        return Rendering(data: data, engine: engine, format: format,
                         warnings: diagnostics, notice: notice,
                         timings: .init(parse: .zero, layout: laidOutAt - start, render: clock.now - laidOutAt))
    }

    /// Graphviz's canonical DOT for `g`, written by cgraph itself (no layout needed).
    static func canonicalDOT(_ g: CGraph, context: GraphvizContext) throws(GraphvizError) -> String {
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else {
            throw GraphvizError(.io, operation: "writing canonical DOT")
        }
        let written = agwrite(g, UnsafeMutableRawPointer(stream))
        fclose(stream)
        defer { free(buffer) }
        guard written == 0, let buffer else {
            throw GraphvizError(.render, operation: "writing canonical DOT", diagnostics: context.capturedDiagnostics())
        }
        return String(decoding: UnsafeRawBufferPointer(start: buffer, count: size), as: UTF8.self)
    }
}

/// Reads the graphs in DOT text one by one with cgraph's parser.
enum DOTReader {
    /// Graphviz 2.43 writes a font's name into SVG (`font-family="..."`) as it stands, without
    /// escaping it: a quote, `<` or `&` in a `fontname` makes the SVG malformed. No font's name
    /// holds one, so they are taken out of every `fontname` of the graph, its subgraphs, nodes
    /// and edges before layout.
    static func cleanFontNames(_ root: CGraph) {
        func isBad(_ byte: CChar) -> Bool { byte == 0x22 || byte == 0x26 || byte == 0x3C }
        func clean(_ object: UnsafeMutableRawPointer, _ symbol: UnsafeMutablePointer<Agsym_t>) {
            guard let value = agxget(object, symbol) else { return }
            let bytes = UnsafeBufferPointer(start: value, count: strlen(value))
            guard bytes.contains(where: isBad) else { return }
            var cleaned = bytes.filter { !isBad($0) }
            cleaned.append(0)
            _ = agxset(object, symbol, &cleaned)
        }
        func symbol(_ kind: Int32) -> UnsafeMutablePointer<Agsym_t>? {
            withCString("fontname") { agattr(root, kind, UnsafeMutablePointer(mutating: $0), nil) }
        }
        if let symbol = symbol(Int32(AGRAPH)) {
            func walk(_ g: CGraph) {
                clean(UnsafeMutableRawPointer(g), symbol)
                var sub = agfstsubg(g)
                while let current = sub {
                    walk(current)
                    sub = agnxtsubg(current)
                }
            }
            walk(root)
        }
        let nodeSymbol = symbol(Int32(AGNODE)), edgeSymbol = symbol(Int32(AGEDGE))
        guard nodeSymbol != nil || edgeSymbol != nil else { return }
        var node = agfstnode(root)
        while let n = node {
            if let nodeSymbol { clean(UnsafeMutableRawPointer(n), nodeSymbol) }
            if let edgeSymbol {
                var edge = agfstout(root, n)
                while let e = edge {
                    clean(UnsafeMutableRawPointer(e), edgeSymbol)
                    edge = agnxtout(root, e)
                }
            }
            node = agnxtnode(root, n)
        }
    }

    /// cgraph keeps the input name it is given for its messages; it must outlive the parse.
    nonisolated(unsafe) private static var inputName: UnsafeMutablePointer<CChar>?

    /// Parses each graph in `text` and hands it to `body`, which must not keep it: it is
    /// closed when `body` returns.
    static func read(_ text: String, name: String, context: GraphvizContext,
                     _ body: (CGraph, Duration) throws(GraphvizError) -> Void) throws(GraphvizError) {
        free(inputName)
        inputName = strdup(name)
        agsetfile(inputName)
        // Characters no SVG can hold are dropped; the lines stay where they were.
        var bytes = XMLText.removingForbidden(Array(text.utf8))
        bytes.append(0)
        let clock = ContinuousClock()
        try bytes.withUnsafeBufferPointer { (buffer: UnsafeBufferPointer<UInt8>) throws(GraphvizError) in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            var source = sg_dot_source(bytes: base, length: buffer.count - 1, offset: 0)
            let disc = sg_dot_source_disc()
            while true {
                // Each graph's messages are its own: parse, layout and render.
                context.beginCapture()
                let start = clock.now
                let g = agread(&source, disc)
                let errors = context.capturedDiagnostics().filter { $0.level == .error }
                guard let g else {
                    if !errors.isEmpty {
                        throw GraphvizError(.syntax, operation: "reading \(name)", diagnostics: context.capturedDiagnostics(),
                                            suggestion: "Check the DOT text near the line named.")
                    }
                    return
                }
                defer { agclose(g) }
                guard errors.isEmpty else {
                    throw GraphvizError(.syntax, operation: "reading \(name)", diagnostics: context.capturedDiagnostics())
                }
                cleanFontNames(g)
                try body(g, clock.now - start)
            }
        }
    }
}
