import ArgumentParser
import StanceGraph

/// What the question commands share: loading the corpus's statements, and turning names
/// and dates typed by a user into actors and days, with clear errors.
struct Questions {
    let evidence: Evidence
    /// The registry's actors only: most typed names are theirs, and need nothing from the corpus.
    let registryMatcher: ActorMatcher

    var registry: Registry { evidence.registry }

    /// Every statement, corrections applied.
    var statements: [Statement] {
        get throws { try evidence.extraction().statements }
    }

    init(_ source: CorpusOptions) throws {
        evidence = try Evidence(paths: [source.corpus], registryPath: source.registry, options: source.store)
        registryMatcher = ActorMatcher(registry: evidence.registry)
    }

    /// The actor a typed name means; an unknown or ambiguous name stops the command with a message.
    /// An office ("Turkish foreign minister") means whoever held it when the corpus's latest
    /// statement was made.
    func actor(_ typed: String, option: String) throws -> Actor {
        // The day offices are read on: that of the corpus's latest statement.
        let latest = try evidence.latestDay()
        var match = registryMatcher.match(typed, on: latest)
        if case .actor = match {} else {
            // The corpus's actors that share a word with the name, then, failing that, all of them.
            let near = try evidence.corpusActors(named: typed)
            match = ActorMatcher(registry: evidence.registry, others: near).match(typed, on: latest)
            if case .actor = match {} else {
                match = ActorMatcher(registry: evidence.registry, others: try evidence.corpusActors()).match(typed, on: latest)
            }
        }
        switch match {
        case .actor(let actor):
            return actor
        case .ambiguous(let actors):
            let list = actors.map { "  \($0.id) (\($0.name), \($0.kind.rawValue))" }.joined(separator: "\n")
            throw Failure("\(option) \"\(typed)\" could mean several actors; give one of these ids:\n\(list)")
        case .unknown(let suggestions):
            let hint = suggestions.isEmpty ? " `stancegraph actors` lists the actors." : " Did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
            throw Failure("\(option) \"\(typed)\" names no actor in the registry or the corpus.\(hint)")
        }
    }

    /// A topic id from its id, its name, or one of its cue words.
    func topic(_ typed: String) throws -> Topic {
        let folded = typed.lowercased()
        if let topic = registry.topics.first(where: { $0.id == folded || $0.name.lowercased() == folded || $0.cues.contains { $0.lowercased() == folded } }) {
            return topic
        }
        throw Failure("--topic \"\(typed)\" is no topic; the topics are: \(registry.topics.map(\.id).joined(separator: ", ")).")
    }

    static func day(_ text: String?, option: String) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(iso: text) else { throw ValidationError("\(option) \(text) is not a real day; write YYYY-MM-DD, e.g. 2020-11-10.") }
        return day
    }

    /// `2020-09-01..2020-11-09`, either end may be left out.
    static func window(_ text: String, option: String) throws -> StanceDiff.Window {
        let parts = text.components(separatedBy: "..")
        guard parts.count == 2 else { throw ValidationError("\(option) \(text) is not a window; write FROM..TO, e.g. 2020-09-27..2020-11-09 (either end may be left out).") }
        let from = parts[0].isEmpty ? nil : try day(parts[0], option: option)
        let to = parts[1].isEmpty ? nil : try day(parts[1], option: option)
        if let from, let to, from > to { throw ValidationError("\(option) \(text) ends before it starts.") }
        return StanceDiff.Window(from: from, to: to)
    }

    /// The outlet an article came from, or its id.
    func outlet(_ article: String) -> String {
        evidence.outlet(article)
    }
}

/// The corpus and registry a command reads.
struct CorpusOptions: ParsableArguments {
    @Option(help: "The corpus: article files or a folder.")
    var corpus = "Corpus"

    @Option(help: "The registry: a YAML file or a folder of them.")
    var registry = "Corpus/actors.yaml"

    @OptionGroup var store: StoreOptions
}

/// A failure the user can act on: printed as it stands, exit status 1.
struct Failure: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

extension ParsableCommand {
    /// Runs `body`, printing a ``Failure`` as an error and exiting with status 1.
    func reportingFailures(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            Terminal.printError("stancegraph: error: " + failure.message)
            throw ExitCode.failure
        }
    }
}
