import Foundation
import Testing

/// The user's lexicon files beside the registry extend the built-in ones.
@Suite struct LexiconCommandTests {
    /// A registry folder copied from the project's, with a `lexicons/` folder beside it.
    static func registryWithLexicon(_ files: [String: String]) throws -> (TemporaryFolder, String) {
        let folder = try TemporaryFolder()
        let registry = try folder.write("actors.yaml", String(contentsOfFile: repositoryRoot + "/Corpus/actors.yaml", encoding: .utf8))
        try FileManager.default.createDirectory(atPath: folder.file("lexicons"), withIntermediateDirectories: true)
        for (name, text) in files { _ = try folder.write("lexicons/" + name, text) }
        return (folder, registry)
    }

    @Test func aCueVerbAddedByTheUserIsACue() throws {
        let (folder, registry) = try Self.registryWithLexicon(["cues.tsv": "# our crisis's verbs\ngrumble\thostile\treporting\n"])
        let article = try folder.write("a.txt", "---\npublished: 2022-05-10\n---\nMayor Tomas Ruiz grumbled that the budget was late.\n")
        let result = try CommandRunner.run(["extract", article, "--registry", registry, "--format", "jsonl"], in: repositoryRoot)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"cue\":\"grumbled\""))
        #expect(result.stdout.contains("\"polarity\":-1"))
        // Without the lexicon folder, the verb is no cue.
        let plain = try CommandRunner.run(["extract", article, "--format", "jsonl"], in: repositoryRoot)
        #expect(!plain.stdout.contains("grumbled\""))
    }

    /// An entry added to a grammatical list works where the rules read that list: here a
    /// negation, which turns support around.
    @Test func aGrammarEntryAddedByTheUserIsRead() throws {
        let text = "---\npublished: 2022-05-10\n---\nMayor Tomas Ruiz said the council would hardly support the new bridge.\n"
        let (folder, registry) = try Self.registryWithLexicon(["grammar.txt": "# our writers' negations\n[negations]\nhardly\n"])
        let article = try folder.write("a.txt", text)
        let result = try CommandRunner.run(["extract", article, "--registry", registry, "--format", "jsonl"], in: repositoryRoot)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"polarity\":-1"))
        let plain = try CommandRunner.run(["extract", article, "--format", "jsonl"], in: repositoryRoot)
        #expect(plain.stdout.contains("\"polarity\":1"))
        // A list that does not exist is named, with the one meant.
        let (other, otherRegistry) = try Self.registryWithLexicon(["grammar.txt": "[negation]\nhardly\n"])
        let refused = try CommandRunner.run(["extract", try other.write("a.txt", text), "--registry", otherRegistry], in: repositoryRoot)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("lexicons/grammar.txt:1: there is no list \"negation\"; did you mean [negations]?"))
    }

    /// A first name the census lists lack, added by the user, tells whom "he" cannot mean.
    @Test func aFirstNameAddedByTheUserTellsTheSex() throws {
        let text = """
            ---
            published: 2022-05-10
            ---
            Mayor Ngozi Adeyemi met Governor Arvo Ruiz in the port. Adeyemi praised the new bridge. He said the tolls would fall.

            """
        func speakers(_ output: String) throws -> [String] {
            try output.split(separator: "\n").map {
                let line = try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
                return (line?["speaker"] as? [String: Any])?["name"] as? String ?? ""
            }
        }
        let (folder, registry) = try Self.registryWithLexicon(["first-names.tsv": "# names of our region\nngozi\tfemale\n"])
        let article = try folder.write("a.txt", text)
        let result = try CommandRunner.run(["extract", article, "--registry", registry, "--format", "jsonl"], in: repositoryRoot)
        #expect(result.status == 0)
        #expect(try speakers(result.stdout) == ["Ngozi Adeyemi", "Arvo Ruiz"])
        // Without it, "he" is the last sentence's subject, whose sex nothing tells.
        let plain = try CommandRunner.run(["extract", article, "--format", "jsonl"], in: repositoryRoot)
        #expect(try speakers(plain.stdout) == ["Ngozi Adeyemi", "Ngozi Adeyemi"])
        let (other, otherRegistry) = try Self.registryWithLexicon(["first-names.tsv": "ngozi\twoman\n"])
        let refused = try CommandRunner.run(["extract", try other.write("a.txt", text), "--registry", otherRegistry], in: repositoryRoot)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("lexicons/first-names.tsv:1: expected a word, a tab and its class: male, female"))
    }

    @Test func aBadLineIsReportedWithFileAndLine() throws {
        let (folder, registry) = try Self.registryWithLexicon(["stance.tsv": "ceasefire\t1\nskirmish\tvery bad\n"])
        let result = try CommandRunner.run(["extract", folder.path, "--registry", registry], in: repositoryRoot)
        #expect(result.status == 1)
        #expect(result.stderr == """
            stancegraph: error: \(folder.file("lexicons/stance.tsv")):2: expected a word, a tab and a whole weight from -2 to 2, not 0
            Fix the line named, or move the file out of \(folder.file("lexicons")).

            """)
    }

    @Test func anUnknownFileIsRefused() throws {
        let (folder, registry) = try Self.registryWithLexicon(["verbs.txt": "grumble\n"])
        let result = try CommandRunner.run(["actors", "--registry", registry], in: repositoryRoot)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("stancegraph: error: \(folder.file("lexicons/verbs.txt")): not a lexicon file; a lexicons folder holds cues.tsv,"))
    }
}
