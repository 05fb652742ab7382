import Foundation
import Testing

@Suite struct QuestionCommandTests {
    @Test func statementsByAnActorFitA100ColumnTerminal() throws {
        let result = try CommandRunner.run(["statements", "--actor", "Azerbaijan's president"], in: repositoryRoot)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("2020-09-29 Ilham Aliyev · rejected · hostile → "))
        #expect(result.stdout.contains("2020-11-14 Ilham Aliyev · hailed · supportive"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    /// Wrapped words are the statement's words: none lost, none split, whatever their script.
    @Test func wrappedStatementsKeepEveryWord() throws {
        let folder = try TemporaryFolder()
        try folder.write("actors.yaml", try String(contentsOfFile: repositoryRoot + "/Corpus/actors.yaml", encoding: .utf8))
        try folder.write("articles/long.txt", """
            ---
            published: 2022-05-03
            ---
            President Ilham Aliyev said the convoy from Ağdam would cross at dawn, that the mediators in Vienna had been told twice, that Şuşa and Füzuli would get the first deliveries, and that nobody should doubt the résumé of the engineers who rebuilt the bridge.

            Aliyev said the road was open.
            """)
        let table = try CommandRunner.run(["statements", "--actor", "Aliyev", "--corpus", ".", "--registry", "actors.yaml"], in: folder.path)
        let jsonl = try CommandRunner.run(["statements", "--actor", "Aliyev", "--corpus", ".", "--registry", "actors.yaml", "--format", "jsonl"], in: folder.path)
        #expect(table.status == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 100 })
        let texts = try objects(jsonl.stdout).compactMap { $0["text"] as? String }
        #expect(texts.count == 2)
        // Each statement's block: a heading, its words over one line or more, then the source.
        let blocks = table.stdout.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(blocks.count == texts.count)
        for (block, text) in zip(blocks, texts) {
            let body = block.split(separator: "\n").dropFirst().dropLast().map { $0.dropFirst(4) }.joined(separator: " ")
            #expect(body == text || body == "\u{201C}\(text)\u{201D}")
        }
        #expect(lines.contains { $0.count > 90 })
    }

    @Test func anOfficeMeansWhoHeldItInTheCorpus() throws {
        let result = try CommandRunner.run(["statements", "--actor", "Turkish foreign minister"], in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Mevlüt Çavuşoğlu · "))
    }

    @Test func statementsInOtherFormatsAndFilters() throws {
        let markdown = try CommandRunner.run(["statements", "--actor", "Cavusoglu", "--format", "markdown", "--quotes-only"], in: repositoryRoot)
        #expect(markdown.stdout.hasPrefix("| id | date | speaker | cue | statement | stance | targets | outlet | article | review |\n| --- |"))
        #expect(markdown.stdout.contains(" | 2020-11-14 | Mevlüt Çavuşoğlu | added | \u{201C}We will continue to be one nation"))
        let jsonl = try CommandRunner.run(["statements", "--actor", "Grigoryan", "--target", "Russia", "--format", "jsonl"], in: repositoryRoot)
        #expect(jsonl.status == 0)
        #expect(jsonl.stdout.split(separator: "\n").allSatisfy { $0.contains("\"id\":\"russia\"") })
    }

    @Test func diffShowsVerdictsWithEvidenceAndDrawsAnSVG() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["diff", "--actor", "Aliyev", "--before", "2020-11-10", "--after", "2020-11-10", "--svg", folder.file("diff.svg")], in: repositoryRoot)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Ilham Aliyev: up to 2020-11-09 against from 2020-11-10\n"))
        // Hailing the agreement as "a defeat of Armenia" is hostile toward Armenia: no reversal.
        #expect(result.stdout.contains("Armenia                            -1.00 (1)  -1.00 (1)  +0.00   unchanged"))
        #expect(result.stdout.contains("  before: 2020-09-29 rejected: rejected the possibility of talks"))
        let svg = try String(contentsOfFile: folder.file("diff.svg"), encoding: .utf8)
        #expect(svg.contains("unchanged") && svg.contains("dropped"))
    }

    @Test func diffShowsRevisedFiguresWithDatesAndSources() throws {
        let result = try CommandRunner.run(["diff", "--actor", "Azerbaijan Defense Ministry", "--from", "2020-11-01..2020-12-31", "--to", "2021-01-01.."], in: repositoryRoot)
        #expect(result.stdout.contains("killed: 2783 on 2020-12-03 (World Media) → 2881 on 2021-03-02 (Anadolu Agency)"))
        let figures = try CommandRunner.run(["figures", "--speaker", "Azerbaijan's Defence Ministry", "--what", "killed"], in: repositoryRoot)
        #expect(figures.stdout.contains("2881   revised from 2783  Anadolu Agency"))
    }

    @Test(arguments: [
        (["statements", "--actor", "Pashinyon"], 1, "--actor \"Pashinyon\" names no actor in the registry or the corpus. Did you mean \"Nikol Pashinyan\"?"),
        (["statements", "--actor", "Ministry of Defense"], 1, "could mean several actors; give one of these ids:"),
        (["statements", "--actor", "Aliyev", "--since", "2025-01-01"], 1, "no statements by Ilham Aliyev match in that window."),
        (["statements", "--actor", "Aliyev", "--since", "2021-02-30"], 64, "--since 2021-02-30 is not a real day"),
        (["diff", "--actor", "Aliyev", "--from", "2021-01-01..2020-01-01", "--to", "2021-02-01.."], 64, "--from 2021-01-01..2020-01-01 ends before it starts."),
        (["diff", "--actor", "Aliyev", "--before", "2020-11-10"], 64, "Give the two windows"),
        (["diff", "--actor", "Aliyev", "--from", "2030-01-01..2030-02-01", "--to", "2031-01-01.."], 1, "Ilham Aliyev made no statements addressing anyone or anything"),
    ])
    func badInputGetsAClearMessageAndANonZeroExit(arguments: [String], status: Int32, message: String) throws {
        let result = try CommandRunner.run(arguments, in: repositoryRoot)
        #expect(result.status == status)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
    }
}
