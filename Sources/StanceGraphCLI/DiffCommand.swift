import ArgumentParser
import GraphvizKit
import StanceGraph

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "How an actor's stance moved between two windows of time, target by target, with the evidence.",
        discussion: """
            Windows: --before DATE --after DATE compares everything before DATE with everything from \
            DATE on (they may differ: --before 2020-11-01 --after 2020-11-10); --from D1..D2 --to D3..D4 \
            compares two spans (an end may be left out: --from ..2020-11-09).
            """
    )

    @Option(help: "The actor: any name, alias, spelling or office.")
    var actor: String

    @Option(help: "The first window is everything before this day.")
    var before: String?

    @Option(help: "The second window is everything from this day on.")
    var after: String?

    @Option(help: "The first window, FROM..TO.")
    var from: String?

    @Option(help: "The second window, FROM..TO.")
    var to: String?

    @Option(help: "Only this target.")
    var target: String?

    @Option(help: "Only this topic.")
    var topic: String?

    @Option(help: "Also draw the diff as an SVG map to this file.")
    var svg: String?

    @OptionGroup var source: CorpusOptions

    func windows() throws -> (StanceDiff.Window, StanceDiff.Window) {
        if let from, let to {
            guard before == nil, after == nil else { throw ValidationError("Use --before/--after or --from/--to, not both.") }
            return (try Questions.window(from, option: "--from"), try Questions.window(to, option: "--to"))
        }
        guard let before, let after else {
            throw ValidationError("Give the two windows: --before DATE --after DATE, or --from D1..D2 --to D3..D4.")
        }
        guard let end = try Questions.day(before, option: "--before"), let start = try Questions.day(after, option: "--after") else {
            throw ValidationError("--before and --after take days.")
        }
        if start < end { throw ValidationError("--after \(after) is before --before \(before): the windows would overlap.") }
        return (StanceDiff.Window(from: nil, to: end.adding(days: -1)), StanceDiff.Window(from: start, to: nil))
    }

    func validate() throws {
        _ = try windows()
    }

    func run() throws {
        try reportingFailures {
            let questions = try Questions(source)
            let speaker = try questions.actor(actor, option: "--actor")
            let (first, second) = try windows()
            let topicNames = Dictionary(questions.registry.topics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let diff = StanceDiff(statements: try questions.statements, speaker: speaker, before: first, after: second,
                                  target: try target.map { try questions.actor($0, option: "--target").id },
                                  topic: try topic.map { try questions.topic($0).id }, topicNames: topicNames)
            let inFirst = diff.rows.contains { !$0.before.isEmpty }, inSecond = diff.rows.contains { !$0.after.isEmpty }
            guard inFirst || inSecond else {
                throw Failure("\(speaker.name) made no statements addressing anyone or anything in \(first) or \(second).")
            }
            print("\(speaker.name): \(first) against \(second)\n")
            Table(["target", "before", "after", "change", "verdict"], diff.rows.map { row in
                [row.label, Self.describe(row.meanBefore, row.before.count), Self.describe(row.meanAfter, row.after.count),
                 row.change.map { String(format: "%+.2f", $0) } ?? "", row.verdict.rawValue]
            }).print()
            for row in diff.rows {
                print("\n\(row.label) (\(row.verdict.rawValue))")
                for (window, statements) in [("before", row.before), ("after", row.after)] {
                    for statement in statements {
                        let words = StatementFormats.words(statement)
                        let line = "\(window): \(statement.date?.description ?? "undated") \(statement.cue): \(words) (\(questions.outlet(statement.article)))"
                        for (index, part) in Wrap.lines(line, width: 96).enumerated() { print((index == 0 ? "  " : "      ") + part) }
                    }
                }
            }
            if !diff.revisions.isEmpty {
                print("\nFigures revised:")
                for revision in diff.revisions {
                    print("  \(revision.what): \(revision.earlier.value) on \(revision.earlier.date?.description ?? "?") (\(questions.outlet(revision.earlier.article)))"
                          + " → \(revision.later.value) on \(revision.later.date?.description ?? "?") (\(questions.outlet(revision.later.article)))")
                }
            }
            if let svg {
                let rendering = try Graphviz.render(DiffMap.graph(diff), format: OutputFormat(fileName: svg) ?? .svg)
                try AtomicFile.write(Array(rendering.data), to: svg)
            }
        }
    }

    static func describe(_ mean: Double?, _ count: Int) -> String {
        guard let mean else { return "-" }
        return String(format: "%+.2f (%d)", mean, count)
    }
}

struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "The figures speakers claimed (killed, wounded, missing, captured ...), in series, with revisions marked."
    )

    @Option(help: "Only this speaker.")
    var speaker: String?

    @Option(help: "Only this kind of count: killed, wounded, missing, captured, or a thing counted.")
    var what: String?

    @OptionGroup var source: CorpusOptions

    func run() throws {
        try reportingFailures {
            let questions = try Questions(source)
            let speakerID = try speaker.map { try questions.actor($0, option: "--speaker").id }
            let claims = FigureSeries.claims(in: try questions.statements, speaker: speakerID, what: what)
            guard !claims.isEmpty else { throw Failure("no figures match.") }
            var rows: [[String]] = []
            var previous: FigureSeries.Claim?
            for claim in claims {
                let revised = previous.map { $0.speaker.id == claim.speaker.id && $0.what == claim.what && $0.value != claim.value && $0.article != claim.article } ?? false
                rows.append([claim.speaker.name, claim.what, claim.date?.description ?? "undated", String(claim.value),
                             revised ? "revised from \(previous!.value)" : "", questions.outlet(claim.article)])
                previous = claim
            }
            Table(["speaker", "what", "date", "value", "", "outlet"], rows).print()
        }
    }
}
