// `make bench`: StanceGraph's rendering measured side by side with the `dot` command.
// Prints medians and ratios; the numbers depend on the machine, so compare within one run.
import Foundation
import GraphvizKit

import StanceGraph

let clock = ContinuousClock()
let work = FileManager.default.temporaryDirectory.appendingPathComponent("stancegraph-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: work) }

/// Ends the run early, leaving no scratch files behind (`exit` skips the `defer` above).
func finish(status: Int32 = 0) -> Never {
    try? FileManager.default.removeItem(atPath: work)
    exit(status)
}

/// A set-up problem: says what is missing and what to do, and ends the run (no crash report).
func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("StanceGraphBench: \(message)\n".utf8))
    finish(status: 2)
}

let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("stancegraph").path
guard FileManager.default.isExecutableFile(atPath: binary) else {
    fail("build the stancegraph product beside the benchmark first (swift build -c release): \(binary) is missing")
}

/// A labelled graph shaped like a relationship map: each node hangs off one of the dozen
/// before it, every fifth gets a second parent, and with `cycles` some edges point back.
func generatedDOT(nodes: Int, seed: UInt64, cycles: Bool = false) -> String {
    var random = SplitMix(seed: seed)
    var dot = "digraph g\(nodes) {\n"
    for index in 0..<nodes { dot += "  n\(index) [label=\"Actor \(index)\\nstatement \(random.next(below: 1000))\"];\n" }
    for index in 1..<nodes {
        dot += "  n\(random.next(in: max(0, index - 12)..<index)) -> n\(index);\n"
        if index % 5 == 0 { dot += "  n\(random.next(in: max(0, index - 30)..<index)) -> n\(index);\n" }
    }
    if cycles {
        for index in stride(from: 0, to: nodes, by: 25) { dot += "  n\(min(nodes - 1, index + 20)) -> n\(index);\n" }
    }
    return dot + "}\n"
}

struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func next(in range: Range<Int>) -> Int { range.lowerBound + next(below: range.count) }
}

func write(_ text: String, _ name: String) -> String {
    let path = work + "/" + name
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    return path
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func time(_ runs: Int, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = clock.now
        try body()
        samples.append(seconds(clock.now - start))
    }
    return median(samples)
}

/// Runs a command to completion with posix_spawn, output discarded; returns whether it
/// finished in time. (Foundation's Process adds tens of milliseconds of its own to every run.)
@discardableResult
func run(_ executable: String, _ arguments: [String], timeout: Double? = nil) throws -> Bool {
    let pid = spawn(executable, arguments)
    var status: Int32 = 0
    if let timeout {
        let deadline = clock.now + .milliseconds(Int(timeout * 1000))
        while waitpid(pid, &status, WNOHANG) == 0 {
            if clock.now > deadline {
                kill(pid, SIGKILL)
                waitpid(pid, &status, 0)
                return false
            }
            usleep(2000)
        }
    } else {
        waitpid(pid, &status, 0)
    }
    guard status == 0 else { fail("\(executable) \(arguments.joined(separator: " ")) failed with status \(status)") }
    return true
}

/// Starts a command with its output discarded.
func spawn(_ executable: String, _ arguments: [String]) -> pid_t {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { fail("cannot run \(executable)") }
    return pid
}

func ms(_ value: Double) -> String { String(format: "%9.2f ms", value * 1000) }
func ratio(_ ours: Double, _ theirs: Double) -> String { String(format: "%6.3fx", ours / theirs) }
func row(_ label: String, _ ours: Double, _ theirs: Double, goal: String = "") {
    print(label.padding(toLength: 44, withPad: " ", startingAt: 0) + ms(ours) + "  " + ms(theirs) + "  " + ratio(ours, theirs) + (goal.isEmpty ? "" : "  (goal \(goal))"))
}

func residentKB() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
    return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1024
}

// 0. Extraction: words per second on one core, over the corpus repeated to a million words.
if CommandLine.arguments.contains("--extraction-only") || !CommandLine.arguments.contains("--rendering-only") && !CommandLine.arguments.contains("--store-only") {
    benchmarkExtraction()
    if CommandLine.arguments.contains("--extraction-only") { finish() }
}

// 0b. The store: ingest, re-ingest, one new article, a question and the gallery, on a
// synthetic corpus of 10,000 articles (STANCEGRAPH_BENCH_ARTICLES to change it).
if CommandLine.arguments.contains("--store-only") || !CommandLine.arguments.contains("--rendering-only") {
    try benchmarkStore()
    if CommandLine.arguments.contains("--store-only") { finish() }
}

let dotCommand = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
guard let dotCommand else { fail("the dot command is missing: scripts/ensure-deps.sh bench installs it") }

print("StanceGraph rendering benchmark (release build, Graphviz \(try Graphviz.installation().version), \(ProcessInfo.processInfo.activeProcessorCount) cores)")
print("medians; 'ours' is stancegraph, 'dot' is \(dotCommand) -Tsvg on the same file\n")
print("what".padding(toLength: 44, withPad: " ", startingAt: 0) + "        ours           dot    ratio")

// 1. One render in a warm process against the dot command.
for (nodes, runs) in [(100, 31), (1000, 7)] {
    let text = generatedDOT(nodes: nodes, seed: UInt64(nodes))
    let path = write(text, "g\(nodes).dot")
    _ = try Graphviz.render(dot: text)
    let ours = try time(runs) { _ = try Graphviz.render(dot: text, name: path, format: .svg) }
    let theirs = try time(runs) { try run(dotCommand, ["-Tsvg", path, "-o", "/dev/null"]) }
    row("warm render, \(nodes) nodes (in-process vs dot)", ours, theirs, goal: nodes == 100 ? "<= 0.6x" : "")
}

// 2. A gallery of 50 graphs: one stancegraph run against 50 dot runs.
let gallery = (0..<50).map { write(generatedDOT(nodes: 100, seed: 1000 + UInt64($0)), "gallery\($0).dot") }
let galleryOut = work + "/gallery-out"
try FileManager.default.createDirectory(atPath: galleryOut, withIntermediateDirectories: true)
let oursGallery = try time(5) { try run(binary, ["render"] + gallery + ["--output-dir", galleryOut, "-T", "svg"]) }
let theirsGallery = try time(5) { for file in gallery { try run(dotCommand, ["-Tsvg", file, "-o", "/dev/null"]) } }
row("gallery: 50 graphs of 100 nodes", oursGallery, theirsGallery, goal: "<= 0.5x")

// 3. The whole process on a small file.
let small = write("digraph small { a -> b -> c; a -> c; }\n", "small.dot")
let oursSmall = try time(41) { try run(binary, ["render", small, "-o", "/dev/null"]) }
let theirsSmall = try time(41) { try run(dotCommand, ["-Tsvg", small, "-o", "/dev/null"]) }
row("whole process: render small.dot", oursSmall, theirsSmall)
let startup = try time(41) { try run(binary, ["--help"]) }
print("  of which stancegraph's start-up alone (--help):".padding(toLength: 44, withPad: " ", startingAt: 0) + ms(startup))

// 4. 5,000 nodes: where the time goes, and dot against sfdp.
print("\n5,000 nodes (\(5000) nodes, about 5,999 edges):")
let big = generatedDOT(nodes: 5000, seed: 5000)
let bigPath = write(big, "g5000.dot")
for engine in [LayoutEngine.sfdp, .dot] {
    let rendering = try Graphviz.render(dot: big, name: bigPath, engine: engine, format: .svg)
    let total = seconds(rendering.timings.parse + rendering.timings.layout + rendering.timings.render)
    print(String(format: "  in-process %-5@ parse %7.3f s   layout %7.3f s   render %6.3f s   total %7.3f s",
                 engine.rawValue, seconds(rendering.timings.parse), seconds(rendering.timings.layout),
                 seconds(rendering.timings.render), total))
}
for engine in ["sfdp", "dot"] {
    let start = clock.now
    let finished = try run(dotCommand, ["-K\(engine)", "-Tsvg", bigPath, "-o", "/dev/null"], timeout: 180)
    print(String(format: "  command  dot -K%-5@ %@", engine, finished ? String(format: "%.3f s", seconds(clock.now - start)) : "stopped after 180 s"))
}
let suggested = LayoutEngine.suggested(nodes: 5000, edges: 5999)
print("  with no engine named, stancegraph picks \(suggested) past \(LayoutEngine.largeGraphNodes) nodes or \(LayoutEngine.largeGraphEdges) edges, and says so on stderr")

// 5. Memory: the same 500-node graph with cycles, rendered 1,000 times in one process.
print("\nresident memory, one 500-node graph with cycles rendered 1,000 times (dot, svg):")
let cyclic = generatedDOT(nodes: 500, seed: 500, cycles: true)
var graph = Graph(name: "built")
for index in 0..<500 { graph.addNode("n\(index)", ["label": .text("Actor \(index)")]) }
for index in 1..<500 { graph.addEdge(from: "n\((index * 7) % index)", to: "n\(index)") }
for index in stride(from: 0, to: 500, by: 25) { graph.addEdge(from: "n\(min(499, index + 20))", to: "n\(index)") }
for (label, render) in [("DOT text", { _ = try Graphviz.render(dot: cyclic, engine: .dot, format: .svg) }),
                        ("Graph value", { _ = try Graphviz.render(graph, engine: .dot, format: .svg) })] as [(String, () throws -> Void)] {
    for _ in 0..<50 { try render() }
    let before = residentKB()
    var marks: [Int] = []
    for index in 1...1000 {
        try render()
        if index % 250 == 0 { marks.append(residentKB()) }
    }
    let growth = marks.last! - before
    print(String(format: "  %-12@ RSS after 50 warm-up renders %6d KB; after 250/500/750/1000 more: %@ KB; %.2f KB per render",
                 label, before, marks.map(String.init).joined(separator: "/"), Double(growth) / 1000))
}

// 6. Soak: 10,000 renders and 10,000 extractions in one process; memory must stay flat.
print("\nsoak, one process (resident memory after each quarter):")
do {
    var small = Graph(name: "soak")
    for index in 0..<40 { small.addNode("n\(index)", ["label": .text("Actor \(index) \u{201C}quoted\u{201D} & <escaped>")]) }
    for index in 1..<40 { small.addEdge(from: "n\(index / 2)", to: "n\(index)", ["tooltip": .text("statement \(index)")]) }
    let smallDOT = generatedDOT(nodes: 40, seed: 40, cycles: true)
    var marks: [Int] = []
    let start = clock.now
    for index in 1...10_000 {
        _ = try Graphviz.render(small, engine: .dot, format: .svg)
        _ = try Graphviz.render(dot: smallDOT, engine: .dot, format: .svg)
        if index % 2_500 == 0 { marks.append(residentKB()) }
    }
    print("  10,000 renders of a 40-node graph value and 10,000 of 40-node DOT text: \(marks.map(String.init).joined(separator: "/")) KB, "
          + String(format: "%.1f s", seconds(clock.now - start)))
    let registry = try RegistryLoader.load(path: "Corpus/actors.yaml")
    let texts = Corpus.articleFiles(in: "Corpus/articles").map { try! ArticleReader.readBytes($0) }
    let extractor = Extractor(registry: registry)
    marks = []
    let extractionStart = clock.now
    for index in 1...10_000 {
        let article = try! ArticleReader.parse(texts[index % texts.count], path: "soak-\(index % texts.count).txt")
        _ = extractor.read(article)
        if index % 2_500 == 0 { marks.append(residentKB()) }
    }
    print("  10,000 extractions of the seed articles with one extractor: \(marks.map(String.init).joined(separator: "/")) KB, "
          + String(format: "%.1f s", seconds(clock.now - extractionStart)))
}

/// Runs a command to completion, output discarded: its wall time and its peak resident memory.
func measure(_ executable: String, _ arguments: [String], in directory: String) -> (seconds: Double, peakKB: Int) {
    let previous = FileManager.default.currentDirectoryPath
    FileManager.default.changeCurrentDirectoryPath(directory)
    defer { FileManager.default.changeCurrentDirectoryPath(previous) }
    let start = clock.now
    let pid = spawn(executable, arguments)
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    guard status == 0 else { fail("\(executable) \(arguments.joined(separator: " ")) failed with status \(status)") }
    return (seconds(clock.now - start), usage.ru_maxrss)
}

/// The persistent store against the issue's goals, whole processes, release build.
func benchmarkStore() throws {
    let count = Int(ProcessInfo.processInfo.environment["STANCEGRAPH_BENCH_ARTICLES"] ?? "") ?? 10_000
    let root = FileManager.default.currentDirectoryPath
    let registry = root + "/Corpus/actors.yaml"
    let folder = work + "/synthetic"
    let generator = Process()
    generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    generator.arguments = ["python3", root + "/scripts/synthetic-corpus", String(count), folder + "/articles"]
    try generator.run()
    generator.waitUntilExit()
    let words = Corpus.articleFiles(in: folder + "/articles").reduce(0) { total, path in
        total + ((try? String(contentsOfFile: path, encoding: .utf8))?.split(whereSeparator: \.isWhitespace).count ?? 0)
    }
    print("Store benchmark: \(count) synthetic articles (scripts/synthetic-corpus), \(words) words; whole processes")
    func line(_ what: String, _ value: String, _ goal: String) {
        print("  " + what.padding(toLength: 46, withPad: " ", startingAt: 0) + value.padding(toLength: 14, withPad: " ", startingAt: 0) + "(goal \(goal))")
    }
    let ingest = ["ingest", "articles", "--registry", registry, "--quiet"]
    let first = measure(binary, ingest, in: folder)
    line("ingest from empty", String(format: "%.2f s", first.seconds), "<= 15 s")
    let again = median((0..<5).map { _ in measure(binary, ingest, in: folder).seconds })
    line("re-ingest, nothing changed", String(format: "%.3f s", again), "<= 1 s")
    var added: [Double] = []
    for index in 0..<5 {
        let path = folder + "/articles/new-\(index).txt"
        try "---\npublished: 2021-05-\(12 + index)\n---\nPrime Minister Nikol Pashinyan said the troops would stay on the border. \"We will not withdraw,\" he told reporters.\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        added.append(measure(binary, ingest, in: folder).seconds)
    }
    line("ingest of one new article", String(format: "%.3f s", median(added)), "<= 0.3 s")
    // A speaker of the usual size, two of the largest, and the largest as the default table.
    for (actor, format) in [("Ruben Aliyeva", "jsonl"), ("Guterres", "jsonl"), ("Lavrov", "jsonl"), ("Guterres", "table")] {
        let arguments = ["statements", "--actor", actor, "--corpus", "articles", "--registry", registry, "--format", format]
        let time = median((0..<11).map { _ in measure(binary, arguments, in: folder).seconds })
        line("statements --actor \"\(actor)\" (\(format))", String(format: "%.1f ms", time * 1000), "<= 100 ms")
    }
    let gallery = median((0..<3).map { _ in measure(binary, ["graphs", "--corpus", "articles", "--registry", registry, "-o", "graphs"], in: folder).seconds })
    line("graphs from the store", String(format: "%.2f s", gallery), "<= 10 s")
    // Peak memory: ingest from empty of a quarter of the corpus against the whole.
    try FileManager.default.removeItem(atPath: folder + "/articles/.stancegraph")
    let quarter = folder + "/quarter"
    try FileManager.default.createDirectory(atPath: quarter, withIntermediateDirectories: true)
    for name in ["000", "001"] { try FileManager.default.copyItem(atPath: folder + "/articles/" + name, toPath: quarter + "/" + name) }
    let small = measure(binary, ["ingest", "quarter", "--registry", registry, "--quiet"], in: folder)
    line("peak memory, ingest of 2,000 / all", "\(small.peakKB / 1024) / \(first.peakKB / 1024) MiB", "flat")
    print("")
}

/// Reads and extracts the corpus repeated to at least a million words, on one core.
func benchmarkExtraction() {
    let corpusPath = FileManager.default.fileExists(atPath: "Corpus") ? "Corpus" : "../Corpus"
    guard let registry = try? RegistryLoader.load(path: corpusPath + "/actors.yaml") else {
        fail("cannot load \(corpusPath)/actors.yaml: run the benchmark from the project's folder")
    }
    let files = Corpus.articleFiles(in: corpusPath + "/articles")
    let bytes = files.map { try! ArticleReader.readBytes($0) }
    let sample = files.indices.map { try! ArticleReader.parse(bytes[$0], path: files[$0]) }
    let wordsPerPass = sample.reduce(0) { $0 + $1.wordCount }
    let target = Int(ProcessInfo.processInfo.environment["STANCEGRAPH_BENCH_WORDS"] ?? "") ?? 1_000_000
    let passes = (target + wordsPerPass - 1) / wordsPerPass
    let extractor = Extractor(registry: registry)
    print("Extraction benchmark: \(files.count) articles, \(wordsPerPass) words, repeated \(passes) times (\(wordsPerPass * passes) words), one core")
    var readSeconds: [Double] = [], extractSeconds: [Double] = []
    var statements = 0
    for _ in 0..<(target < 1_000_000 ? 1 : 3) {
        var read = Duration.zero, extract = Duration.zero
        statements = 0
        for _ in 0..<passes {
            for index in files.indices {
                let start = clock.now
                let article = try! ArticleReader.parse(bytes[index], path: files[index])
                let parsed = clock.now
                statements += extractor.statements(in: article).count
                extract += clock.now - parsed
                read += parsed - start
            }
        }
        readSeconds.append(seconds(read))
        extractSeconds.append(seconds(extract))
    }
    // The resolver remembers names across articles, as it does over a real corpus, where the
    // same actors recur. Here the same five articles recur, so also time each pass with a
    // fresh extractor: every name resolved for the first time.
    // STANCEGRAPH_BENCH_COLD=0 leaves this line out, for profiling the warm figures alone.
    let timeCold = ProcessInfo.processInfo.environment["STANCEGRAPH_BENCH_COLD"] != "0"
    var cold = Duration.zero
    for _ in 0..<(timeCold ? passes : 0) {
        let fresh = Extractor(registry: registry)
        let start = clock.now
        for article in sample { _ = fresh.statements(in: article) }
        cold += clock.now - start
    }
    let words = Double(wordsPerPass * passes)
    let read = median(readSeconds), extract = median(extractSeconds)
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print(String(format: "  reading (normalise, paragraphs, sentences)  %8.3f s  %10.0f words/s", read, words / read))
    print(String(format: "  extraction (mentions, rules, resolution)    %8.3f s  %10.0f words/s", extract, words / extract))
    print(String(format: "  both                                         %8.3f s  %10.0f words/s  (goal >= 1,000,000; spaCy + textacy ~6,100)", read + extract, words / (read + extract)))
    if timeCold {
        print(String(format: "  extraction, a fresh extractor every %d words %7.3f s  %10.0f words/s  (no name seen before in the pass)", wordsPerPass, seconds(cold), words / seconds(cold)))
    }
    print("  \(statements) statements per run; peak resident memory \(usage.ru_maxrss / 1024) MiB\n")
}
