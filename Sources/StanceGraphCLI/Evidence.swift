#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import Dispatch
import StanceGraph
import StanceGraphStore

/// Where a corpus keeps what goes with it: the store, the corrections file.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store (default: .stancegraph/store.sqlite in the corpus folder).")
    var store: String?

    @Flag(help: "Say where the answers come from: the store, or a reading of the corpus.")
    var verbose = false

    /// The folder the corpus `paths` live in: the first path when it is a folder, else its folder.
    static func folder(of paths: [String]) -> String {
        let first = paths.first ?? "Corpus"
        var status = stat()
        if stat(first, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return first }
        guard let slash = first.lastIndex(of: "/") else { return "." }
        return first[..<slash].isEmpty ? "/" : String(first[..<slash])
    }

    func storePath(for paths: [String]) -> String {
        store ?? Folder.join(Self.folder(of: paths), ".stancegraph/store.sqlite")
    }

    static func correctionsPath(for paths: [String]) -> String {
        Folder.join(folder(of: paths), "corrections.yaml")
    }

    func note(_ line: String) {
        if verbose { Terminal.printError("stancegraph: " + line) }
    }
}

/// What a command answers from: the registry, the articles, and their statements and
/// mentions with the analyst's corrections applied, read from the store when it is current
/// for the corpus and otherwise from the articles themselves.
final class Evidence {
    let registry: Registry
    let paths: [String]
    let corrections: CorrectionsFile
    /// The store the answers come from, when they do: known once the check of whether it is
    /// current has come back.
    var store: Store? {
        get throws { try settle().store }
    }
    /// The corpus as read, when the answers come from it.
    var corpus: Corpus? {
        get throws { try settle().corpus }
    }
    /// The articles: from the store, their metadata without text or paragraphs, read when
    /// first asked for.
    var articles: [Article] {
        get throws {
            if let loadedArticles { return loadedArticles }
            let store = try store
            do { loadedArticles = try store?.articles() ?? [] } catch { throw Failure(error.description) }
            return loadedArticles!
        }
    }
    private var loadedArticles: [Article]?
    private var cached: (statements: [Statement], mentions: [MentionFinder.Mention])?
    /// Each article's mentions, in the corpus's order.
    private(set) var mentionsByArticle: [(article: String, mentions: [MentionFinder.Mention])] = []

    /// The files of the corpus that could not be read, when the answers come from it; each
    /// was reported on standard error when the corpus was read.
    var errors: [CorpusError] {
        get throws { try corpus?.errors ?? [] }
    }

    private let options: StoreOptions
    private let storePath: String
    /// The store as opened, before it is known to be current: what the questions that a
    /// store answers in milliseconds read while the check runs (``speculating(_:)``).
    private let opened: Store?
    private let check: StoreCheck?
    private var settled: (store: Store?, corpus: Corpus?)?

    init(paths: [String], registryPath given: String, options: StoreOptions) throws {
        self.paths = paths
        let place = Loading.registryPath(given, corpus: paths)
        let registryPath = place.path
        self.options = options
        storePath = options.storePath(for: paths)
        if access(storePath, F_OK) == 0 {
            do { opened = try Store(path: storePath, create: false) } catch { throw Failure(error.description) }
            // Whether the store is current takes a look at every file of the corpus: done
            // on the other core, beside the reading of the registry and what comes after.
            check = StoreCheck(store: opened!, paths: paths, registryPath: registryPath)
        } else {
            opened = nil
            check = nil
        }
        registry = try Loading.registry(place)
        corrections = try Self.corrections(for: paths)
    }

    /// Whether there is a store for the corpus, current or not.
    var hasStore: Bool { opened != nil }

    /// Why the store is out of date, waiting for its check; nil when it is current or there
    /// is none. Reads nothing of the corpus but the files' sizes and times.
    func staleness() throws -> String? {
        try check?.verdict()
    }

    /// Where the answers come from, waiting for the store's check when it has not come back:
    /// the store when it is current, else the corpus, read now (its unreadable files reported).
    private func settle() throws -> (store: Store?, corpus: Corpus?) {
        if let settled { return settled }
        var store: Store? = nil
        if let opened, let check {
            let stale = try check.verdict()
            if let stale {
                options.note("the store \(storePath) is out of date (\(stale)): reading the corpus. Run `stancegraph ingest` to bring it up to date.")
            } else {
                store = opened
                options.note("reading the store \(opened.path).")
            }
        } else {
            options.note("no store at \(storePath): reading the corpus.")
        }
        var corpus: Corpus? = nil
        if store == nil {
            corpus = Corpus.load(paths)
            loadedArticles = corpus!.articles
            Loading.report(corpus!)
            try Loading.requireArticles(corpus!.articles.count, errors: corpus!.errors, paths: paths)
        }
        settled = (store, corpus)
        return (store, corpus)
    }

    /// An answer from the store as opened, while its check runs. Within ``speculatively(_:)``
    /// it is given at once; elsewhere it is kept when the check finds the store current. It is
    /// `nil` when the answers come from the corpus instead.
    private func speculating<T>(_ question: (Store) throws -> T) throws -> T? {
        guard let opened, settled == nil || settled?.store != nil else { return nil }
        let answer: T
        do { answer = try question(opened) } catch { throw Failure("\(error)") }
        if speculative { return answer }
        return try store == nil ? nil : answer
    }

    private var speculative = false

    /// Runs `body` on the store's answers before the check of whether it is current has come
    /// back, then waits for it: when the store turns out out of date, `body` runs again on the
    /// corpus. For a question about a few statements, which the store answers in less time
    /// than the check takes.
    func speculatively<T>(_ body: () throws -> T) throws -> T {
        speculative = true
        let first = Result { try body() }
        speculative = false
        if try store != nil || opened == nil { return try first.get() }
        return try body()
    }

    /// The actor-statement graph of the whole corpus, corrections applied.
    func graph() throws -> ActorGraph {
        let (statements, mentions) = try extraction()
        return ActorGraph(statements: statements, articles: try articles, registry: registry, mentions: mentions)
    }

    static func corrections(for paths: [String]) throws -> CorrectionsFile {
        do {
            return try CorrectionsFile.load(StoreOptions.correctionsPath(for: paths))
        } catch {
            throw Failure(error.description)
        }
    }

    /// Every statement and mention, corrections applied.
    func extraction() throws -> (statements: [Statement], mentions: [MentionFinder.Mention]) {
        if let cached { return cached }
        let raw = try rawExtraction()
        let result = (curate(raw.statements).statements, raw.mentions)
        cached = result
        return result
    }

    /// Every statement, corrections applied, without reading the mentions from a store.
    func statements() throws -> [Statement] {
        if let cached { return cached.statements }
        guard let store = try store, rawCache == nil else { return try extraction().statements }
        do {
            return curate(try store.statements()).statements
        } catch {
            throw Failure(error.description)
        }
    }

    /// Every statement as extracted, before corrections.
    func rawStatements() throws -> [Statement] {
        try rawExtraction().statements
    }

    private var rawCache: (statements: [Statement], mentions: [MentionFinder.Mention])?

    private func rawExtraction() throws -> (statements: [Statement], mentions: [MentionFinder.Mention]) {
        if let rawCache { return rawCache }
        mentionsByArticle = []
        let raw: (statements: [Statement], mentions: [MentionFinder.Mention])
        if let store = try store {
            do {
                mentionsByArticle = try store.mentions()
                raw = (try store.statements(), mentionsByArticle.flatMap(\.mentions))
            } catch {
                throw Failure(error.description)
            }
        } else {
            let extractor = Extractor(registry: registry)
            var statements: [Statement] = []
            for article in try corpus!.articles {
                let extraction = extractor.read(article)
                statements += extraction.statements
                mentionsByArticle.append((article.id, extraction.mentions))
            }
            raw = (statements, mentionsByArticle.flatMap(\.mentions))
        }
        rawCache = raw
        return raw
    }

    /// The statements, corrections applied, of the given speakers only: from the store,
    /// reading no more rows than it must.
    func statements(speakers: Set<String>) throws -> [Statement] {
        // A correction may give a statement a new speaker: its article's statements are read too.
        let touched = Set(corrections.corrections.map(\.article))
        guard cached == nil, let raw = try speculating({ store in try store.statements(speakers: Array(speakers), articles: Array(touched)) }) else {
            return try extraction().statements.filter { speakers.contains($0.speaker.id) }
        }
        // Without corrections every row is already a speaker's, and handed on as it is.
        if corrections.corrections.isEmpty { return raw }
        let curated = curate(raw).statements
        return curated.allSatisfy { speakers.contains($0.speaker.id) } ? curated : curated.filter { speakers.contains($0.speaker.id) }
    }

    /// A speaker's statements written out as the store keeps them, in the corpus's order: nil
    /// when the answer cannot come from them, for a correction applies, the corpus was read
    /// instead of a store, or a statement has no line written out (a store migrated and not
    /// yet ingested again).
    func storedLines(speaker: String, form: Store.LineForm) throws -> StatementLines? {
        guard cached == nil, corrections.corrections.isEmpty else { return nil }
        return try speculating { store in try store.lines(speakers: [speaker], form: form) } ?? nil
    }

    /// The day of the latest statement.
    func latestDay() throws -> Day? {
        // Corrections can re-date, add and reject statements: then the store's raw answer won't do.
        if cached == nil, corrections.corrections.isEmpty, let day = try speculating({ store in try store.latestDay() }) { return day }
        return try extraction().statements.compactMap(\.date).max()
    }

    /// The actors beyond the registry that share a word with `typed`.
    func corpusActors(named typed: String) throws -> [Actor] {
        let words = NameFolding.fold(typed).split(separator: " ").map(String.init)
        guard cached == nil, let found = try speculating({ store in try store.actors(named: words) }) else { return try corpusActors() }
        return found + correctionActors()
    }

    /// The actors beyond the registry that the statements name, for matching typed names.
    func corpusActors() throws -> [Actor] {
        if cached == nil, let found = try speculating({ store in Array(try store.actors().values) }) { return found + correctionActors() }
        return try extraction().statements.flatMap { [$0.speaker] + $0.targets }
    }

    /// The actors the corrections name as speakers and targets, as curation makes them.
    func correctionActors() -> [Actor] {
        let curation = Curation(registry: registry)
        let matcher = ActorMatcher(registry: registry)
        return corrections.corrections.flatMap { correction in
            ([correction.speaker].compactMap { $0 } + (correction.targets ?? [])).map { curation.actor($0, on: correction.date, matcher: matcher) }
        }
    }

    func curate(_ statements: [Statement]) -> Curation.Result {
        Curation(registry: registry).apply(corrections.corrections, to: statements, article: fullArticle)
    }

    /// The article with an id, paragraphs and all.
    func fullArticle(_ id: String) -> Article? {
        if let corpus = try? corpus { return corpus.articles.first { $0.id == id } }
        guard let store = try? store, let path = try? store.path(ofArticle: id) else { return nil }
        return try? store.article(path: path)
    }

    /// The articles with their text: those of the corpus, or the store's read again with it.
    func articlesWithText() throws -> [Article] {
        guard let store = try store else { return try articles }
        do { return try store.articles(text: true) } catch { throw Failure(error.description) }
    }

    /// The outlet an article came from, or its id.
    func outlet(_ article: String) -> String {
        if outlets[article] == nil { loadOutlets(of: [article]) }
        return outlets[article] ?? article
    }

    /// Looks up the outlets of many articles at once, for a listing that names one per statement.
    func loadOutlets(of articles: some Sequence<String>) {
        let wanted = Set(articles).filter { outlets[$0] == nil }
        guard !wanted.isEmpty else { return }
        if let store = try? store, loadedArticles == nil {
            outlets.merge((try? store.outlets(ofArticles: Array(wanted))) ?? [:]) { first, _ in first }
        } else {
            for article in loadedArticles ?? [] where wanted.contains(article.id) && outlets[article.id] == nil {
                if let outlet = article.outlet { outlets[article.id] = outlet }
            }
        }
        // Articles without one are looked up once: their id stands for the outlet.
        for article in wanted where outlets[article] == nil { outlets[article] = article }
    }

    private var outlets: [String: String] = [:]
}

/// A store compared with the corpus on another thread: why it is out of date, if it is.
final class StoreCheck: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<String?, Failure> = .failure(Failure("the store was not checked"))

    init(store: Store, paths: [String], registryPath: String) {
        DispatchQueue.global().async { [self] in
            do throws(StoreError) {
                result = .success(try Ingest.staleness(of: store, paths: paths, fingerprint: Fingerprint.make(registryPath: registryPath)))
            } catch {
                result = .failure(Failure(error.description))
            }
            done.signal()
        }
    }

    /// Waits for the check: nil when the store is current, else why it is not.
    /// Asked again, it answers at once.
    func verdict() throws(Failure) -> String? {
        done.wait()
        done.signal()
        return try result.get()
    }
}

/// What made a store's extraction: this build of the tool, the registry's bytes and the
/// user's lexicon files. When it changes, `ingest` extracts everything again.
enum Fingerprint {
    static func make(registryPath: String) -> String {
        var parts: [String] = []
        var status = stat()
        if stat("/proc/self/exe", &status) == 0 {
            parts.append("build \(status.st_size)-\(status.st_mtim.tv_sec)")
        }
        var files = [registryPath]
        if stat(registryPath, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            files = Folder.names(in: registryPath).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { Folder.join(registryPath, $0) }
        }
        let lexicons = Loading.lexiconFolder(besideRegistry: registryPath)
        files += Folder.names(in: lexicons).map { Folder.join(lexicons, $0) }
        var bytes: [UInt8] = []
        for file in files {
            // The file's own name, not the path as typed: `./Corpus/actors.yaml` is the same registry.
            bytes += Array((file.split(separator: "/").last.map(String.init) ?? file).utf8) + [0]
            bytes += (try? ArticleReader.readBytes(file)) ?? []
        }
        parts.append("inputs " + Ingest.hash(bytes))
        return parts.joined(separator: "; ")
    }
}
