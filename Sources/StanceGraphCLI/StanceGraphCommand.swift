import ArgumentParser

@main
struct StanceGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stancegraph",
        abstract: "Trace who said what, when, and how their positions moved.",
        subcommands: [RenderCommand.self, ArticlesCommand.self, PluginsCommand.self]
    )
}
