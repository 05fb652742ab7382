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

    @Option(name: [.short, .customLong("output")], help: "The gallery folder.")
    var output = "Graphs"

    @Option(help: "Draw the N most active actors and fold the others into their country or \"Other actors\" (0: draw all).")
    var actors = 80

    @Option(help: "The statements the timeline draws, the latest first (0: all).")
    var timelineStatements = 300

    @Option(help: "The statements each actor view draws, the latest first (0: all).")
    var actorStatements = 50

    func validate() throws {
        for (name, value) in [("--actors", actors), ("--timeline-statements", timelineStatements), ("--actor-statements", actorStatements)] where value < 0 {
            throw ValidationError("\(name) \(value): give 0 (no limit) or more.")
        }
    }

    func run() throws {
        try reportingFailures(write)
    }

    private func write() throws {
        let evidence = try Evidence(paths: [source.corpus], registryPath: source.registry, options: source.store)
        let registry = evidence.registry
        let statements = try evidence.statements()
        let articles = try evidence.articles
        let folding = Folding(actors: actors == 0 ? .max : actors, timelineStatements: timelineStatements == 0 ? .max : timelineStatements,
                              actorStatements: actorStatements == 0 ? .max : actorStatements)
        let files: [Gallery.File]
        do {
            let gallery = try Gallery.files(statements: statements, articles: articles, registry: registry,
                                            mentions: { try? evidence.extraction().mentions }, folding: folding)
            files = gallery.files
            if gallery.report.folded > 0 { print(gallery.report.description + "; --actors N draws more.") }
        } catch {
            Terminal.printError("stancegraph: error: " + (error.errorDescription ?? "\(error)"))
            throw ExitCode.failure
        }
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
        if try !evidence.errors.isEmpty { throw ExitCode.failure }
    }
}
