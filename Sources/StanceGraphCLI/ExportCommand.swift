import ArgumentParser
import GraphvizKit
import StanceGraph

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the actor-statement graph as JSON, CSV, GraphML, GEXF 1.3 or DOT.",
        discussion: "GraphML opens in yEd and Cytoscape; GEXF in Gephi, whose timeline follows the statements' dates."
    )

    @OptionGroup var source: CorpusOptions

    @Option(help: "Format: \(GraphExport.Format.allCases.map(\.rawValue).joined(separator: ", ")). Default: from the output's extension.")
    var format: String?

    @Option(name: [.short, .customLong("output")], help: "Output file; `-` for standard output.")
    var output: String

    func validate() throws {
        _ = try resolvedFormat()
    }

    func resolvedFormat() throws -> GraphExport.Format {
        let formats = GraphExport.Format.allCases.map(\.rawValue).joined(separator: ", ")
        if format == nil, output == "-" { throw ValidationError("-o - writes to standard output: say in which format, with --format (\(formats)).") }
        let name = format ?? output.split(separator: ".").last.map(String.init) ?? ""
        guard let found = GraphExport.Format(rawValue: name.lowercased()) else {
            throw ValidationError("Unknown export format \"\(name)\"; use one of: \(GraphExport.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
        }
        return found
    }

    func run() throws {
        try reportingFailures(export)
    }

    private func export() throws {
        let evidence = try Evidence(paths: [source.corpus], registryPath: source.registry, options: source.store)
        let graph = try evidence.graph()
        let text = GraphExport.render(graph, as: try resolvedFormat())
        if output == "-" {
            print(text, terminator: "")
        } else {
            do {
                try AtomicFile.write(Array(text.utf8), to: output)
            } catch {
                Terminal.printError("stancegraph: error: " + (error.errorDescription ?? "\(error)"))
                throw ExitCode.failure
            }
        }
        if try !evidence.errors.isEmpty { throw ExitCode.failure }
    }
}
