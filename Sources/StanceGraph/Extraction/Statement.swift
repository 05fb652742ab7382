/// Something an actor said: who, what, when, to or about whom, for or against.
public struct Statement: Hashable, Sendable, Codable {
    /// The article's id (its file name without extension).
    public var article: String
    public var speaker: Actor
    /// The words of a direct quote, or the reported clause.
    public var text: String
    /// Whether `text` is a direct quotation.
    public var quote: Bool
    /// The reporting verb or phrase as written: "said", "wrote on Twitter", "urged".
    public var cue: String
    /// When it was said, resolved against the publication date; nil when unknown.
    public var date: Day?
    /// Actors addressed, accused, urged or praised.
    public var targets: [Actor]
    /// Topic ids the statement is about.
    public var topics: [String]
    /// The speaker's stance toward the targets: -1 hostile, 0 neutral, 1 supportive.
    public var polarity: Int
    /// Numbers the statement claims.
    public var figures: [Figure]
    /// The sentence or sentences it came from, normalised.
    public var sentence: String
    /// Character offsets of `sentence` in the article file.
    public var range: Range<Int>
    /// The rule that found it.
    public var rule: String
    /// The stance toward particular targets, by id, where it differs from ``polarity``:
    /// "hailed the agreement as a victory for his country and a defeat of Armenia" is
    /// supportive, and hostile toward Armenia.
    public var stances: [String: Int] = [:]

    /// The speaker's stance toward the target or topic `id`.
    public func polarity(toward id: String) -> Int {
        stances[id] ?? polarity
    }
}

/// A number a statement claims: 2,783 killed, 100 missing, two military posts lost.
public struct Figure: Hashable, Sendable, Codable {
    public var value: Int
    /// killed, wounded, missing or captured; else the thing counted ("military posts").
    public var what: String
}
