/// A large corpus made readable as a picture: the most active actors kept, the others
/// folded into their country (when a country of theirs is kept, or is a state the registry
/// knows) or into one "Other actors", and the statements each picture draws capped.
///
/// A map of thousands of actors is a hairball nobody can read; folding keeps who speaks
/// most, says what it folded, and takes options to show more.
public struct Folding: Sendable {
    /// The actors kept: the most active, by statements made plus statements addressing them.
    public var actors: Int
    /// The statements the timeline draws: the latest ones.
    public var timelineStatements: Int
    /// The statements one actor's view draws: its latest ones.
    public var actorStatements: Int
    /// The stances the map draws once actors are folded: those resting on most statements.
    public var mapStances: Int

    public init(actors: Int = 80, timelineStatements: Int = 300, actorStatements: Int = 50, mapStances: Int = 80) {
        self.actors = actors
        self.timelineStatements = timelineStatements
        self.actorStatements = actorStatements
        self.mapStances = mapStances
    }

    /// No folding at all: every actor, every statement.
    public static let none = Folding(actors: .max, timelineStatements: .max, actorStatements: .max, mapStances: .max)

    /// The id of the actor that stands for those folded into no country.
    public static let othersID = "other-actors"

    /// What folding did, to say so.
    public struct Report: Hashable, Sendable {
        public var actors = 0
        public var kept = 0
        public var intoCountries = 0
        public var intoOthers = 0

        public var folded: Int { intoCountries + intoOthers }

        public var description: String {
            guard folded > 0 else { return "" }
            return "folded \(folded) of \(actors) actors (\(intoCountries) into their country, \(intoOthers) into \"Other actors\"), keeping the \(kept) most active"
        }
    }

    /// `statements` with the actors beyond the most active replaced by their country or by
    /// "Other actors".
    public func fold(_ statements: [Statement], registry: Registry) -> (statements: [Statement], report: Report) {
        var activity: [String: Int] = [:]
        var actors: [String: Actor] = [:]
        for statement in statements {
            activity[statement.speaker.id, default: 0] += 1
            actors[statement.speaker.id] = statement.speaker
            for target in statement.targets {
                activity[target.id, default: 0] += 1
                actors[target.id] = target
            }
        }
        var report = Report(actors: activity.count)
        guard activity.count > self.actors else {
            report.kept = activity.count
            return (statements, report)
        }
        let ranked = activity.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        var kept = Set(ranked.prefix(self.actors).map(\.key))
        report.kept = kept.count
        // The countries that stand in for folded actors are drawn, as themselves, first.
        func country(of actor: Actor) -> Actor? {
            guard let id = actor.country, let state = registry.actor(id), state.kind == .state else { return nil }
            return state
        }
        for (id, actor) in actors where !kept.contains(id) {
            if let state = country(of: actor) { kept.insert(state.id) }
        }
        let others = Actor(id: Self.othersID, name: "Other actors", kind: .group, isKnown: false)
        var replacement: [String: Actor] = [:]
        for (id, actor) in actors where !kept.contains(id) {
            if let state = country(of: actor) {
                replacement[id] = state
                report.intoCountries += 1
            } else {
                replacement[id] = others
                report.intoOthers += 1
            }
        }
        func map(_ actor: Actor) -> Actor { replacement[actor.id] ?? actor }
        let folded = statements.map { statement -> Statement in
            guard replacement[statement.speaker.id] != nil || statement.targets.contains(where: { replacement[$0.id] != nil }) else { return statement }
            var statement = statement
            statement.speaker = map(statement.speaker)
            var seen = Set<String>()
            // A stance toward a folded target becomes the stance toward what stands in for it.
            var stances: [String: Int] = [:]
            for target in statement.targets {
                if let stance = statement.stances[target.id] { stances[map(target).id] = stance }
            }
            statement.targets = statement.targets.map(map).filter { $0.id != statement.speaker.id && seen.insert($0.id).inserted }
            statement.stances = stances.filter { id, _ in statement.targets.contains { $0.id == id } }
            return statement
        }
        return (folded, report)
    }

    /// The latest `limit` of `statements` (by date, undated last), in their order.
    public static func latest(_ statements: [Statement], limit: Int) -> [Statement] {
        guard statements.count > limit else { return statements }
        let order = statements.indices.sorted { (statements[$0].date ?? Day(ordinal: 0), $0) > (statements[$1].date ?? Day(ordinal: 0), $1) }
        let chosen = Set(order.prefix(limit))
        return statements.indices.filter(chosen.contains).map { statements[$0] }
    }
}
