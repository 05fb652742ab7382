/// The grammatical word lists (`grammar.txt`): function words, openers, boundaries and the
/// closed classes the rules look for, each a named list in the data file rather than a Swift
/// literal, so that a linguist can read and extend them without touching the code.
enum GrammarList: String, CaseIterable, Sendable {
    case navigationLabels = "navigation-labels"
    case photoWords = "photo-words"
    case navigationWords = "navigation-words"
    case bylineOpeners = "byline-openers"
    case datelineWords = "dateline-words"
    case abbreviations = "abbreviations"
    case characterising = "characterising"
    case phraseFillers = "phrase-fillers"
    case beforeNoun = "before-noun"
    case examplesFollow = "examples-follow"
    case relativePronouns = "relative-pronouns"
    case pluralDeterminers = "plural-determiners"
    case laterWords = "later-words"
    case utteranceNouns = "utterance-nouns"
    case beForms = "be-forms"
    case auxiliaries = "auxiliaries"
    case phraseOpeners = "phrase-openers"
    case phrasePrepositions = "phrase-prepositions"
    case bodyHeads = "body-heads"
    case notPresent = "not-present"
    case referring = "referring"
    case mediaNameEnds = "media-name-ends"
    case topicOpeners = "topic-openers"
    case dayBefore = "day-before"
    case calendarNouns = "calendar-nouns"
    case titleCaseShortWords = "title-case-short-words"
    case clauseJoiners = "clause-joiners"
    case personalStaff = "personal-staff"
    case sentenceOpeners = "sentence-openers"
    case sides = "sides"
    case channelWords = "channel-words"
    case sidesDeterminers = "sides-determiners"
    case groupHeads = "group-heads"
    case firstAndSecondPerson = "first-and-second-person"
    case personalPronouns = "personal-pronouns"
    case possessives = "possessives"
    case maleWords = "male-words"
    case femaleWords = "female-words"
    case postModifiers = "post-modifiers"
    case quantifiers = "quantifiers"
    case indefinitePronouns = "indefinite-pronouns"
    case shareNouns = "share-nouns"
    case objectPrepositions = "object-prepositions"
    case people = "people"
    case timeUnits = "time-units"
    case approximators = "approximators"
    case linkingVerbs = "linking-verbs"
    case modifiers = "modifiers"
    case secondClauseStarts = "second-clause-starts"
    case audienceWords = "audience-words"
    case objectPronouns = "object-pronouns"
    case sourceEnds = "source-ends"
    case attributionWords = "attribution-words"
    case notClauses = "not-clauses"
    case quotedAsSayingVerbs = "quoted-as-saying-verbs"
    case quotedAsSayingGerunds = "quoted-as-saying-gerunds"
    case bareDays = "bare-days"
    case media = "media"
    case partsOfDay = "parts-of-day"
    case coordinatedVerbs = "coordinated-verbs"
    case goOnVerbs = "go-on-verbs"
    case continueVerbs = "continue-verbs"
    case fillers = "fillers"
    case boundaries = "boundaries"
    case pronouns = "pronouns"
    case settingWords = "setting-words"
    case prepositions = "prepositions"
    case timeQualifiers = "time-qualifiers"
    case innerPrepositions = "inner-prepositions"
    case determiners = "determiners"
    case appositionStarts = "apposition-starts"
    case beforeVerb = "before-verb"
    case clauseMarks = "clause-marks"
    case statementNouns = "statement-nouns"
    case removal = "removal"
    case negations = "negations"
    case complementStarts = "complement-starts"
    case joiners = "joiners"
    case namePrefixes = "name-prefixes"
    case openers = "openers"
    case locatives = "locatives"
    case placeNouns = "place-nouns"
    case envoys = "envoys"
    case functionWords = "function-words"
    case governmentBodyWords = "government-body-words"
    case organisationHeads = "organisation-heads"
}

extension Lexicons {
    /// The built-in grammar file.
    static let grammarFile = LexiconFile(name: "grammar.txt", bytes: PackageResources.grammar_txt)

    /// Every grammatical list, with the entries of the user's `grammar.txt` added.
    static let grammarLists: [GrammarList: [String]] = {
        do {
            var lists = try grammarTable(grammarFile, complete: true)
            let added: [GrammarList: [String]] = try LexiconExtensions.file("grammar.txt").map { try grammarTable($0, complete: false) } ?? [:]
            for (list, entries) in added {
                lists[list, default: []] += entries.filter { !(lists[list] ?? []).contains($0) }
            }
            return lists
        } catch {
            preconditionFailure("lexicon: \(error)")
        }
    }()

    /// The words of `list`, for looking up.
    static func grammar(_ list: GrammarList) -> WordSet {
        WordSet(grammarLists[list] ?? [])
    }

    /// A list whose entries are phrases.
    static func grammarPhrases(_ list: GrammarList) -> PhraseList {
        PhraseList((grammarLists[list] ?? []).map { $0.split(separator: " ").map { LowerWord(String($0)) } })
    }

    /// Reads a grammar file: lists under `[name]` headers, an entry a line in lower case, each
    /// once in its list; `complete` asks for every list (the built-in file).
    static func grammarTable(_ file: LexiconFile, complete: Bool) throws(LexiconFile.Problem) -> [GrammarList: [String]] {
        var table: [GrammarList: [String]] = [:]
        var current: GrammarList?
        var seen = Set<String>()
        for line in file.lines {
            guard line.fields.count == 1 else {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "expected one entry a line, found \(line.fields.count) fields; put each on its own line")
            }
            let entry = line.fields[0]
            if entry.hasPrefix("["), entry.hasSuffix("]"), entry.count > 2 {
                let name = String(entry.dropFirst().dropLast())
                guard let list = GrammarList(rawValue: name) else {
                    throw LexiconFile.Problem(file: file.name, line: line.number, message: "there is no list \"\(name)\"\(Self.nearestList(name).map { "; did you mean [\($0)]?" } ?? "; the lists are named in the built-in grammar.txt")")
                }
                guard table[list] == nil else {
                    throw LexiconFile.Problem(file: file.name, line: line.number, message: "[\(name)] is here twice; keep its entries under one header")
                }
                current = list
                table[list] = []
                seen = []
                continue
            }
            guard let list = current else {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "\"\(entry)\" is in no list; put a header such as [fillers] before it")
            }
            guard entry == ScalarText.lowercased(entry) else {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "\"\(entry)\" has capitals; write entries in lower case")
            }
            guard seen.insert(entry).inserted else {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "\"\(entry)\" is in [\(list.rawValue)] twice; keep one line")
            }
            table[list, default: []].append(entry)
        }
        if complete, let missing = GrammarList.allCases.first(where: { table[$0] == nil }) {
            throw LexiconFile.Problem(file: file.name, line: (file.lines.last?.number ?? 0) + 1, message: "the list [\(missing.rawValue)] is missing; add it with its entries")
        }
        return table
    }

    /// The list whose name is nearest `name` (a typo's correction), when one is near.
    private static func nearestList(_ name: String) -> String? {
        GrammarList.allCases.map(\.rawValue).min { ActorMatcher.distance($0, name) < ActorMatcher.distance($1, name) }
            .flatMap { ActorMatcher.distance($0, name) <= 2 ? $0 : nil }
    }
}

/// A grammar list whose entries are phrases ("the day before"), each as its lower-case words,
/// looked for in a sentence's words: a phrase is tried only where one begins.
struct PhraseList: Sendable {
    let phrases: [[LowerWord]]
    /// The first word of every phrase.
    let starts: WordSet

    init(_ phrases: [[LowerWord]]) {
        self.phrases = phrases.filter { !$0.isEmpty }
        starts = WordSet(self.phrases.map { $0[0].description })
    }

    /// The phrase that the tokens of `view` from `index` on are, if any.
    func phrase(in view: SentenceView, at index: Int) -> [LowerWord]? {
        guard index < view.lower.count, starts.contains(view.lower[index]) else { return nil }
        return phrases.first { view.has($0, at: index) }
    }
}
