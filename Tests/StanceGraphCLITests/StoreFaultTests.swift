import Foundation
import Testing

/// A synthetic corpus of `count` articles (scripts/synthetic-corpus) with the project's registry.
func syntheticCorpus(_ count: Int) throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    try folder.write("actors.yaml", try String(contentsOfFile: repositoryRoot + "/Corpus/actors.yaml", encoding: .utf8))
    let script = Process()
    script.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    script.arguments = ["python3", repositoryRoot + "/scripts/synthetic-corpus", String(count), folder.file("articles"), "--seed", "7"]
    script.standardError = FileHandle.nullDevice
    try script.run()
    script.waitUntilExit()
    #expect(script.terminationStatus == 0)
    return folder
}

/// Starts `stancegraph ingest` on the folder's articles without waiting for it.
func startIngest(_ folder: TemporaryFolder) throws -> (Process, Pipe) {
    let process = Process()
    process.executableURL = CommandRunner.binary
    process.arguments = ["ingest", "articles", "--registry", "actors.yaml"]
    process.currentDirectoryURL = URL(fileURLWithPath: folder.path)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    return (process, output)
}

/// Every statement as the store gives it, or as the corpus does with `--store` elsewhere.
func everything(_ folder: TemporaryFolder, store: String? = nil) throws -> String {
    var arguments = ["export", "-o", "-", "--format", "graphml", "--corpus", "articles", "--registry", "actors.yaml"]
    if let store { arguments += ["--store", store] }
    let result = try CommandRunner.run(arguments, in: folder.path)
    #expect(result.status == 0, "\(result.stderr)")
    return result.stdout
}

@Suite(.serialized) struct StoreFaultTests {
    @Test func ingestKilledAtAnyMomentLeavesAStoreTheNextIngestFinishes() throws {
        let folder = try syntheticCorpus(240)
        // A correction written before, which no kill may touch.
        try folder.write("articles/corrections.yaml", "corrections:\n  - article: syn-00003\n    words: \"the talks would resume\"\n    rejected: true\n")
        let corrections = try String(contentsOfFile: folder.file("articles/corrections.yaml"), encoding: .utf8)
        var generator = SystemRandomNumberGenerator()
        for round in 0..<4 {
            let (process, _) = try startIngest(folder)
            usleep(UInt32.random(in: 50_000...(300_000 + 250_000 * UInt32(round)), using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try String(contentsOfFile: folder.file("articles/corrections.yaml"), encoding: .utf8) == corrections)
        }
        let finish = try CommandRunner.run(["ingest", "articles", "--registry", "actors.yaml"], in: folder.path)
        #expect(finish.status == 0, "\(finish.stderr)")
        let integrity = try CommandRunner.run(["statements", "--actor", "Lavrov", "--corpus", "articles", "--registry", "actors.yaml", "--verbose"], in: folder.path)
        #expect(integrity.stderr.contains("reading the store"))
        // What the store answers is what a reading of the corpus answers.
        #expect(try everything(folder) == everything(folder, store: folder.file("elsewhere/none.sqlite")))
    }

    @Test func twoIngestsAtOnceNeitherCorruptsTheStore() throws {
        let folder = try syntheticCorpus(120)
        let (first, firstOutput) = try startIngest(folder)
        usleep(20_000)
        let (second, secondOutput) = try startIngest(folder)
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0)
        #expect(second.terminationStatus == 0)
        let said = String(decoding: firstOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            + String(decoding: secondOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        // One did the work; the other waited for it, said so, and found nothing left to do.
        #expect(said.contains("120 new"))
        #expect(said.contains("0 new, 0 changed, 0 removed, 120 unchanged"))
        #expect(said.contains("another ingest is writing"))
        #expect(try everything(folder) == everything(folder, store: folder.file("elsewhere/none.sqlite")))
    }
}
