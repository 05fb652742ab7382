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
        var counts: [String: Entry] = [:]
        var seenIn: [String: Set<String>] = [:]
        var said: [String: Int] = [:]
        var speakers: [String: Actor] = [:]
        for article in corpus.articles {
            // One reading gives both the statements and the mentions.
            let extraction = extractor.read(article)
            for statement in extraction.statements {
                said[statement.speaker.id, default: 0] += 1
                speakers[statement.speaker.id] = statement.speaker
            }
            for mention in extraction.mentions {
                let actor = mention.resolution.actor
                let line = article.paragraphs.first { $0.range.contains(mention.range.lowerBound) }?.line ?? 0
                counts[actor.id, default: Entry(actor: actor, statements: 0, mentions: 0, articles: 0, example: mention.text, place: "\(article.id):\(line)")].mentions += 1
                if seenIn[actor.id, default: []].insert(article.id).inserted { counts[actor.id]!.articles += 1 }
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
}
