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
