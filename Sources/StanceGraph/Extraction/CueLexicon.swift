/// The reporting verbs and speech acts that mark a statement, with the stance each carries.
///
/// In the spirit of CAMEO's event codes and the Goldstein scale: *cooperative* acts
/// (appealing, urging, praising, welcoming, thanking, supporting, agreeing; Goldstein above
/// zero) give polarity 1 toward their targets; *hostile* acts (accusing, condemning,
/// rejecting, denying, demanding, warning, threatening, blaming, criticising, boycotting;
/// below zero) give -1; *neutral* reporting (said, told, added, announced, confirmed,
/// claimed, wrote) gives 0 and leaves the stance to the content (see ``StanceReader``).
///
/// | class | cues |
/// |---|---|
/// | neutral | say, tell, add, state, announce, confirm, report, note, write, claim, explain, declare, stress, underscore, emphasise, insist, conclude, reiterate, acknowledge, reveal, disclose, quote |
/// | cooperative | urge, appeal, call on, call for, welcome, hail, praise, congratulate, thank, support, express support, vow, pledge, promise, agree, offer, propose, back, endorse, commend |
/// | hostile | accuse, condemn, denounce, reject, deny, dismiss, demand, warn, threaten, blame, criticise, slam, protest, boycott, refuse, oppose, call (a thing a name) when the content is hostile |
public enum CueLexicon {
    /// The stance a cue carries by itself.
    public enum Stance: Int, Hashable, Sendable, Codable {
        case hostile = -1
        case neutral = 0
        case cooperative = 1
    }

    /// How a cue's content is introduced.
    public enum Shape: Hashable, Sendable {
        /// A reporting verb: a quote or a clause (`said that ...`).
        case reporting
        /// A speech act on an object: `urged the sides to ...`, `accused Baku of ...`.
        case act
    }

    public struct Cue: Hashable, Sendable {
        public var lemma: String
        public var stance: Stance
        public var shape: Shape
    }

    /// A cue found in text: its lemma, stance and shape, and how many words it takes
    /// ("called for" is two, "expressed her full support" four).
    struct Match: Hashable {
        var cue: Cue
        var length: Int
    }

    /// Inflected forms → lemma, stance, shape. Only finite and participial forms news uses.
    static let forms: WordMap<Cue> = {
        var table: [String: Cue] = [:]
        func add(_ lemma: String, _ stance: Stance, _ shape: Shape, _ forms: [String]) {
            for form in forms { table[form] = Cue(lemma: lemma, stance: stance, shape: shape) }
        }
        add("say", .neutral, .reporting, ["said", "says", "saying"])
        add("tell", .neutral, .reporting, ["told", "tells", "telling"])
        add("add", .neutral, .reporting, ["added", "adds", "adding"])
        add("state", .neutral, .reporting, ["stated", "states", "stating"])
        add("announce", .neutral, .reporting, ["announced", "announces", "announcing"])
        add("confirm", .neutral, .reporting, ["confirmed", "confirms", "confirming"])
        add("report", .neutral, .reporting, ["reported", "reports", "reporting"])
        add("note", .neutral, .reporting, ["noted", "notes", "noting"])
        add("write", .neutral, .reporting, ["wrote", "writes", "writing", "tweeted", "posted"])
        add("claim", .neutral, .reporting, ["claimed", "claims", "claiming"])
        add("explain", .neutral, .reporting, ["explained", "explains", "explaining"])
        add("declare", .neutral, .reporting, ["declared", "declares", "declaring"])
        add("stress", .neutral, .reporting, ["stressed", "stresses", "stressing"])
        add("underscore", .neutral, .reporting, ["underscored", "underscores", "underscoring", "underlined"])
        add("emphasise", .neutral, .reporting, ["emphasized", "emphasised", "emphasizes", "emphasises", "emphasizing", "emphasising"])
        add("insist", .neutral, .reporting, ["insisted", "insists", "insisting"])
        add("conclude", .neutral, .reporting, ["concluded", "concludes"])
        add("reiterate", .neutral, .reporting, ["reiterated", "reiterates", "reiterating"])
        add("acknowledge", .neutral, .reporting, ["acknowledged", "acknowledges", "acknowledging"])
        add("reveal", .neutral, .reporting, ["revealed", "reveals", "disclosed", "discloses"])
        add("argue", .neutral, .reporting, ["argued", "argues", "arguing"])
        add("assert", .neutral, .reporting, ["asserted", "asserts"])
        add("ask", .neutral, .reporting, ["asked", "asks"])
        add("reply", .neutral, .reporting, ["replied", "replies", "responded"])
        add("estimate", .neutral, .reporting, ["estimated", "estimates"])
        add("read", .neutral, .reporting, ["read", "reads"])

        add("urge", .cooperative, .act, ["urged", "urges", "urging"])
        add("appeal", .cooperative, .act, ["appealed", "appeals", "appealing"])
        add("welcome", .cooperative, .act, ["welcomed", "welcomes", "welcoming"])
        add("hail", .cooperative, .act, ["hailed", "hails", "hailing"])
        add("praise", .cooperative, .act, ["praised", "praises", "praising", "commended", "commends", "lauded"])
        add("congratulate", .cooperative, .act, ["congratulated", "congratulates", "congratulating"])
        add("thank", .cooperative, .act, ["thanked", "thanks", "thanking"])
        add("support", .cooperative, .act, ["supported", "supports", "backed", "backs", "endorsed", "endorses"])
        add("vow", .cooperative, .act, ["vowed", "vows", "pledged", "pledges", "promised", "promises"])
        add("agree", .cooperative, .act, ["agreed", "agrees"])
        add("offer", .cooperative, .act, ["offered", "offers", "proposed", "proposes"])

        add("accuse", .hostile, .act, ["accused", "accuses", "accusing"])
        add("condemn", .hostile, .act, ["condemned", "condemns", "condemning", "denounced", "denounces"])
        add("reject", .hostile, .act, ["rejected", "rejects", "rejecting", "dismissed", "dismisses"])
        add("deny", .hostile, .act, ["denied", "denies", "denying"])
        add("demand", .hostile, .act, ["demanded", "demands", "demanding"])
        add("warn", .hostile, .act, ["warned", "warns", "warning", "threatened", "threatens"])
        add("blame", .hostile, .act, ["blamed", "blames", "blaming"])
        add("criticise", .hostile, .act, ["criticized", "criticised", "criticizes", "criticises", "slammed", "slams", "lambasted"])
        add("protest", .hostile, .act, ["protested", "protests"])
        add("refuse", .hostile, .act, ["refused", "refuses", "opposed", "opposes"])
        return WordMap(table)
    }()

    /// Multi-word cues: the words after a verb that make it a cue of another kind.
    static let phrases: [(words: [String], cue: Cue)] = [
        (["called", "on"], Cue(lemma: "call on", stance: .cooperative, shape: .act)),
        (["calls", "on"], Cue(lemma: "call on", stance: .cooperative, shape: .act)),
        (["call", "on"], Cue(lemma: "call on", stance: .cooperative, shape: .act)),
        (["called", "for"], Cue(lemma: "call for", stance: .cooperative, shape: .act)),
        (["calls", "for"], Cue(lemma: "call for", stance: .cooperative, shape: .act)),
        (["call", "for"], Cue(lemma: "call for", stance: .cooperative, shape: .act)),
        (["put", "direct", "blame", "on"], Cue(lemma: "blame", stance: .hostile, shape: .act)),
        (["put", "the", "blame", "on"], Cue(lemma: "blame", stance: .hostile, shape: .act)),
        (["expressed", "concern"], Cue(lemma: "express concern", stance: .neutral, shape: .act)),
        (["expressed", "support"], Cue(lemma: "express support", stance: .cooperative, shape: .act)),
        (["expressed", "condolences"], Cue(lemma: "express condolences", stance: .cooperative, shape: .act)),
        (["expressed", "regret"], Cue(lemma: "express regret", stance: .neutral, shape: .act)),
        (["voiced", "support"], Cue(lemma: "express support", stance: .cooperative, shape: .act)),
        (["voiced", "concern"], Cue(lemma: "express concern", stance: .neutral, shape: .act)),
        (["spoke", "out", "against"], Cue(lemma: "oppose", stance: .hostile, shape: .act)),
    ]

    /// `called X Y` ("called the truce unspeakably painful"): a characterisation, whose stance is
    /// its content's.
    static let characterising: WordSet = ["called", "calls", "described", "describes", "termed", "labelled", "labeled"]

    /// Words that may stand inside an "expressed ... support" phrase.
    static let phraseFillers: WordSet = ["her", "his", "its", "their", "full", "deep", "strong", "grave", "serious", "our", "unwavering"]

    /// The cue at `index` in `lower` (lower-case words), if any. Possessives and adverbs may
    /// stand inside an "expressed ... support" phrase ("expressed her full support").
    static func match(_ lower: [LowerWord], at index: Int) -> Match? {
        let word = lower[index]
        guard let entry = entries[word] else { return nil }
        for (words, cue) in entry.phrases {
            var position = index + 1
            var matched = 1
            var skipped = 0
            while matched < words.count, position < lower.count {
                if lower[position].equals(words[matched]) {
                    matched += 1
                } else if words[0].hasPrefix("express") || words[0] == "voiced", skipped < 3,
                          phraseFillers.contains(lower[position]) {
                    skipped += 1
                } else {
                    break
                }
                position += 1
            }
            if matched == words.count { return Match(cue: cue, length: position - index) }
        }
        if let cue = entry.form { return Match(cue: cue, length: 1) }
        if entry.characterising { return Match(cue: Cue(lemma: "call", stance: .neutral, shape: .act), length: 1) }
        return nil
    }

    /// What a word can start: phrases, a one-word cue, a characterising verb. Words that are
    /// none of these are not in the table, so most words cost one look-up.
    private struct Entry {
        var phrases: [(words: [String], cue: Cue)] = []
        var form: Cue?
        var characterising = false
    }

    private static let entries: WordMap<Entry> = {
        var table: [String: Entry] = [:]
        for (words, cue) in phrases { table[words[0], default: Entry()].phrases.append((words, cue)) }
        for (word, cue) in forms { table[word, default: Entry()].form = cue }
        for word in characterising { table[word, default: Entry()].characterising = true }
        return WordMap(table)
    }()
}
