#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import GraphvizKit
import StanceGraph
import StanceGraphStore

/// What the curation commands share: the statement an id names, and a change to the
/// corrections file made under a lock, read fresh, written whole and atomically.
struct CurationDesk {
    let evidence: Evidence
    /// The statements as extracted, before corrections.
    let raw: [Statement]
    let result: Curation.Result
    let correctionsPath: String

    init(_ source: CorpusOptions) throws {
        evidence = try Evidence(paths: [source.corpus], registryPath: source.registry, options: source.store)
        raw = try evidence.rawStatements()
        result = evidence.curate(raw)
        correctionsPath = StoreOptions.correctionsPath(for: [source.corpus])
    }

    /// The statement an id (or a unique prefix of one) names, as the views show it now, and
    /// the index of the correction that already applies to it, if any.
    func statement(_ typed: String) throws -> (statement: Statement, correction: Int?) {
        let id = typed.lowercased()
        guard StatementID.isPlausible(id) else {
            throw Failure("\"\(typed)\" is not a statement id: ids are twelve hexadecimal digits (a prefix of six or more will do), as `stancegraph statements` prints them.")
        }
        var candidates = result.statements.filter { $0.id == id }
        if candidates.isEmpty { candidates = result.statements.filter { $0.id.hasPrefix(id) } }
        if candidates.isEmpty, let rejected = result.rejected.first(where: { $0.id.hasPrefix(id) }) {
            throw Failure("statement \(rejected.id) is rejected (\(rejected.speaker.name): \"\(String(rejected.text.prefix(60)))\"); to restore it, delete its entry from \(correctionsPath).")
        }
        guard !candidates.isEmpty else {
            throw Failure("no statement has the id \(typed). `stancegraph statements --actor NAME` prints ids; an id changes only when the words of a statement change.")
        }
        guard candidates.count == 1 else {
            throw Failure("\(typed) could be \(candidates.map(\.id).joined(separator: ", ")); give more of the id.")
        }
        let found = candidates[0]
        let correction = result.outcomes.firstIndex { $0 == .applied(statement: found.id) }
        return (found, correction)
    }

    /// Changes the entry at `index` (or a new one for `statement`) under the lock, and writes the file.
    func change(_ statement: Statement, existing index: Int?, note: String?, _ edit: (inout Correction) -> Void) throws -> Correction {
        let anchor = index.map { evidence.corrections.corrections[$0] }
        return try Self.editing(correctionsPath, lockFolder: StoreOptions.folder(of: evidence.paths)) { file in
            Self.record(statement, existing: anchor, in: &file, note: note, edit)
        }
    }

    /// Changes `statement`'s entry in `file` (the one `anchor` was, when it was read, else a
    /// new one), stamped with the time. The file is one read under the lock: another analyst
    /// may have written it since `anchor` was read.
    static func record(_ statement: Statement, existing anchor: Correction?, in file: inout CorrectionsFile, note: String?,
                       _ edit: (inout Correction) -> Void) -> Correction {
        // The same words said twice in one article ("A and B rejected ..."): which of them.
        let occurrence = statement.id.lastIndex(of: "-").flatMap { Int(statement.id[statement.id.index(after: $0)...]) }
        let position = anchor.flatMap { file.index(article: $0.article, words: $0.words, occurrence: $0.occurrence, added: $0.added) }
            ?? file.index(article: statement.article, words: statement.text, occurrence: occurrence)
        var correction = position.map { file.corrections[$0] } ?? Correction(article: statement.article, words: statement.text)
        if position == nil { correction.occurrence = occurrence }
        edit(&correction)
        if let note, !note.isEmpty { correction.notes.append(note) }
        correction.changed = now()
        if let position { file.corrections[position] = correction } else { file.corrections.append(correction) }
        return correction
    }

    /// Reads the corrections file under an exclusive lock, lets `body` change it, and writes
    /// it atomically; a malformed file is reported and left as it is.
    static func editing<T>(_ path: String, lockFolder: String, _ body: (inout CorrectionsFile) throws -> T) throws -> T {
        let folder = Folder.join(lockFolder, ".stancegraph")
        mkdir(folder, 0o755)
        let lockPath = Folder.join(folder, "corrections.lock")
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0, flock(fd, LOCK_EX) == 0 else {
            throw Failure("cannot lock \(lockPath) (\(String(cString: strerror(errno)))), so \(path) was not changed: another analyst may be writing it.")
        }
        defer { flock(fd, LOCK_UN); close(fd) }
        var file: CorrectionsFile
        do {
            file = try CorrectionsFile.load(path)
        } catch {
            throw Failure(error.description)
        }
        let value = try body(&file)
        do {
            try AtomicFile.write(Array(file.yaml().utf8), to: path)
        } catch {
            throw Failure("\(error.errorDescription ?? "\(error)"); nothing was changed.")
        }
        return value
    }

    static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        var buffer = [CChar](repeating: 0, count: 32)
        let count = strftime(&buffer, buffer.count, "%Y-%m-%dT%H:%M:%SZ", &parts)
        return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// One line naming a statement: its id, speaker and the start of its words.
    static func describe(_ statement: Statement) -> String {
        let words = statement.text.count > 70 ? String(statement.text.prefix(70)) + "..." : statement.text
        return "\(statement.id) \(statement.speaker.name): \"\(words)\" (\(statement.article))"
    }

    static func polarityName(_ value: Int) -> String { StatementFormats.stance(value) + " (\(value))" }
}

/// The options every curation command takes.
struct CurationOptions: ParsableArguments {
    @Option(help: "Why, in your words: kept with the correction.")
    var note: String?

    @OptionGroup var source: CorpusOptions

    /// Marks the statement an id names (`reject`, `confirm`), and says so.
    func mark(_ id: String, as verb: String, _ edit: (inout Correction) -> Void) throws {
        let desk = try CurationDesk(source)
        let (statement, existing) = try desk.statement(id)
        _ = try desk.change(statement, existing: existing, note: note, edit)
        print(verb + " " + CurationDesk.describe(statement))
        print("in \(desk.correctionsPath)")
    }
}

struct RejectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reject",
        abstract: "Reject a statement the extractor got wrong: it leaves every map, answer and export.",
        discussion: "Writes corrections.yaml beside the corpus; delete the entry there to undo."
    )

    @Argument(help: "The statement's id, as `statements` prints it (a unique prefix will do).")
    var id: String

    @OptionGroup var options: CurationOptions

    func run() throws {
        try reportingFailures {
            try options.mark(id, as: "rejected") { $0.rejected = true }
        }
    }
}

struct ConfirmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "confirm",
        abstract: "Mark a statement as checked: its JSON and CSV say so, and review skips it."
    )

    @Argument(help: "The statement's id, as `statements` prints it (a unique prefix will do).")
    var id: String

    @OptionGroup var options: CurationOptions

    func run() throws {
        try reportingFailures {
            try options.mark(id, as: "confirmed") { $0.confirmed = true }
        }
    }
}

/// The fields `correct` and `add` set.
struct StatementFields: ParsableArguments {
    @Option(help: "The speaker: a registry actor (id, name, alias or office) or a new name.")
    var speaker: String?

    @Option(parsing: .unconditional, help: "The stance: -1 hostile, 0 neutral, 1 supportive.")
    var polarity: Int?

    @Option(help: "Targets, separated by commas: registry actors or names (an empty value clears them).")
    var targets: String?

    @Option(help: "Topic ids, separated by commas.")
    var topics: String?

    @Option(help: "When it was said (YYYY-MM-DD).")
    var date: String?

    func validate() throws {
        if let polarity, !(-1...1).contains(polarity) { throw ValidationError("--polarity \(polarity): give -1, 0 or 1.") }
        if let date, Day(iso: date) == nil { throw ValidationError("--date \(date) is not a real day; write YYYY-MM-DD.") }
    }

    static func list(_ text: String?) -> [String]? {
        text.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }
    }

    /// Checks the names against the registry and the corpus, and the topics against the registry.
    func check(_ evidence: Evidence, statements: [Statement]) throws {
        let matcher = ActorMatcher(registry: evidence.registry, others: statements.flatMap { [$0.speaker] + $0.targets })
        for name in Self.list(targets) ?? [] {
            let folded = name.lowercased()
            if let topic = evidence.registry.topics.first(where: { $0.id == folded || $0.name.lowercased() == folded }),
               case .unknown = matcher.match(name) {
                throw Failure("--targets \"\(name)\" is a topic, not an actor: give it with --topics \(topic.id).")
            }
        }
        for name in ([speaker].compactMap { $0 } + (Self.list(targets) ?? [])) {
            if case .ambiguous(let actors) = matcher.match(name) {
                throw Failure("\"\(name)\" could mean several actors; give one of these ids: \(actors.map(\.id).joined(separator: ", ")).")
            }
        }
        for topic in Self.list(topics) ?? [] where evidence.registry.topic(topic) == nil {
            throw Failure("--topics: \"\(topic)\" is no topic; the topics are: \(evidence.registry.topics.map(\.id).joined(separator: ", ")).")
        }
    }

    func apply(to correction: inout Correction) {
        if let speaker { correction.speaker = speaker }
        if let polarity { correction.polarity = polarity }
        if let targets = Self.list(targets) { correction.targets = targets }
        if let topics = Self.list(topics) { correction.topics = topics }
        if let date { correction.date = Day(iso: date) }
    }

    var isEmpty: Bool { speaker == nil && polarity == nil && targets == nil && topics == nil && date == nil }
}

struct CorrectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "correct",
        abstract: "Correct a statement's speaker, stance, targets, topics, date or words.",
        discussion: "The correction is kept in corrections.yaml beside the corpus, anchored to the article and the statement's words, and applies to every view after every re-extraction."
    )

    @Argument(help: "The statement's id, as `statements` prints it (a unique prefix will do).")
    var id: String

    @OptionGroup var fields: StatementFields

    @Option(help: "The statement's words, where the extracted span was wrong.")
    var text: String?

    @OptionGroup var options: CurationOptions

    func validate() throws {
        if fields.isEmpty && text == nil {
            throw ValidationError("Say what to correct: --speaker, --polarity, --targets, --topics, --date or --text.")
        }
    }

    func run() throws {
        try reportingFailures {
            let desk = try CurationDesk(options.source)
            let (statement, existing) = try desk.statement(id)
            try fields.check(desk.evidence, statements: desk.result.statements)
            _ = try desk.change(statement, existing: existing, note: options.note) { correction in
                fields.apply(to: &correction)
                if let text { correction.text = text }
            }
            // The statement as every view shows it now: the raw extraction, every correction applied.
            let file = try Evidence.corrections(for: desk.evidence.paths)
            let now = Curation(registry: desk.evidence.registry).apply(file.corrections, to: desk.raw, article: desk.evidence.fullArticle)
            let updated = now.statements.first { $0.id == statement.id } ?? statement
            print("corrected " + CurationDesk.describe(statement))
            for line in Self.changes(statement, updated) { print("  " + line) }
            print("in \(desk.correctionsPath)")
        }
    }

    /// "speaker: X → Y" for each field that differs.
    static func changes(_ before: Statement, _ after: Statement) -> [String] {
        var lines: [String] = []
        if before.speaker.id != after.speaker.id { lines.append("speaker: \(before.speaker.name) → \(after.speaker.name)" + (after.speaker.isKnown ? " (\(after.speaker.id))" : " (not in the registry)")) }
        if before.polarity != after.polarity { lines.append("polarity: \(CurationDesk.polarityName(before.polarity)) → \(CurationDesk.polarityName(after.polarity))") }
        if before.targets.map(\.id) != after.targets.map(\.id) {
            lines.append("targets: \(before.targets.map(\.name).joined(separator: ", ")) → \(after.targets.map(\.name).joined(separator: ", "))")
        }
        if before.topics != after.topics { lines.append("topics: \(before.topics.joined(separator: ", ")) → \(after.topics.joined(separator: ", "))") }
        if before.date != after.date { lines.append("date: \(before.date?.description ?? "undated") → \(after.date?.description ?? "undated")") }
        if before.text != after.text { lines.append("text: \"\(after.text)\"") }
        return lines.isEmpty ? ["(no field changed: it already had these values)"] : lines
    }
}

struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a statement the extractor missed, from an article's own words.",
        discussion: "The words must occur in the article (case and punctuation aside); the sentence that holds them becomes the statement's sentence."
    )

    @Argument(help: "The article's id (its file name without extension).")
    var article: String

    @Option(help: "The statement's words, as the article has them.")
    var text: String

    @OptionGroup var fields: StatementFields

    @Flag(help: "The words are a direct quotation.")
    var quote = false

    @Option(help: "The reporting verb or phrase (default: said).")
    var cue: String?

    @OptionGroup var options: CurationOptions

    func validate() throws {
        if fields.speaker == nil { throw ValidationError("An added statement needs --speaker NAME.") }
        if StatementID.words(text).isEmpty { throw ValidationError("--text needs the statement's words.") }
    }

    func run() throws {
        try reportingFailures {
            let desk = try CurationDesk(options.source)
            guard let found = desk.evidence.fullArticle(article) else {
                throw Failure("no article \(article) in \(options.source.corpus); `stancegraph articles` lists them.")
            }
            try fields.check(desk.evidence, statements: desk.result.statements)
            var draft = Correction(article: article, words: text)
            draft.added = true
            draft.quote = quote ? true : nil
            draft.cue = cue
            guard Curation.locate(draft, in: found) != nil else {
                throw Failure("article \(article) has no sentence with the words \"\(text)\"; give words as the article has them (case and punctuation aside), within one sentence.")
            }
            let correction = try CurationDesk.editing(desk.correctionsPath, lockFolder: StoreOptions.folder(of: desk.evidence.paths)) { file in
                let position = file.index(article: article, words: text, added: true)
                var correction = position.map { file.corrections[$0] } ?? draft
                correction.added = true
                correction.quote = draft.quote
                correction.cue = draft.cue
                fields.apply(to: &correction)
                if let note = options.note, !note.isEmpty { correction.notes.append(note) }
                correction.changed = CurationDesk.now()
                if let position { file.corrections[position] = correction } else { file.corrections.append(correction) }
                return correction
            }
            let added = Curation(registry: desk.evidence.registry).apply([correction], to: [], article: { $0 == found.id ? found : nil })
            guard let statement = added.statements.first else { throw Failure("the statement could not be made from article \(article).") }
            print("added " + CurationDesk.describe(statement))
            print("  " + [statement.date?.description ?? "undated", statement.cue, StatementFormats.stance(statement.polarity)].joined(separator: " · ")
                  + (statement.targets.isEmpty ? "" : " → " + statement.targets.map(\.name).joined(separator: ", ")))
            print("in \(desk.correctionsPath)")
        }
    }
}

struct CorrectionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corrections",
        abstract: "List the corrections and what each applies to now; --orphaned, those that apply to nothing.",
        discussion: "A correction is orphaned when its article is gone, or no longer has its words, or the extractor no longer finds its statement. Orphans are never dropped: fix or delete them in corrections.yaml."
    )

    @Flag(help: "Only corrections that apply to nothing.")
    var orphaned = false

    @OptionGroup var source: CorpusOptions

    func run() throws {
        try reportingFailures {
            let evidence = try Evidence(paths: [source.corpus], registryPath: source.registry, options: source.store)
            let result = evidence.curate(try evidence.rawStatements())
            let corrections = evidence.corrections.corrections
            var rows: [[String]] = []
            for (correction, outcome) in zip(corrections, result.outcomes) {
                let status: String
                switch outcome {
                case .applied(let id): status = id
                case .idle: status = "idle: statement no longer extracted"
                case .orphaned(let reason): status = "ORPHANED: " + reason
                }
                if orphaned, !outcome.isOrphaned { continue }
                let words = correction.words.count > 50 ? String(correction.words.prefix(50)) + "..." : correction.words
                rows.append(["\(correction.line)", status, correction.article, correction.summary, "\"\(words)\"", correction.notes.joined(separator: "; ")])
            }
            let count = result.outcomes.filter(\.isOrphaned).count
            if rows.isEmpty {
                print(corrections.isEmpty ? "no corrections in \(evidence.corrections.path)." : orphaned ? "no orphaned corrections: all \(corrections.count) apply." : "")
                return
            }
            Table(["line", "applies to", "article", "what", "words", "notes"], rows).print()
            print("\n\(corrections.count) correction\(corrections.count == 1 ? "" : "s") in \(evidence.corrections.path), \(count) orphaned.")
        }
    }
}
