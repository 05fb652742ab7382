import ArgumentParser
import GraphvizKit
import StanceGraph

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
            let (speaker, found) = try questions.evidence.speculatively {
                let speaker = try questions.actor(actor, option: "--actor")
                let query = StatementQuery(speaker: speaker.id, target: try target.map { try questions.actor($0, option: "--target").id },
                                           topic: try topic.map { try questions.topic($0).id },
                                           since: try Questions.day(since, option: "--since"), until: try Questions.day(until, option: "--until"),
                                           quotesOnly: quotesOnly)
                return (speaker, query.run(try questions.evidence.statements(speakers: [speaker.id])))
            }
            guard !found.isEmpty else {
                throw Failure("no statements by \(speaker.name) match" + (since != nil || until != nil ? " in that window" : "") + ".")
            }
            switch format {
            case .jsonl:
                var output: [UInt8] = []
                // Room for all of it at once: the sentences and words, with their fields around them.
                output.reserveCapacity(found.reduce(0) { $0 + $1.sentence.utf8.count + $1.text.utf8.count + 400 })
                // By index: a statement is borrowed from the array, not copied out of it.
                for index in found.indices {
                    StatementFormats.appendJSONLine(found[index], to: &output)
                    output.append(0x0A)
                }
                Terminal.writeOutput(output)
            case .csv:
                var output = Lines()
                output.add(StatementFormats.csvHeader)
                for index in found.indices { output.add(StatementFormats.csvRecord(found[index])) }
                Terminal.writeOutput(output.bytes)
            case .markdown: Terminal.writeOutput(markdown(found, questions: questions).bytes)
            case .table: Terminal.writeOutput(table(found, questions: questions).bytes)
            }
        }
    }

    static func stance(_ polarity: Int) -> String { polarity > 0 ? "supportive" : polarity < 0 ? "hostile" : "neutral" }

    static func words(_ statement: Statement) -> String {
        statement.quote ? "\u{201C}\(statement.text)\u{201D}" : statement.text
    }

    /// Each statement as a heading line and its words wrapped under it, within 100 columns.
    private func table(_ statements: [Statement], questions: Questions) -> Lines {
        questions.evidence.loadOutlets(of: statements.map(\.article))
        var output = Lines()
        for statement in statements {
            var head = (statement.date?.description ?? "undated") + "  " + statement.speaker.name + " · " + statement.cue + " · " + Self.stance(statement.polarity)
            // A target the statement takes its own stance toward says so: "→ Armenia (hostile)".
            if !statement.targets.isEmpty {
                head += " → " + statement.targets.map { target in
                    statement.stances[target.id].map { target.name + " (" + Self.stance($0) + ")" } ?? target.name
                }.joined(separator: ", ")
            }
            for (index, line) in Wrap.lines(head, width: 100).enumerated() { output.add(index == 0 ? line : "    " + line) }
            for line in Wrap.lines(Self.words(statement), width: 96) { output.add("    " + line) }
            let review = StatementFormats.reviewLabel(statement.review)
            output.add("    " + questions.outlet(statement.article) + ", " + statement.article + " · id " + statement.id + (review.isEmpty ? "" : " · " + review))
            output.add("")
        }
        return output
    }

    private func markdown(_ statements: [Statement], questions: Questions) -> Lines {
        var output = Lines()
        output.add("| id | date | speaker | cue | statement | stance | targets | outlet | article | review |")
        output.add("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        questions.evidence.loadOutlets(of: statements.map(\.article))
        func cell(_ text: String) -> String {
            // Looked for byte by byte first: few cells hold a bar or a line break.
            guard text.utf8.contains(where: { $0 == 0x7C || $0 == 0x0A }) else { return text }
            return text.replacingScalars("|", with: "\\|").replacingScalars("\n", with: " ")
        }
        for statement in statements {
            output.add("| " + [statement.id, statement.date?.description ?? "", statement.speaker.name, statement.cue, Self.words(statement), Self.stance(statement.polarity),
                               statement.targets.map(\.name).joined(separator: ", "), questions.outlet(statement.article), statement.article,
                               StatementFormats.reviewLabel(statement.review)].map(cell).joined(separator: " | ") + " |")
        }
        return output
    }
}
