/// How often each actor is mentioned in a corpus, registry actors and unknown ones apart.
public struct ActorCensus: Sendable {
    /// One actor's count, with an example of where it is mentioned.
    public struct Entry: Hashable, Sendable {
        public var actor: Actor
        public var mentions: Int
        public var articles: Int
        /// The words of the first mention and where it is: `004_8bae34228df506f4:64`.
        public var example: String
        public var place: String
    }

    public var known: [Entry]
    public var unknown: [Entry]

    /// Counts the mentions in every article of `corpus`.
    public init(corpus: Corpus, registry: Registry) {
        let finder = MentionFinder(resolver: Resolver(registry: registry))
        var counts: [String: Entry] = [:]
        var seenIn: [String: Set<String>] = [:]
        for article in corpus.articles {
            for mention in finder.mentions(in: article) {
                let actor = mention.resolution.actor
                let line = article.paragraphs.first { $0.range.contains(mention.range.lowerBound) }?.line ?? 0
                counts[actor.id, default: Entry(actor: actor, mentions: 0, articles: 0, example: mention.text, place: "\(article.id):\(line)")].mentions += 1
                if seenIn[actor.id, default: []].insert(article.id).inserted { counts[actor.id]!.articles += 1 }
            }
        }
        let order: (Entry, Entry) -> Bool = { ($1.mentions, $0.actor.name) < ($0.mentions, $1.actor.name) }
        known = registry.actors.map { counts[$0.id] ?? Entry(actor: $0, mentions: 0, articles: 0, example: "", place: "") }.sorted(by: order)
        unknown = counts.values.filter { !$0.actor.isKnown }.sorted(by: order)
    }
}
