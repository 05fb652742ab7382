/// How an actor's stance toward each target and topic moved between two windows of time.
public struct StanceDiff: Sendable {
    /// A span of days, either end open.
    public struct Window: Hashable, Sendable, CustomStringConvertible {
        public var from: Day?
        public var to: Day?

        public init(from: Day?, to: Day?) {
            self.from = from
            self.to = to
        }

        public func contains(_ day: Day?) -> Bool {
            guard let day else { return false }
            return (from.map { day >= $0 } ?? true) && (to.map { day <= $0 } ?? true)
        }

        public var description: String {
            switch (from, to) {
            case let (from?, to?): return "\(from)..\(to)"
            case let (nil, to?): return "up to \(to)"
            case let (from?, nil): return "from \(from)"
            case (nil, nil): return "all dates"
            }
        }
    }

    public enum Verdict: String, Hashable, Sendable, Codable {
        case unchanged, softened, hardened, reversed, new, dropped
    }

    /// One target's stance in each window, the change, the verdict and the evidence.
    public struct Row: Hashable, Sendable {
        /// An actor id, or `topic:<id>`.
        public var target: String
        public var label: String
        public var before: [Statement]
        public var after: [Statement]
        public var meanBefore: Double?
        public var meanAfter: Double?
        public var verdict: Verdict

        public var change: Double? {
            guard let meanBefore, let meanAfter else { return nil }
            return meanAfter - meanBefore
        }
    }

    /// A figure the actor revised: the same kind of count, claimed again with another value.
    public struct Revision: Hashable, Sendable {
        public var what: String
        public var earlier: (value: Int, date: Day?, article: String)
        public var later: (value: Int, date: Day?, article: String)

        public static func == (lhs: Revision, rhs: Revision) -> Bool {
            lhs.what == rhs.what && lhs.earlier.value == rhs.earlier.value && lhs.later.value == rhs.later.value
                && lhs.earlier.date == rhs.earlier.date && lhs.later.date == rhs.later.date
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(what)
            hasher.combine(earlier.value)
            hasher.combine(later.value)
        }
    }

    public var speaker: Actor
    public var before: Window
    public var after: Window
    public var rows: [Row]
    public var revisions: [Revision]

    /// Compares `speaker`'s statements in the two windows, about every target and topic, or
    /// only `target` / `topic` when given.
    public init(statements: [Statement], speaker: Actor, before: Window, after: Window, target: String? = nil, topic: String? = nil, topicNames: [String: String] = [:]) {
        self.speaker = speaker
        self.before = before
        self.after = after
        let own = statements.filter { $0.speaker.id == speaker.id }
        var keys: [String: String] = [:]
        var byKey: [String: (before: [Statement], after: [Statement])] = [:]
        for statement in own {
            let inBefore = before.contains(statement.date), inAfter = after.contains(statement.date)
            guard inBefore || inAfter else { continue }
            var addressed = statement.targets.map { ($0.id, $0.name) } + statement.topics.map { ("topic:" + $0, topicNames[$0] ?? $0) }
            if let target { addressed = addressed.filter { $0.0 == target } }
            if let topic { addressed = addressed.filter { $0.0 == "topic:" + topic } }
            for (key, label) in addressed {
                keys[key] = label
                if inBefore { byKey[key, default: ([], [])].before.append(statement) }
                if inAfter { byKey[key, default: ([], [])].after.append(statement) }
            }
        }
        rows = keys.keys.sorted().map { key in
            let (earlier, later) = byKey[key] ?? ([], [])
            let meanBefore = Self.mean(earlier, toward: key), meanAfter = Self.mean(later, toward: key)
            return Row(target: key, label: keys[key]!, before: earlier, after: later, meanBefore: meanBefore, meanAfter: meanAfter,
                       verdict: Self.verdict(meanBefore, meanAfter))
        }
        revisions = FigureSeries.revisions(in: own.filter { before.contains($0.date) || after.contains($0.date) })
    }

    /// The mean stance of `statements` toward the target `key` (a topic's key is its id after
    /// "topic:", toward which the statement's polarity holds).
    static func mean(_ statements: [Statement], toward key: String) -> Double? {
        statements.isEmpty ? nil : Double(statements.map { $0.polarity(toward: key) }.reduce(0, +)) / Double(statements.count)
    }

    /// new / dropped when only one window speaks of it; reversed when the sign flips; softened
    /// or hardened when the mean moves by a quarter or more toward cooperation or hostility.
    static func verdict(_ before: Double?, _ after: Double?) -> Verdict {
        guard let before else { return .new }
        guard let after else { return .dropped }
        if (before < 0 && after > 0) || (before > 0 && after < 0) { return .reversed }
        if after - before >= 0.25 { return .softened }
        if before - after >= 0.25 { return .hardened }
        return .unchanged
    }
}

/// The figures each speaker claimed, in date order, and where a count was revised.
public enum FigureSeries {
    /// One claim: a value for a kind of count, on a day, in an article.
    public struct Claim: Hashable, Sendable {
        public var speaker: Actor
        public var what: String
        public var value: Int
        public var date: Day?
        public var article: String
        public var text: String
    }

    /// Every claim, by speaker and kind, in date order.
    public static func claims(in statements: [Statement], speaker: String? = nil, what: String? = nil) -> [Claim] {
        statements.flatMap { statement in
            statement.figures.map { Claim(speaker: statement.speaker, what: $0.what, value: $0.value, date: statement.date, article: statement.article, text: statement.text) }
        }.filter { claim in
            (speaker.map { claim.speaker.id == $0 } ?? true) && (what.map { claim.what == $0 } ?? true)
        }.sorted { ($0.speaker.name, $0.what, $0.date?.description ?? "9999", $0.article) < ($1.speaker.name, $1.what, $1.date?.description ?? "9999", $1.article) }
    }

    /// Where one speaker claimed the same kind of count again with another value, on a later day.
    static func revisions(in statements: [Statement]) -> [StanceDiff.Revision] {
        let claims = Self.claims(in: statements)
        var revisions: [StanceDiff.Revision] = []
        for (first, second) in zip(claims, claims.dropFirst())
        where first.speaker.id == second.speaker.id && first.what == second.what && first.value != second.value
            && first.article != second.article && ["killed", "wounded", "missing", "captured"].contains(first.what) {
            revisions.append(StanceDiff.Revision(what: first.what, earlier: (first.value, first.date, first.article),
                                                 later: (second.value, second.date, second.article)))
        }
        return revisions
    }
}
