#if canImport(Glibc)
import Glibc
#endif
import StanceGraph
import StanceGraphStore

/// What the desk shows: the corpus's statements as extracted and with the analyst's
/// corrections applied, its articles, and indexes over them. Read once, never changed:
/// a correction or a new ingest makes a new one (``Desk``).
final class DeskData: @unchecked Sendable {
    let registry: Registry
    /// The statements as extracted, before corrections, kept to apply new corrections to.
    let raw: [Statement]
    let corrections: CorrectionsFile
    /// The articles' metadata, by id, and their ids in the corpus's order.
    let articles: [String: Article]
    let articleIDs: [String]
    /// The articles' mentions, when read from the corpus; from a store they are read when a
    /// map needs them (``mentions()``), which only the map of a small corpus does.
    private let corpusMentions: [MentionFinder.Mention]?
    /// What the corrections make of the statements, and the indexes over them.
    private let derived: Derived

    /// The statements with every correction applied, rejected ones left out, in corpus order.
    var statements: [Statement] { derived.statements }
    /// The statements rejected, as extracted.
    var rejected: [Statement] { derived.rejected }
    /// Each correction's statement, when it applies to one: for finding a statement's entry.
    var correctionOf: [String: Int] { derived.correctionOf }
    /// Positions in ``statements``: by id; each speaker's and each article's, in date order
    /// (undated last) and reading order respectively.
    var byID: [String: Int] { derived.byID }
    var bySpeaker: [String: [Int]] { derived.bySpeaker }
    var byArticle: [String: [Int]] { derived.byArticle }
    /// The statements addressed to each actor, in date order.
    var byTarget: [String: [Int]] { derived.byTarget }
    /// Who addressed each actor, and how often, the most frequent first.
    var addressedBy: [String: [(speaker: String, count: Int)]] { derived.addressedBy }
    /// Every actor a statement names, with the registry's, by id.
    var actors: [String: Actor] { derived.actors }
    /// The statements nobody has checked yet, in date order: the review queue.
    var unchecked: [Int] { derived.unchecked }
    /// The countries the statements' speakers belong to, for the map's filter: id and name.
    var countries: [(id: String, name: String)] { derived.countries }

    /// Where full texts come from: the store, or the corpus as read.
    let store: Store?
    /// The store's generation when it was read (``Store/generation()``).
    let generation: String?
    private let texts: [String: Article]

    /// Reads the store (or the corpus, when there is no current store) and the corrections.
    init(evidence: Evidence) throws {
        registry = evidence.registry
        store = try evidence.store
        if let store {
            do {
                generation = try store.generation()
                raw = try store.statements()
            } catch {
                throw Failure(error.description)
            }
            corpusMentions = nil
        } else {
            generation = nil
            raw = try evidence.rawStatements()
            corpusMentions = evidence.mentionsByArticle.flatMap(\.mentions)
        }
        let articleList = try evidence.articles
        articles = Dictionary(articleList.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        articleIDs = articleList.map(\.id)
        if let corpus = try evidence.corpus {
            texts = Dictionary(corpus.articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        } else {
            texts = [:]
        }
        corrections = evidence.corrections
        derived = Derived(evidence.curate(raw), registry: registry)
    }

    /// The same evidence with another corrections file applied: after a review.
    init(_ previous: DeskData, corrections: CorrectionsFile) {
        registry = previous.registry
        raw = previous.raw
        corpusMentions = previous.corpusMentions
        store = previous.store
        generation = previous.generation
        articles = previous.articles
        articleIDs = previous.articleIDs
        texts = previous.texts
        self.corrections = corrections
        let result = Curation(registry: registry).apply(corrections.corrections, to: raw, article: { [texts, store, articles] id in
            Self.fullArticle(id, texts: texts, store: store, articles: articles)
        })
        derived = Derived(result, registry: registry)
    }

    /// The statements as curated, and everything indexed over them.
    private struct Derived {
        let statements: [Statement]
        let rejected: [Statement]
        let correctionOf: [String: Int]
        let byID: [String: Int]
        let bySpeaker: [String: [Int]]
        let byArticle: [String: [Int]]
        let byTarget: [String: [Int]]
        let addressedBy: [String: [(speaker: String, count: Int)]]
        let actors: [String: Actor]
        let unchecked: [Int]
        let countries: [(id: String, name: String)]

        init(_ result: Curation.Result, registry: Registry) {
            statements = result.statements
            rejected = result.rejected
            var correctionOf: [String: Int] = [:]
            for (index, outcome) in result.outcomes.enumerated() {
                if case .applied(let statement) = outcome { correctionOf[statement] = index }
            }
            self.correctionOf = correctionOf
            (byID, bySpeaker, byArticle, byTarget, actors, unchecked) = DeskData.index(statements, registry: registry)
            countries = DeskData.countries(statements, actors: actors)
            addressedBy = DeskData.addressedBy(statements, byTarget: byTarget)
        }
    }

    private static func index(_ statements: [Statement], registry: Registry)
        -> ([String: Int], [String: [Int]], [String: [Int]], [String: [Int]], [String: Actor], [Int]) {
        var byID: [String: Int] = [:]
        var byArticle: [String: [Int]] = [:]
        var actors: [String: Actor] = [:]
        for actor in registry.actors { actors[actor.id] = actor }
        for (index, statement) in statements.enumerated() {
            byID[statement.id] = index
            byArticle[statement.article, default: []].append(index)
            for actor in [statement.speaker] + statement.targets where actors[actor.id] == nil { actors[actor.id] = actor }
        }
        let dated = StatementQuery.order(statements.count, day: { statements[$0].date }, answers: { _ in true })
        var bySpeaker: [String: [Int]] = [:]
        var byTarget: [String: [Int]] = [:]
        var unchecked: [Int] = []
        for index in dated {
            bySpeaker[statements[index].speaker.id, default: []].append(index)
            for target in statements[index].targets { byTarget[target.id, default: []].append(index) }
            if statements[index].review?.checked != true { unchecked.append(index) }
        }
        return (byID, bySpeaker, byArticle, byTarget, actors, unchecked)
    }

    /// An article with its text and paragraphs.
    func fullArticle(_ id: String) -> Article? {
        Self.fullArticle(id, texts: texts, store: store, articles: articles)
    }

    private static func fullArticle(_ id: String, texts: [String: Article], store: Store?, articles: [String: Article]) -> Article? {
        if let article = texts[id] { return article }
        guard let store, let path = articles[id]?.path else { return nil }
        return try? store.article(path: path)
    }

    /// The statement with an id.
    func statement(_ id: String) -> Statement? {
        byID[id].map { statements[$0] }
    }

    /// An actor's name, or its id.
    func name(_ id: String) -> String {
        actors[id]?.name ?? registry.topic(id)?.name ?? id
    }

    /// The outlet an article came from, or its id.
    func outlet(_ article: String) -> String {
        articles[article]?.outlet ?? article
    }

    private static func addressedBy(_ statements: [Statement], byTarget: [String: [Int]]) -> [String: [(speaker: String, count: Int)]] {
        byTarget.mapValues { indices in
            var counts: [String: Int] = [:]
            for index in indices { counts[statements[index].speaker.id, default: 0] += 1 }
            return counts.map { (speaker: $0.key, count: $0.value) }.sorted { ($1.count, $0.speaker) < ($0.count, $1.speaker) }
        }
    }

    private static func countries(_ statements: [Statement], actors: [String: Actor]) -> [(id: String, name: String)] {
        var seen = Set<String>()
        for statement in statements {
            if let country = statement.speaker.country { seen.insert(country) }
            if statement.speaker.kind == .state { seen.insert(statement.speaker.id) }
        }
        return seen.filter { actors[$0] != nil }.map { ($0, actors[$0]!.name) }.sorted { $0.name < $1.name }
    }

    /// The articles' mentions: as read from the corpus, or from the store now.
    func mentions() -> [MentionFinder.Mention] {
        if let corpusMentions { return corpusMentions }
        return ((try? store?.mentions()) ?? []).flatMap(\.mentions)
    }

    /// Whether a statement concerns a country: said by it or one of its people or bodies, or
    /// addressed to one of them.
    static func concerns(_ statement: Statement, country: String) -> Bool {
        func within(_ actor: Actor) -> Bool { actor.id == country || actor.country == country }
        return within(statement.speaker) || statement.targets.contains(where: within)
    }
}

/// A cheap look at whether the store or the corrections file changed: their sizes and times.
struct FileStamp: Equatable {
    var parts: [Int]

    init(parts: [Int]) {
        self.parts = parts
    }

    init(_ paths: [String]) {
        parts = []
        for path in paths {
            var status = stat()
            if stat(path, &status) == 0 {
                parts += [Int(status.st_size), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec), Int(status.st_ino)]
            } else {
                parts += [-1, -1, -1, -1]
            }
        }
    }
}
