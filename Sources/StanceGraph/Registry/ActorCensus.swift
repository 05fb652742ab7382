/// How often each actor is mentioned in a corpus, registry actors and unknown ones apart.
public struct ActorCensus: Sendable {
    /// One actor's count, with an example of where it is mentioned.
    public struct Entry: Hashable, Sendable {
        public var actor: Actor
        /// Statements it made in the corpus.
        public var statements: Int
        public var mentions: Int
        public var articles: Int
        /// The words of the first mention and where it is: `004_8bae34228df506f4:64`.
        public var example: String
        public var place: String
    }

    public var known: [Entry]
    public var unknown: [Entry]

    /// Counts the statements and mentions in every article of `corpus`.
    public init(corpus: Corpus, registry: Registry) {
        let extractor = Extractor(registry: registry)
        var statements: [Statement] = []
        var mentions: [(article: String, mentions: [MentionFinder.Mention])] = []
        for article in corpus.articles {
            // One reading gives both the statements and the mentions.
            let extraction = extractor.read(article)
            statements += extraction.statements
            mentions.append((article.id, extraction.mentions))
        }
        self.init(articles: corpus.articles, statements: statements, mentions: mentions, registry: registry)
    }

    /// Counts `statements` and each article's `mentions`, as extraction (or a store) found them.
    public init(articles: [Article], statements: [Statement], mentions: [(article: String, mentions: [MentionFinder.Mention])], registry: Registry) {
        var counts: [String: Entry] = [:]
        var seenIn: [String: Set<String>] = [:]
        var said: [String: Int] = [:]
        var speakers: [String: Actor] = [:]
        for statement in statements {
            said[statement.speaker.id, default: 0] += 1
            speakers[statement.speaker.id] = statement.speaker
        }
        let byID = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (id, found) in mentions {
            for mention in found {
                let actor = mention.resolution.actor
                if counts[actor.id] == nil {
                    let line = byID[id].map { Self.line(of: mention.range.lowerBound, in: $0) } ?? 0
                    counts[actor.id] = Entry(actor: actor, statements: 0, mentions: 0, articles: 0, example: mention.text, place: "\(id):\(line)")
                }
                counts[actor.id]!.mentions += 1
                if seenIn[actor.id, default: []].insert(id).inserted { counts[actor.id]!.articles += 1 }
            }
        }
        // Speakers found only as speakers (through "the ministry", "he") count too.
        for (id, actor) in speakers where counts[id] == nil {
            counts[id] = Entry(actor: actor, statements: 0, mentions: 0, articles: 0, example: actor.name, place: "")
        }
        for (id, count) in said { counts[id]?.statements = count }
        let order: (Entry, Entry) -> Bool = { ($1.statements, $1.mentions, $0.actor.name) < ($0.statements, $0.mentions, $1.actor.name) }
        known = registry.actors.map { counts[$0.id] ?? Entry(actor: $0, statements: 0, mentions: 0, articles: 0, example: "", place: "") }.sorted(by: order)
        unknown = counts.values.filter { !$0.actor.isKnown }.sorted(by: order)
    }

    /// The line of the article file a character offset falls on.
    static func line(of offset: Int, in article: Article) -> Int {
        var line = 1
        for scalar in article.text.unicodeScalars.prefix(offset) where scalar == "\n" { line += 1 }
        return line
    }
}
