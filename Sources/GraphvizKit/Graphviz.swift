import CGraphviz
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Lays out and renders graphs with Graphviz's C libraries, inside the process.
///
/// Every call goes through one process-wide lock (Graphviz is not thread-safe), so any task
/// or thread may call these at any time. One Graphviz context is made on first use and kept.
///
/// ```swift
/// let svg = try Graphviz.render(graph, format: .svg)
/// try Graphviz.render(dot: "digraph { a -> b }", engine: .neato, format: .png)
///     .write(to: "ab.png")
/// ```
public enum Graphviz {
    /// Lays out `graph` and renders it.
    ///
    /// - Parameters:
    ///   - graph: the graph to draw.
    ///   - engine: the layout engine; `nil` takes the graph's `layout` attribute, else
    ///     ``LayoutEngine/suggested(nodes:edges:)`` for its size.
    ///   - format: the output format.
    /// - Returns: the rendered bytes, with Graphviz's warnings.
    /// - Throws: ``GraphvizError`` carrying Graphviz's messages when the engine or format is
    ///   unknown, or layout or rendering fails.
    public static func render(_ graph: Graph, engine: LayoutEngine? = nil, format: OutputFormat = .svg) throws(GraphvizError) -> Rendering {
        // The engine is settled before building: how the graph is built depends on it.
        var notice: String?
        var chosen = engine ?? graph.attributes["layout"].map { LayoutEngine($0.description) }
        if chosen == nil {
            let (nodes, edges) = (graph.nodeCount, graph.edgeCount)
            chosen = LayoutEngine.suggested(nodes: nodes, edges: edges)
            if chosen != .dot { notice = RenderPipeline.largeGraphNotice(source: "graph \(graph.name)", nodes: nodes, edges: edges, engine: chosen!) }
        }
        let settled = chosen!
        return try GraphvizContext.withShared { context throws(GraphvizError) in
            let pipeline = RenderPipeline(context: context, engine: settled, format: format, source: "graph \(graph.name)")
            try pipeline.checkFormat()
            context.beginCapture()
            let clock = ContinuousClock()
            let start = clock.now
            let g = try CGraphBuilder.build(graph, for: format, engine: settled)
            defer { agclose(g) }
            let built = clock.now
            var rendering = try pipeline.layoutAndRender(g)
            rendering.timings.parse = built - start
            rendering.notice = notice
            return rendering
        }
    }

    /// Reads DOT text and renders every graph in it, one after another, as `dot` does.
    ///
    /// - Parameters:
    ///   - dot: DOT text (one or more graphs).
    ///   - name: the input's name in messages, such as a file name.
    ///   - engine: the layout engine; `nil` takes each graph's `layout` attribute, else one
    ///     suited to its size.
    ///   - format: the output format.
    /// - Throws: ``GraphvizError`` of kind `.syntax` with Graphviz's message and the line
    ///   when the text is not DOT; the other kinds as ``render(_:engine:format:)``.
    ///   - announce: told before a layout that may take long (a large graph, a slow engine),
    ///     so that the user knows before waiting; its notices then go there.
    public static func render(dot: String, name: String = "<stdin>", engine: LayoutEngine? = nil, format: OutputFormat = .svg,
                              announce: ((String) -> Void)? = nil) throws(GraphvizError) -> Rendering {
        try GraphvizContext.withShared { context throws(GraphvizError) in
            var pipeline = RenderPipeline(context: context, engine: engine, format: format, source: name)
            pipeline.announce = announce
            try pipeline.checkFormat()
            var total: Rendering?
            try DOTReader.read(dot, name: name, context: context) { g, parse throws(GraphvizError) in
                var rendering = try pipeline.layoutAndRender(g)
                rendering.timings.parse = parse
                if total == nil { total = rendering } else { total!.append(rendering) }
            }
            guard let total else {
                throw GraphvizError(.syntax, operation: "reading \(name)",
                                    diagnostics: [GraphvizDiagnostic(level: .error, message: "\(name) holds no graph")])
            }
            return total
        }
    }

    /// Parses DOT text and gives back Graphviz's canonical DOT for it, without layout.
    public static func canonicalDOT(_ dot: String, name: String = "<stdin>") throws(GraphvizError) -> String {
        try GraphvizContext.withShared { context throws(GraphvizError) in
            var out = ""
            try DOTReader.read(dot, name: name, context: context) { g, _ throws(GraphvizError) in
                out += try RenderPipeline.canonicalDOT(g, context: context)
            }
            return out
        }
    }

    /// The layout engines the installed Graphviz offers.
    public static func engines() throws(GraphvizError) -> [LayoutEngine] {
        try GraphvizContext.withShared { context in
            context.loadPendingPlugins()
            return context.pluginNames(kind: "layout").map(LayoutEngine.init(rawValue:))
        }
    }

    /// The output formats the installed Graphviz offers.
    public static func formats() throws(GraphvizError) -> [OutputFormat] {
        try GraphvizContext.withShared { context in
            context.loadPendingPlugins()
            return context.pluginNames(kind: "device").map(OutputFormat.init(rawValue:))
        }
    }

    /// Makes Graphviz read no file that an attribute names (`image`, `shapefile`,
    /// `imagepath`), for the rest of the process: its restricted mode, as `dot` runs it under a
    /// web server. A graph that names one renders with a warning and without the file.
    public static func refuseFileAccess() throws(GraphvizError) {
        try GraphvizContext.withShared { _ in
            // Kept for the life of the process: Graphviz prints it in its warning.
            sg_refuse_file_access(UnsafePointer(strdup("stancegraph")))
        }
    }

    /// What is installed: Graphviz's version, the plugin folder, the plugins loaded and those
    /// that would not load.
    public static func installation() throws(GraphvizError) -> Installation {
        try GraphvizContext.withShared { context in
            context.loadPendingPlugins()
            return Installation(
                version: String(cString: gvcVersion(context.gvc)),
                pluginDirectory: context.pluginDirectory,
                plugins: context.loaded.map(\.name).sorted(),
                unloadablePlugins: context.failed.map { "\($0.plugin.name): \($0.reason)" },
                engines: context.pluginNames(kind: "layout").map(LayoutEngine.init(rawValue:)),
                formats: context.pluginNames(kind: "device").map(OutputFormat.init(rawValue:)))
        }
    }

    /// The installed Graphviz, as ``Graphviz/installation()`` reports it.
    public struct Installation: Hashable, Sendable {
        public var version: String
        public var pluginDirectory: String?
        public var plugins: [String]
        public var unloadablePlugins: [String]
        public var engines: [LayoutEngine]
        public var formats: [OutputFormat]
    }
}
