import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// A small corpus of our own: two wires, each with one statement.
private func wires(_ folder: TemporaryFolder, under prefix: String = "c") throws {
    try folder.write("actors.yaml", try String(contentsOfFile: repositoryRoot + "/Corpus/actors.yaml", encoding: .utf8))
    try folder.write("\(prefix)/wire-a.txt", "---\npublished: 2022-03-02\n---\nPresident Ilham Aliyev said the new checkpoint would stay open for trade.\n")
    try folder.write("\(prefix)/wire-b.txt", "---\npublished: 2022-03-04\n---\nPrime Minister Nikol Pashinyan said the talks in Vienna had failed.\n")
}

/// Runs `stancegraph` with its standard output sent to `target` (a file such as /dev/full).
private func run(_ arguments: [String], output target: String, in folder: TemporaryFolder) throws -> CommandRunner.Result {
    try CommandRunner.run(["-c", "exec \"$0\" \"$@\" > \(target)", CommandRunner.binary.path] + arguments, in: folder.path, executable: "/bin/sh")
}

@Suite struct ReliabilityTests {
    /// A link back up the tree, and one to the corpus itself: each article is read once, the
    /// walk ends, and the user is told what was skipped.
    @Test func linkLoopsAreReadOnceAndSaidSo() throws {
        let folder = try TemporaryFolder()
        try wires(folder)
        try FileManager.default.createDirectory(atPath: folder.file("c/sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.file("c/sub/up"), withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder.file("c/sub/self"), withDestinationPath: folder.file("c"))
        let articles = try CommandRunner.run(["articles", "c"], in: folder.path)
        #expect(articles.status == 0, "\(articles.stderr)")
        #expect(articles.stdout.split(separator: "\n").count == 2)
        #expect(articles.stderr.contains("c/sub/up: a link to the folder c, already read; skipped"))
        let extract = try CommandRunner.run(["extract", "c", "--registry", "actors.yaml", "--format", "jsonl"], in: folder.path)
        #expect(extract.stdout.split(separator: "\n").count == 2)
        // The store's walk is the same walk.
        let ingest = try CommandRunner.run(["ingest", "c", "--registry", "actors.yaml"], in: folder.path)
        #expect(ingest.stdout.hasPrefix("2 new, 0 changed"), "\(ingest.stderr)")
        #expect(ingest.stderr.contains("already read; skipped"))
    }

    /// Two files of one name in two folders are two articles, each with its own id.
    @Test func articlesOfOneNameInTwoFoldersKeepApart() throws {
        let folder = try TemporaryFolder()
        try folder.write("actors.yaml", try String(contentsOfFile: repositoryRoot + "/Corpus/actors.yaml", encoding: .utf8))
        try folder.write("c/north-wire/report.txt", "---\noutlet: North Wire\npublished: 2022-03-02\n---\nPresident Ilham Aliyev said the new checkpoint would stay open for trade.\n")
        try folder.write("c/south-wire/report.txt", "---\noutlet: South Wire\npublished: 2022-03-03\n---\nPresident Ilham Aliyev said the convoy would leave at dawn.\n")
        try folder.write("c/south-wire/other.txt", "---\npublished: 2022-03-03\n---\nPresident Ilham Aliyev said the road was open.\n")
        let extract = try CommandRunner.run(["extract", "c", "--registry", "actors.yaml", "--format", "jsonl"], in: folder.path)
        let read = try objects(extract.stdout).map { $0["article"] as? String ?? "" }
        #expect(read == ["north-wire/report", "other", "south-wire/report"])
        // Read from the store, the ids are the same; the outlets stay with their articles.
        #expect(try CommandRunner.run(["ingest", "c", "--registry", "actors.yaml"], in: folder.path).status == 0)
        let stored = try CommandRunner.run(["statements", "--actor", "Aliyev", "--corpus", "c", "--registry", "actors.yaml", "--verbose"], in: folder.path)
        #expect(stored.stderr.contains("reading the store"))
        #expect(stored.stdout.contains("North Wire, north-wire/report"))
        #expect(stored.stdout.contains("South Wire, south-wire/report"))
        // A third file of the name changes no id already unique, and the store follows.
        try folder.write("c/report.txt", "---\npublished: 2022-03-05\n---\nPresident Ilham Aliyev said the border was calm.\n")
        #expect(try CommandRunner.run(["ingest", "c", "--registry", "actors.yaml"], in: folder.path).status == 0)
        let again = try CommandRunner.run(["statements", "--actor", "Aliyev", "--corpus", "c", "--registry", "actors.yaml", "--format", "jsonl"], in: folder.path)
        #expect(Set(try objects(again.stdout).map { $0["article"] as? String ?? "" }) == ["c/report", "north-wire/report", "south-wire/report", "other"])
    }

    @Test func anEmptyCorpusIsAnErrorThatSaysWhatACorpusIs() throws {
        let folder = try TemporaryFolder()
        try wires(folder)
        try FileManager.default.createDirectory(atPath: folder.file("empty"), withIntermediateDirectories: true)
        for command in [["articles", "empty"], ["extract", "empty", "--registry", "actors.yaml"], ["ingest", "empty", "--registry", "actors.yaml"],
                        ["statements", "--actor", "Aliyev", "--corpus", "empty", "--registry", "actors.yaml"]] {
            let result = try CommandRunner.run(command, in: folder.path)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr.contains("no articles in empty. A corpus is a folder of articles"), "\(command): \(result.stderr)")
        }
        // No store is made for nothing.
        #expect(!FileManager.default.fileExists(atPath: folder.file("empty/.stancegraph")))
    }

    /// A name that is not UTF-8 cannot be opened by its name: it is an error, not a silence.
    @Test func aFileNameThatIsNotUTF8IsNamed() throws {
        let folder = try TemporaryFolder()
        try wires(folder)
        var bytes = Array(folder.file("c/bad-").utf8) + [0xE9] + Array("name.txt".utf8) + [0]
        let fd = bytes.withUnsafeMutableBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        #expect(fd >= 0)
        close(fd)
        let result = try CommandRunner.run(["articles", "c"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("c/bad-\u{FFFD}name.txt: the file name is not UTF-8"))
        #expect(result.stderr.contains("1 path could not be read; 2 articles were read."))
    }

    /// A folder the user cannot read, even named directly, is an error naming it. Root reads
    /// every folder, so the command runs as `nobody`.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anUnreadableFolderIsAnError() throws {
        let folder = try TemporaryFolder()
        try wires(folder)
        try folder.write("c/closed/wire-c.txt", "---\npublished: 2022-03-05\n---\nPashinyan said the border was calm.\n")
        for path in [folder.path, folder.file("c")] { chmod(path, 0o755) }
        for path in ["c/wire-a.txt", "c/wire-b.txt", "actors.yaml"] { chmod(folder.file(path), 0o644) }
        chmod(folder.file("c/closed"), 0)
        defer { chmod(folder.file("c/closed"), 0o755) }
        let nobody = ["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.binary.path]
        for paths in [["c"], ["c/closed"]] {
            let result = try CommandRunner.run(nobody + ["articles"] + paths, in: folder.path, executable: "/usr/bin/setpriv")
            #expect(result.status == 1, "\(paths)")
            #expect(result.stderr.contains("c/closed: cannot read the folder: Permission denied. Its articles were left out"), "\(result.stderr)")
        }
    }

    /// A registry the user cannot read says why in one sentence, not two run together.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func anUnreadableRegistrySaysWhyOnce() throws {
        let folder = try TemporaryFolder()
        try wires(folder)
        for path in [folder.path, folder.file("c")] { chmod(path, 0o755) }
        for path in ["c/wire-a.txt", "c/wire-b.txt"] { chmod(folder.file(path), 0o644) }
        chmod(folder.file("actors.yaml"), 0)
        let result = try CommandRunner.run(["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.binary.path, "extract", "c", "--registry", "actors.yaml"],
                                           in: folder.path, executable: "/usr/bin/setpriv")
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("stancegraph: error: actors.yaml: cannot read the registry: Permission denied.\n"), "\(result.stderr)")
    }

    /// Output that cannot be written is an error, whichever command writes it.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func writeErrorsFailLoudly() throws {
        let folder = try TemporaryFolder()
        try wires(folder)
        try folder.write("map.dot", "digraph { a -> b }\n")
        try folder.write("c/wire-c.txt", "---\npublished: 2022-03-05\n---\nThe Armenian defence ministry said 12 soldiers were killed in the shelling.\n")
        let corpus = ["--corpus", "c", "--registry", "actors.yaml"]
        for command in [["extract", "c", "--registry", "actors.yaml", "--format", "jsonl"], ["articles", "c"], ["actors", "--registry", "actors.yaml", "c"],
                        ["statements", "--actor", "Aliyev"] + corpus, ["figures"] + corpus, ["export", "-o", "-", "--format", "graphml"] + corpus,
                        ["render", "map.dot", "-o", "-", "-T", "svg"]] {
            let result = try run(command, output: "/dev/full", in: folder)
            #expect(result.status == 1, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("cannot write the output: No space left on device"), "\(command): \(result.stderr)")
        }
        // The same commands succeed where there is room.
        #expect(try run(["articles", "c"], output: "/dev/null", in: folder).status == 0)
        // Answers copied out of the store fail alike.
        #expect(try CommandRunner.run(["ingest", "c", "--registry", "actors.yaml"], in: folder.path).status == 0)
        for format in ["jsonl", "table"] {
            let result = try run(["statements", "--actor", "Aliyev", "--format", format] + corpus, output: "/dev/full", in: folder)
            #expect(result.status == 1, "\(format): \(result.stderr)")
            #expect(result.stderr.contains("cannot write the output: No space left on device"), "\(format): \(result.stderr)")
        }
    }
}

/// Control characters in articles: a form feed, a vertical tab, an escape starting a colour,
/// U+0001 and U+0002.
@Suite struct ControlCharacterTests {
    static func corpus() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("actors.yaml", try String(contentsOfFile: repositoryRoot + "/Corpus/actors.yaml", encoding: .utf8))
        try folder.write("c/wire.txt", "---\npublished: 2022-03-02\n---\nPresident Ilham Aliyev said the new \u{0C} checkpoint \u{01} would \u{1B}[31m stay open \u{0B} for Armenia.\n\n"
                         + "Prime Minister Nikol Pashinyan said Azerbaijan \u{02} had failed the talks \u{7F} in Vienna.\n")
        try folder.write("map.dot", "digraph { a [label=\"form\u{0C}feed \u{01} and \u{1B}[31m escape\"]; a -> b [tooltip=\"tab\there\"] }\n")
        return folder
    }

    /// Whether `path` holds well-formed XML, and the parser's complaint when it does not.
    static func wellFormed(_ path: String) throws -> String? {
        let parser = XMLParser(data: try Data(contentsOf: URL(fileURLWithPath: path)))
        return parser.parse() ? nil : "\(path): \(parser.parserError.map { "\($0)" } ?? "not well-formed")"
    }

    @Test func everyXMLWriterWritesWellFormedXML() throws {
        let folder = try Self.corpus()
        let corpus = ["--corpus", "c", "--registry", "actors.yaml"]
        #expect(try CommandRunner.run(["graphs", "-o", "g"] + corpus, in: folder.path).status == 0)
        #expect(try CommandRunner.run(["export", "-o", "g/graph.graphml"] + corpus, in: folder.path).status == 0)
        #expect(try CommandRunner.run(["export", "-o", "g/graph.gexf"] + corpus, in: folder.path).status == 0)
        #expect(try CommandRunner.run(["render", "map.dot", "-o", "g/dot.svg"], in: folder.path).status == 0)
        let written = try FileManager.default.subpathsOfDirectory(atPath: folder.file("g")).filter { file in [".svg", ".graphml", ".gexf"].contains { file.hasSuffix($0) } }
        #expect(written.count >= 6)
        for file in written { #expect(try Self.wellFormed(folder.file("g/" + file)) == nil) }
    }

    @Test func noControlCharacterReachesTheTerminalOrTheData() throws {
        let folder = try Self.corpus()
        let corpus = ["--corpus", "c", "--registry", "actors.yaml"]
        let table = try CommandRunner.run(["statements", "--actor", "Aliyev"] + corpus, in: folder.path)
        let extract = try CommandRunner.run(["extract", "c", "--registry", "actors.yaml"], in: folder.path)
        let jsonl = try CommandRunner.run(["extract", "c", "--registry", "actors.yaml", "--format", "jsonl"], in: folder.path)
        for output in [table.stdout, extract.stdout, jsonl.stdout] {
            #expect(!output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || $0.value == 0x7F })
        }
        #expect(table.stdout.contains("stay open"))
        // One scalar for one: the statement's offsets still point at its sentence in the file.
        let file = Array(try String(contentsOfFile: folder.file("c/wire.txt"), encoding: .utf8).unicodeScalars)
        for statement in try objects(jsonl.stdout) {
            let start = statement["start"] as! Int, end = statement["end"] as! Int
            let sentence = String(String.UnicodeScalarView(file[start..<end]))
            #expect(sentence.hasPrefix("President") || sentence.hasPrefix("Prime"))
        }
    }
}

/// Unknown speakers printed as registry entries, appended to the registry, become known.
@Suite struct RegistryRoundTripTests {
    @Test func appendedEntriesMakeTheUnknownKnown() throws {
        let folder = try TemporaryFolder()
        try folder.write("actors.yaml", try String(contentsOfFile: repositoryRoot + "/Corpus/actors.yaml", encoding: .utf8))
        try folder.write("c/wire.txt", """
            ---
            published: 2022-03-02
            ---
            Opposition leader Tigran Abrahamyan said the vote had been rigged.

            The Kazakh foreign ministry said it was ready to host the talks.

            "We will not wait," Abrahamyan told reporters: "Nobody: not the mediators, not the \\ courts."
            """)
        let first = try CommandRunner.run(["actors", "--unknown", "--yaml", "--registry", "actors.yaml", "c"], in: folder.path)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("---\nactors:\n"))
        #expect(first.stdout.contains("- id: tigran-abrahamyan"))
        // Appended as `>>` would: the registry still loads, and nobody is unknown any more.
        let registry = try String(contentsOfFile: folder.file("actors.yaml"), encoding: .utf8)
        try folder.write("actors.yaml", registry + first.stdout)
        let again = try CommandRunner.run(["actors", "--unknown", "--registry", "actors.yaml", "c"], in: folder.path)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.split(separator: "\n").count == 1, "\(again.stdout)")
        let statements = try CommandRunner.run(["statements", "--actor", "tigran-abrahamyan", "--corpus", "c", "--registry", "actors.yaml", "--format", "jsonl"], in: folder.path)
        #expect(try objects(statements.stdout).allSatisfy { ($0["speaker"] as? [String: Any])?["known"] as? Bool == true })
    }
}

/// The default registry is looked for beside the corpus too, so a project works from anywhere.
@Suite struct DefaultRegistryTests {
    @Test func theRegistryBesideTheCorpusIsFoundAndTheMissingOneIsSearchedAloud() throws {
        let folder = try TemporaryFolder()
        try wires(folder, under: "project/articles")
        try FileManager.default.moveItem(atPath: folder.file("actors.yaml"), toPath: folder.file("project/actors.yaml"))
        let found = try CommandRunner.run(["extract", "project/articles", "--format", "jsonl"], in: folder.path)
        #expect(found.status == 0, "\(found.stderr)")
        #expect(try objects(found.stdout).contains { ($0["speaker"] as? [String: Any])?["id"] as? String == "ilham-aliyev" })
        let questions = try CommandRunner.run(["statements", "--actor", "Aliyev", "--corpus", "project/articles"], in: folder.path)
        #expect(questions.status == 0, "\(questions.stderr)")
        try FileManager.default.moveItem(atPath: folder.file("project/actors.yaml"), toPath: folder.file("project/elsewhere.yaml"))
        let missing = try CommandRunner.run(["extract", "project/articles"], in: folder.path)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("Looked in: Corpus/actors.yaml, project/articles/actors.yaml, project/articles/../actors.yaml. Give the registry with --registry FILE."))
    }
}

/// What the help says is what the options do.
@Suite struct OptionTests {
    @Test func optionsThatDoNotApplyAreRefusedWithWhy() throws {
        let cases: [([String], String)] = [
            (["render", "--view", "timeline", "--since", "2020-10-01"], "--since applies to the map (--view map) only"),
            (["render", "--view", "actor", "--actor", "Aliyev", "--min-statements", "2"], "--min-statements applies to the map"),
            (["render", "x.dot", "--until", "2020-10-01"], "--until applies to the map (--view map) only, not to DOT files"),
            (["actors", "--yaml"], "--yaml prints the unknown actors as registry entries: use it with --unknown"),
            (["export", "-o", "-"], "-o - writes to standard output: say in which format, with --format"),
        ]
        for (arguments, message) in cases {
            let result = try CommandRunner.run(arguments, in: repositoryRoot)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
    }

    /// British and American spellings of an office name the same actor.
    @Test(arguments: ["Armenian defence ministry", "Armenian defense ministry", "Armenian ministry of defence", "Armenian ministry of defense"])
    func spellingsOfAnOfficeMeanOneActor(typed: String) throws {
        let result = try CommandRunner.run(["statements", "--actor", typed, "--format", "jsonl"], in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try objects(result.stdout).allSatisfy { ($0["speaker"] as? [String: Any])?["id"] as? String == "armenia-ministry-of-defense" })
    }

    @Test func renderWithoutFilesDrawsTheMapAsItsHelpSays() throws {
        let folder = try TemporaryFolder()
        let result = try CommandRunner.run(["render", "-o", folder.file("map.svg")], in: repositoryRoot)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try String(contentsOfFile: folder.file("map.svg"), encoding: .utf8).contains("Ilham Aliyev"))
    }

    @Test func versionAndHelpSayThingsOnce() throws {
        let version = try CommandRunner.run(["--version"], in: repositoryRoot)
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("stancegraph "))
        for command in ["statements", "graphs", "render", "extract", "ingest", "actors"] {
            let help = try CommandRunner.run([command, "--help"], in: repositoryRoot)
            let flattened = help.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(!flattened.contains(") (default:"), "\(command) --help")
        }
    }

    /// Outputs go where they are named: missing folders are made, and a link is written
    /// through, the file it points to replaced and the link kept.
    @Test func outputsMakeTheirFoldersAndWriteThroughLinks() throws {
        let folder = try TemporaryFolder()
        try folder.write("map.dot", "digraph { a -> b }\n")
        let deep = try CommandRunner.run(["render", "map.dot", "--output-dir", "out/svg/today", "-T", "svg"], in: folder.path)
        #expect(deep.status == 0, "\(deep.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.file("out/svg/today/map.svg")))
        let gallery = try CommandRunner.run(["graphs", "-o", folder.file("g/a/b")], in: repositoryRoot)
        #expect(gallery.status == 0, "\(gallery.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.file("g/a/b/map.svg")))
        try folder.write("shared/target.svg", "old")
        try FileManager.default.createSymbolicLink(atPath: folder.file("link.svg"), withDestinationPath: folder.file("shared/target.svg"))
        #expect(try CommandRunner.run(["render", "map.dot", "-o", "link.svg"], in: folder.path).status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.file("link.svg")) == folder.file("shared/target.svg"))
        #expect(try String(contentsOfFile: folder.file("shared/target.svg"), encoding: .utf8).hasPrefix("<?xml"))
    }

    /// A folder the user may not write to is named with the system's reason.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aReadOnlyFolderIsNamedWithTheReason() throws {
        let folder = try TemporaryFolder()
        try folder.write("map.dot", "digraph { a -> b }\n")
        try FileManager.default.createDirectory(atPath: folder.file("locked"), withIntermediateDirectories: true)
        chmod(folder.path, 0o755)
        chmod(folder.file("map.dot"), 0o644)
        chmod(folder.file("locked"), 0o555)
        let result = try CommandRunner.run(["--reuid=65534", "--regid=65534", "--clear-groups", CommandRunner.binary.path, "render", "map.dot", "-o", "locked/map.svg"],
                                           in: folder.path, executable: "/usr/bin/setpriv")
        #expect(result.status == 1)
        #expect(result.stderr.contains("cannot write locked/map.svg: Permission denied"), "\(result.stderr)")
    }
}

/// DOT from outside is laid out in a child process: a crash or a hang is a message, files
/// are read only when allowed, and no format opens a window.
@Suite struct GraphvizIsolationTests {
    @Test func aGraphvizCrashIsAMessageAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        // Valid DOT on which Graphviz 2.43's dot layout dereferences a bad pointer.
        try folder.write("crash.dot", "digraph { newrank=true; subgraph cluster_a { x } subgraph cluster_b { x } }\n")
        let result = try CommandRunner.run(["render", "crash.dot", "-o", "crash.svg"], in: folder.path)
        // Under AddressSanitizer (`make sanitize`) the child exits instead of dying on the signal.
        let crashes = result.stderr.contains("Graphviz crashed (segmentation fault)") || result.stderr.contains("Graphviz stopped laying out")
        // A Graphviz without the bug renders it: then there is nothing to see here.
        #expect(crashes || result.status == 0, "\(result.stderr)")
        if crashes {
            #expect(result.status == 1)
            #expect(!FileManager.default.fileExists(atPath: folder.file("crash.svg")))
            #expect(!result.stderr.contains("Backtracing"))
        }
    }

    @Test func aLayoutThatTakesTooLongIsStoppedAndAnnouncedBeforeItStarts() throws {
        let folder = try TemporaryFolder()
        var dot = "digraph {\n"
        var state: UInt64 = 1
        func next() -> UInt64 { state = state &* 6364136223846793005 &+ 1442695040888963407; return (state >> 33) % 600 }
        for _ in 0..<1200 { dot += "n\(next()) -> n\(next());\n" }
        try folder.write("big.dot", dot + "}\n")
        let result = try CommandRunner.run(["render", "big.dot", "-K", "dot", "--timeout", "1", "-o", "big.svg"], in: folder.path)
        #expect(result.status == 1)
        #expect(result.stderr.contains("with dot; this may take minutes."))
        #expect(result.stderr.contains("big.dot: Graphviz took more than 1 s and was stopped. Give it longer with --timeout SECONDS"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("big.svg")))
    }

    @Test func filesNamedByAttributesAreReadOnlyWhenAllowed() throws {
        let folder = try TemporaryFolder()
        // A 1x1 PNG.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0,
                            0x90, 0x77, 0x53, 0xDE, 0, 0, 0, 0x0C, 0x49, 0x44, 0x41, 0x54, 0x08, 0xD7, 0x63, 0xF8, 0xCF, 0xC0, 0, 0, 0x03, 0x01, 0x01, 0,
                            0x18, 0xDD, 0x8D, 0xB0, 0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
        try folder.write("dot.png", png)
        try folder.write("image.dot", "digraph { a [image=\"\(folder.file("dot.png"))\", label=\"\"] }\n")
        let refused = try CommandRunner.run(["render", "image.dot", "-o", "refused.svg"], in: folder.path)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("names a file for Graphviz to read, and a DOT file from outside may not read files. If you trust it, pass --allow-file-access."))
        #expect(!FileManager.default.fileExists(atPath: folder.file("refused.svg")))
        let allowed = try CommandRunner.run(["render", "image.dot", "-o", "allowed.svg", "--allow-file-access"], in: folder.path)
        #expect(allowed.status == 0, "\(allowed.stderr)")
        #expect(try String(contentsOfFile: folder.file("allowed.svg"), encoding: .utf8).contains("dot.png"))
    }

    @Test(arguments: ["x11", "gtk", "xlib", "x11:cairo"])
    func formatsThatOpenAWindowAreRefused(format: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("small.dot", "digraph { a -> b }\n")
        let result = try CommandRunner.run(["render", "small.dot", "-T", format], in: folder.path)
        #expect(result.status == 64)
        #expect(result.stderr.contains("opens a window"))
    }
}
