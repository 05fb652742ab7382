#if canImport(Glibc)
import Glibc
#endif
// Foundation for Thread and NSCondition.
import Foundation
import StanceGraph

/// An article file as found on disk: where, how big, when last changed.
public struct ArticleFile: Hashable, Sendable {
    /// The canonical path (symbolic links and `..` resolved), the store's key.
    public var path: String
    public var size: Int
    /// Nanoseconds since 1970.
    public var mtime: Int

    /// The article files under `paths`, listed as `Corpus.load` lists them (``CorpusListing``)
    /// from the canonical form of each path named, with their article ids.
    public struct Listing: Sendable {
        public var files: [ArticleFile]
        /// Paths and folders that could not be read: what the store holds from them is kept,
        /// not taken for deleted.
        public var errors: [CorpusError]
        public var notes: [String]

        /// Each file's article id, unique in the corpus (``Corpus/articleIDs(_:)``).
        public func ids() -> [String: String] { Corpus.articleIDs(files.map(\.path)) }

        public var unreadable: [String] { errors.map(\.path) }
    }

    public static func list(_ paths: [String]) -> Listing {
        let listing = CorpusListing(paths, resolve: canonical)
        let files = listing.files.map { ArticleFile(path: $0.path, size: $0.size, mtime: $0.mtime) }
        return Listing(files: files, errors: listing.errors, notes: listing.notes)
    }

    public static func canonical(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// Brings a store up to date with a corpus: new and changed articles (by the hash of their
/// bytes) are extracted, removed ones leave, unchanged ones are left alone; a change of
/// extractor, registry or lexicons (the fingerprint) re-extracts everything.
public struct Ingest {
    public let store: Store
    public let extractor: Extractor
    /// What made the extraction: the extractor's build, the registry's and lexicons' bytes.
    public let fingerprint: String
    /// Articles written per transaction: a killed run loses at most one batch of work.
    public var batchSize = 200
    /// Articles read by one extractor before a fresh one takes over.
    public var extractorArticles = 1000

    public init(store: Store, extractor: Extractor, fingerprint: String) {
        self.store = store
        self.extractor = extractor
        self.fingerprint = fingerprint
    }

    /// What a run did.
    public struct Report: Hashable, Sendable {
        public var added = 0
        public var changed = 0
        public var removed = 0
        public var unchanged = 0
        public var statements = 0
        /// Whether everything was extracted again, and why.
        public var reextracted: String?
        /// Files that could not be read as articles: each error names the file and line.
        public var errors: [CorpusError] = []
        /// Paths named and folders that could not be read: what the store holds from them is kept.
        public var unreadable: [CorpusError] = []
        /// What the listing left out on purpose (links back to folders already read, ...).
        public var notes: [String] = []
    }

    /// Progress: articles done of those to read, for a terminal's progress line.
    public typealias Progress = (_ done: Int, _ total: Int) -> Void

    /// Ingests the articles under `paths`. Articles the store holds under those paths but
    /// that are gone from disk leave it; articles elsewhere are not touched.
    /// - Parameter listing: the files under `paths`, when the caller has listed them already.
    public func run(_ paths: [String], listing: ArticleFile.Listing? = nil, progress: Progress? = nil) throws(StoreError) -> Report {
        var report = Report()
        let listing = listing ?? ArticleFile.list(paths)
        report.unreadable = listing.errors
        report.notes = listing.notes
        var known = try store.files()
        var fingerprintToWrite: String? = nil
        if let previous = try store.meta("fingerprint"), previous == fingerprint {
            // Same extractor: only what changed.
        } else {
            if !known.isEmpty {
                report.reextracted = "the extractor, registry or lexicons changed since the last ingest"
                try store.clear()
                known = [:]
            }
            fingerprintToWrite = fingerprint
        }
        let skippedBefore = try store.skipped()
        let gone = Self.gone(known: Set(known.keys).union(skippedBefore.keys), paths: paths, listing: listing)
        var removed = gone
        report.removed = gone.filter { known[$0] != nil }.count

        var pending: [ArticleFile] = []
        var touched: [String: Store.FileRecord] = [:]
        var skipped: [Store.Skipped] = []
        let ids = listing.ids()
        for file in listing.files {
            // An article whose id changed (another file of the same name came or went) is read again.
            if let record = known[file.path], record.size == file.size, record.mtime == file.mtime, record.id == ids[file.path] {
                report.unchanged += 1
            } else {
                pending.append(file)
            }
        }
        // Articles are read and extracted on another thread while this one writes (on two
        // cores, a second extracting thread only contends with the writer). At most two
        // batches wait in memory, whatever the corpus's size.
        let work = pending, extractor = self.extractor, size = batchSize
        let previous = known
        let queue = Handoff<[Prepared]>(capacity: 2)
        let renew = extractorArticles
        Thread {
            var start = 0
            var current = extractor
            while start < work.count, !queue.isCancelled {
                // A fresh extractor now and then: its memory of names starts again, so the
                // memory an ingest needs does not grow with the corpus.
                if start > 0, start % renew < size { current = Extractor(registry: extractor.registry) }
                let slice = work[start..<min(start + size, work.count)]
                let reader = current
                queue.put(slice.map { Self.prepare($0, id: ids[$0.path], known: previous[$0.path], extractor: reader) })
                start += size
            }
            queue.finish()
        }.start()
        var done = 0
        while let prepared = queue.take() {
            var batch: [Store.Entry] = []
            for item in prepared {
                switch item {
                case .failed(let file, let error):
                    report.errors.append(error)
                    // Remembered, so that an unchanged bad file leaves the store current; one
                    // that no longer reads as an article takes its old statements with it.
                    skipped.append(Store.Skipped(path: file.path, size: file.size, mtime: file.mtime, problem: error.errorDescription ?? "\(error)"))
                    if known[file.path] != nil {
                        removed.append(file.path)
                        report.removed += 1
                    }
                case .unchanged(let path, let record):
                    touched[path] = record
                    report.unchanged += 1
                case .extracted(let entry):
                    report.statements += entry.extraction.statements.count
                    if known[entry.article.path] == nil { report.added += 1 } else { report.changed += 1 }
                    batch.append(entry)
                }
            }
            do {
                if !batch.isEmpty || !removed.isEmpty || !touched.isEmpty || !skipped.isEmpty || fingerprintToWrite != nil {
                    try store.write(batch, removed: removed, touched: touched, skipped: skipped, fingerprint: fingerprintToWrite)
                }
            } catch {
                // Stop the reading thread: nothing more can be written.
                queue.cancel()
                throw error
            }
            removed = []
            touched = [:]
            skipped = []
            fingerprintToWrite = nil
            done += prepared.count
            progress?(done, pending.count)
        }
        if !removed.isEmpty || fingerprintToWrite != nil {
            try store.write([], removed: removed, fingerprint: fingerprintToWrite)
        }
        progress?(pending.count, pending.count)
        if report.removed > 0 || report.changed > 0 { try store.pruneActors() }
        // What is still in the write-ahead log goes into the store now, within the time the
        // ingest reports, and the log is emptied rather than left at up to 128 MB.
        if !pending.isEmpty || report.removed > 0 { store.checkpoint() }
        return report
    }

    /// The paths of `known` under the roots of `paths` that the listing no longer has, but
    /// for those under a folder that could not be read.
    static func gone(known: Set<String>, paths: [String], listing: ArticleFile.Listing) -> [String] {
        let roots = paths.map(ArticleFile.canonical)
        let present = Set(listing.files.map(\.path))
        func under(_ path: String, _ root: String) -> Bool { path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/") }
        return known.filter { path in
            !present.contains(path) && roots.contains { under(path, $0) } && !listing.unreadable.contains { under(path, $0) }
        }.sorted()
    }

    /// One article file read and extracted, or why it was not.
    enum Prepared: Sendable {
        /// Not read, or not an article: the file and why.
        case failed(ArticleFile, CorpusError)
        /// The same bytes as the store has: only its size or time changed.
        case unchanged(path: String, Store.FileRecord)
        case extracted(Store.Entry)
    }

    static func prepare(_ file: ArticleFile, id: String?, known: Store.FileRecord?, extractor: Extractor) -> Prepared {
        let bytes: [UInt8]
        do {
            bytes = try ArticleReader.readBytes(file.path)
        } catch {
            return .failed(file, error)
        }
        let hash = Self.hash(bytes)
        let record = Store.FileRecord(id: "", size: file.size, mtime: file.mtime, hash: hash)
        if let known, known.hash == hash, known.id == id { return .unchanged(path: file.path, record) }
        var article: Article
        do {
            article = try ArticleReader.parse(bytes, path: file.path)
        } catch {
            return .failed(file, error)
        }
        if let id { article.id = id }
        return .extracted(Store.Entry(article: article, file: record, extraction: extractor.read(article)))
    }

    /// Whether the store answers for the corpus under `paths` as it is on disk: nil when it
    /// does, else why not.
    public static func staleness(of store: Store, paths: [String], fingerprint: String) throws(StoreError) -> String? {
        guard try store.meta("fingerprint") == fingerprint else {
            return "it was made by another extractor, registry or lexicons"
        }
        let listing = ArticleFile.list(paths)
        let states = try store.fileStates()
        var changed = 0, added = 0, matched = 0
        for file in listing.files {
            if let state = states[file.path] {
                matched += 1
                if state.size != file.size || state.mtime != file.mtime { changed += 1 }
            } else {
                added += 1
            }
        }
        // Files the store knows that the listing did not meet: removed, or from elsewhere.
        var removed = 0, outside = 0
        if matched < states.count {
            removed = gone(known: Set(states.keys), paths: paths, listing: listing).count
            // Articles the store holds from elsewhere would answer questions about this corpus.
            let roots = paths.map(ArticleFile.canonical)
            outside = states.filter { path, state in !state.skipped && !roots.contains { root in path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/") } }.count
        }
        var reasons: [String] = []
        if added > 0 { reasons.append("\(added) new article\(added == 1 ? "" : "s")") }
        if changed > 0 { reasons.append("\(changed) changed") }
        if removed > 0 { reasons.append("\(removed) removed") }
        if outside > 0 { reasons.append("\(outside) from outside this corpus") }
        return reasons.isEmpty ? nil : reasons.joined(separator: ", ")
    }

    /// Thirty-two hex digits: two FNV-1a hashes of the bytes, with different bases.
    public static func hash(_ bytes: [UInt8]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x8422_2325_cbf2_9ce4
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
                b = (b &+ UInt64(byte)) &* 0x9e37_79b9_7f4a_7c15
                b ^= b >> 31
            }
        }
        func hex(_ value: UInt64) -> String {
            let text = String(value, radix: 16)
            return String(repeating: "0", count: 16 - text.count) + text
        }
        return hex(a) + hex(b)
    }
}

/// A bounded queue between one producer and one consumer.
final class Handoff<Item: Sendable>: @unchecked Sendable {
    private let lock = NSCondition()
    private var items: [Item] = []
    private var finished = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Adds an item, waiting while the queue is full; dropped once the consumer has cancelled.
    func put(_ item: Item) {
        lock.lock()
        while items.count >= capacity && !cancelled { lock.wait() }
        if cancelled {
            lock.unlock()
            return
        }
        items.append(item)
        lock.broadcast()
        lock.unlock()
    }

    /// The consumer gives up: the producer's next `put` returns at once, and it should stop.
    func cancel() {
        lock.lock()
        cancelled = true
        items.removeAll()
        lock.broadcast()
        lock.unlock()
    }

    var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    func finish() {
        lock.lock()
        finished = true
        lock.broadcast()
        lock.unlock()
    }

    /// The next item, or nil once the producer has finished and all are taken.
    func take() -> Item? {
        lock.lock()
        defer { lock.unlock() }
        while items.isEmpty && !finished { lock.wait() }
        guard !items.isEmpty else { return nil }
        let item = items.removeFirst()
        lock.broadcast()
        return item
    }
}

/// The one `ingest` at a time: an exclusive lock on a file beside the store, held while it
/// writes. A second `ingest` waits for the first, saying so, or gives up after a while.
public final class IngestLock {
    let fd: Int32
    public let path: String

    /// Takes the lock; `waiting` is called once when another process holds it.
    public init(store: String, timeout: Double = 600, waiting: () -> Void) throws(StoreError) {
        path = store + ".lock"
        Store.makeFolder(for: store)
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw StoreError(path: path, problem: .database("cannot open the lock file: " + String(cString: strerror(errno)))) }
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw StoreError(path: path, problem: .database("cannot lock the store: " + reason))
        }
        waiting()
        var waited = 0.0
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            if waited >= timeout {
                close(fd)
                throw StoreError(path: store, problem: .busy)
            }
            usleep(100_000)
            waited += 0.1
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
