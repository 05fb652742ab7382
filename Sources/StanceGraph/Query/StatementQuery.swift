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

    /// Whether a statement answers: borrowed, for a statement is large to copy.
    func answers(_ statement: borrowing Statement) -> Bool {
        if let speaker, statement.speaker.id != speaker { return false }
        if let target, !statement.targets.contains(where: { $0.id == target }) { return false }
        if let topic, !statement.topics.contains(topic) { return false }
        if quotesOnly, !statement.quote { return false }
        return isWithin(statement.date)
    }

    /// Whether a statement of `day` falls in the window; with no window, every one does.
    public func isWithin(_ day: Day?) -> Bool {
        guard since != nil || until != nil else { return true }
        guard let day else { return false }
        if let since, day < since { return false }
        if let until, day > until { return false }
        return true
    }

    /// The positions `0..<count` that `answers` keeps, in answer order: by `day`, the undated
    /// last, and positions of one day in the order given.
    public static func order(_ count: Int, day: (Int) -> Day?, answers: (Int) -> Bool) -> [Int] {
        var keys: [(day: Int, index: Int)] = []
        keys.reserveCapacity(count)
        for index in 0..<count where answers(index) {
            keys.append((day(index).map { $0.year * 10_000 + $0.month * 100 + $0.day } ?? .max, index))
        }
        keys.sort { $0.day != $1.day ? $0.day < $1.day : $0.index < $1.index }
        return keys.map(\.index)
    }

    /// The statements that answer, in date order (undated last), then in reading order.
    public func run(_ statements: consuming [Statement]) -> [Statement] {
        // Positions are sorted, not statements, which are large to move.
        let order = Self.order(statements.count, day: { statements[$0].date }, answers: { answers(statements[$0]) })
        if order.count == statements.count {
            // All kept: moved into their order in place, one cycle of the order at a time.
            var placed = [Bool](repeating: false, count: order.count)
            // Swapped through a buffer, which moves statements rather than copying them.
            statements.withUnsafeMutableBufferPointer { buffer in
                for start in order.indices where !placed[start] {
                    var position = start
                    while order[position] != start {
                        buffer.swapAt(position, order[position])
                        placed[position] = true
                        position = order[position]
                    }
                    placed[position] = true
                }
            }
            return statements
        }
        return order.map { statements[$0] }
    }
}
