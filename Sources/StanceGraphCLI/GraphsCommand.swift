import ArgumentParser
import GraphvizKit
import StanceGraph
#if canImport(Glibc)
import Glibc
#endif

struct GraphsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graphs",
        abstract: "Render the corpus's gallery: the relationship map, the timeline, one view per actor, and a README.",
        discussion: "Writes DIR/map.svg, DIR/timeline.svg, DIR/actors/<id>.svg and DIR/README.md, each atomically; actor views of actors no longer in the corpus are removed."
    )

    @OptionGroup var source: CorpusOptions

    @Option(name: [.short, .customLong("output")], help: "The gallery folder (default: Graphs).")
    var output = "Graphs"

    func run() throws {
        let evidence = try Evidence.loading(paths: [source.corpus], registryPath: source.registry, options: source.store)
        let registry = evidence.registry
        Loading.report(evidence.errors)
        let graph = try evidence.graph()
        let files: [Gallery.File]
        do {
            files = try Gallery.files(graph, registry: registry)
        } catch {
            Terminal.printError("stancegraph: error: " + (error.errorDescription ?? "\(error)"))
            throw ExitCode.failure
        }
        mkdir(output, 0o755)
        mkdir(output + "/actors", 0o755)
        for file in files {
            do {
                try AtomicFile.write(file.bytes, to: output + "/" + file.path)
            } catch {
                Terminal.printError("stancegraph: error: " + (error.errorDescription ?? "\(error)"))
                throw ExitCode.failure
            }
        }
        // Actor views of actors no longer in the corpus go; nothing else in the folder is touched.
        let written = Set(files.map(\.path))
        for name in Folder.names(in: output + "/actors") where name.hasSuffix(".svg") && !written.contains("actors/" + name) {
            unlink(Folder.join(output + "/actors", name))
        }
        print("wrote \(files.count) files to \(output)/")
        if !evidence.errors.isEmpty { throw ExitCode.failure }
    }
}
