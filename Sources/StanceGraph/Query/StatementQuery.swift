/// A question about statements: who spoke, about whom or what, when, and whether only
/// direct quotes count.
public struct StatementQuery: Hashable, Sendable {
    public var speaker: String?
    public var target: String?
    public var topic: String?
    public var since: Day?
    public var until: Day?
    public var quotesOnly = false

    public init(speaker: String? = nil, target: String? = nil, topic: String? = nil, since: Day? = nil, until: Day? = nil, quotesOnly: Bool = false) {
        self.speaker = speaker
        self.target = target
        self.topic = topic
        self.since = since
        self.until = until
        self.quotesOnly = quotesOnly
    }

    /// The statements that answer, in date order (undated last), then in reading order.
    public func run(_ statements: [Statement]) -> [Statement] {
        // Positions sorted, not statements: a statement is large to move.
        statements.indices.filter { index in
            let statement = statements[index]
            if let speaker, statement.speaker.id != speaker { return false }
            if let target, !statement.targets.contains(where: { $0.id == target }) { return false }
            if let topic, !statement.topics.contains(topic) { return false }
            if quotesOnly, !statement.quote { return false }
            if since != nil || until != nil {
                guard let date = statement.date else { return false }
                if let since, date < since { return false }
                if let until, date > until { return false }
            }
            return true
        }.sorted { left, right in
            switch (statements[left].date, statements[right].date) {
            case let (a?, b?) where a != b: return a < b
            case (nil, _?): return false
            case (_?, nil): return true
            default: return left < right
            }
        }.map { statements[$0] }
    }
}
