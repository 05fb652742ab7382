/// The stance of a statement: its cue's (see ``CueLexicon``), refined by its content.
///
/// A cooperative cue stays cooperative unless the content asks for exclusion or removal
/// ("called for France to be excluded", "asked that Pashinyan step down"). A neutral cue
/// takes the sign of its content: words of attack, aggression, accusation or rejection
/// count against, words of support, partnership, talks and thanks for; a negation ("wasn't
/// pushing for the annulment") turns a word around.
enum StanceReader {
    /// Hostile content words, with weights: acts and accusations weigh 2, the climate 1.
    static let hostile: [String: Int] = [
        "aggression": 2, "aggressive": 2, "aggressor": 2, "attack": 2, "attacks": 2, "attacked": 2, "attacking": 2,
        "shelling": 2, "shelled": 2, "bombed": 2, "bombing": 2, "bombarding": 2, "bombarded": 2, "shot": 2, "killing": 2,
        "violated": 2, "violating": 2, "violation": 2, "violations": 2, "provocation": 2, "provocations": 2, "provoking": 2,
        "encroachments": 2, "encroachment": 2, "occupation": 2, "occupied": 2, "crimes": 2, "terrorist": 2, "terrorism": 2,
        "invasion": 2, "invaded": 2, "enemy": 2, "accuse": 2, "accused": 2, "accusing": 2, "annulment": 2, "annul": 2,
        "invalidated": 2, "invalidate": 2, "rejected": 2, "reject": 2, "rejects": 2, "refuse": 2, "refused": 2, "force": 2,
        "threat": 2, "threaten": 2, "threatened": 2, "sanctions": 2, "condemn": 2, "condemned": 2, "chaos": 2, "division": 2,
        "painful": 2, "tragic": 2, "catastrophe": 2, "disaster": 2, "humiliating": 2, "unacceptable": 2, "illegal": 2,
        "lies": 2, "false": 2, "propaganda": 2, "aborting": 2, "sabotage": 2, "blame": 2, "blamed": 2, "resignation": 2,
        "resign": 2, "ouster": 2, "excluded": 2, "exclude": 2, "expel": 2, "expelled": 2, "boycott": 2, "scuttling": 2,
        "escalating": 1, "escalation": 1, "tensions": 1, "tension": 1, "failure": 1, "hostility": 1, "hostilities": 1,
        "deliberately": 1, "repel": 1, "undermine": 1, "inflammatory": 1, "failed": 1, "collapsed": 1, "stalled": 1,
    ]
    static let cooperative: [String: Int] = [
        "support": 2, "supports": 2, "supported": 2, "welcome": 2, "welcomes": 2, "welcomed": 2, "congratulate": 2,
        "congratulated": 2, "brotherly": 2, "brothers": 2, "brother": 2, "friendship": 2, "partnership": 2, "partners": 1,
        "cooperation": 2, "cooperate": 2, "consultations": 2, "talks": 1, "dialogue": 2, "assistance": 2, "assist": 2,
        "help": 2, "appeal": 2, "thank": 2, "thanks": 2, "grateful": 2, "gratitude": 2, "committed": 2, "commitment": 2,
        "solidarity": 2, "ally": 1, "allies": 1, "success": 2, "gain": 1, "condolences": 2, "uphold": 2, "respect": 1,
        "peaceful": 1, "negotiations": 1, "settlement": 1, "sincerely": 1, "victory": 1,
    ]
    static let removal: WordSet = ["excluded", "exclude", "expel", "expelled", "ouster", "resignation", "resign", "sanctions", "down",
                                       "removed", "remove", "removal", "barred", "banned", "ban", "kicked"]
    static let rejections: [[String]] = [["will", "be", "no"], ["not", "subject", "to"], ["out", "of", "the", "question"],
                                         ["will", "not", "accept"], ["never", "accept"], ["cannot", "accept"], ["will", "not", "allow"]]
    static let negations: WordSet = ["not", "no", "never", "wasn't", "isn't", "aren't", "weren't", "didn't", "doesn't", "don't",
                                         "won't", "cannot", "can't", "without", "neither", "nor"]

    /// Each content word's weight for a neutral cue: negative for hostile words, positive for
    /// cooperative ones, and three times its stance for a speech act that has one.
    private static let weights: WordMap<Int> = {
        var table: [String: Int] = [:]
        for word in Set(hostile.keys).union(cooperative.keys).union(CueLexicon.forms.keys) {
            var weight = (hostile[word].map { -$0 } ?? 0) + (cooperative[word] ?? 0)
            if let act = CueLexicon.forms[word], act.shape == .act, act.stance != .neutral { weight = 3 * act.stance.rawValue }
            if weight != 0 { table[word] = weight }
        }
        return WordMap(table)
    }()

    /// The first words of ``rejections``.
    private static let rejectionStarts = WordSet(rejections.map { $0[0] })

    /// The polarity of content `words` under a cue of stance `cue`: -1, 0 or 1.
    static func polarity(cue: CueLexicon.Stance, words: ArraySlice<LowerWord>) -> Int {
        switch cue {
        case .hostile:
            return -1
        case .cooperative:
            let removes = words.indices.contains {
                removal.contains(words[$0]) && (words[$0] != "down" || ($0 > words.startIndex && words[$0 - 1] == "step"))
            }
            return removes ? -1 : 1
        case .neutral:
            var score = 0
            for index in words.indices {
                // A speech act reported in the content ("told reporters that Armenia has appealed
                // to Moscow") carries its stance, and outweighs the climate words around it.
                guard let weight = weights[words[index]] else { continue }
                let negated = words[max(words.startIndex, index - 4)..<index].contains { negations.contains($0) || $0.hasSuffix("n't") }
                score += negated ? -weight : weight
            }
            for start in words.indices where rejectionStarts.contains(words[start]) {
                for phrase in rejections where start + phrase.count <= words.endIndex && words[start..<start + phrase.count].elementsEqual(phrase, by: { $0.equals($1) }) {
                    score -= 2
                }
            }
            return score > 0 ? 1 : score < 0 ? -1 : 0
        }
    }
}
