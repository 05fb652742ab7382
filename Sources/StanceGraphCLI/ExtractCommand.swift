import ArgumentParser
import StanceGraph

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find who said what, when, to whom, for or against, in articles.",
        discussion: "Prints one statement per line (jsonl, the extraction contract), a table, or CSV."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, table, csv
    }

    @Argument(help: "Article files or folders (default: Corpus/).")
    var paths: [String] = []

    @Option(help: "Output format: jsonl, table or csv.")
    var format: Format = .table

    @Option(help: "The registry: a YAML file or a folder of them.")
    var registry = "Corpus/actors.yaml"

    @Option(help: "Publication day (YYYY-MM-DD) to use for the one file named, whatever it says.")
    var published: String?

    func validate() throws {
        try Loading.validatePublished(published, paths: paths)
    }

    @Flag(help: "The extraction as it stands, without the corrections in corrections.yaml beside the corpus.")
    var raw = false

    func run() throws {
        let paths = self.paths.isEmpty ? ["Corpus"] : self.paths
        let registry = try Loading.registry(self.registry, corpus: paths)
        let corpus = Corpus.load(paths, published: Loading.override(published, paths: self.paths))
        try reportingFailures { try Loading.requireArticles(corpus.articles.count, errors: corpus.errors, paths: paths) }
        let extractor = Extractor(registry: registry)
        var statements = corpus.articles.flatMap(extractor.statements(in:))
        if !raw {
            let corrections: CorrectionsFile
            do {
                corrections = try CorrectionsFile.load(StoreOptions.correctionsPath(for: paths))
            } catch {
                Terminal.printError("stancegraph: error: " + error.description)
                throw ExitCode.failure
            }
            statements = Curation(registry: registry).apply(corrections.corrections, to: statements) { id in
                corpus.articles.first { $0.id == id }
            }.statements
        }
        var output = ""
        switch format {
        case .jsonl:
            for statement in statements { output += StatementFormats.jsonLine(statement) + "\n" }
        case .csv:
            output = StatementFormats.csvHeader + "\n"
            for statement in statements { output += StatementFormats.csvRecord(statement) + "\n" }
        case .table:
            var rows: [[String]] = []
            do {
                for statement in statements {
                    let text = statement.quote ? "\"\(statement.text)\"" : statement.text
                    rows.append([statement.id, statement.date?.description ?? "?", statement.speaker.name, statement.cue,
                                 String(text.prefix(70)) + (text.count > 70 ? "..." : ""),
                                 statement.polarity > 0 ? "+" : statement.polarity < 0 ? "-" : "0",
                                 statement.targets.map(\.name).joined(separator: ", ")])
                }
            }
            Table(["id", "date", "speaker", "cue", "statement", "+/-", "targets"], rows).print()
        }
        print(output, terminator: "")
        Loading.report(corpus)
        if !corpus.errors.isEmpty { throw ExitCode.failure }
    }
}
