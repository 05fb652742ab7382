import ArgumentParser
import StanceGraphStore
#if canImport(Glibc)
import Glibc
#endif

@main
struct StanceGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stancegraph",
        abstract: "Trace who said what, when, and how their positions moved.",
        version: StanceGraphVersion.description,
        subcommands: [ExtractCommand.self, IngestCommand.self, RejectCommand.self, CorrectCommand.self, AddCommand.self, ConfirmCommand.self, CorrectionsCommand.self, StatementsCommand.self, DiffCommand.self, FiguresCommand.self, ActorsCommand.self, ArticlesCommand.self, ExportCommand.self, GraphsCommand.self, RenderCommand.self, ServeCommand.self, SiteCommand.self, PluginsCommand.self]
    )

    /// Runs the command named, then makes sure its output reached where it was going: a full
    /// disk or a closed pipe is an error, never a silent exit status 0.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            Terminal.finishOutput()
            exit(withError: error)
        }
        finish()
    }

    /// Ends the process once a command's output is written, with status 1 when it could not
    /// be. A command that built a large answer ends here at once, rather than after taking
    /// apart everything it built, which takes longer than the answer took to write.
    static func finish() -> Never {
        if let failure = Terminal.finishOutput() {
            Terminal.printError("stancegraph: error: cannot write the output: \(failure). Nothing more was written; free space or choose another place, and run the command again.")
            exit(withError: ExitCode.failure)
        }
        exit(withError: nil)
    }
}

/// The version `--version` prints: the release and the store's schema.
enum StanceGraphVersion {
    /// Raised with each release that changes what the tool prints or stores.
    static let release = "0.7.0"

    static var description: String {
        "stancegraph \(release) (store schema \(StanceGraphStore.Store.migrations.count))"
    }
}
