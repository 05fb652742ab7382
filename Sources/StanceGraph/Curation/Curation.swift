/// Applies an analyst's corrections to extracted statements.
///
/// Each correction finds its statement by article and words: first a statement whose words
/// are the same (case, punctuation and spacing aside), else the one sharing most of its
/// words, when they share at least ``minimumOverlap`` of them, so that a re-extraction
/// that cuts the span a little differently still meets it. A correction that meets nothing
/// is never dropped without a word: it comes back with the reason (``Outcome``).
public struct Curation: Sendable {
    public let registry: Registry
    /// The Dice coefficient of the two word lists a fuzzy anchor needs.
    public static let minimumOverlap = 0.6

    public init(registry: Registry) {
        self.registry = registry
    }

    /// What became of one correction.
    public enum Outcome: Hashable, Sendable {
        /// It applies to the statement with this id (for an added one, the new statement).
        case applied(statement: String)
        /// A rejection whose statement the extractor no longer finds: nothing left to reject.
        case idle
        /// It applies to nothing, for `reason`; listed by `corrections --orphaned`.
        case orphaned(reason: String)

        public var isOrphaned: Bool {
            if case .orphaned = self { return true }
            return false
        }
    }

    public struct Result: Sendable {
        /// The statements with every correction applied, rejected ones left out, in their order.
        public var statements: [Statement]
        /// One outcome per correction, in the file's order.
        public var outcomes: [Outcome]
        /// The statements rejected, as extracted, for a reviewer to look at.
        public var rejected: [Statement]
    }

    /// Applies `corrections` to `statements`.
    ///
    /// - Parameter article: the article with an id, for added statements and for telling
    ///   why a correction meets nothing; nil when the corpus no longer has it.
    public func apply(_ corrections: [Correction], to statements: [Statement], article: (String) -> Article?) -> Result {
        var result = Result(statements: statements, outcomes: [], rejected: [])
        guard !corrections.isEmpty else { return result }
        var byArticle: [String: [Int]] = [:]
        for (index, statement) in statements.enumerated() { byArticle[statement.article, default: []].append(index) }
        var removed = Set<Int>()
        var claimed = Set<Int>()
        var added: [Statement] = []
        let others = statements.flatMap { [$0.speaker] + $0.targets }
        let matcher = ActorMatcher(registry: registry, others: others)
        for correction in corrections {
            if correction.added {
                guard let article = article(correction.article) else {
                    result.outcomes.append(.orphaned(reason: "article \(correction.article) is no longer in the corpus"))
                    continue
                }
                guard var statement = Self.locate(correction, in: article) else {
                    result.outcomes.append(.orphaned(reason: "the article no longer has these words"))
                    continue
                }
                statement.speaker = actor(correction.speaker ?? "", on: statement.date, matcher: matcher)
                apply(correction, to: &statement, matcher: matcher)
                statement.review = Review(status: .added, fields: correction.fields, checked: correction.confirmed, notes: correction.notes)
                added.append(statement)
                result.outcomes.append(.applied(statement: statement.id))
                continue
            }
            let candidates = byArticle[correction.article] ?? []
            // A statement another correction has claimed is no fuzzy candidate for this one.
            let texts = candidates.map { statements[$0].text }
            let taken = Set(candidates.indices.filter { claimed.contains(candidates[$0]) })
            guard let index = Self.anchor(correction.words, occurrence: correction.occurrence, among: texts, excluding: taken).map({ candidates[$0] }) else {
                if correction.rejected, !correction.confirmed, correction.fields.isEmpty {
                    result.outcomes.append(.idle)
                } else if let article = article(correction.article) {
                    result.outcomes.append(.orphaned(reason: Self.contains(article.text, correction.words)
                        ? "the extractor no longer finds a statement with these words"
                        : "the article no longer has these words"))
                } else {
                    result.outcomes.append(.orphaned(reason: "article \(correction.article) is no longer in the corpus"))
                }
                continue
            }
            claimed.insert(index)
            result.outcomes.append(.applied(statement: statements[index].id))
            if correction.rejected {
                removed.insert(index)
                result.rejected.append(statements[index])
                continue
            }
            var statement = result.statements[index]
            apply(correction, to: &statement, matcher: matcher)
            let fields = correction.fields
            var review = statement.review ?? Review(status: fields.isEmpty ? .confirmed : .corrected)
            if !fields.isEmpty { review.status = .corrected }
            review.fields = Array(Set(review.fields + fields)).sorted()
            review.checked = review.checked || correction.confirmed
            review.notes += correction.notes
            statement.review = review
            result.statements[index] = statement
        }
        result.statements = result.statements.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
        for statement in added {
            // An added statement goes after the last of its article's, or at the end.
            let position = result.statements.lastIndex { $0.article == statement.article }.map { $0 + 1 } ?? result.statements.count
            result.statements.insert(statement, at: position)
        }
        return result
    }

    /// The fields `correction` sets, set on `statement`.
    func apply(_ correction: Correction, to statement: inout Statement, matcher: ActorMatcher) {
        if let speaker = correction.speaker, !correction.added { statement.speaker = actor(speaker, on: statement.date, matcher: matcher) }
        if let polarity = correction.polarity {
            statement.polarity = polarity
            statement.stances = [:]
        }
        if let targets = correction.targets {
            statement.targets = targets.map { actor($0, on: statement.date, matcher: matcher) }
            statement.stances = statement.stances.filter { id, _ in statement.targets.contains { $0.id == id } }
        }
        if let topics = correction.topics { statement.topics = topics }
        if let date = correction.date { statement.date = date }
        if let text = correction.text { statement.text = text }
    }

    /// The actor `typed` names: a registry id, any name the registry or the corpus knows,
    /// else a new actor with that name.
    public func actor(_ typed: String, on day: Day?, matcher: ActorMatcher) -> Actor {
        if let actor = registry.actor(typed) { return actor }
        if case .actor(let actor) = matcher.match(typed, on: day) { return actor }
        let name = typed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return Actor(id: Token.slug(name), name: name, kind: .person, isKnown: false)
    }

    /// The index of the text among `texts` that `words` anchor to, if any.
    public static func anchor(_ words: String, occurrence: Int? = nil, among texts: [String], excluding taken: Set<Int> = []) -> Int? {
        let folded = StatementID.folded(words)
        let exact = texts.indices.filter { StatementID.folded(texts[$0]) == folded }
        if !exact.isEmpty {
            // The second speaker of "A and B rejected ..." is not A when B's statement is gone.
            let wanted = max((occurrence ?? 1) - 1, 0)
            return wanted < exact.count ? exact[wanted] : nil
        }
        let wanted = StatementID.words(words)
        var best: (index: Int, score: Double)?
        for (index, text) in texts.enumerated() where !taken.contains(index) {
            let score = dice(wanted, StatementID.words(text))
            if score >= minimumOverlap, score > (best?.score ?? 0) { best = (index, score) }
        }
        return best?.index
    }

    /// Twice the words two lists share, over their lengths together: 1 for the same words.
    static func dice(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var counts: [String: Int] = [:]
        for word in a { counts[word, default: 0] += 1 }
        var shared = 0
        for word in b where counts[word, default: 0] > 0 {
            counts[word]! -= 1
            shared += 1
        }
        return Double(2 * shared) / Double(a.count + b.count)
    }

    /// Whether `text` holds `words`, as whole folded words.
    static func contains(_ text: String, _ words: String) -> Bool {
        (" " + StatementID.folded(text) + " ").contains(" " + StatementID.folded(words) + " ")
    }

    /// A statement with `correction`'s words, made from the sentence of `article` that holds
    /// them: dated by the correction or the article, its cue "said" unless told.
    public static func locate(_ correction: Correction, in article: Article) -> Statement? {
        for paragraph in article.paragraphs {
            for sentence in paragraph.sentences where contains(sentence.text, correction.words) {
                var statement = Statement(article: article.id, speaker: Actor(id: "", name: "", kind: .person),
                                          text: correction.words, quote: correction.quote ?? false, cue: correction.cue ?? "said",
                                          date: correction.date ?? article.published, targets: [], topics: [], polarity: 0,
                                          figures: [], sentence: sentence.text, range: sentence.range, rule: "added by hand")
                statement.id = StatementID.make(article: article.id, text: correction.words) + "-a"
                return statement
            }
        }
        return nil
    }
}
