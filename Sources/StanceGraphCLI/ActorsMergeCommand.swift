#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import GraphvizKit
import StanceGraph

struct ActorsMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Fold a speaker the registry lacks into a registry actor: its name becomes one of the actor's aliases.",
        discussion: """
            Writes the registry file (not the store): NAME is added to the aliases of the actor ID, \
            and the registry is checked before anything is written. The next `ingest` extracts again \
            with the new registry. `stancegraph actors --unknown` lists the names to merge.
            """
    )

    @Argument(help: "The name, as `actors --unknown` prints it.")
    var name: String

    @Option(help: "The registry actor's id.")
    var into: String

    @Option(help: "The registry: a YAML file or a folder of them.")
    var registry = "Corpus/actors.yaml"

    func run() throws {
        try reportingFailures {
            let registry = try Loading.registry((self.registry, [self.registry]))
            guard let actor = registry.actor(into) else {
                throw Failure("--into \(into): no actor has this id in \(self.registry); `stancegraph actors` lists the ids.")
            }
            let folded = NameFolding.fold(name)
            guard !folded.isEmpty else { throw Failure("give a name to merge.") }
            if let owner = registry.actors.first(where: { ([$0.name] + $0.aliases).contains { NameFolding.fold($0) == folded } }) {
                throw Failure(owner.id == actor.id ? "\(actor.id) already answers to \"\(name)\"." : "\"\(name)\" is already a name of \(owner.id); remove it there first.")
            }
            // A name the registry already reads as another actor ("Pashinyan") is not an unknown speaker.
            if case .actor(let other) = ActorMatcher(registry: registry).match(name), other.isKnown, other.id != actor.id {
                throw Failure("\"\(name)\" already means \(other.name) (\(other.id)) in the registry; merging it into \(actor.id) would take it from them.")
            }
            let files = try Self.files(self.registry)
            for file in files {
                let bytes = try Self.read(file)
                guard let edited = RegistryEdit.addAlias(name, to: into, in: bytes) else { continue }
                // The registry as a whole must still load: names stay unambiguous.
                let others = try files.filter { $0 != file }.map { (path: $0, text: try Self.read($0)) }
                do {
                    _ = try RegistryLoader.parse(files: [(path: file, text: edited)] + others)
                } catch let error as RegistryError {
                    throw Failure("merging would break the registry: \(error.errorDescription ?? "\(error)") Nothing was written.")
                }
                do {
                    try AtomicFile.write(Array(edited.utf8), to: file)
                } catch let error as AtomicFile.WriteError {
                    throw Failure("\(error.errorDescription ?? "\(error)"); nothing was written.")
                }
                print("\"\(name)\" is now an alias of \(actor.name) (\(actor.id)) in \(file).")
                print("Run `stancegraph ingest` to extract again with it.")
                return
            }
            throw Failure("could not find the entry `- id: \(into)` in \(files.joined(separator: ", ")) to edit; add the alias by hand.")
        }
    }

    static func files(_ path: String) throws -> [String] {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            return Folder.names(in: path).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { Folder.join(path, $0) }
        }
        return [path]
    }

    static func read(_ file: String) throws -> String {
        let bytes: [UInt8]
        do {
            bytes = try ArticleReader.readBytes(file)
        } catch {
            throw Failure("cannot read the registry file \(file): \(error.errorDescription ?? "\(error)")")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Failure("the registry file \(file) is not UTF-8 text.") }
        return text
    }
}
