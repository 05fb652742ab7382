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
        let registry = try Loading.registry(source.registry)
        let corpus = Corpus.load([source.corpus])
        Loading.report(corpus.errors)
        let graph = ActorGraph(statements: Extractor(registry: registry).statements(in: corpus), articles: corpus.articles, registry: registry)
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
        let written = Set(files.map(\.path))
        for stale in Corpus.articleFiles(in: output + "/actors") + svgFiles(in: output + "/actors") where !written.contains("actors/" + (stale.split(separator: "/").last.map(String.init) ?? "")) {
            unlink(stale)
        }
        print("wrote \(files.count) files to \(output)/")
        if !corpus.errors.isEmpty { throw ExitCode.failure }
    }

    private func svgFiles(in directory: String) -> [String] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        var files: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
            if name.hasSuffix(".svg") { files.append(directory + "/" + name) }
        }
        return files
    }
}
