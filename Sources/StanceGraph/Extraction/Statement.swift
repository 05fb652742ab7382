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
    /// A short id, the same on every run for the same words in the same article
    /// (``StatementID``): what `reject`, `correct` and `confirm` name.
    public var id: String = ""
    /// What an analyst did to it, when anything: checked, corrected, or added by hand.
    public var review: Review? = nil

    public init(article: String, speaker: Actor, text: String, quote: Bool, cue: String, date: Day?, targets: [Actor],
                topics: [String], polarity: Int, figures: [Figure], sentence: String, range: Range<Int>, rule: String,
                stances: [String: Int] = [:]) {
        self.article = article
        self.speaker = speaker
        self.text = text
        self.quote = quote
        self.cue = cue
        self.date = date
        self.targets = targets
        self.topics = topics
        self.polarity = polarity
        self.figures = figures
        self.sentence = sentence
        self.range = range
        self.rule = rule
        self.stances = stances
    }

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

    public init(value: Int, what: String) {
        self.value = value
        self.what = what
    }
}

/// What an analyst did to a statement, from the corrections file.
public struct Review: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable {
        /// Checked and left as extracted.
        case confirmed
        /// Some fields changed by hand; `fields` says which.
        case corrected
        /// A statement the extractor missed, added by hand.
        case added
    }

    public var status: Status
    /// The fields an analyst changed: speaker, polarity, targets, topics, date, text.
    public var fields: [String]
    /// Whether it was also marked as checked.
    public var checked: Bool
    /// Why, in the analyst's words.
    public var notes: [String]

    public init(status: Status, fields: [String] = [], checked: Bool = false, notes: [String] = []) {
        self.status = status
        self.fields = fields
        self.checked = checked
        self.notes = notes
    }
}
