import Foundation
import Testing
import StanceGraph

/// The repository's root, where `Corpus/` is.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

@Suite struct CorpusCommandTests {
    @Test func actorsListsTheRegistryWithStatementAndMentionCounts() throws {
        let result = try CommandRunner.run(["actors"], in: repositoryRoot)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("statements  mentions  articles  id ") == true)
        #expect(lines.contains { $0.contains(" nikol-pashinyan ") && $0.contains("Nikol Pashinyan") })
        #expect(lines.contains { $0.contains(" csto ") })
    }

    @Test func actorsUnknownListsWhatTheRegistryLacksMostFrequentFirst() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "Spokesman Elnur Karimli said the talks would resume. Karimli added that Aliyev agreed.")
        try folder.write("b.txt", "Opposition leader Tigran Abrahamyan said the vote was rigged.")
        let result = try CommandRunner.run(["actors", "--unknown", folder.path], in: repositoryRoot)
        #expect(result.status == 0)
        #expect(result.stdout == """
            statements  mentions  articles  name               kind    country  first mention
            2           2         1         Elnur Karimli      person           a:1 "Spokesman Elnur Karimli"
            1           1         1         Tigran Abrahamyan  person           b:1 "Opposition leader Tigran Abrahamyan"

            """)
        let yaml = try CommandRunner.run(["actors", "--unknown", "--yaml", folder.file("b.txt")], in: repositoryRoot)
        #expect(yaml.stdout == """
            ---
            actors:
              # 1 statement, 1 mention, first at b:1: "Opposition leader Tigran Abrahamyan"
              - id: tigran-abrahamyan
                name: "Tigran Abrahamyan"
                kind: person

            """)
    }

    @Test func actorsUnknownWorksOnTheEvaluationSeeds() throws {
        let seeds = repositoryRoot + "/../shared/eval/articles/seeds"
        try #require(FileManager.default.fileExists(atPath: seeds), "the evaluation seeds are expected beside the repository, in ../shared")
        let result = try CommandRunner.run(["actors", "--unknown", seeds], in: repositoryRoot)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Alina Nikoghosyan"))
        #expect(result.stdout.contains("India Ministry of External Affairs"))
    }

    @Test func aBadFileIsReportedAndTheRestStillRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", "Spokesman Hikmet Hajiyev said the talks would resume.")
        try Data([0x66, 0xFF]).write(to: URL(fileURLWithPath: folder.file("bad.txt")))
        let result = try CommandRunner.run(["articles", folder.path], in: repositoryRoot)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("good  (no outlet)  published unknown"))
        #expect(result.stderr == "stancegraph: error: \(folder.file("bad.txt")):1: invalid UTF-8 at byte 1. Save the file as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`).\n"
                + "stancegraph: 1 path could not be read; 1 article was read.\n")
    }

    @Test func aRegistryErrorNamesTheFileAndLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("actors.yaml", "actors:\n  - id: x\n    name: X\n    kind: wizard\n")
        let result = try CommandRunner.run(["actors", "--registry", folder.file("actors.yaml")], in: repositoryRoot)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("stancegraph: error: \(folder.file("actors.yaml")):4: unknown kind \"wizard\"; use one of: person, state,"))
    }

    @Test func publishedOverridesTheDateOfOneFile() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "---\npublished: 2020-01-01\n---\nThe ministry said talks resumed.")
        let result = try CommandRunner.run(["articles", file, "--published", "2021-02-03"], in: repositoryRoot)
        #expect(result.stdout.hasPrefix("a  (no outlet)  published 2021-02-03 (--published)"))
        let bad = try CommandRunner.run(["articles", file, "--published", "2021-02-30"], in: repositoryRoot)
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--published 2021-02-30 is not a real day; write YYYY-MM-DD, e.g. 2020-11-14."))
    }
}

@Suite struct ExtractCommandTests {
    @Test func jsonLinesFollowTheContract() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("wire.txt", """
            ---
            outlet: "Example Wire"
            published: 2021-11-16
            ---
            Azerbaijan's Defence Ministry said on Monday that two soldiers were wounded, accusing Armenia of shelling.
            """)
        let result = try CommandRunner.run(["extract", file, "--format", "jsonl"], in: repositoryRoot)
        #expect(result.status == 0)
        let line = try #require(result.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["article"] as? String == "wire")
        #expect((object["speaker"] as? [String: Any])?["name"] as? String == "Azerbaijan Ministry of Defense")
        #expect(object["date"] as? String == "2021-11-15")
        #expect(object["polarity"] as? Int == -1)
        #expect(object["quote"] as? Bool == false)
        #expect((object["figures"] as? [[String: Any]])?.first?["value"] as? Int == 2)
        #expect(object["rule"] as? String == "reported-speech")
        for key in ["text", "cue", "targets", "topics", "sentence", "start", "end"] { #expect(object[key] != nil, "has \(key)") }
    }

    @Test func csvAndTableAndAnOverriddenDay() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", "Pashinyan said on Monday that the talks had failed.")
        let csv = try CommandRunner.run(["extract", file, "--format", "csv", "--published", "2021-11-16"], in: repositoryRoot)
        #expect(csv.stdout == """
            id,article,date,speaker_id,speaker,cue,quote,text,targets,topics,polarity,figures,start,end,rule,review
            \(StatementID.make(article: "a", text: "the talks had failed")),a,2021-11-15,nikol-pashinyan,Nikol Pashinyan,said,false,the talks had failed,,peace-talks,0,,0,51,reported-speech,

            """)
        let table = try CommandRunner.run(["extract", file], in: repositoryRoot)
        let id = StatementID.make(article: "a", text: "the talks had failed")
        #expect(table.stdout.hasPrefix("id            date  speaker          cue   statement             +/-  targets\n\(id)  ?     Nikol Pashinyan  said  the talks had failed  0"))
    }
}
