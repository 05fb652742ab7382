import Foundation
import GRDB
import Testing
@testable import StanceGraph
@testable import StanceGraphStore
import TestSupport

/// The registry the tests extract with: the project's own.
let registry: Registry = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    return try! RegistryLoader.load(path: root + "/Corpus/actors.yaml")
}()
let extractor = Extractor(registry: registry)

/// A small corpus of articles written for these tests.
func corpus(_ folder: TemporaryFolder) throws {
    try folder.write("articles/a.txt", """
        ---
        outlet: Test Wire
        published: 2022-03-02
        ---
        President Ilham Aliyev said the new checkpoint would stay open for trade. \
        "We will not be the first to fire," Prime Minister Nikol Pashinyan told reporters on Tuesday.
        """)
    try folder.write("articles/b.txt", """
        ---
        outlet: Other Wire
        published: 2022-03-04
        ---
        Russian Foreign Minister Sergei Lavrov urged both sides to return to the talks in Moscow.
        """)
    try folder.write("articles/sub/c.md", """
        ---
        published: 2022-03-05
        ---
        The CSTO said it would send observers to the border next week.
        """)
}

func ingest(_ store: Store, _ folder: TemporaryFolder, fingerprint: String = "test 1") throws -> Ingest.Report {
    try Ingest(store: store, extractor: extractor, fingerprint: fingerprint).run([folder.file("articles")])
}

/// The statements as a direct reading of the folder finds them.
func direct(_ folder: TemporaryFolder) -> [StanceGraph.Statement] {
    extractor.statements(in: Corpus.load([folder.file("articles")]))
}

@Suite struct StoreTests {
    @Test func ingestStoresWhatADirectReadingFinds() throws {
        let folder = try TemporaryFolder()
        try corpus(folder)
        let store = try Store(path: folder.file(".stancegraph/store.sqlite"), create: true)
        let report = try ingest(store, folder)
        #expect(report.added == 3 && report.changed == 0 && report.removed == 0 && report.unchanged == 0)
        let stored = try store.statements()
        let read = direct(folder)
        #expect(!read.isEmpty)
        #expect(stored == read)
        #expect(try Ingest.staleness(of: store, paths: [folder.file("articles")], fingerprint: "test 1") == nil)
        #expect(try store.integrity() == "ok")
        // The mentions come back with the actors they stood for.
        let mentions = try store.mentions().flatMap(\.mentions)
        #expect(mentions.contains { $0.resolution.actor.id == "ilham-aliyev" })
    }

    @Test func aSecondIngestLeavesUnchangedArticlesAloneAndFollowsChanges() throws {
        let folder = try TemporaryFolder()
        try corpus(folder)
        let store = try Store(path: folder.file("store.sqlite"), create: true)
        _ = try ingest(store, folder)
        let again = try ingest(store, folder)
        #expect(again.added == 0 && again.changed == 0 && again.removed == 0 && again.unchanged == 3)

        // Rewritten with the same bytes: touched, not extracted.
        let text = try String(contentsOfFile: folder.file("articles/b.txt"), encoding: .utf8)
        usleep(10_000)
        try folder.write("articles/b.txt", text)
        let touched = try ingest(store, folder)
        #expect(touched.changed == 0 && touched.unchanged == 3)

        try folder.write("articles/b.txt", text.replacingOccurrences(of: "Moscow", with: "Geneva"))
        try FileManager.default.removeItem(atPath: folder.file("articles/sub/c.md"))
        try folder.write("articles/d.txt", "---\npublished: 2022-03-06\n---\nThe OSCE Minsk Group called for calm along the line of contact.\n")
        let changed = try ingest(store, folder)
        #expect(changed.added == 1 && changed.changed == 1 && changed.removed == 1 && changed.unchanged == 1)
        #expect(try store.statements() == direct(folder))
        #expect(try store.counts().articles == 3)
    }

    @Test func aNewFingerprintExtractsEverythingAgain() throws {
        let folder = try TemporaryFolder()
        try corpus(folder)
        let store = try Store(path: folder.file("store.sqlite"), create: true)
        _ = try ingest(store, folder)
        #expect(try Ingest.staleness(of: store, paths: [folder.file("articles")], fingerprint: "test 2") != nil)
        let report = try ingest(store, folder, fingerprint: "test 2")
        #expect(report.reextracted != nil)
        #expect(report.added == 3)
        #expect(try store.meta("fingerprint") == "test 2")
    }

    @Test func aStoreSaysWhyItIsStale() throws {
        let folder = try TemporaryFolder()
        try corpus(folder)
        let store = try Store(path: folder.file("store.sqlite"), create: true)
        _ = try ingest(store, folder)
        try folder.write("articles/e.txt", "Lavrov said the talks would resume.\n")
        #expect(try Ingest.staleness(of: store, paths: [folder.file("articles")], fingerprint: "test 1") == "1 new article")
    }

    @Test func aFileThatIsNotADatabaseIsRefusedWithHowToRebuild() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("store.sqlite", "these are not the bytes of a database, only some words\n")
        #expect {
            _ = try Store(path: path, create: true)
        } throws: { error in
            let text = (error as? StoreError)?.description ?? ""
            return text.hasPrefix(path + ": ") && text.contains("not a database") && text.contains("stancegraph ingest")
        }
        // A database damaged past its header.
        let damaged = folder.file("damaged.sqlite")
        try corpus(folder)
        do {
            let store = try Store(path: damaged, create: true)
            _ = try ingest(store, folder)
        }
        #expect(!FileManager.default.fileExists(atPath: damaged + "-wal"))
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: damaged)))
        for index in 100..<bytes.count { bytes[index] = 0xA5 }
        try Data(bytes).write(to: URL(fileURLWithPath: damaged))
        #expect(throws: StoreError.self) {
            let reopened = try Store(path: damaged, create: false)
            _ = try reopened.statements()
        }
    }

    @Test func anotherSQLiteDatabaseIsNotTakenForAStore() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("other.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE notes (body TEXT)") }
        #expect {
            _ = try Store(path: path, create: true)
        } throws: { error in
            (error as? StoreError)?.problem == .foreign
        }
    }

    /// A store as the first version left it, its first migration only, is brought up to date.
    @Test func aStoreFromTheFirstVersionIsMigratedKeepingItsRows() throws {
        let folder = try TemporaryFolder()
        try corpus(folder)
        let path = folder.file("old.sqlite")
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "PRAGMA application_id = \(Store.applicationID)") }
        try Store.migrator.migrate(queue, upTo: Store.migrations[0])
        try queue.close()
        // Rows written by the first version.
        let first = try DatabaseQueue(path: path)
        try first.write { db in
            try db.execute(sql: "INSERT INTO meta VALUES ('fingerprint', 'test 1')")
            try db.execute(sql: "INSERT INTO articles VALUES ('/x/a.txt', 'a', 1, 1, 'h', NULL, NULL, NULL, '2022-03-02')")
            try db.execute(sql: "INSERT INTO article_texts VALUES ('/x/a.txt', 'Aliyev said no.')")
            try db.execute(sql: """
                INSERT INTO statements VALUES ('/x/a.txt', 0, 'abcdefabcdef', 'a', 'ilham-aliyev', 'k', 'no deal with the mediators', 0, 'said',
                '2022-03-02', '', '', -1, '', '', 'Aliyev said no.', 0, 15, 'test')
                """)
        }
        try first.close()
        let store = try Store(path: path, create: false)
        #expect(try store.counts().statements == 1)
        // The search finds the old row, and so does the question by speaker.
        #expect(try store.search("mediators").map(\.id) == ["abcdefabcdef"])
        #expect(try store.statements(speakers: ["ilham-aliyev"]).map(\.text) == ["no deal with the mediators"])
        // The question by speaker now reads its rows in order from the index, sorting none.
        let plan = try DatabaseQueue(path: path).read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT id FROM statements WHERE speaker IN (?) ORDER BY path, ordinal", arguments: ["ilham-aliyev"])
                .map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("statements_speaker") })
        #expect(!plan.contains { $0.contains("TEMP B-TREE") })
    }

    /// Each speaker's statements as ingest wrote them out, JSON lines and table blocks, are
    /// what writing the statements read back gives; a statement without its line makes the
    /// answer nil, to be built from the statements, and a removed article takes its lines along.
    @Test func storedLinesAreTheStatementsWrittenOut() throws {
        let folder = try TemporaryFolder()
        try corpus(folder)
        let path = folder.file("store.sqlite")
        let store = try Store(path: path, create: true)
        _ = try ingest(store, folder)
        let statements = try store.statements()
        let outlets = try store.outlets(ofArticles: statements.map(\.article))
        for speaker in Set(statements.map(\.speaker.id)) {
            let own = statements.filter { $0.speaker.id == speaker }
            var json: [UInt8] = [], table: [UInt8] = []
            for statement in own {
                StatementFormats.appendJSONLine(statement, to: &json)
                json.append(0x0A)
                StatementFormats.appendTableBlock(statement, outlet: outlets[statement.article] ?? statement.article, to: &table)
            }
            let lines = try #require(try store.lines(speakers: [speaker], form: .json))
            #expect(lines.bytes == json)
            #expect(lines.days == own.map(\.date))
            #expect(lines.count == own.count && lines.range(own.count - 1).upperBound == json.count)
            #expect(try store.lines(speakers: [speaker], form: .table)?.bytes == table)
        }
        // A statement without its line: the answer is built from the statements instead.
        let lavrov = try #require(statements.first { $0.speaker.id == "sergei-lavrov" })
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "DELETE FROM statement_lines WHERE speaker = 'sergei-lavrov'")
        }
        #expect(try store.lines(speakers: [lavrov.speaker.id], form: .json) == nil)
        // A removed article's lines go with its statements.
        try FileManager.default.removeItem(atPath: folder.file("articles/a.txt"))
        _ = try ingest(store, folder)
        let left = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM statement_lines") }
        #expect(left == (try store.statements()).filter { $0.speaker.id != "sergei-lavrov" }.count)
    }

    @Test func aStoreFromANewerVersionIsRefused() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("new.sqlite")
        _ = try Store(path: path, create: true)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations VALUES ('v9: from the future')") }
        try queue.close()
        #expect {
            _ = try Store(path: path, create: false)
        } throws: { error in
            (error as? StoreError)?.description.contains("newer StanceGraph") == true
        }
    }

    @Test func searchFindsStatementsByTheirWords() throws {
        let folder = try TemporaryFolder()
        try corpus(folder)
        let store = try Store(path: folder.file("store.sqlite"), create: true)
        _ = try ingest(store, folder)
        let found = try store.search("checkpoint")
        #expect(found.count == 1)
        #expect(found.first?.article == "a")
    }

    @Test func theGenerationMovesWithArticlesNotWithTheSearchIndex() throws {
        let folder = try TemporaryFolder()
        try corpus(folder)
        let store = try Store(path: folder.file("store.sqlite"), create: true)
        #expect(try store.generation() == "0")
        _ = try ingest(store, folder)
        let ingested = try store.generation()
        #expect(ingested != "0")
        // Building the search index writes to the file, but changes no article.
        _ = try store.search("checkpoint")
        #expect(try store.generation() == ingested)
        try store.clear()
        #expect(try store.generation() != ingested)
    }

    @Test func aSecondWriterWaitsForTheLock() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("store.sqlite")
        let first = try IngestLock(store: path) {}
        nonisolated(unsafe) var waited = false
        #expect(throws: StoreError.self) {
            _ = try IngestLock(store: path, timeout: 0.3) { waited = true }
        }
        #expect(waited)
        withExtendedLifetime(first) {}
    }
}

extension StoreTests {
    @Test func aFileThatIsNotAnArticleLeavesTheStoreCurrent() throws {
        let folder = try TemporaryFolder()
        try corpus(folder)
        try folder.write("articles/blank.txt", "\n\n")
        let store = try Store(path: folder.file("store.sqlite"), create: true)
        let report = try ingest(store, folder)
        #expect(report.errors.count == 1)
        #expect(report.added == 3)
        #expect(try Ingest.staleness(of: store, paths: [folder.file("articles")], fingerprint: "test 1") == nil)
        // Written into an article at last: changed, and then extracted.
        try folder.write("articles/blank.txt", "Lavrov said the talks would resume.\n")
        #expect(try Ingest.staleness(of: store, paths: [folder.file("articles")], fingerprint: "test 1") == "1 changed")
        let again = try ingest(store, folder)
        #expect(again.added == 1 && again.errors.isEmpty)
        #expect(try store.statements() == direct(folder))
    }
}
