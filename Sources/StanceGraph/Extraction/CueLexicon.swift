/// The reporting verbs and speech acts that mark a statement, with the stance each carries.
///
/// In the spirit of CAMEO's event codes and the Goldstein scale: *cooperative* acts
/// (appealing, urging, praising, welcoming, thanking, supporting, agreeing; Goldstein above
/// zero) give polarity 1 toward their targets; *hostile* acts (accusing, condemning,
/// rejecting, denying, demanding, warning, threatening, blaming, criticising, boycotting;
/// below zero) give -1; *neutral* reporting (said, told, added, announced, confirmed,
/// claimed, wrote) gives 0 and leaves the stance to the content (see ``StanceReader``).
///
/// The verbs, their stance and shape are data: `Lexicons/cues.tsv`, one verb a line, with its
/// forms made by the regular rules of English (``Inflection``) where the file lists none.
public enum CueLexicon {
    /// The stance a cue carries by itself.
    public enum Stance: Int, Hashable, Sendable, Codable {
        case hostile = -1
        case neutral = 0
        case cooperative = 1

        init?(name: String) {
            switch name {
            case "hostile": self = .hostile
            case "neutral": self = .neutral
            case "cooperative": self = .cooperative
            default: return nil
            }
        }
    }

    /// How a cue's content is introduced.
    public enum Shape: String, Hashable, Sendable {
        /// A reporting verb: a quote or a clause (`said that ...`).
        case reporting
        /// A speech act on an object: `urged the sides to ...`, `accused Baku of ...`.
        case act
        /// A verb that reports speech only next to a quotation: `"...," she continued`.
        case quote

        /// Whether the cue may introduce a quotation.
        var quotes: Bool { self == .reporting || self == .quote }
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

    /// Inflected forms → lemma, stance, shape, from the data file `Lexicons/cues.tsv`.
    static let forms: WordMap<Cue> = WordMap(builtIn.forms)

    /// Multi-word cues, from the data file: the words after a verb that make it a cue of
    /// another kind ("point out", "call for", "expressed support"). Possessives and adverbs
    /// may stand between the words of an "expressed ... support" phrase, and a determiner
    /// or an adjective in "put the blame on", "put direct blame on".
    static let phrases: [(words: [String], cue: Cue)] = builtIn.phrases

    /// The shipped file's cue table alone, without the user's: what may be read before the
    /// user's lexicons are installed (the registry's check of its names reads it).
    static let shipped: (forms: [String: Cue], phrases: [(words: [String], cue: Cue)]) = {
        do {
            return try table(Lexicons.cues)
        } catch {
            preconditionFailure("lexicon: \(error)")
        }
    }()

    /// The cue table: the built-in file's, with the user's over it.
    static let builtIn: (forms: [String: Cue], phrases: [(words: [String], cue: Cue)]) = {
        do {
            var cues = shipped
            // The user's cues (``LexiconExtensions``): a form they list is theirs, and their
            // phrases are tried first.
            if let added = try LexiconExtensions.file("cues.tsv").map(table) {
                cues.forms.merge(added.forms) { _, theirs in theirs }
                cues.phrases = added.phrases + cues.phrases
            }
            return cues
        } catch {
            preconditionFailure("lexicon: \(error)")
        }
    }()

    /// Reads a cue table (see `Lexicons/cues.tsv` for its columns): one-word forms, and
    /// phrases by their words.
    static func table(_ file: LexiconFile) throws(LexiconFile.Problem) -> (forms: [String: Cue], phrases: [(words: [String], cue: Cue)]) {
        var forms: [String: Cue] = [:]
        var phrases: [(words: [String], cue: Cue)] = []
        for line in file.lines {
            func problem(_ message: String) -> LexiconFile.Problem { LexiconFile.Problem(file: file.name, line: line.number, message: message) }
            guard line.fields.count == 3 || line.fields.count == 4 else {
                throw problem("expected lemma, stance, shape and optional forms, separated by tabs; found \(line.fields.count) fields")
            }
            let lemma = line.fields[0]
            guard lemma == ScalarText.lowercased(lemma), !lemma.isEmpty else { throw problem("write the lemma \"\(lemma)\" in lower case") }
            guard let stance = Stance(name: line.fields[1]) else {
                throw problem("unknown stance \"\(line.fields[1])\"; use hostile, neutral or cooperative")
            }
            guard let shape = Shape(rawValue: line.fields[2]) else {
                throw problem("unknown shape \"\(line.fields[2])\"; use reporting, quote or act")
            }
            let words = lemma.split(separator: " ").map(String.init)
            let listed = line.fields.count == 4 ? line.fields[3].split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty } : []
            var inflected = listed.filter { $0 != "+base" }
            if inflected.isEmpty { inflected = Inflection.regular(words[0]) }
            if listed.contains("+base") { inflected.append(words[0]) }
            guard !inflected.isEmpty, inflected.allSatisfy({ !$0.contains(" ") && $0 == ScalarText.lowercased($0) }) else {
                throw problem("forms are single words in lower case, separated by commas")
            }
            let cue = Cue(lemma: lemma, stance: stance, shape: shape)
            for form in inflected {
                if words.count == 1 {
                    if let earlier = forms[form], earlier != cue {
                        throw problem("\"\(form)\" is already a form of \"\(earlier.lemma)\"; a form belongs to one cue")
                    }
                    forms[form] = cue
                } else {
                    phrases.append(([form] + words.dropFirst(), cue))
                }
            }
        }
        return (forms, phrases)
    }

    /// `called X Y` ("called the truce unspeakably painful"): a characterisation, whose stance is
    /// its content's.
    static let characterising = Lexicons.grammar(.characterising)

    /// Words that may stand inside an "expressed ... support" phrase.
    static let phraseFillers = Lexicons.grammar(.phraseFillers)

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
                } else if skipped < 3, phraseFillers.contains(lower[position]) {
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
