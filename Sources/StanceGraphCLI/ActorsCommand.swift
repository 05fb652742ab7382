#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import StanceGraph

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List the actors, or fold an unknown speaker into a registry actor.",
        subcommands: [ActorsListCommand.self, ActorsMergeCommand.self],
        defaultSubcommand: ActorsListCommand.self
    )
}

struct ActorsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the registry's actors with their statements and mentions in the corpus, or the actors it lacks.",
        discussion: """
            With --unknown, lists the actors found in the articles that the registry lacks, most \
            frequent first, with where each is first mentioned; --yaml prints them as entries to \
            paste into the registry.
            """
    )

    @Argument(help: "Article files or folders (default: Corpus/).")
    var paths: [String] = []

    @Option(help: "The registry: a YAML file or a folder of them.")
    var registry = "Corpus/actors.yaml"

    @Flag(help: "List the actors found in the articles that the registry lacks.")
    var unknown = false

    @Flag(help: "With --unknown, print registry entries to paste into actors.yaml.")
    var yaml = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if yaml && !unknown { throw ValidationError("--yaml prints the unknown actors as registry entries: use it with --unknown.") }
    }

    func run() throws {
        try reportingFailures(list)
    }

    private func list() throws {
        let evidence = try Evidence(paths: paths.isEmpty ? ["Corpus"] : paths, registryPath: self.registry, options: store)
        let registry = evidence.registry
        let statements = try evidence.extraction().statements
        let census = ActorCensus(articles: try evidence.articlesWithText(), statements: statements, mentions: evidence.mentionsByArticle, registry: registry)
        if unknown && yaml {
            // A document of its own: appended to a registry file (`>>`), it adds to its actors.
            print("---")
            print("actors:")
            for entry in census.unknown {
                print("  # \(entry.statements) statement\(entry.statements == 1 ? "" : "s"), \(entry.mentions) mention\(entry.mentions == 1 ? "" : "s")"
                      + (entry.place.isEmpty ? "" : ", first at \(entry.place): \"\(entry.example.replacing("\n", with: " "))\""))
                print("  - id: \(entry.actor.id)")
                print("    name: " + YAMLText.quoted(entry.actor.name))
                print("    kind: \(entry.actor.kind.rawValue)")
                if let country = entry.actor.country { print("    country: \(country)") }
            }
        } else if unknown {
            Table(["statements", "mentions", "articles", "name", "kind", "country", "first mention"],
                  census.unknown.map { ["\($0.statements)", "\($0.mentions)", "\($0.articles)", $0.actor.name, $0.actor.kind.rawValue, $0.actor.country ?? "", $0.place.isEmpty ? "" : "\($0.place) \"\($0.example)\""] })
                .print()
        } else {
            Table(["statements", "mentions", "articles", "id", "name", "kind", "country"],
                  census.known.map { ["\($0.statements)", "\($0.mentions)", "\($0.articles)", $0.actor.id, $0.actor.name, $0.actor.kind.rawValue, $0.actor.country ?? ""] })
                .print()
        }
    }
}

/// Loading what every command reads, with errors printed the same way.
enum Loading {
    /// Loads the registry at `path`, and the user's lexicon files in the `lexicons` folder
    /// beside it (inside it, for a registry folder), when there is one.
    /// The registry's default place, relative to the current folder.
    static let defaultRegistry = "Corpus/actors.yaml"

    /// Where the registry is: the path given, or, for the default, `Corpus/actors.yaml` in the
    /// current folder, else `actors.yaml` in the corpus's folder or the folder above it, so
    /// that a corpus with its registry beside it works from anywhere. With the places looked.
    static func registryPath(_ given: String, corpus paths: [String]) -> (path: String, looked: [String]) {
        guard given == defaultRegistry else { return (given, [given]) }
        var looked = [given]
        if access(given, F_OK) == 0 { return (given, looked) }
        let folder = StoreOptions.folder(of: paths)
        for candidate in [Folder.join(folder, "actors.yaml"), Folder.join(folder, "../actors.yaml")] where !looked.contains(candidate) {
            looked.append(candidate)
            if access(candidate, F_OK) == 0 { return (candidate, looked) }
        }
        return (given, looked)
    }

    /// Loads the registry at `path` (the default looked for beside the corpus `paths`), and
    /// the lexicon files beside it.
    static func registry(_ given: String, corpus paths: [String]) throws -> Registry {
        try registry(registryPath(given, corpus: paths))
    }

    static func registry(_ place: (path: String, looked: [String])) throws -> Registry {
        let path = place.path
        // The lexicons first: loading the registry reads the grammar's lists, and the lexicons
        // take no more additions once read.
        let folder = lexiconFolder(besideRegistry: path)
        var status = stat()
        if stat(folder, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            do {
                try LexiconExtensions.install(folder: folder)
            } catch {
                let fix = error.line == nil ? "Rename the file, or move it out of \(folder)." : "Fix the line named, or move the file out of \(folder)."
                Terminal.printError("stancegraph: error: \(error.description)\n\(fix)")
                throw ExitCode.failure
            }
        }
        let registry: Registry
        do {
            registry = try RegistryLoader.load(path: path)
        } catch {
            var message = "stancegraph: error: " + (error.errorDescription ?? "\(error)")
            if case .unreadable = error.problem, place.looked.count > 1 {
                message += " Looked in: " + place.looked.joined(separator: ", ") + ". Give the registry with --registry FILE."
            }
            Terminal.printError(message)
            throw ExitCode.failure
        }
        return registry
    }

    /// Where the user's lexicon files for the registry at `path` are: `lexicons/` beside the
    /// registry file, or inside the registry folder.
    static func lexiconFolder(besideRegistry path: String) -> String {
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return Folder.join(path, "lexicons") }
        guard let slash = path.lastIndex(of: "/") else { return "lexicons" }
        return Folder.join(String(path[..<slash]).isEmpty ? "/" : String(path[..<slash]), "lexicons")
    }

    /// Checks a `--published` option: a real day, for exactly one file.
    static func validatePublished(_ published: String?, paths: [String]) throws {
        if let published, Day(iso: published) == nil {
            throw ValidationError("--published \(published) is not a real day; write YYYY-MM-DD, e.g. 2020-11-14.")
        }
        if published != nil && paths.count != 1 {
            throw ValidationError("--published applies to one file: name exactly one.")
        }
    }

    /// The publication day to impose on the one file named, if any.
    static func override(_ published: String?, paths: [String]) -> [String: Day] {
        published.flatMap { Day(iso: $0) }.map { [paths[0]: $0] } ?? [:]
    }

    /// Prints each unreadable file and what the listing left out; the exit status says
    /// something failed.
    static func report(_ errors: [CorpusError], notes: [String] = [], read: Int) {
        for note in notes { Terminal.printError("stancegraph: note: " + note) }
        for error in errors { Terminal.printError("stancegraph: error: " + (error.errorDescription ?? "\(error)")) }
        guard !errors.isEmpty else { return }
        let failed = errors.count == 1 ? "1 path could not be read" : "\(errors.count) paths could not be read"
        Terminal.printError("stancegraph: " + failed + (read == 0 ? "; no article was read." : "; \(read) article\(read == 1 ? " was" : "s were") read."))
    }

    /// Stops with a message when `paths` hold no article and nothing failed to be read: a
    /// folder without article files, or a wrong path that happens to exist.
    static func requireArticles(_ count: Int, errors: [CorpusError], paths: [String]) throws(Failure) {
        guard count == 0, errors.isEmpty else { return }
        throw Failure("no articles in \(paths.joined(separator: ", ")). A corpus is a folder of articles, one per file ending in "
                      + Corpus.articleExtensions.sorted().map { "." + $0 }.joined(separator: ", ") + ", or such files named one by one.")
    }

    /// Prints each unreadable file and note of a corpus read.
    static func report(_ corpus: Corpus) {
        report(corpus.errors, notes: corpus.notes, read: corpus.articles.count)
    }
}

/// A plain-text table with columns as wide as their widest cell.
struct Table {
    var header: [String]
    var rows: [[String]]

    init(_ header: [String], _ rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    func print() {
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        for row in [header] + rows {
            let line = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
            Swift.print(Terminal.printable(line))
        }
    }
}
