#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import StanceGraph
import StanceGraphStore

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Bring the store up to date with the corpus: extract new and changed articles, forget removed ones.",
        discussion: """
            An article is changed when the hash of its bytes is. Unchanged articles are left alone, so a \
            second run over an unchanged corpus does next to nothing; a new build of the tool, or a changed \
            registry or lexicon file, extracts everything again. Corrections live in corrections.yaml, \
            never in the store: the store can be deleted at any time and rebuilt by this command.
            """
    )

    @Argument(help: "Article files or folders (default: Corpus).")
    var paths: [String] = []

    @Option(help: "The registry: a YAML file or a folder of them.")
    var registry = "Corpus/actors.yaml"

    @OptionGroup var store: StoreOptions

    @Flag(help: "No progress line, even on a terminal.")
    var quiet = false

    func run() throws {
        try reportingFailures {
            let paths = self.paths.isEmpty ? ["Corpus"] : self.paths
            let registryPlace = Loading.registryPath(self.registry, corpus: paths)
            let registry = try Loading.registry(registryPlace)
            // A malformed corrections file is reported before anything is written.
            let corrections = try Evidence.corrections(for: paths)
            // Nothing to ingest is said before a store is made for it.
            let listing = ArticleFile.list(paths)
            try Loading.requireArticles(listing.files.count, errors: listing.errors, paths: paths)
            let storePath = store.storePath(for: paths)
            let lock: IngestLock
            do {
                lock = try IngestLock(store: storePath) {
                    Terminal.printError("stancegraph: another ingest is writing \(storePath); waiting for it to finish.")
                }
            } catch let error as StoreError {
                throw Failure(error.description)
            }
            defer { withExtendedLifetime(lock) {} }
            let started = monotonicSeconds()
            let opened: Store
            do {
                opened = try Store(path: storePath, create: true)
            } catch let error as StoreError {
                throw Failure(error.description)
            }
            let progress = quiet || isatty(STDERR_FILENO) == 0 ? nil : ProgressLine(started: started)
            let ingest = Ingest(store: opened, extractor: Extractor(registry: registry), fingerprint: Fingerprint.make(registryPath: registryPlace.path))
            let report: Ingest.Report
            do {
                report = try ingest.run(paths, listing: listing) { done, total in progress?.update(done: done, total: total) }
            } catch let error as StoreError {
                progress?.finish()
                throw Failure(error.description)
            }
            progress?.finish()
            let elapsed = monotonicSeconds() - started
            if let why = report.reextracted { print("re-extracting everything: \(why).") }
            let counts = (try? opened.counts()) ?? (articles: 0, statements: 0, mentions: 0, actors: 0)
            print("\(report.added) new, \(report.changed) changed, \(report.removed) removed, \(report.unchanged) unchanged"
                  + " in \((elapsed * 100).rounded() / 100) s; the store holds \(counts.articles) articles and \(counts.statements) statements.")
            print("store: \(storePath)")
            if !corrections.corrections.isEmpty { print("corrections: \(corrections.corrections.count) in \(corrections.path), applied when reading.") }
            for note in report.notes { Terminal.printError("stancegraph: note: " + note) }
            for error in report.unreadable {
                Terminal.printError("stancegraph: error: " + (error.errorDescription ?? "\(error)") + " What the store holds from it is kept.")
            }
            Loading.report(report.errors, read: report.added + report.changed + report.unchanged)
            if !report.errors.isEmpty || !report.unreadable.isEmpty { throw ExitCode.failure }
        }
    }
}

/// A progress line on standard error, redrawn at most ten times a second: articles done,
/// the rate, and the time left.
final class ProgressLine {
    let started: Double
    var last = 0.0
    var drawn = false

    init(started: Double) { self.started = started }

    func update(done: Int, total: Int) {
        let now = monotonicSeconds()
        guard total > 0, now - last >= 0.1 || done == total else { return }
        last = now
        let elapsed = max(now - started, 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let line = "ingest: \(done)/\(total) articles, \(Int(rate)) a second, \(Int(left.rounded(.up))) s left"
        Terminal.writeError("\r" + line + "\u{1B}[K")
        drawn = true
    }

    func finish() {
        if drawn { Terminal.writeError("\r\u{1B}[K") }
    }
}
