import ArgumentParser

@main
struct StanceGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stancegraph",
        abstract: "Trace who said what, when, and how their positions moved.",
        subcommands: [ExtractCommand.self, IngestCommand.self, RejectCommand.self, CorrectCommand.self, AddCommand.self, ConfirmCommand.self, CorrectionsCommand.self, StatementsCommand.self, DiffCommand.self, FiguresCommand.self, ActorsCommand.self, ArticlesCommand.self, ExportCommand.self, GraphsCommand.self, RenderCommand.self, PluginsCommand.self]
    )
}
