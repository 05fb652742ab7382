import ArgumentParser
import GraphvizKit

struct PluginsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugins",
        abstract: "Show the installed Graphviz: version, plugins, layout engines and output formats."
    )

    func run() throws {
        let installation: Graphviz.Installation
        do {
            installation = try Graphviz.installation()
        } catch {
            Terminal.printError("stancegraph: error: " + (error.errorDescription ?? "\(error)"))
            throw ExitCode.failure
        }
        print("Graphviz \(installation.version)")
        print("plugin folder: \(installation.pluginDirectory ?? "(none found; using Graphviz's own list)")")
        print("plugins: \(installation.plugins.joined(separator: " "))")
        for failure in installation.unloadablePlugins { print("not loaded: \(failure)") }
        print("engines: \(installation.engines.map(\.rawValue).joined(separator: " "))")
        print("formats: \(installation.formats.map(\.rawValue).joined(separator: " "))")
    }
}
