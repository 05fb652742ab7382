#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GRDB
import GRDBSQLite
import StanceGraph

/// The persistent store: every article of a corpus with what extraction found in it, in
/// one SQLite file, kept current by `stancegraph ingest`.
///
/// It holds articles (metadata, the hash and size of their bytes, their text), their
/// statements with offsets, the mentions of actors, and the actors as resolved, with the
/// fingerprint of the extractor, registry and lexicons that made them. It never holds the
/// analyst's corrections: those live in the corrections file, so the store can be deleted
/// at any time and rebuilt by `ingest`, losing nothing.
///
/// WAL mode: one writer (an `ingest`, which also holds ``IngestLock``) and any number of
/// readers, who see the last committed state. Articles are replaced in transactions of a
/// batch each, so a killed `ingest` leaves each article either as it was or as it is now
/// (or, after a change of fingerprint, not yet extracted again); the next `ingest` goes on.
public final class Store: @unchecked Sendable {
    public let path: String
    let pool: DatabasePool

    /// Written into the file's header, so a foreign SQLite file is told apart from a store.
    static let applicationID: Int32 = 0x5347_5354 // "SGST"

    /// Opens the store at `path`, creating it (and its folder) when `create` is set, and
    /// migrating an older one.
    ///
    /// A store opened with `create` is opened to be written: without memory-mapped reads,
    /// so that the writer's memory stays flat however large the file grows.
    public init(path: String, create: Bool) throws(StoreError) {
        self.path = path
        if access(path, F_OK) != 0 {
            guard create else { throw StoreError(path: path, problem: .missing) }
            Self.makeFolder(for: path)
        } else {
            try Self.checkHeader(path)
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            // In WAL mode, NORMAL loses at most the last transactions on a power cut, never consistency.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // 8 MB of pages for the writer, whose memory must stay flat; 32 MB for readers.
            try db.execute(sql: create ? "PRAGMA cache_size = -8000" : "PRAGMA cache_size = -32000")
            if !create { try db.execute(sql: "PRAGMA mmap_size = 268435456") }
            // Ingest copies its log into the store every 128 MB rather than every 4 MB: the pages
            // kept by speaker change again in batch after batch, and each copy writes them anew.
            if create { try db.execute(sql: "PRAGMA wal_autocheckpoint = 32768") }
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            // Reads first: a current store is opened without writing anything.
            let (id, tables) = try pool.read { db in
                (try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0, try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0)
            }
            if id == 0, tables == 0 {
                try pool.write { db in try db.execute(sql: "PRAGMA application_id = \(Self.applicationID)") }
            } else if id != Self.applicationID {
                throw StoreError(path: path, problem: .foreign)
            }
            if try pool.read(Self.migrator.hasBeenSuperseded) {
                let applied = try pool.read(Self.migrator.appliedIdentifiers)
                throw StoreError(path: path, problem: .newer(applied.filter { !Self.migrator.migrations.contains($0) }.sorted()))
            }
            if try !pool.read(Self.migrator.hasCompletedMigrations) {
                try Self.migrator.migrate(pool)
            }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(path: path, problem: error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT
                                 ? .corrupt(error.message ?? "\(error)") : .database(error.message ?? "\(error)"))
        } catch {
            throw StoreError(path: path, problem: .database("\(error)"))
        }
    }

    /// A file that exists but does not start like SQLite is refused before SQLite sees it.
    static func checkHeader(_ path: String) throws(StoreError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw StoreError(path: path, problem: .database(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var header = [UInt8](repeating: 0, count: 16)
        let count = read(fd, &header, 16)
        if count == 0 { return }
        if count < 16 || String(decoding: header.prefix(15), as: UTF8.self) != "SQLite format 3" {
            throw StoreError(path: path, problem: .corrupt("the file is not an SQLite database"))
        }
    }

    static func makeFolder(for path: String) {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        if !folder.isEmpty { mkdir(folder, 0o755) }
    }

    /// The schema, one migration per version; a store made by an older version is brought
    /// up to date when opened.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        // Article texts live apart from their metadata, so that listing articles reads no text.
        migrator.registerMigration("v1: articles, statements, mentions, actors") { db in
            try db.execute(sql: """
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                CREATE TABLE articles (
                    path TEXT PRIMARY KEY,
                    id TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    mtime INTEGER NOT NULL,
                    hash TEXT NOT NULL,
                    title TEXT, outlet TEXT, url TEXT, published TEXT
                );
                CREATE INDEX articles_id ON articles(id);
                CREATE TABLE article_texts (
                    path TEXT PRIMARY KEY REFERENCES articles(path) ON DELETE CASCADE,
                    text TEXT NOT NULL
                );
                CREATE TABLE actors (key TEXT PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, json TEXT NOT NULL);
                CREATE TABLE statements (
                    path TEXT NOT NULL REFERENCES articles(path) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    article TEXT NOT NULL,
                    speaker TEXT NOT NULL,
                    speaker_key TEXT NOT NULL,
                    text TEXT NOT NULL,
                    quote INTEGER NOT NULL,
                    cue TEXT NOT NULL,
                    date TEXT,
                    targets TEXT NOT NULL,
                    topics TEXT NOT NULL,
                    polarity INTEGER NOT NULL,
                    stances TEXT NOT NULL,
                    figures TEXT NOT NULL,
                    sentence TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    rule TEXT NOT NULL,
                    PRIMARY KEY (path, ordinal)
                );
                CREATE INDEX statements_speaker ON statements(speaker);
                CREATE INDEX statements_date ON statements(date);
                CREATE INDEX statements_article ON statements(article);
                CREATE TABLE skipped (
                    path TEXT PRIMARY KEY,
                    size INTEGER NOT NULL,
                    mtime INTEGER NOT NULL,
                    problem TEXT NOT NULL
                );
                CREATE INDEX statements_id ON statements(id);
                CREATE TABLE mentions (
                    path TEXT PRIMARY KEY REFERENCES articles(path) ON DELETE CASCADE,
                    list TEXT NOT NULL
                );
                """)
        }
        // The desk's search: the words of statements, through FTS5. The index is not kept up
        // by triggers, which would double the time of an ingest: writes mark it stale, and
        // the first search after them rebuilds it (``search(_:limit:)``).
        migrator.registerMigration("v2: full-text search over statements") { db in
            try db.execute(sql: """
                CREATE VIRTUAL TABLE statements_search USING fts5(text, content='statements', content_rowid='rowid');
                INSERT INTO statements_search(statements_search) VALUES ('rebuild');
                """)
        }
        // A speaker's statements in the corpus's order straight from the index, with no sort
        // of whole rows: what `statements --actor` reads.
        migrator.registerMigration("v3: statements by speaker in the corpus's order") { db in
            try db.execute(sql: """
                DROP INDEX statements_speaker;
                CREATE INDEX statements_speaker ON statements(speaker, path, ordinal);
                """)
        }
        // Each statement's JSON line as `extract` and `statements --format jsonl` print it,
        // and its block of the `statements` table, written once at ingest and kept by speaker:
        // a speaker's lines lie together in the file, to be copied out in one sweep rather
        // than gathered row by row from every article and built again. The rows have no lines yet: made out of date, the store is
        // extracted again at the next ingest, and answered from the corpus until then. An
        // article's lines are removed with it (``removeArticle(_:path:)``), by speaker and path:
        // no second index to keep up.
        migrator.registerMigration("v4: statements' JSON lines by speaker") { db in
            try db.execute(sql: """
                CREATE TABLE statement_lines (
                    speaker TEXT NOT NULL,
                    path TEXT NOT NULL,
                    ordinal INTEGER NOT NULL,
                    date TEXT,
                    line BLOB NOT NULL,
                    block BLOB NOT NULL,
                    PRIMARY KEY (speaker, path, ordinal)
                ) WITHOUT ROWID;
                DELETE FROM meta WHERE key = 'fingerprint';
                """)
        }
        return migrator
    }()

    /// The migrations a store of this version has, oldest first.
    public static var migrations: [String] { migrator.migrations }

    // MARK: Metadata

    /// A value of the `meta` table: `fingerprint`, `ingested`.
    public func meta(_ key: String) throws(StoreError) -> String? {
        try reading { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
    }

    /// What the store knows of each article file, by path.
    public struct FileRecord: Hashable, Sendable {
        public var id: String
        public var size: Int
        public var mtime: Int
        public var hash: String
    }

    public func files() throws(StoreError) -> [String: FileRecord] {
        try reading { db in
            var files: [String: FileRecord] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT path, id, size, mtime, hash FROM articles")
            while let row = try rows.next() {
                files[row[0]] = FileRecord(id: row[1], size: row[2], mtime: row[3], hash: row[4])
            }
            return files
        }
    }

    // MARK: Writing

    /// One article's new state, ready to write.
    public struct Entry: Sendable {
        public let article: Article
        public let file: FileRecord
        public let extraction: Extractor.Extraction
        /// Each statement written out, as a JSON line and as a block of the table: made with
        /// the entry, on the thread that extracts, not the one that writes the store.
        let written: [(line: Data, block: Data)]

        public init(article: Article, file: FileRecord, extraction: Extractor.Extraction) {
            self.article = article
            self.file = file
            self.extraction = extraction
            written = extraction.statements.map { statement in
                var line: [UInt8] = [], block: [UInt8] = []
                StatementFormats.appendJSONLine(statement, to: &line)
                line.append(0x0A)
                StatementFormats.appendTableBlock(statement, outlet: article.outlet ?? article.id, to: &block)
                return (Data(line), Data(block))
            }
        }
    }

    /// Removes an article with everything read from it: its statements, their lines, its
    /// text and mentions.
    static func removeArticle(_ db: Database, path: String) throws {
        try db.execute(sql: "DELETE FROM statement_lines WHERE speaker IN (SELECT speaker FROM statements WHERE path = ?) AND path = ?", arguments: [path, path])
        try db.execute(sql: "DELETE FROM articles WHERE path = ?", arguments: [path])
    }

    /// Replaces the given articles, removes `removed` (paths), touches `touched` (paths whose
    /// bytes are unchanged but whose size or time changed), and records `fingerprint`: all in
    /// one transaction.
    public func write(_ entries: [Entry], removed: [String] = [], touched: [String: FileRecord] = [:], skipped: [Skipped] = [],
                      fingerprint: String? = nil) throws(StoreError) {
        try writing { db in
            for path in removed {
                try Self.removeArticle(db, path: path)
                try db.execute(sql: "DELETE FROM skipped WHERE path = ?", arguments: [path])
            }
            for file in skipped {
                try db.execute(sql: "INSERT OR REPLACE INTO skipped (path, size, mtime, problem) VALUES (?, ?, ?, ?)",
                               arguments: [file.path, file.size, file.mtime, file.problem])
            }
            for (path, file) in touched {
                try db.execute(sql: "UPDATE articles SET size = ?, mtime = ? WHERE path = ?", arguments: [file.size, file.mtime, path])
            }
            let insertArticle = try db.cachedStatement(sql: """
                INSERT INTO articles (path, id, size, mtime, hash, title, outlet, url, published)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertStatement = try db.cachedStatement(sql: """
                INSERT INTO statements (path, ordinal, id, article, speaker, speaker_key, text, quote, cue, date, targets, topics,
                                        polarity, stances, figures, sentence, start, "end", rule)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let insertLine = try db.cachedStatement(sql: "INSERT INTO statement_lines (speaker, path, ordinal, date, line, block) VALUES (?, ?, ?, ?, ?, ?)")
            let insertText = try db.cachedStatement(sql: "INSERT INTO article_texts (path, text) VALUES (?, ?)")
            let insertMentions = try db.cachedStatement(sql: "INSERT INTO mentions (path, list) VALUES (?, ?)")
            let insertActor = try db.cachedStatement(sql: "INSERT OR IGNORE INTO actors (key, id, name, json) VALUES (?, ?, ?, ?)")
            // By id, then by value: most actors are the registry's, shared, and equal at once.
            var actorKeys: [String: [(actor: Actor, key: String)]] = [:]
            func key(_ actor: Actor) throws -> String {
                if let key = actorKeys[actor.id]?.first(where: { $0.actor == actor })?.key { return key }
                let json = ActorCoding.json(actor)
                let key = ActorCoding.key(json)
                try insertActor.execute(arguments: [key, actor.id, NameFolding.fold(([actor.name] + actor.aliases).joined(separator: " ")), json])
                actorKeys[actor.id, default: []].append((actor, key))
                return key
            }
            for entry in entries {
                let article = entry.article, path = article.path
                try Self.removeArticle(db, path: path)
                try db.execute(sql: "DELETE FROM skipped WHERE path = ?", arguments: [path])
                try insertArticle.execute(arguments: [path, article.id, entry.file.size, entry.file.mtime, entry.file.hash,
                                                      article.title, article.outlet, article.url, article.published?.description])
                try insertText.execute(arguments: [path, article.text])
                for (ordinal, statement) in entry.extraction.statements.enumerated() {
                    let targets = try statement.targets.map(key).joined(separator: " ")

                    try insertStatement.execute(arguments: [
                        path, ordinal, statement.id, statement.article, statement.speaker.id, try key(statement.speaker),
                        statement.text, statement.quote, statement.cue, statement.date?.description, targets,
                        Fields.join(statement.topics), statement.polarity,
                        Fields.join(statement.stances.keys.sorted().map { "\($0)=\(statement.stances[$0]!)" }),
                        Fields.join(statement.figures.map { "\($0.value) \($0.what)" }),
                        statement.sentence, statement.range.lowerBound, statement.range.upperBound, statement.rule,
                    ])
                    let written = entry.written[ordinal]
                    try insertLine.execute(arguments: [statement.speaker.id, path, ordinal, statement.date?.description, written.line, written.block])
                }
                // One row per article: its mentions as lines of actor key, offsets and words.
                var list = ""
                for mention in entry.extraction.mentions {
                    list += try key(mention.resolution.actor) + "\t\(mention.range.lowerBound)\t\(mention.range.upperBound)\t" + mention.text.replacing("\n", with: " ") + "\n"
                }
                try insertMentions.execute(arguments: [path, list])
            }
            if let fingerprint {
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('fingerprint', ?)", arguments: [fingerprint])
            }
            if !entries.isEmpty || !removed.isEmpty { try Self.markSearchStale(db) }
        }
    }

    /// A file that is not an article (not UTF-8, empty, too large ...), remembered so that an
    /// unchanged one does not make the store out of date.
    public struct Skipped: Hashable, Sendable {
        public var path: String
        public var size: Int
        public var mtime: Int
        public var problem: String

        public init(path: String, size: Int, mtime: Int, problem: String) {
            self.path = path
            self.size = size
            self.mtime = mtime
            self.problem = problem
        }
    }

    /// The files skipped as not articles, by path.
    public func skipped() throws(StoreError) -> [String: Skipped] {
        try reading { db in
            var out: [String: Skipped] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, size, mtime, problem FROM skipped") {
                out[row[0]] = Skipped(path: row[0], size: row[1], mtime: row[2], problem: row[3])
            }
            return out
        }
    }

    /// The size and time of every file the store has looked at, articles and skipped files
    /// alike, by path: what tells whether a corpus changed since.
    public func fileStates() throws(StoreError) -> [String: (size: Int, mtime: Int, skipped: Bool)] {
        try reading { db in
            var states: [String: (size: Int, mtime: Int, skipped: Bool)] = [:]
            let statement = try db.makeStatement(sql: "SELECT path, size, mtime, 0 FROM articles UNION ALL SELECT path, size, mtime, 1 FROM skipped")
            try Self.step(statement, db) { handle in
                states[Self.text(handle, 0)] = (Int(sqlite3_column_int64(handle, 1)), Int(sqlite3_column_int64(handle, 2)), sqlite3_column_int64(handle, 3) != 0)
            }
            return states
        }
    }

    /// Runs a prepared statement, calling `row` on each row with the statement's handle, its
    /// columns read in place rather than through GRDB's rows.
    static func step(_ statement: GRDB.Statement, _ db: Database, row: (SQLiteStatement) throws -> Void) throws {
        let handle = statement.sqliteStatement
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
            try row(handle)
        }
    }

    /// A text column of the current row; empty for NULL.
    static func text(_ handle: SQLiteStatement, _ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }

    /// Forgets every article, keeping the schema: for a change of extractor, registry or lexicons.
    public func clear() throws(StoreError) {
        try writing { db in
            // The articles' rows first, each table emptied whole, rather than row by row as the
            // articles' cascade would.
            try db.execute(sql: """
                DELETE FROM statement_lines; DELETE FROM statements; DELETE FROM mentions; DELETE FROM article_texts;
                DELETE FROM articles; DELETE FROM skipped; DELETE FROM actors; DELETE FROM meta WHERE key = 'fingerprint'
                """)
            try Self.markSearchStale(db)
        }
    }

    /// Actors no statement or mention refers to any more: the keys in use gathered in one
    /// pass over each table, the others deleted.
    public func pruneActors() throws(StoreError) {
        try writing { db in
            var used = Set<String>()
            let statements = try Row.fetchCursor(db, sql: "SELECT speaker_key, targets FROM statements")
            while let row = try statements.next() {
                used.insert(row[0])
                let targets: String = row[1]
                for key in targets.split(separator: " ") { used.insert(String(key)) }
            }
            let mentions = try Row.fetchCursor(db, sql: "SELECT list FROM mentions")
            while let row = try mentions.next() {
                let list: String = row[0]
                for line in list.split(separator: "\n") {
                    if let tab = line.firstIndex(of: "\t") { used.insert(String(line[..<tab])) }
                }
            }
            let unused = try String.fetchAll(db, sql: "SELECT key FROM actors").filter { !used.contains($0) }
            for key in unused { try db.execute(sql: "DELETE FROM actors WHERE key = ?", arguments: [key]) }
        }
    }

    /// Runs SQLite's integrity check: "ok", or what is wrong.
    public func integrity() throws(StoreError) -> String {
        try reading { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    // MARK: Reading

    /// The store's articles: their metadata, and their text when asked; `paragraphs` are left empty
    /// (``article(path:)`` reads one whole).
    public func articles(text: Bool = false) throws(StoreError) -> [Article] {
        try reading { db in
            var articles: [Article] = []
            let rows = try Row.fetchCursor(db, sql: text
                ? "SELECT a.path, id, title, outlet, url, published, t.text FROM articles a JOIN article_texts t ON t.path = a.path ORDER BY a.path"
                : "SELECT path, id, title, outlet, url, published, '' FROM articles ORDER BY path")
            while let row = try rows.next() {
                let published: String? = row[5]
                articles.append(Article(id: row[1], path: row[0], title: row[2], outlet: row[3], url: row[4],
                                        published: published.flatMap { Day(iso: $0) }, dateSource: .frontMatter,
                                        text: row[6], bodyOffset: 0, paragraphs: []))
            }
            return articles
        }
    }

    /// One article read again from the text the store holds, paragraphs and all.
    public func article(path: String) throws(StoreError) -> Article? {
        let text = try reading { db in try String.fetchOne(db, sql: "SELECT text FROM article_texts WHERE path = ?", arguments: [path]) }
        guard let text else { return nil }
        return try? ArticleReader.parse(Array(text.utf8), path: path)
    }

    /// The path of the article with an id.
    public func path(ofArticle id: String) throws(StoreError) -> String? {
        try reading { db in try String.fetchOne(db, sql: "SELECT path FROM articles WHERE id = ? ORDER BY path LIMIT 1", arguments: [id]) }
    }

    /// The outlets of the articles with these ids, by id, for those the store has and that
    /// name one; the first article by path where two share an id.
    public func outlets(ofArticles ids: [String]) throws(StoreError) -> [String: String] {
        try reading { db in
            var outlets: [String: String] = [:]
            var start = 0
            while start < ids.count {
                let chunk = Array(ids[start..<min(start + 500, ids.count)])
                let statement = try db.makeStatement(sql: "SELECT id, outlet FROM articles WHERE outlet IS NOT NULL AND id IN ("
                                                     + chunk.map { _ in "?" }.joined(separator: ",") + ") ORDER BY path")
                try statement.setArguments(StatementArguments(chunk))
                try Self.step(statement, db) { handle in
                    let id = Self.text(handle, 0)
                    if outlets[id] == nil { outlets[id] = Self.text(handle, 1) }
                }
                start += 500
            }
            return outlets
        }
    }

    /// Actors decoded so far, by key: each is decoded once per process.
    private var decoded: [String: Actor] = [:]
    private var decodedAll = false

    /// The actors with these keys.
    public func actors(keys: some Collection<String>) throws(StoreError) -> [String: Actor] {
        let wanted = keys.filter { decoded[$0] == nil }
        if !wanted.isEmpty, !decodedAll {
            decoded.merge(try fetchActors(keys: wanted)) { first, _ in first }
        }
        var out: [String: Actor] = [:]
        for key in keys { if let actor = decoded[key] { out[key] = actor } }
        return out
    }

    private func fetchActors(keys: [String]) throws(StoreError) -> [String: Actor] {
        try reading { db in
            var actors: [String: Actor] = [:]
            let list = Array(keys)
            var start = 0
            while start < list.count {
                let chunk = Array(list[start..<min(start + 500, list.count)])
                let rows = try Row.fetchCursor(db, sql: "SELECT key, json FROM actors WHERE key IN (" + chunk.map { _ in "?" }.joined(separator: ",") + ")",
                                               arguments: StatementArguments(chunk))
                while let row = try rows.next() {
                    if let actor = ActorCoding.actor(row[1]) { actors[row[0]] = actor }
                }
                start += 500
            }
            return actors
        }
    }

    /// The actors whose names or aliases hold one of `words` (folded), for matching a typed
    /// name without decoding every actor.
    public func actors(named words: [String]) throws(StoreError) -> [Actor] {
        let words = words.filter { $0.count >= 2 }
        guard !words.isEmpty else { return [] }
        let keys = try reading { db in
            try String.fetchAll(db, sql: "SELECT key FROM actors WHERE " + words.map { _ in "(' ' || name || ' ') LIKE ?" }.joined(separator: " OR "),
                                arguments: StatementArguments(words.map { "% " + $0 + " %" }))
        }
        return Array(try actors(keys: keys).values)
    }

    /// Every actor the store's statements and mentions refer to, by key.
    public func actors() throws(StoreError) -> [String: Actor] {
        if decodedAll { return decoded }
        let all = try reading { db in
            var actors: [String: Actor] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT key, json FROM actors")
            while let row = try rows.next() {
                let key: String = row[0]
                if let actor = decoded[key] ?? ActorCoding.actor(row[1]) { actors[key] = actor }
            }
            return actors
        }
        decoded = all
        decodedAll = true
        return all
    }

    /// The statements, in the corpus's order; when `speakers` is set, only those of the
    /// given speakers (actor ids) and of the given articles (article ids).
    public func statements(speakers: [String]? = nil, articles: [String] = []) throws(StoreError) -> [StanceGraph.Statement] {
        var filter = ""
        var arguments = StatementArguments()
        if let speakers {
            // An empty `IN ()` beside the other would make SQLite read the whole table.
            filter = " WHERE (s.speaker IN (" + speakers.map { _ in "?" }.joined(separator: ",") + ")"
                + (articles.isEmpty ? "" : " OR s.article IN (" + articles.map { _ in "?" }.joined(separator: ",") + ")") + ")"
            arguments = StatementArguments(speakers + articles)
        }
        // Every actor at once when every statement is read; else each the first time a row names it.
        if speakers == nil { _ = try actors() }
        let known = decoded
        let (statements, found) = try reading { db in try Self.statements(db, filter: filter, arguments: arguments, known: known) }
        decoded.merge(found) { old, _ in old }
        return statements
    }

    /// How a statement is written out: a line of JSON, or a block of the `statements` table.
    public enum LineForm: String, Sendable {
        case json = "line"
        case table = "block"
    }

    /// The statements of `speakers` written out as ingest wrote them, in the corpus's order;
    /// nil when a statement has none.
    public func lines(speakers: [String], form: LineForm) throws(StoreError) -> StatementLines? {
        let list = "(" + speakers.map { _ in "?" }.joined(separator: ",") + ")"
        return try reading { db in
            let arguments = StatementArguments(speakers)
            guard let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM statements WHERE speaker IN " + list, arguments: arguments) else { return nil }
            var lines = StatementLines()
            // Room for lines of the usual length, so that the bytes are seldom moved as they grow.
            lines.bytes.reserveCapacity(count * 640)
            lines.ends.reserveCapacity(count)
            lines.days.reserveCapacity(count)
            let statement = try db.makeStatement(sql: "SELECT " + form.rawValue + ", date FROM statement_lines WHERE speaker IN " + list + " ORDER BY path, ordinal")
            try statement.setArguments(arguments)
            try Self.step(statement, db) { handle in
                lines.bytes.append(contentsOf: UnsafeBufferPointer(start: sqlite3_column_blob(handle, 0)?.assumingMemoryBound(to: UInt8.self),
                                                                   count: Int(sqlite3_column_bytes(handle, 0))))
                lines.ends.append(lines.bytes.count)
                lines.days.append(sqlite3_column_type(handle, 1) == SQLITE_NULL ? nil
                    : Self.day(UnsafeBufferPointer(start: sqlite3_column_text(handle, 1), count: Int(sqlite3_column_bytes(handle, 1)))))
            }
            // Every statement has its line, or the answer must be built from the statements.
            return count == lines.count ? lines : nil
        }
    }

    /// The statements `filter` selects, in the corpus's order, and the actors decoded for
    /// them that `known` did not hold.
    static func statements(_ db: Database, filter: String, arguments: StatementArguments, known: [String: Actor]) throws -> ([StanceGraph.Statement], [String: Actor]) {
        let sql = """
            SELECT article, id, speaker_key, text, quote, cue, date, targets, topics, polarity, stances, figures,
                   sentence, start, "end", rule FROM statements s
            """ + filter + " ORDER BY s.path, s.ordinal"
        var statements: [StanceGraph.Statement] = []
        var found: [String: Actor] = [:]
        let lookup = try db.makeStatement(sql: "SELECT json FROM actors WHERE key = ?")
        let missing = Actor(id: "unknown", name: "unknown", kind: .group, isKnown: false)
        // Rows name actors by a key of sixteen hex digits, looked up here as a number.
        var byNumber: [UInt64: Actor] = [:]
        func actor(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Actor {
            let number = hexNumber(bytes)
            if let number, let seen = byNumber[number] { return seen }
            let key = String(decoding: bytes, as: UTF8.self)
            var actor = known[key] ?? found[key]
            if actor == nil {
                try lookup.setArguments([key])
                actor = try String.fetchOne(lookup).flatMap(ActorCoding.actor)
                if let actor { found[key] = actor }
            }
            if let number { byNumber[number] = actor ?? missing }
            return actor ?? missing
        }
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        try step(statement, db) { handle in
            func text(_ column: Int32) -> String { Self.text(handle, column) }
            func integer(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
            func bytes(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(start: sqlite3_column_text(handle, column), count: Int(sqlite3_column_bytes(handle, column)))
            }
            var targets: [Actor] = []
            try Fields.forEach(in: bytes(7), separator: 0x20) { key in if !key.isEmpty { targets.append(try actor(key)) } }
            var topics: [String] = []
            Fields.forEach(in: bytes(8)) { topics.append(String(decoding: $0, as: UTF8.self)) }
            var figures: [Figure] = []
            Fields.forEach(in: bytes(11)) { if let figure = Self.figure($0) { figures.append(figure) } }
            let start = integer(13)
            var made = StanceGraph.Statement(
                article: text(0), speaker: try actor(bytes(2)), text: text(3), quote: integer(4) != 0, cue: text(5),
                date: sqlite3_column_type(handle, 6) == SQLITE_NULL ? nil : day(bytes(6)),
                targets: targets, topics: topics, polarity: integer(9), figures: figures,
                sentence: text(12), range: start..<max(start, integer(14)), rule: text(15))
            Fields.forEach(in: bytes(10)) { pair in
                guard let equals = pair.lastIndex(of: 0x3D), let value = Int(String(decoding: pair[(equals + 1)...], as: UTF8.self)) else { return }
                made.stances[String(decoding: UnsafeBufferPointer(rebasing: pair[..<equals]), as: UTF8.self)] = value
            }
            made.id = text(1)
            statements.append(made)
        }
        return (statements, found)
    }

    /// The number sixteen lower-case hex digits spell, or nil for anything else.
    static func hexNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count == 16 else { return nil }
        var value: UInt64 = 0
        for byte in bytes {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }

    /// A figure as the store writes it: "value what".
    static func figure(_ field: UnsafeBufferPointer<UInt8>) -> Figure? {
        guard let space = field.firstIndex(of: 0x20), let value = Int(String(decoding: UnsafeBufferPointer(rebasing: field[..<space]), as: UTF8.self)) else { return nil }
        return Figure(value: value, what: String(decoding: UnsafeBufferPointer(rebasing: field[(space + 1)...]), as: UTF8.self))
    }

    /// A day written `YYYY-MM-DD` by the store, read without the general parser.
    static func day(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return Day(iso: String(decoding: bytes, as: UTF8.self)) }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = bytes[index] &- 0x30
                guard digit < 10 else { return nil }
                value = value * 10 + Int(digit)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The day of the latest statement.
    public func latestDay() throws(StoreError) -> Day? {
        try reading { db in try String.fetchOne(db, sql: "SELECT max(date) FROM statements") }.flatMap { Day(iso: $0) }
    }

    /// The mentions of actors, article by article in the corpus's order.
    public func mentions() throws(StoreError) -> [(article: String, mentions: [MentionFinder.Mention])] {
        let actors = try actors()
        return try reading { db in
            var out: [(article: String, mentions: [MentionFinder.Mention])] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT a.id, m.list FROM mentions m JOIN articles a ON a.path = m.path ORDER BY m.path")
            while let row = try rows.next() {
                let list: String = row[1]
                var mentions: [MentionFinder.Mention] = []
                for line in list.split(separator: "\n") {
                    let fields = line.split(separator: "\t", maxSplits: 3, omittingEmptySubsequences: false)
                    guard fields.count == 4, let actor = actors[String(fields[0])], let start = Int(fields[1]), let end = Int(fields[2]) else { continue }
                    mentions.append(MentionFinder.Mention(text: String(fields[3]), range: start..<end, actor: actor))
                }
                out.append((row[0], mentions))
            }
            return out
        }
    }

    /// Marks the articles' content changed: the search index stale, and the generation (what
    /// a reader that keeps the statements in memory compares, ``generation()``) one higher.
    static func markSearchStale(_ db: Database) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('search', 'stale')")
        try db.execute(sql: """
            INSERT INTO meta (key, value) VALUES ('generation', '1')
            ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
            """)
    }

    /// A number that changes whenever articles are written or removed, and only then: not
    /// when the search index is rebuilt, which also writes to the file.
    public func generation() throws(StoreError) -> String {
        try meta("generation") ?? "0"
    }

    /// Statement ids, articles and words of the statements matching an FTS5 query, best
    /// first. The first search after an ingest rebuilds the index.
    public func search(_ query: String, limit: Int = 50) throws(StoreError) -> [(id: String, article: String, text: String)] {
        if try meta("search") == "stale" {
            try writing { db in
                try db.execute(sql: "INSERT INTO statements_search(statements_search) VALUES ('rebuild')")
                try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('search', 'current')")
            }
        }
        return try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT s.id, s.article, s.text FROM statements_search f JOIN statements s ON s.rowid = f.rowid
                WHERE statements_search MATCH ? ORDER BY rank LIMIT ?
                """, arguments: [query, limit]).map { ($0[0], $0[1], $0[2]) }
        }
    }

    /// Counts: articles, statements, mentions, actors.
    public func counts() throws(StoreError) -> (articles: Int, statements: Int, mentions: Int, actors: Int) {
        try reading { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            let mentions = try Int.fetchOne(db, sql: "SELECT sum(length(list) - length(replace(list, char(10), ''))) FROM mentions") ?? 0
            return (try count("articles"), try count("statements"), mentions, try count("actors"))
        }
    }

    // MARK: Errors

    func reading<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw StoreError(path: path, error)
        }
    }

    /// Copies the write-ahead log into the store and empties it; left for the next time when
    /// a reader holds on to it.
    public func checkpoint() {
        _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    }

    func writing<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch {
            throw StoreError(path: path, error)
        }
    }
}

/// Lists of short values in one column, separated by the unit separator, which no
/// normalised article text holds.
enum Fields {
    static let separator: Character = "\u{1F}"

    static func join(_ values: [String]) -> String { values.joined(separator: String(separator)) }

    /// Each field of a column's bytes, split at `separator` (by default the field separator's
    /// byte), as `join(_:)` joined them; none for an empty column.
    static func forEach(in column: UnsafeBufferPointer<UInt8>, separator: UInt8 = 0x1F, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        guard !column.isEmpty else { return }
        var start = 0
        for index in column.indices where column[index] == separator {
            try body(UnsafeBufferPointer(rebasing: column[start..<index]))
            start = index + 1
        }
        try body(UnsafeBufferPointer(rebasing: column[start...]))
    }
}

/// Statements written out as the store keeps them: their bytes one after another (each JSON
/// line with its newline, each table block with its empty line), where each ends, and each
/// statement's day.
public struct StatementLines: Sendable {
    public var bytes: [UInt8] = []
    public var ends: [Int] = []
    public var days: [Day?] = []

    public init() {}

    public var count: Int { ends.count }

    /// Where statement `index` lies in `bytes`.
    public func range(_ index: Int) -> Range<Int> {
        (index == 0 ? 0 : ends[index - 1])..<ends[index]
    }
}
