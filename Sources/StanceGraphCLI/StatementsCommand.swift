import ArgumentParser
import GraphvizKit
import StanceGraph
import StanceGraphStore

struct StatementsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statements",
        abstract: "What an actor said: statements by actor, target, topic and time window, in date order."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl, csv, markdown }

    @Option(help: "The speaker: any name, alias, spelling or office (\"Turkish foreign minister\").")
    var actor: String

    @Option(help: "Only statements addressing this actor.")
    var target: String?

    @Option(help: "Only statements about this topic (its id, name or a cue word).")
    var topic: String?

    @Option(help: "Only statements made on or after this day (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only statements made on or before this day (YYYY-MM-DD).")
    var until: String?

    @Flag(help: "Only direct quotations.")
    var quotesOnly = false

    @Option(help: "Output: table (wrapped to 100 columns), jsonl, csv or markdown.")
    var format: Format = .table

    @OptionGroup var source: CorpusOptions

    func validate() throws {
        let from = try Questions.day(since, option: "--since"), to = try Questions.day(until, option: "--until")
        if let from, let to, from > to { throw ValidationError("--since \(since!) is after --until \(until!).") }
    }

    func run() throws {
        try reportingFailures {
            let questions = try Questions(source)
            // One speaker's statements: read from the store while it is checked.
            let (speaker, answer) = try questions.evidence.speculatively { () throws -> (Actor, Answer) in
                let speaker = try questions.actor(actor, option: "--actor")
                let query = StatementQuery(speaker: speaker.id, target: try target.map { try questions.actor($0, option: "--target").id },
                                           topic: try topic.map { try questions.topic($0).id },
                                           since: try Questions.day(since, option: "--since"), until: try Questions.day(until, option: "--until"),
                                           quotesOnly: quotesOnly)
                // JSON Lines and the table by speaker and window are copied as ingest wrote them.
                let form: Store.LineForm? = format == .jsonl ? .json : format == .table ? .table : nil
                if let form, query.target == nil, query.topic == nil, !quotesOnly,
                   let lines = try questions.evidence.storedLines(speaker: speaker.id, form: form) {
                    return (speaker, .lines(lines, StatementQuery.order(lines.count, day: { lines.days[$0] }, answers: { query.isWithin(lines.days[$0]) })))
                }
                return (speaker, .statements(query.run(try questions.evidence.statements(speakers: [speaker.id]))))
            }
            let found: [Statement]
            switch answer {
            case .lines(let lines, let order):
                guard !order.isEmpty else { throw noneFound(speaker) }
                Terminal.writeOutput(lines.bytes, ranges: order.lazy.map { lines.range($0) })
                StanceGraphCommand.finish()
            case .statements(let statements):
                found = statements
            }
            guard !found.isEmpty else { throw noneFound(speaker) }
            // Many statements are written on both cores, each building half of the output.
            let parts: [[UInt8]]
            switch format {
            case .jsonl:
                parts = Halves.build(found.count) { range in
                    var output: [UInt8] = []
                    // Room for all of it at once: the sentences and words, with their fields around them.
                    output.reserveCapacity(found[range].reduce(0) { $0 + $1.sentence.utf8.count + $1.text.utf8.count + 400 })
                    StatementFormats.appendJSONLines(found[range], to: &output)
                    return output
                }
            case .csv:
                parts = [Array((StatementFormats.csvHeader + "\n").utf8)] + Halves.build(found.count) { range in
                    var output = Lines()
                    for index in range { output.add(StatementFormats.csvRecord(found[index])) }
                    return output.bytes
                }
            case .markdown:
                let outlets = self.outlets(found, questions: questions)
                parts = [Array("| id | date | speaker | cue | statement | stance | targets | outlet | article | review |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n".utf8)]
                    + Halves.build(found.count) { range in Self.markdown(found[range], outlets: outlets).bytes }
            case .table:
                let outlets = self.outlets(found, questions: questions)
                parts = Halves.build(found.count) { range in
                    var output: [UInt8] = []
                    for index in range { StatementFormats.appendTableBlock(found[index], outlet: outlets[found[index].article] ?? found[index].article, to: &output) }
                    return output
                }
            }
            for part in parts { Terminal.writeOutput(part) }
            StanceGraphCommand.finish()
        }
    }

    /// What a speaker's statements are found as: written out as the store keeps them (JSON
    /// lines or table blocks) with the order to print them in, or statements in that order.
    enum Answer {
        case lines(StatementLines, [Int])
        case statements([Statement])
    }

    private func noneFound(_ speaker: Actor) -> Failure {
        Failure("no statements by \(speaker.name) match" + (since != nil || until != nil ? " in that window" : "") + ".")
    }

    /// The outlet of each statement's article, looked up before the output is built on two cores.
    private func outlets(_ statements: [Statement], questions: Questions) -> [String: String] {
        questions.evidence.loadOutlets(of: statements.map(\.article))
        var outlets: [String: String] = [:]
        for statement in statements where outlets[statement.article] == nil { outlets[statement.article] = questions.outlet(statement.article) }
        return outlets
    }

    private static func markdown(_ statements: ArraySlice<Statement>, outlets: [String: String]) -> Lines {
        var output = Lines()
        func cell(_ text: String) -> String {
            // Looked for byte by byte first: few cells hold a bar or a line break.
            guard text.utf8.contains(where: { $0 == 0x7C || $0 == 0x0A }) else { return text }
            return text.replacingScalars("|", with: "\\|").replacingScalars("\n", with: " ")
        }
        for statement in statements {
            output.add("| " + [statement.id, statement.date?.description ?? "", statement.speaker.name, statement.cue, StatementFormats.words(statement), StatementFormats.stance(statement.polarity),
                               statement.targets.map(\.name).joined(separator: ", "), outlets[statement.article] ?? statement.article, statement.article,
                               StatementFormats.reviewLabel(statement.review)].map(cell).joined(separator: " | ") + " |")
        }
        return output
    }
}
