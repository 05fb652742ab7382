import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GraphvizKit
import StanceGraph

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Lay out and render DOT files, or a map, through Graphviz.",
        discussion: """
            With DOT files, works like `dot -Tsvg FILE`: `-` reads standard input, and the output \
            goes to standard output unless -o names a file. The format comes from --format, else \
            from the output file's extension, else SVG. Several inputs are rendered one after \
            another into the same output, or each into --output-dir.

            Without files, renders a view of the corpus: `--view map` (the default) draws the \
            relationship map of who said what about whom, `--view timeline` the statements over \
            time, `--view actor --actor NAME` one actor's statements.
            """
    )

    @Argument(help: "DOT files to render; `-` for standard input.")
    var files: [String] = []

    @Option(name: [.short, .customLong("output")], help: "Output file; `-` for standard output.")
    var output: String?

    @Option(name: .customLong("output-dir"), help: "Write each input to DIR/NAME.FORMAT.")
    var outputDirectory: String?

    @Option(name: [.customShort("K"), .long], help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi, osage, patchwork. Default: the graph's `layout` attribute, else dot, or sfdp for large graphs.")
    var engine: String?

    @Option(name: [.customShort("T"), .long], help: "Output format: svg, png, pdf, dot, xdot, json, plain ... Default: from the output file's extension, else svg.")
    var format: String?

    @Option(help: "What to draw when no file is given: map, timeline, or actor (with --actor).")
    var view: String?

    @Option(help: "With --view actor: the actor, by id or by any name, alias or office.")
    var actor: String?

    @Option(help: "The corpus, for views: article files or a folder.")
    var corpus = "Corpus"

    @Option(help: "The registry, for views.")
    var registry = "Corpus/actors.yaml"

    @OptionGroup var store: StoreOptions

    @Option(help: "For DOT files: seconds Graphviz may take on one input before it is stopped.")
    var timeout: Double = 120

    @Option(name: .customLong("memory-limit"), help: "For DOT files: the memory Graphviz may use, in MiB.")
    var memoryLimit = 4096

    @Flag(name: .customLong("allow-file-access"),
          help: "For DOT files: let attributes such as image, shapefile, imagepath and fontpath make Graphviz read files. Refused by default: a DOT file is code.")
    var allowFileAccess = false

    /// In the child process that renders DOT from outside (``IsolatedRender``).
    @Flag(help: .hidden)
    var isolated = false


    @Option(help: "Only statements made on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only statements made on or before this day (YYYY-MM-DD).")
    var until: String?

    @Option(name: .customLong("min-statements"), help: "Leave out stances resting on fewer statements (the map; default 1).")
    var minStatements: Int?

    func validate() throws {
        if let format, ["x11", "xlib", "gtk"].contains(format.split(separator: ":").first.map(String.init) ?? format) {
            throw ValidationError("-T \(format) opens a window, which a tool run from scripts must not do: write a file (svg, png, pdf) and open that.")
        }
        if timeout <= 0 { throw ValidationError("--timeout takes a number of seconds above 0.") }
        if memoryLimit < 64 { throw ValidationError("--memory-limit takes a number of MiB, at least 64.") }
        if output != nil && outputDirectory != nil {
            throw ValidationError("Use either --output or --output-dir, not both.")
        }
        if !files.isEmpty && view != nil {
            throw ValidationError("--view draws a map of its own; it takes no DOT files.")
        }
        // Options that shape the map apply to it alone.
        let mapOptions = [("--since", since != nil), ("--until", until != nil), ("--min-statements", minStatements != nil)].filter(\.1).map(\.0)
        if let first = mapOptions.first, !files.isEmpty || (view ?? "map") != "map" {
            throw ValidationError("\(first) applies to the map (--view map) only" + (files.isEmpty ? "; --view \(view ?? "") draws every statement." : ", not to DOT files."))
        }
        if let view, !["map", "timeline", "actor"].contains(view) {
            throw ValidationError("Unknown view \"\(view)\"; the views are: map, timeline, actor.")
        }
        if view == "actor" && actor == nil { throw ValidationError("--view actor needs --actor NAME.") }
        if actor != nil && view != "actor" { throw ValidationError("--actor goes with --view actor.") }
        for (name, value) in [("--since", since), ("--until", until)] {
            if let value, Day(iso: value) == nil { throw ValidationError("\(name) \(value) is not a real day; write YYYY-MM-DD.") }
        }
        if let since, let until, let from = Day(iso: since), let to = Day(iso: until), from > to {
            throw ValidationError("--since \(since) is after --until \(until).")
        }
        if let minStatements, minStatements < 1 { throw ValidationError("--min-statements takes a whole number of at least 1.") }
        if files.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Standard input (`-`) can be read only once.")
        }
    }

    /// Draws `--view` of the corpus.
    private func renderView(engine: LayoutEngine?) throws {
        let format = try resolvedFormat(forOutput: output)
        let evidence = try Evidence(paths: [self.corpus], registryPath: self.registry, options: store)
        let registry = evidence.registry
        let graph = try evidence.graph()
        let drawing: Graph
        switch view {
        case "timeline":
            drawing = Timeline.graph(graph)
        case "actor":
            let wanted = actor ?? ""
            let id = registry.actor(wanted) != nil ? wanted
                : Resolver(registry: registry).resolve(wanted)?.actor.id ?? wanted
            guard graph.node("actor:" + id) != nil else {
                Terminal.printError("stancegraph: error: no actor \"\(wanted)\" made statements in \(self.corpus); `stancegraph actors` lists those that did.")
                throw ExitCode.failure
            }
            drawing = ActorView.graph(graph, actor: "actor:" + id)
        default:
            drawing = RelationshipMap.graph(graph, registry: registry, minimumStatements: minStatements ?? 1,
                                            since: since.flatMap { Day(iso: $0) }, until: until.flatMap { Day(iso: $0) })
        }
        let rendering = try report { () throws(GraphvizError) in
            try Graphviz.render(drawing, engine: engine, format: format)
        }
        try emit(rendering, to: output)
    }

    func run() throws {
        let engine = self.engine.map(LayoutEngine.init(_:))
        if isolated { return try renderInChild(engine: engine) }
        var failures = 0
        // Without DOT files, a view of the corpus: the map unless --view says otherwise.
        if view != nil || files.isEmpty {
            try reportingFailures { try renderView(engine: engine) }
            return
        }
        let format = try resolvedFormat(forOutput: outputDirectory == nil ? output : nil)
        // Every input read first, then all rendered by one child process.
        var inputs: [(file: String, input: IsolatedRender.Input)] = []
        for file in files {
            do {
                inputs.append((file, IsolatedRender.Input(name: displayName(file), dot: Data(try readInput(file).utf8))))
            } catch {
                Terminal.printError("stancegraph: error: " + (error.errorDescription ?? "\(error)"))
                failures += 1
            }
        }
        var arguments = ["-T", format.rawValue]
        if let engine = self.engine { arguments += ["-K", engine] }
        let results = IsolatedRender.render(inputs.map(\.input), arguments: arguments,
                                            limits: .init(seconds: timeout, memoryMiB: memoryLimit, allowFileAccess: allowFileAccess))
        var combined = Data()
        for ((file, _), result) in zip(inputs, results) {
            switch result {
            case .success(let data):
                if let outputDirectory {
                    let base = file == "-" ? "stdin" : Self.baseName(file)
                    try emit(data, to: outputDirectory + "/" + base + "." + format.rawValue.split(separator: ":")[0])
                } else {
                    combined.append(data)
                }
            case .failure(let failure):
                // An empty message: the child printed the error itself.
                if !failure.message.isEmpty { Terminal.printError("stancegraph: error: " + failure.message) }
                failures += 1
            }
        }
        // Like dot, a failed input leaves no output file: nothing is written at all.
        if outputDirectory == nil, failures == 0 { try emit(combined, to: output) }
        if failures > 0 { throw ExitCode.failure }
    }

    private func displayName(_ file: String) -> String { file == "-" ? "<stdin>" : file }

    /// The child's side (``IsolatedRender``): the framed inputs on standard input, each
    /// rendering framed on standard output as soon as it is done, and what there is to say on
    /// standard error, a long layout announced before it starts.
    private func renderInChild(engine: LayoutEngine?) throws {
        IsolatedRender.applyMemoryLimit()
        if !allowFileAccess {
            do {
                try Graphviz.refuseFileAccess()
            } catch {
                Terminal.printError("stancegraph: error: " + (error.errorDescription ?? "\(error)"))
                throw ExitCode.failure
            }
        }
        let format = try resolvedFormat(forOutput: nil)
        let data: Data
        do { data = try Terminal.readAll("-") } catch { throw ExitCode.failure }
        guard let inputs = IsolatedRender.readInputs(data) else {
            Terminal.printError("stancegraph: error: render --isolated reads the inputs `render` gives it, not DOT.")
            throw ExitCode.failure
        }
        for input in inputs {
            do {
                guard let text = String(validating: input.dot, as: UTF8.self) else { throw ExitCode.failure }
                let rendering = try report { () throws(GraphvizError) in
                    try Graphviz.render(dot: text, name: input.name, engine: engine, format: format,
                                        announce: { Terminal.printError("note: " + $0) })
                }
                // Graphviz refuses a file an attribute names when file access is not allowed,
                // with a warning; that is an error here, so that nothing is drawn without it
                // unnoticed.
                if rendering.warnings.contains(where: { $0.message.contains("file loading is disabled") }) {
                    Terminal.printError("stancegraph: error: \(input.name): an attribute (image, shapefile, imagepath or fontpath) names a file for Graphviz "
                                        + "to read, and a DOT file from outside may not read files. If you trust it, pass --allow-file-access.")
                    throw ExitCode.failure
                }
                Terminal.writeOutput(Array("ok \(rendering.data.count)\n".utf8) + Array(rendering.data))
            } catch {
                Terminal.writeOutput(Array("failed\n".utf8))
            }
        }
    }

    /// `maps/alliances.dot` → `alliances`.
    static func baseName(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    private func readInput(_ file: String) throws(GraphvizError) -> String {
        let data: Data
        do {
            data = try Terminal.readAll(file)
        } catch {
            throw GraphvizError(.io, operation: "reading \(file)", diagnostics: [.init(level: .error, message: error.reason)])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw GraphvizError(.io, operation: "reading \(file)",
                                diagnostics: [.init(level: .error, message: "\(file) is not UTF-8 text")],
                                suggestion: "Save the DOT file as UTF-8.")
        }
        return text
    }

    private func resolvedFormat(forOutput output: String?) throws -> OutputFormat {
        if let format { return OutputFormat(format) }
        if let output, output != "-", let inferred = OutputFormat(fileName: output) { return inferred }
        return .svg
    }

    /// Runs a render, printing Graphviz's warnings and any notice to standard error, and the
    /// error (with Graphviz's words and what to do) when it fails.
    private func report(_ body: () throws(GraphvizError) -> Rendering) throws -> Rendering {
        do {
            let rendering = try body()
            for warning in rendering.warnings { Terminal.printError(warning.description) }
            if let notice = rendering.notice { Terminal.printError("note: " + notice) }
            return rendering
        } catch {
            Terminal.printError("stancegraph: error: " + (error.errorDescription ?? "\(error)"))
            throw ExitCode.failure
        }
    }

    private func emit(_ rendering: Rendering, to output: String?) throws {
        try emit(rendering.data, to: output)
    }

    private func emit(_ data: Data, to output: String?) throws {
        guard let output, output != "-" else {
            Terminal.writeOutput(data)
            return
        }
        do {
            try AtomicFile.write(data, to: output)
        } catch {
            Terminal.printError("stancegraph: error: " + (error.errorDescription ?? "\(error)"))
            throw ExitCode.failure
        }
    }
}
