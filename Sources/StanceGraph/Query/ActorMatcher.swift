/// Finds the actor a user means by a name typed on the command line: any name, alias or
/// spelling, with or without diacritics, in any case, an office ("Turkish foreign
/// minister"), or a surname; among the registry's actors and those found in the corpus.
public struct ActorMatcher: Sendable {
    /// What a typed name matched.
    public enum Match: Hashable, Sendable {
        case actor(Actor)
        /// Several actors answer to it: the user must choose.
        case ambiguous([Actor])
        /// Nothing answers to it; the nearest names, if any are near.
        case unknown(suggestions: [String])
    }

    let resolver: Resolver
    let candidates: [Actor]

    /// - Parameter others: actors beyond the registry, such as those the corpus's statements name.
    public init(registry: Registry, others: [Actor] = []) {
        self.resolver = Resolver(registry: registry)
        var seen = Set<String>()
        self.candidates = (registry.actors + others).filter { seen.insert($0.id).inserted }
    }

    public func match(_ typed: String, on day: Day? = nil) -> Match {
        let folded = NameFolding.fold(typed)
        guard !folded.isEmpty else { return .unknown(suggestions: []) }
        let exact = candidates.filter { actor in
            actor.id == typed || ([actor.name] + actor.aliases).contains { NameFolding.fold($0) == folded }
        }
        if exact.count == 1 { return .actor(exact[0]) }
        if exact.count > 1 { return .ambiguous(exact) }
        if let resolution = resolver.resolve(typed, on: day), resolution.method != .unknown,
           let actor = candidates.first(where: { $0.id == resolution.actor.id }) ?? Optional(resolution.actor) {
            return .actor(actor)
        }
        // Part of a name, as whole words: "Aliyev", "Minsk Group".
        let words = " " + folded + " "
        let partial = candidates.filter { actor in
            ([actor.name] + actor.aliases).contains { (" " + NameFolding.fold($0) + " ").contains(words) }
        }
        if partial.count == 1 { return .actor(partial[0]) }
        if partial.count > 1 { return .ambiguous(partial) }
        return .unknown(suggestions: nearest(folded))
    }

    /// The three names nearest `folded` by edit distance, when they are near at all.
    func nearest(_ folded: String) -> [String] {
        var scored: [(distance: Int, name: String)] = []
        for actor in candidates {
            let best = ([actor.name] + actor.aliases).map { (Self.distance(folded, NameFolding.fold($0)), $0) }.min { $0.0 < $1.0 }
            if let best, best.0 <= max(2, folded.count / 3) { scored.append((best.0, actor.name)) }
        }
        return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }.prefix(3).map(\.name)
    }

    /// Levenshtein distance between two strings, by Unicode scalar.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = [Unicode.Scalar](scalarsOf: a), b = [Unicode.Scalar](scalarsOf: b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
