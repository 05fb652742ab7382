/// The actor-statement graph: actors, the institutions they belong to, their statements,
/// the topics and actors those address, and the articles that report them.
///
/// Built from a corpus's statements and the registry. Ids are deterministic (`actor:<id>`,
/// `statement:<article>:<n>`, `topic:<id>`, `article:<id>`), and nodes and edges are kept
/// sorted, so the same corpus gives the same graph, and the same files, byte for byte.
public struct ActorGraph: Hashable, Sendable, Codable {
    public enum NodeKind: String, Hashable, Sendable, Codable {
        case actor, institution, statement, topic, article
    }

    public struct Node: Hashable, Sendable, Codable {
        public var id: String
        public var kind: NodeKind
        public var label: String
        /// Properties by name: an actor's `kind`, `country` and `known`; a statement's `text`,
        /// `date`, `quote`, `cue`, `polarity`; an article's `outlet`, `url`, `published`.
        public var properties: [String: String]
    }

    public enum Relation: String, Hashable, Sendable, Codable, CaseIterable {
        /// Actor → statement.
        case said
        /// Statement → the actor it addresses, with the statement's polarity.
        case targets
        /// Statement → topic, with the statement's polarity.
        case about
        /// Actor → the institution it belongs to.
        case memberOf = "member of"
        /// Actor → the institution in which it holds an office.
        case holdsRoleIn = "holds role in"
        /// Actor → the body it speaks for (a spokesperson and their ministry).
        case represents
        /// Statement → article.
        case reportedIn = "reported in"
    }

    public struct Edge: Hashable, Sendable, Codable {
        public var source: String
        public var target: String
        public var relation: Relation
        public var polarity: Int?
        public var from: Day?
        public var until: Day?
        /// The office or role, on `holds role in` and `member of` edges.
        public var role: String?
    }

    /// One speaker's stance toward one target (actor or topic), over all its statements.
    public struct Stance: Hashable, Sendable, Codable {
        public var speaker: String
        public var target: String
        public var statements: [String]
        public var meanPolarity: Double
        public var first: Day?
        public var last: Day?

        public var count: Int { statements.count }
    }

    public private(set) var nodes: [Node]
    public private(set) var edges: [Edge]
    public private(set) var stances: [Stance]

    /// Builds the graph of `statements`, read from `articles`, with institutions from `registry`.
    ///
    /// - Parameter mentions: the mentions of actors the extraction found in `articles`
    ///   (``Extractor/read(_:)-(Corpus)``); the articles are read for them when nil.
    public init(statements: [Statement], articles: [Article], registry: Registry, mentions: [MentionFinder.Mention]? = nil) {
        var nodes: [String: Node] = [:]
        // Edges are gathered in a list (a million of them for a large corpus, cheaper than
        // hashing each) and made unique once sorted.
        var edges: [Edge] = []
        edges.reserveCapacity(statements.count * 4)
        var stanceStatements: [String: [(id: String, polarity: Int, date: Day?)]] = [:]

        func addActor(_ actor: Actor) {
            let id = "actor:" + actor.id
            guard nodes[id] == nil else { return }
            var properties = ["kind": actor.kind.rawValue, "known": actor.isKnown ? "true" : "false"]
            if let country = actor.country { properties["country"] = country }
            nodes[id] = Node(id: id, kind: .actor, label: actor.name, properties: properties)
        }

        let outlets = Dictionary(articles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var numbering: [String: Int] = [:]
        for statement in statements {
            let number = numbering[statement.article, default: 0] + 1
            numbering[statement.article] = number
            let id = "statement:\(statement.article):\(number)"
            var properties = ["text": statement.text, "quote": statement.quote ? "true" : "false", "cue": statement.cue,
                              "polarity": String(statement.polarity), "article": statement.article, "rule": statement.rule]
            if let date = statement.date { properties["date"] = date.description }
            nodes[id] = Node(id: id, kind: .statement, label: Self.shorten(statement.text), properties: properties)
            addActor(statement.speaker)
            edges.append(Edge(source: "actor:" + statement.speaker.id, target: id, relation: .said, from: statement.date))

            let articleID = "article:" + statement.article
            if nodes[articleID] == nil {
                let article = outlets[statement.article]
                var properties: [String: String] = [:]
                if let outlet = article?.outlet { properties["outlet"] = outlet }
                if let url = article?.url { properties["url"] = url }
                if let published = article?.published { properties["published"] = published.description }
                nodes[articleID] = Node(id: articleID, kind: .article, label: article?.title ?? statement.article, properties: properties)
            }
            edges.append(Edge(source: id, target: articleID, relation: .reportedIn))

            for target in statement.targets {
                addActor(target)
                let toward = statement.polarity(toward: target.id)
                edges.append(Edge(source: id, target: "actor:" + target.id, relation: .targets, polarity: toward, from: statement.date))
                stanceStatements["actor:\(statement.speaker.id)\u{1}actor:\(target.id)", default: []].append((id, toward, statement.date))
            }
            for topic in statement.topics {
                let topicID = "topic:" + topic
                if nodes[topicID] == nil {
                    nodes[topicID] = Node(id: topicID, kind: .topic, label: registry.topic(topic)?.name ?? topic, properties: [:])
                }
                edges.append(Edge(source: id, target: topicID, relation: .about, polarity: statement.polarity, from: statement.date))
                stanceStatements["actor:\(statement.speaker.id)\u{1}\(topicID)", default: []].append((id, statement.polarity, statement.date))
            }
        }

        // Registry actors the articles mention, with how often: the mentions extraction found,
        // or, when none are given, a reading of the articles for them.
        let found = mentions ?? {
            let finder = MentionFinder(resolver: Resolver(registry: registry))
            return articles.flatMap { finder.mentions(in: $0) }
        }()
        var mentions: [String: Int] = [:]
        for mention in found where mention.resolution.actor.isKnown {
            addActor(mention.resolution.actor)
            mentions["actor:" + mention.resolution.actor.id, default: 0] += 1
        }
        for (id, count) in mentions { nodes[id]?.properties["mentions"] = String(count) }

        // Institutions: what the actors in the graph belong to or hold office in, one step out.
        var speakers: [String: Actor] = [:]
        for statement in statements where speakers[statement.speaker.id] == nil { speakers[statement.speaker.id] = statement.speaker }
        for node in nodes.values where node.kind == .actor {
            let actorID = String(node.id.dropFirst("actor:".count))
            guard let actor = registry.actor(actorID) ?? speakers[actorID] else { continue }
            for tenure in actor.roles {
                guard let of = tenure.of, let institution = registry.actor(of) else { continue }
                Self.addInstitution(institution, to: &nodes)
                edges.append(Edge(source: node.id, target: "actor:" + of, relation: .holdsRoleIn, from: tenure.from, until: tenure.until, role: tenure.role))
            }
            for tenure in actor.memberships {
                guard let of = tenure.of else { continue }
                let institution = registry.actor(of)
                if institution == nil, nodes["actor:" + of] == nil { continue }
                if let institution { Self.addInstitution(institution, to: &nodes) }
                let relation: Relation = tenure.role == "spokesperson" ? .represents : .memberOf
                edges.append(Edge(source: node.id, target: "actor:" + of, relation: relation, from: tenure.from, until: tenure.until, role: tenure.role))
            }
        }

        self.nodes = nodes.keys.sorted().map { nodes[$0]! }
        // A total order: sets and dictionaries iterate in a different order in every process.
        self.edges = Self.sortedUnique(edges)
        self.stances = stanceStatements.map { key, list in
            let parts = key.split(separator: "\u{1}").map(String.init)
            let dates = list.compactMap(\.date)
            return Stance(speaker: parts[0], target: parts[1], statements: list.map(\.id),
                          meanPolarity: Double(list.map(\.polarity).reduce(0, +)) / Double(list.count),
                          first: dates.min(), last: dates.max())
        }.sorted { ($0.speaker, $0.target) < ($1.speaker, $1.target) }
    }

    /// The edges, each once, in their total order: by source, target, relation, dates (none
    /// first), role and polarity. Each edge's key is made of integers once (strings by their rank), so
    /// that sorting a million edges copies no strings.
    static func sortedUnique(_ unsorted: [Edge]) -> [Edge] {
        var names = Set<String>()
        for edge in unsorted {
            names.insert(edge.source)
            names.insert(edge.target)
            names.insert(edge.role ?? "")
        }
        let rank = Dictionary(uniqueKeysWithValues: names.sorted().enumerated().map { ($1, $0) })
        let relations = Dictionary(uniqueKeysWithValues: Relation.allCases.map(\.rawValue).sorted().enumerated().map { ($1, $0) })
        struct Key: Comparable {
            var source, target, relation, from, until, role, polarity: Int
            static func < (a: Key, b: Key) -> Bool {
                if a.source != b.source { return a.source < b.source }
                if a.target != b.target { return a.target < b.target }
                if a.relation != b.relation { return a.relation < b.relation }
                return (a.from, a.until, a.role, a.polarity) < (b.from, b.until, b.role, b.polarity)
            }
        }
        let keys = unsorted.map { edge in
            Key(source: rank[edge.source]!, target: rank[edge.target]!, relation: relations[edge.relation.rawValue]!,
                from: edge.from?.ordinal ?? .min, until: edge.until?.ordinal ?? .min, role: rank[edge.role ?? ""]!, polarity: edge.polarity ?? .min)
        }
        var sorted: [Edge] = []
        sorted.reserveCapacity(unsorted.count)
        for index in keys.indices.sorted(by: { keys[$0] < keys[$1] }) where sorted.last != unsorted[index] {
            sorted.append(unsorted[index])
        }
        return sorted
    }

    private static func addInstitution(_ actor: Actor, to nodes: inout [String: Node]) {
        let id = "actor:" + actor.id
        guard nodes[id] == nil else { return }
        var properties = ["kind": actor.kind.rawValue, "known": actor.isKnown ? "true" : "false"]
        if let country = actor.country { properties["country"] = country }
        nodes[id] = Node(id: id, kind: .institution, label: actor.name, properties: properties)
    }

    /// The node with this id.
    public func node(_ id: String) -> Node? {
        nodes.first { $0.id == id }
    }

    /// At most 80 characters of a statement's words, cut at a word.
    public static func shorten(_ text: String, limit: Int = 80) -> String {
        // No more bytes than the limit means no more characters: no need to count them.
        guard text.utf8.count > limit, text.count > limit else { return text }
        let cut = text.prefix(limit)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }
}
