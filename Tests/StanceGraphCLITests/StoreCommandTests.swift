import Foundation
import Testing

/// A corpus folder of our own, with the project's registry beside it.
func curationCorpus() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("actors.yaml", try String(contentsOfFile: repositoryRoot + "/Corpus/actors.yaml", encoding: .utf8))
    try folder.write("articles/wire-a.txt", """
        ---
        outlet: Test Wire
        published: 2022-03-02
        ---
        President Ilham Aliyev said the new checkpoint would stay open for trade.

        Prime Minister Nikol Pashinyan said the talks in Vienna had failed.

        Aliyev and Pashinyan rejected the mediators' latest draft.
        """)
    try folder.write("articles/wire-b.txt", """
        ---
        outlet: Other Wire
        published: 2022-03-04
        ---
        Russian Foreign Minister Sergei Lavrov urged both sides to return to the talks in Moscow.

        "We will not be the first to fire," Pashinyan told reporters on Friday.
        """)
    return folder
}

/// Runs `stancegraph` in `folder` with its corpus and registry.
func run(_ arguments: [String], in folder: TemporaryFolder) throws -> CommandRunner.Result {
    let corpusOptions = ["--corpus", ".", "--registry", "actors.yaml"]
    var arguments = arguments
    // Commands that take article paths as arguments rather than --corpus.
    if ["ingest", "extract"].contains(arguments[0]) {
        arguments += [".", "--registry", "actors.yaml"]
    } else if arguments[0] == "actors" {
        arguments += ["--registry", "actors.yaml", "."]
    } else {
        arguments += corpusOptions
    }
    return try CommandRunner.run(arguments, in: folder.path)
}

/// The JSON objects of JSON Lines output.
func objects(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
}

@Suite(.serialized) struct StoreCommandTests {
    @Test func ingestThenAgainDoesNextToNothing() throws {
        let folder = try curationCorpus()
        let first = try run(["ingest"], in: folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("2 new, 0 changed, 0 removed, 0 unchanged"))
        #expect(FileManager.default.fileExists(atPath: folder.file(".stancegraph/store.sqlite")))
        let second = try run(["ingest"], in: folder)
        #expect(second.stdout.hasPrefix("0 new, 0 changed, 0 removed, 2 unchanged"))
        // Output that is not a terminal gets no progress line.
        #expect(!second.stderr.contains("ingest:"))
    }

    @Test func queriesFromTheStoreAnswerAsTheCorpusDoesAndSaySo() throws {
        let folder = try curationCorpus()
        let direct = try run(["statements", "--actor", "Pashinyan", "--format", "jsonl", "--verbose"], in: folder)
        #expect(direct.stderr.contains("no store at"))
        // However the registry's path is spelled, it is the same registry.
        #expect(try CommandRunner.run(["ingest", "./", "--registry", "./actors.yaml"], in: folder.path).status == 0)
        let stored = try run(["statements", "--actor", "Pashinyan", "--format", "jsonl", "--verbose"], in: folder)
        #expect(stored.stderr.contains("reading the store"))
        #expect(stored.stdout == direct.stdout)
        #expect(!stored.stdout.isEmpty)
        // Every statement carries an id, the same on every run.
        let ids = try objects(stored.stdout).map { $0["id"] as? String ?? "" }
        #expect(ids.allSatisfy { $0.count >= 12 })
        // A changed article makes the store out of date: the corpus is read, and it says why.
        try folder.write("articles/wire-c.txt", "---\npublished: 2022-03-05\n---\nPashinyan said the border was calm.\n")
        let stale = try run(["statements", "--actor", "Pashinyan", "--format", "jsonl", "--verbose"], in: folder)
        #expect(stale.stderr.contains("out of date (1 new article)"))
        #expect(try objects(stale.stdout).count == ids.count + 1)
        // A speaker only the new article names: the out-of-date store does not know them,
        // and the answer comes from the corpus all the same.
        try folder.write("articles/wire-d.txt", "---\npublished: 2022-03-06\n---\nMarta Kovacs, a monitor with the mission, said the border was calm.\n")
        let newcomer = try run(["statements", "--actor", "Marta Kovacs", "--format", "jsonl"], in: folder)
        #expect(newcomer.status == 0, "\(newcomer.stderr)")
        #expect(try objects(newcomer.stdout).map { $0["text"] as? String } == ["the border was calm"])
        for command in [["graphs", "-o", "g"], ["export", "-o", "g.graphml"], ["actors", "--unknown"], ["figures"]] {
            let result = try run(command, in: folder)
            #expect(result.status == 0 || command[0] == "figures", "\(command): \(result.stderr)")
        }
    }

    /// What the store copies out as ingest wrote it (JSON Lines and the table, by speaker and
    /// window) is the corpus's answer byte for byte: undated statements last, and windows with
    /// nothing in them refused alike.
    @Test func storedAnswersAreTheCorpusAnswersByteForByte() throws {
        let folder = try curationCorpus()
        try folder.write("articles/wire-e.txt", "Pashinyan said the \u{1B}[31mroad would reopen soon.\n\nAliyev said the convoy had crossed.\n")
        var questions: [[String]] = []
        for actor in ["Pashinyan", "Aliyev", "Lavrov"] {
            for format in ["jsonl", "table"] {
                for window in [[], ["--since", "2022-03-03"], ["--until", "2022-03-03"], ["--since", "2022-03-02", "--until", "2022-03-04"], ["--since", "2023-01-01"]] {
                    questions.append(["statements", "--actor", actor, "--format", format] + window)
                }
            }
        }
        let direct = try questions.map { try run($0, in: folder) }
        #expect(try run(["ingest"], in: folder).status == 0)
        for (question, answer) in zip(questions, direct) {
            let stored = try run(question + ["--verbose"], in: folder)
            #expect(stored.stderr.contains("reading the store"), "\(question)")
            #expect(stored.status == answer.status && stored.stdout == answer.stdout, "\(question)")
            #expect(stored.stderr.replacingOccurrences(of: #"stancegraph: reading the store [^\n]*\n"#, with: "", options: .regularExpression) == answer.stderr, "\(question)")
        }
        // The undated statements come last.
        let table = try #require(questions.firstIndex(of: ["statements", "--actor", "Pashinyan", "--format", "table"]))
        #expect(direct[table].stdout.components(separatedBy: "\n\n").filter { !$0.isEmpty }.last?.hasPrefix("undated") == true)
    }

    /// A speaker with more than a thousand statements: the answer built on two cores from the
    /// corpus is the one copied out of the store in a thousand pieces and more.
    @Test func aLargeAnswerIsTheSameBuiltOnTwoCoresAsCopiedOut() throws {
        let folder = try curationCorpus()
        // 1,100 statements over 30 days, each day out of the order they are read in.
        for part in 0..<10 {
            let lines = (0..<110).map { index in
                "Aliyev said on March \((index * 7 + part) % 30 + 1) that road number \(part * 110 + index) would stay open.\n"
            }
            try folder.write("articles/many-\(part).txt", "---\npublished: 2022-04-01\n---\n" + lines.joined(separator: "\n"))
        }
        let questions = [["--format", "jsonl"], ["--format", "table"], ["--format", "jsonl", "--since", "2022-03-10"]]
        let built = try questions.map { try run(["statements", "--actor", "Aliyev"] + $0, in: folder) }
        let csv = try run(["statements", "--actor", "Aliyev", "--format", "csv"], in: folder)
        #expect(try run(["ingest"], in: folder).status == 0)
        for (question, answer) in zip(questions, built) {
            let copied = try run(["statements", "--actor", "Aliyev", "--verbose"] + question, in: folder)
            #expect(copied.stderr.contains("reading the store"))
            #expect(answer.status == 0 && copied.stdout == answer.stdout, "\(question)")
        }
        let ids = try objects(built[0].stdout).compactMap { $0["id"] as? String }
        #expect(ids.count > 1_100)
        // The CSV, built on two cores as well, has the same statements in the same order.
        #expect(csv.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) } == ids)
    }

    @Test func theCurationWorkflowLandsInTheCorrectionsFileAndEveryView() throws {
        let folder = try curationCorpus()
        #expect(try run(["ingest"], in: folder).status == 0)
        let before = try objects(try run(["statements", "--actor", "Pashinyan", "--format", "jsonl"], in: folder).stdout)
        let vienna = try #require(before.first { ($0["text"] as? String)?.contains("Vienna") == true })
        let draft = try #require(before.first { ($0["text"] as? String)?.contains("draft") == true })
        let viennaID = try #require(vienna["id"] as? String)
        let draftID = try #require(draft["id"] as? String)

        let reject = try run(["reject", draftID, "--note", "one statement for both leaders is enough"], in: folder)
        #expect(reject.status == 0, "\(reject.stderr)")
        #expect(reject.stdout.hasPrefix("rejected \(draftID) Nikol Pashinyan"))
        let correct = try run(["correct", String(viennaID.prefix(8)), "--polarity", "-1", "--targets", "Azerbaijan"], in: folder)
        #expect(correct.status == 0, "\(correct.stderr)")
        #expect(correct.stdout.contains("polarity: neutral (0) → hostile (-1)"))
        let confirm = try run(["confirm", viennaID], in: folder)
        #expect(confirm.status == 0)
        let add = try run(["add", "wire-b", "--text", "We will not be the first to fire", "--speaker", "Nikol Pashinyan", "--quote", "--cue", "told reporters"], in: folder)
        #expect(add.status == 0, "\(add.stderr)")

        let file = try String(contentsOfFile: folder.file("corrections.yaml"), encoding: .utf8)
        #expect(file.contains("rejected: true"))
        #expect(file.contains("notes: [\"one statement for both leaders is enough\"]"))
        #expect(file.contains("polarity: -1"))
        #expect(file.contains("added: true"))

        let after = try objects(try run(["statements", "--actor", "Pashinyan", "--format", "jsonl"], in: folder).stdout)
        #expect(!after.contains { $0["id"] as? String == draftID })
        let corrected = try #require(after.first { $0["id"] as? String == viennaID })
        #expect(corrected["polarity"] as? Int == -1)
        let review = try #require(corrected["review"] as? [String: Any])
        #expect(review["status"] as? String == "corrected")
        #expect(review["checked"] as? Bool == true)
        #expect(after.contains { ($0["review"] as? [String: Any])?["status"] as? String == "added" })
        // Aliyev's statement with the same words is not the one rejected.
        let aliyev = try objects(try run(["statements", "--actor", "Aliyev", "--format", "jsonl"], in: folder).stdout)
        #expect(aliyev.contains { ($0["text"] as? String)?.contains("draft") == true })
        // The corpus read directly applies the same corrections.
        let direct = try run(["extract", "--format", "jsonl"], in: folder)
        #expect(!direct.stdout.contains(draftID + "\""))
        #expect(direct.stdout.contains("\"status\":\"added\""))
        let raw = try run(["extract", "--format", "jsonl", "--raw"], in: folder)
        #expect(raw.stdout.contains(draftID))
        // CSV marks checked data too.
        let csv = try run(["statements", "--actor", "Pashinyan", "--format", "csv"], in: folder)
        #expect(csv.stdout.hasPrefix("id,article,"))
        #expect(csv.stdout.contains("corrected: polarity, targets; checked"))

        // The store deleted and rebuilt: nothing lost.
        try FileManager.default.removeItem(atPath: folder.file(".stancegraph"))
        #expect(try run(["ingest"], in: folder).status == 0)
        let rebuilt = try run(["statements", "--actor", "Pashinyan", "--format", "jsonl"], in: folder)
        #expect(try objects(rebuilt.stdout).map { $0["id"] as? String } == after.map { $0["id"] as? String })
    }

    @Test func aCorrectionFollowsItsWordsAndIsOrphanedWhenTheyGo() throws {
        let folder = try curationCorpus()
        let statements = try objects(try run(["statements", "--actor", "Lavrov", "--format", "jsonl"], in: folder).stdout)
        let id = try #require(statements.first?["id"] as? String)
        #expect(try run(["confirm", id], in: folder).status == 0)
        #expect(try run(["ingest"], in: folder).status == 0)
        // The sentence gains a word: the statement's span changes, the correction follows it.
        let original = try String(contentsOfFile: folder.file("articles/wire-b.txt"), encoding: .utf8)
        try folder.write("articles/wire-b.txt", original.replacingOccurrences(of: "to return to the talks", with: "to return quickly to the talks"))
        let changed = try run(["ingest"], in: folder)
        #expect(changed.stdout.hasPrefix("0 new, 1 changed"))
        let followed = try objects(try run(["statements", "--actor", "Lavrov", "--format", "jsonl"], in: folder).stdout)
        #expect((followed.first?["review"] as? [String: Any])?["status"] as? String == "confirmed")
        #expect(try run(["corrections", "--orphaned"], in: folder).stdout.hasPrefix("no orphaned corrections"))
        // The words gone: orphaned, listed, and kept in the file.
        try folder.write("articles/wire-b.txt", original.replacingOccurrences(of: "Russian Foreign Minister Sergei Lavrov urged both sides to return to the talks in Moscow.", with: "Talks were planned in Moscow."))
        let orphaned = try run(["corrections", "--orphaned"], in: folder)
        #expect(orphaned.stdout.contains("ORPHANED: the article no longer has these words"))
        #expect(orphaned.stdout.contains("1 orphaned"))
        #expect(try String(contentsOfFile: folder.file("corrections.yaml"), encoding: .utf8).contains("confirmed: true"))
    }

    @Test func aMalformedCorrectionsFileIsNamedWithItsLineAndNothingIsWritten() throws {
        let folder = try curationCorpus()
        let bad = "corrections:\n  - article: wire-a\n    words: \"the talks\"\n    polarity: strongly\n"
        try folder.write("corrections.yaml", bad)
        let ids = try objects(try run(["extract", "--format", "jsonl", "--raw"], in: folder).stdout).compactMap { $0["id"] as? String }
        for command in [["reject", ids[0]], ["statements", "--actor", "Aliyev"], ["ingest"], ["extract"]] {
            let result = try run(command, in: folder)
            #expect(result.status != 0, "\(command)")
            #expect(result.stderr.contains("corrections.yaml:4: `polarity` should be -1, 0 or 1"), "\(command): \(result.stderr)")
        }
        #expect(try String(contentsOfFile: folder.file("corrections.yaml"), encoding: .utf8) == bad)
        #expect(!FileManager.default.fileExists(atPath: folder.file(".stancegraph/store.sqlite")))
    }

    @Test func badIdsAndArgumentsGetClearErrors() throws {
        let folder = try curationCorpus()
        let unknown = try run(["reject", "abcdef123456"], in: folder)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no statement has the id abcdef123456"))
        let notAnID = try run(["confirm", "hello"], in: folder)
        #expect(notAnID.stderr.contains("is not a statement id"))
        let nothing = try run(["correct", "abcdef123456"], in: folder)
        #expect(nothing.stderr.contains("Say what to correct"))
        let missing = try run(["add", "wire-a", "--text", "words that are nowhere", "--speaker", "Aliyev"], in: folder)
        #expect(missing.stderr.contains("has no sentence with the words"))
        let noArticle = try run(["add", "wire-z", "--text", "the border", "--speaker", "Aliyev"], in: folder)
        #expect(noArticle.stderr.contains("no article wire-z"))
    }

    @Test func aCorruptOrForeignStoreIsNamedWithHowToRebuildIt() throws {
        let folder = try curationCorpus()
        try folder.write(".stancegraph/store.sqlite", "not a database at all, only a few words of text\n")
        for command in [["statements", "--actor", "Aliyev"], ["ingest"], ["graphs", "-o", "g"]] {
            let result = try run(command, in: folder)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains(".stancegraph/store.sqlite: the store is damaged or not a database"), "\(command): \(result.stderr)")
            #expect(result.stderr.contains("Delete it and run `stancegraph ingest`"))
        }
    }

    @Test func mergingAnUnknownSpeakerWritesTheRegistry() throws {
        let folder = try curationCorpus()
        // A spelling the registry lacks.
        try folder.write("articles/wire-d.txt", "---\npublished: 2022-03-06\n---\nPresident Ilkham Aliyeff said the convoy had crossed the border.\n")
        #expect(try run(["actors", "--unknown"], in: folder).stdout.contains("Ilkham Aliyeff"))
        let merge = try CommandRunner.run(["actors", "merge", "Ilkham Aliyeff", "--into", "ilham-aliyev", "--registry", "actors.yaml"], in: folder.path)
        #expect(merge.status == 0, "\(merge.stderr)")
        let registry = try String(contentsOfFile: folder.file("actors.yaml"), encoding: .utf8)
        #expect(registry.contains(", \"Ilkham Aliyeff\"]"))
        #expect(!(try run(["actors", "--unknown"], in: folder).stdout.contains("Ilkham Aliyeff")))
        let convoy = try objects(try run(["statements", "--actor", "Aliyev", "--format", "jsonl"], in: folder).stdout)
        #expect(convoy.contains { ($0["text"] as? String)?.contains("convoy") == true })
        // A name the registry already gives another actor is refused, and nothing is written.
        let taken = try CommandRunner.run(["actors", "merge", "Pashinyan", "--into", "ilham-aliyev", "--registry", "actors.yaml"], in: folder.path)
        #expect(taken.status == 1)
        #expect(taken.stderr.contains("already means Nikol Pashinyan"))
        #expect(try String(contentsOfFile: folder.file("actors.yaml"), encoding: .utf8) == registry)
    }
}


/// The progress line, on a real terminal: `script` gives the command one.
@Suite struct IngestProgressTests {
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func aTerminalSeesArticlesDoneTheRateAndTimeLeft() throws {
        let folder = try curationCorpus()
        let command = "'\(CommandRunner.binary.path)' ingest . --registry actors.yaml"
        let result = try CommandRunner.run(["-qfec", command, "/dev/null"], in: folder.path, executable: "/usr/bin/script")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("ingest: 2/2 articles, "))
        #expect(result.stdout.contains(" a second, 0 s left"))
        // The line is wiped before the summary.
        #expect(result.stdout.contains("\r\u{1B}[K2 new, 0 changed"))
    }
}
