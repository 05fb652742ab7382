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

    @Option(help: "The registry: a YAML file or a folder of them (default: Corpus/actors.yaml).")
    var registry = "Corpus/actors.yaml"

    func run() throws {
        try reportingFailures {
            let registry = try Loading.registry(self.registry)
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
                let others = try files.filter { $0 != file }.map { try Self.read($0) }
                do {
                    _ = try RegistryLoader.parse(([edited] + others).joined(separator: "\n"), path: file)
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
        guard let bytes = try? ArticleReader.readBytes(file), let text = String(validating: bytes, as: UTF8.self) else {
            throw Failure("cannot read the registry file \(file).")
        }
        return text
    }
}

/// Edits to a registry file's text that keep its comments, order and layout.
enum RegistryEdit {
    /// `text` with `alias` added to the aliases of the actor `id`, or nil when the file has no
    /// such entry. A flow list (`aliases: [a, b]`) gets one more item, a block list one more
    /// line, and an entry without aliases an `aliases:` line after its `id`.
    static func addAlias(_ alias: String, to id: String, in text: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        func value(_ line: String, key: String) -> String? {
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            guard trimmed.hasPrefix(key + ":") else { return nil }
            var rest = trimmed.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
            if let hash = rest.range(of: " #") { rest = String(rest[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces) }
            return String(rest.drop { $0 == "\"" || $0 == "'" }.reversed().drop { $0 == "\"" || $0 == "'" }.reversed())
        }
        guard let start = lines.firstIndex(where: { line in
            line.trimmingCharacters(in: .whitespaces).hasPrefix("- ") && value(line, key: "id") == id
        }) else { return nil }
        let dash = lines[start].prefix { $0 == " " }.count
        let indent = String(repeating: " ", count: dash + 2)
        var end = start + 1
        while end < lines.count {
            let line = lines[end]
            let spaces = line.prefix { $0 == " " }.count
            let blank = line.trimmingCharacters(in: .whitespaces).isEmpty || line.trimmingCharacters(in: .whitespaces).hasPrefix("#")
            if !blank && spaces <= dash { break }
            end += 1
        }
        let quoted = "\"" + alias.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        if let row = (start..<end).first(where: { $0 == start ? false : lines[$0].hasPrefix(indent + "aliases:") }) {
            let line = lines[row]
            if let close = line.lastIndex(of: "]") {
                let inside = line[line.index(after: line.firstIndex(of: "[")!)..<close].trimmingCharacters(in: .whitespaces)
                lines[row] = String(line[..<close]) + (inside.isEmpty ? "" : ", ") + quoted + String(line[close...])
            } else {
                // A block list: one more `- item` line after its last.
                var last = row
                while last + 1 < end, lines[last + 1].trimmingCharacters(in: .whitespaces).hasPrefix("- ") { last += 1 }
                let itemIndent = last > row ? String(lines[last].prefix { $0 == " " }) : indent + "  "
                lines.insert(itemIndent + "- " + quoted, at: last + 1)
            }
        } else {
            lines.insert(indent + "aliases: [" + quoted + "]", at: start + 1)
        }
        return lines.joined(separator: "\n")
    }
}
