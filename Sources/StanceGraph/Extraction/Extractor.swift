/// Finds the statements in articles: who said what, when, to whom, for or against.
///
/// Each sentence is read once. Cue verbs outside quotations are found (``CueLexicon``),
/// then the rules run in this order, each cue taken by the first rule that fits:
///
/// 1. ``QuotedAsSaying``: `TASS quoted X as saying that ...`
/// 2. ``QuotingSource``: `Quoting X, the report said that ...`
/// 3. ``AccordingTo``: `according to X`
/// 4. ``QuoteThenSpeaker``: `"...," X said` / `"...," said X`
/// 5. ``SpeakerThenQuote``: `X said: "..."`
/// 6. ``ClauseThenSpeaker``: `CLAUSE, X said on Tuesday.`
/// 7. ``ReportedSpeech``: `X said (that) ...`, `X told Y that ...`
/// 8. ``SpeechAct``: `X urged / accused / rejected / called for ...`
/// 9. ``ParticipialClause``: `Announcing that ..., the ministry ...`, `..., adding that ...`
/// 10. ``SpeakerColon``: `Pashinyan: "..."`, `ROE: We will win.`
/// 11. Quote continuation: a quotation that goes on after its attribution, or in the next
///     sentence with no attribution of its own, is more of the same statement.
///
/// A cue inside another statement's content is part of it, not a statement of its own.
/// Speakers are resolved through the registry (``Resolver``) and the discourse: "he", "it",
/// "the ministry", "the statement", "the report", "the secretary".
public struct Extractor: Sendable {
    public let registry: Registry
    let resolver: Resolver
    public let finder: MentionFinder
    /// Topic cue words, folded, by their first word: the topic's index and the words after.
    let topicCues: [String: [(topic: Int, rest: [String])]]
    /// The first words of ``topicCues``, to rule out most words before making a String of them.
    let topicFirstWords: WordSet

    static let rules: [any AttributionRule.Type] = [
        QuotedAsSaying.self, QuotingSource.self, AccordingTo.self, QuoteThenSpeaker.self, SpeakerThenQuote.self,
        ClauseThenSpeaker.self, ReportedSpeech.self, SpeechAct.self, ParticipialClause.self, SpeakerColon.self,
    ]

    public init(registry: Registry) {
        self.registry = registry
        self.resolver = Resolver(registry: registry)
        self.finder = MentionFinder(resolver: resolver)
        var cues: [String: [(topic: Int, rest: [String])]] = [:]
        for (index, topic) in registry.topics.enumerated() {
            for cue in topic.cues {
                let words = Reading.topicWords(cue)
                if let first = words.first { cues[first, default: []].append((index, Array(words.dropFirst()))) }
            }
        }
        self.topicCues = cues
        self.topicFirstWords = WordSet(cues.keys)
    }

    /// What one reading of an article finds: its statements, and every mention of an actor
    /// in its prose, which the graph and the census count without reading it again.
    public struct Extraction: Sendable {
        public var statements: [Statement]
        public var mentions: [MentionFinder.Mention]
    }

    /// The statements and mentions in `article`, in order.
    public func read(_ article: Article) -> Extraction {
        var reading = Reading(article: article, extractor: self)
        reading.run()
        var statements = reading.statements
        StatementID.assign(&statements)
        return Extraction(statements: statements, mentions: reading.mentions)
    }

    /// The statements and mentions of every article of `corpus`, article by article.
    public func read(_ corpus: Corpus) -> Extraction {
        var all = Extraction(statements: [], mentions: [])
        for article in corpus.articles {
            let one = read(article)
            all.statements += one.statements
            all.mentions += one.mentions
        }
        return all
    }

    /// The statements in `article`, in order.
    public func statements(in article: Article) -> [Statement] {
        read(article).statements
    }

    /// The statements of every article of `corpus`, article by article.
    public func statements(in corpus: Corpus) -> [Statement] {
        corpus.articles.flatMap(statements(in:))
    }
}

/// One article being read: the discourse so far and the statements found.
struct Reading {
    let article: Article
    let extractor: Extractor
    var statements: [Statement] = []
    /// The hash of each statement's folded words, once asked for: see ``isRepeated(_:)``.
    private var keys: [UInt64?] = []
    var discourse = Discourse()
    let mentions: [MentionFinder.Mention]
    /// The tokens of each prose sentence, in order, as the mention finder cut them.
    let tokens: [SentenceTokens]
    /// The two states an article is mostly about: what "the sides" and "each other" mean.
    let principals: [String]

    /// A statement whose quotation is still open at the end of its sentence.
    var continuing: Int?
    /// Quoted sentences with no attribution yet, waiting for one.
    var pendingQuote: [PendingQuote] = []
    /// Each statement's cue stance and content words, in the order of ``statements``: what its
    /// polarity is read from again when its content grows by another sentence. `open` says
    /// whether its text runs to the end of its last sentence, with no words of the writer's
    /// after it, so that the next sentence's quotation goes on from it directly.
    private var spoken: [(stance: CueLexicon.Stance, words: [LowerWord], open: Bool)] = []
    /// The last quotation's statement, for quotes that go on with no attribution.
    var lastQuote: Int?

    init(article: Article, extractor: Extractor) {
        self.article = article
        self.extractor = extractor
        (self.mentions, self.tokens) = extractor.finder.scan(article)
        var counts: [String: Int] = [:]
        for mention in mentions where mention.resolution.actor.kind == .state { counts[mention.resolution.actor.id, default: 0] += 1 }
        self.principals = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(2).map(\.key)
    }

    mutating func run() {
        var position = 0
        var number = 0
        for paragraph in article.readParagraphs {
            var inside = false
            for sentence in paragraph.sentences {
                var own: [MentionFinder.Mention] = []
                while position < mentions.count, mentions[position].range.lowerBound < sentence.range.upperBound {
                    if mentions[position].range.lowerBound >= sentence.range.lowerBound { own.append(mentions[position]) }
                    position += 1
                }
                var view = SentenceView(sentence, tokens: tokens[number], insideQuote: inside, mentions: own)
                // A dateline's place ("MIDWAY ATOLL - ...") is where the story was filed, never a
                // person for a pronoun to stand for.
                let dateline = ClauseEnd.afterDateline(in: view)
                if dateline > 0, view.mentions.contains(where: { $0.tokens.upperBound <= dateline && $0.resolution.actor.kind == .person }) {
                    let end = sentence.range.lowerBound + view.tokens[dateline].range.lowerBound
                    view = SentenceView(sentence, tokens: tokens[number], insideQuote: inside,
                                        mentions: own.filter { $0.range.upperBound > end || $0.resolution.actor.kind != .person })
                }
                number += 1
                read(view, startsInside: inside, heading: paragraph.kind == .heading)
                inside = view.endsInsideQuote
            }
            continuing = nil
            pendingQuote = []
            // A headline comes before the lead, and is not it.
            if paragraph.kind == .body { discourse.leadSeen = true }
            // A scene's day does not carry into the next paragraph.
            discourse.anchorAge = Self.sceneLength + 1
        }
    }

    /// Words after which a cue word is a noun ("the statement", "an appeal", "urgent call") or
    /// a passive ("was accused"), not a reporting verb.
    static let beforeNoun = Lexicons.grammar(.beforeNoun)
    /// Words that move a statement off the scene's day: "later said", "has since said".
    static let laterWords = Lexicons.grammar(.laterWords)
    /// "The day before", "the previous day": the sentence looks back at the scene's day.
    static let dayBefore = Lexicons.grammarPhrases(.dayBefore)

    /// How many sentences after the one that dated a scene a statement still takes its day.
    /// Measured on the development sets: longer scenes date more statements right on one and
    /// wrong on another, so a scene is the dated sentence and the two after it, in its
    /// paragraph.
    static let sceneLength = 2

    /// Words for what was said, which a participle after them describes: "remarks posted".
    static let utteranceNouns = Lexicons.grammar(.utteranceNouns)

    /// Forms of "be" before a participle: passive with "-ed" ("was accused"), progressive
    /// with "-ing" ("is calling on", "were urging").
    static let beForms = Lexicons.grammar(.beForms)

    /// Whether the cue word at `index` is an "-ing" form after "be": an active verb in the
    /// progressive ("is calling on the sides"), not a noun or a passive.
    static func isProgressive(_ lower: [LowerWord], at index: Int) -> Bool {
        index > 0 && beForms.contains(lower[index - 1]) && lower[index].hasSuffix("ing")
    }

    /// Words that join a second clause with a subject of its own.
    static let clauseJoiners = Lexicons.grammar(.clauseJoiners)

    /// The cues of a sentence outside quotations, each with its token index: the verbs and
    /// phrases of the lexicon, read as verbs (not "the statement", "was accused by").
    static func cues(in view: SentenceView) -> [(index: Int, match: CueLexicon.Match)] {
        let lower = view.lower, tokens = view.tokens
        var cues: [(index: Int, match: CueLexicon.Match)] = []
        var index = 0
        while index < tokens.count {
            // A cue is a verb in lower case: capitalised inside a sentence it is a name ("the
            // United States to end ..."), and at a sentence's start it has no subject before it.
            // In a headline every word is capitalised: its reporting verb too ("Mayor Says ...").
            if !tokens[index].quoted, tokens[index].kind == .word,
               !tokens[index].isCapitalised || (view.isHeadline && index > 0 && SentenceTokens.isHeadlineCue(lower[index])),
               let match = CueLexicon.match(lower, at: index),
               !(index > 0 && Self.beforeNoun.contains(lower[index - 1]) && !Self.isProgressive(lower, at: index)
                 && SpeakerFinder.carryOnStart(before: index, in: view) == nil),
               // "Aliyev's call with ...", "the ministry's claims": a cue in its base or plural
               // form after a possessive is a noun ("Roe's said" is "Roe has said").
               !(index > 0 && lower[index - 1].hasSuffix("'s") && Self.isBaseOrPlural(lower[index], lemma: match.cue.lemma)),
               // "14 states", "four reports", "many questions": a plural noun after a number or
               // a plural determiner (but "on November 14 said", and "one says" may be a verb).
               !(index > 0 && lower[index].hasSuffix("s") && (tokens[index - 1].kind == .number || (FigureReader.numberWords[lower[index - 1]] ?? 0) > 1
                 || Self.pluralDeterminers.contains(lower[index - 1]))),
               // "Rust Belt states have suffered", "Western states like Nevada": a plural noun
               // before an auxiliary or an example, not a verb.
               !(match.length == 1 && index + 1 < lower.count && lower[index].count > match.cue.lemma.utf8.count && Self.isBaseOrPlural(lower[index], lemma: match.cue.lemma)
                 && (SpeakerFinder.auxiliaries.contains(lower[index + 1]) || Self.examplesFollow.contains(lower[index + 1]))),
               // "remarks posted on its channel": a participle after the words it
               // describes, not a verb.
               !(index > 0 && index + 1 < lower.count && lower[index].hasSuffix("ed") && Self.utteranceNouns.contains(lower[index - 1])
                 && SpeakerFinder.prepositions.contains(lower[index + 1])),
               // "added to her lead", "adds weight to": "add" on an object, not speech.
               !(match.cue.lemma == "add" && index + match.length < lower.count && ParticipialClause.notClauses.contains(lower[index + match.length])),
               // "was accused by", but not "said by telephone".
               !(index + match.length < lower.count && lower[index + match.length] == "by" && !Setting.byMedium(index + match.length, in: view)),
               !Self.isPhoneCall(match, at: index, in: view) {
                cues.append((index, match))
                index += match.length
            } else {
                index += 1
            }
        }
        return cues
    }

    /// "many", "several", "these": the determiners of a plural noun.
    static let pluralDeterminers = Lexicons.grammar(.pluralDeterminers)
    /// Words that go on from a plural noun with examples of it: "states like", "such as".
    static let examplesFollow = Lexicons.grammar(.examplesFollow)

    /// Whether `word` is `lemma` itself or its plural in "-s" or "-es".
    static func isBaseOrPlural(_ word: LowerWord, lemma: String) -> Bool {
        let text = word.description
        return text == lemma || text == lemma + "s" || text == lemma + "es"
    }

    /// Whether a characterising "called" is a telephone call: "called the two leaders
    /// separately by phone on Friday", not "called the truce painful".
    static func isPhoneCall(_ match: CueLexicon.Match, at index: Int, in view: SentenceView) -> Bool {
        guard match.cue.lemma == "call", match.length == 1, CueLexicon.characterising.contains(view.lower[index]) else { return false }
        var position = index + 1
        while position < min(view.tokens.count, index + 8), view.tokens[position].kind != .punctuation || view.lower[position] == "-" {
            if Setting.byMedium(position, in: view) { return true }
            position += 1
        }
        return false
    }

    /// Reads one sentence, in named stages: its frames, the quotation it carries over, the
    /// statements its frames make, a quotation it goes on with, and what the discourse learns.
    private mutating func read(_ view: SentenceView, startsInside: Bool, heading: Bool = false) {
        var found = self.frames(in: view)
        // A headline is a statement of its own in one shape, "Mayor Ruiz: Bridge Will Reopen".
        // "Mayor Says Bridge Will Reopen" or "Armenia Denies Claims" sum up the statement the
        // article goes on to report, and count once, there.
        // Its speaker is someone the registry knows or a name of two words or more. A lone
        // unknown word before a headline's colon is a place or a topic ("Sochi: three-hour
        // meeting ..."), unless the article goes on to name a person of that surname
        // ("Weller: ..." above "Dana Weller said ..."), who is the speaker.
        if heading {
            found = found.compactMap { frame in
                guard frame.rule == SpeakerColon.name else { return nil }
                var frame = frame
                for (index, reference) in frame.speakers.enumerated() {
                    if let actor = reference.mention?.resolution.actor {
                        guard actor.kind != .state else { return nil }
                        if actor.isKnown || actor.name.split(separator: " ").count > 1 { continue }
                    }
                    guard reference.tokens.count == 1, view.tokens[reference.tokens.lowerBound].isCapitalised,
                          let named = personNamedLater(surname: view.lowerText(reference.tokens.lowerBound), after: view.sentence.range.upperBound)
                    else { return nil }
                    frame.speakers[index] = .mention(SentenceView.MentionSpan(tokens: reference.tokens, resolution: Resolver.Resolution(actor: named, method: .surname)))
                }
                return frame
            }
        }
        let frames = Self.prune(found)
        carryQuotation(into: view, frames: frames, startsInside: startsInside)
        let firstNew = statements.count
        // The days the sentence names, against the anchor as it stood before it.
        let days = StatementDates.days(in: view, 0..<view.tokens.count, published: article.published, anchor: discourse.anchor)
        var fed = 0
        var (madeQuote, silent) = emitStatements(of: frames, in: view, days: days, fed: &fed)
        // A frame whose speaker is nobody ("in his opening remarks, Roe said ...", read as
        // "his opening" remarking) gives way to the frames it pruned.
        if !silent.isEmpty {
            let kept = Set(frames.map(\.cue.lowerBound))
            let released = Self.prune(found.filter { !silent.contains($0.cue.lowerBound) }).filter { !kept.contains($0.cue.lowerBound) }
            if !released.isEmpty, emitStatements(of: released, in: view, days: days, fed: &fed).madeQuote { madeQuote = true }
        }
        if continueQuotation(in: view, hasFrames: !frames.isEmpty, startsInside: startsInside) { madeQuote = true }
        if !madeQuote && !startsInside { lastQuote = nil }
        // A day inside what was said dates what it is about, not a scene.
        let sceneDays = days.filter { day in !frames.contains { $0.content.contains(day.index) && $0.content.lowerBound != $0.cue.lowerBound } }
        learn(from: view, days: sceneDays, fed: fed, firstStatement: firstNew)
    }

    /// Stage 1: the sentence's cues, the clause breaks between its speakers, and the frames
    /// every rule finds, each cue taken by the first rule that fits (before ``prune(_:)``).
    private func frames(in view: SentenceView) -> [Frame] {
        let lower = view.lower
        let cues = Self.cues(in: view)
        // Where a second clause with a speaker of its own begins ("... and spokesman for U.N.
        // Secretary-General Antonio Guterres spoke to ... and called for ..."): content stops there.
        for cue in cues {
            let subject = SpeakerFinder.before(cue.index, in: view) ?? SpeechAct.coordinatedSubject(before: cue.index, in: view)
            if let subject, subject.start > 1, Self.clauseJoiners.contains(lower[subject.start - 1]), !view.tokens[subject.start - 1].quoted {
                view.clauseBreaks.insert(subject.start - 1)
            }
            // "Roe, who said the plan was vetted, said he was unaware ...": a subject set off from
            // its verb by a clause with a cue of its own. That clause's content ends at the comma
            // before this verb.
            var comma = cue.index - 1
            while comma > 0, SpeakerFinder.fillers.contains(lower[comma]) { comma -= 1 }
            if let subject, comma > subject.end, lower[comma] == ",", !view.tokens[comma].quoted,
               cues.contains(where: { $0.index > subject.start && $0.index < comma }) {
                view.clauseBreaks.insert(comma)
            }
            // "denied the claim and said ...": a second cue of the same subject starts a statement.
            if cue.index > 1, lower[cue.index - 1] == "and", !view.tokens[cue.index - 1].quoted,
               SpeakerFinder.before(cue.index, in: view) == nil, SpeechAct.coordinatedSubject(before: cue.index, in: view) != nil {
                view.clauseBreaks.insert(cue.index - 1)
            }
        }
        var frames: [Frame] = []
        for rule in Extractor.rules {
            frames += rule.frames(RuleInput(view: view, cues: cues, found: frames))
        }
        return frames
    }

    /// Stage 2: a quotation carried over from the sentence before, added to the statement it
    /// continues, or kept until its attribution comes.
    private mutating func carryQuotation(into view: SentenceView, frames: [Frame], startsInside: Bool) {
        let firstClose = view.tokens.firstIndex { $0.kind == .closeQuote }
        if startsInside {
            let end = firstClose ?? view.tokens.count
            let quoted = ClauseEnd.trim(0..<end, in: view, keepFullStop: firstClose == nil)
            let attributed = frames.contains { $0.continuesQuote }
            if let continuing, !attributed, !quoted.isEmpty {
                extend(continuing, with: quoted, of: view)
                if firstClose != nil { self.continuing = nil }
            } else if !attributed, !quoted.isEmpty, firstClose == nil {
                pendingQuote.append(pending(quoted, of: view))
            }
        } else if frames.isEmpty, view.endsInsideQuote, let open = view.tokens.lastIndex(where: { $0.kind == .openQuote }) {
            // A quotation opens here and runs on: its attribution may come in a later sentence.
            let quoted = ClauseEnd.trim(open + 1..<view.tokens.count, in: view, keepFullStop: true)
            if !quoted.isEmpty { pendingQuote = [pending(quoted, of: view)] }
        }
    }

    /// A quoted sentence waiting for its attribution: its words, the actors they name (whoever
    /// the speaker turns out to be) and the figures they claim.
    struct PendingQuote {
        var text: String
        var sentence: Sentence
        var words: [LowerWord]
        var actors: [Actor]
        var figures: [Figure]
    }

    private func pending(_ quoted: Range<Int>, of view: SentenceView) -> PendingQuote {
        PendingQuote(text: view.text(quoted), sentence: view.sentence, words: Array(view.lower[quoted]),
                     actors: targetCandidates(in: view, scope: quoted, speaker: nil, speakerTokens: []),
                     figures: FigureReader.figures(in: view, quoted))
    }

    /// More words of statement `index` in a later sentence (`span` of `view`): its text,
    /// sentence and range grow, and the actors those words name, their topics and the figures
    /// they claim join it.
    private mutating func extend(_ index: Int, with span: Range<Int>, of view: SentenceView) {
        // Words left out between the two parts (an attribution: `"...," she said. "..."`) are
        // marked as a quotation marks them, so that the text is the article's words.
        let direct = spoken[index].open && !Self.hasWords(in: 0..<span.lowerBound, of: view)
            && view.sentence.range.lowerBound - statements[index].range.upperBound <= 3
        statements[index].text += (direct ? " " : Self.omission) + view.text(span)
        spoken[index].open = !Self.hasWords(in: span.upperBound..<view.tokens.count, of: view)
        statements[index].sentence += " " + view.sentence.text
        statements[index].range = statements[index].range.lowerBound..<view.sentence.range.upperBound
        statements[index].figures += FigureReader.figures(in: view, span)
        addTargets(targetCandidates(in: view, scope: span, speaker: statements[index].speaker, speakerTokens: []), to: &statements[index])
        statements[index].topics = topics(in: statements[index].text)
        spoken[index].words += view.lower[span]
        statements[index].polarity = StanceReader.polarity(cue: spoken[index].stance, words: spoken[index].words[...])
        addOpponent(to: &statements[index])
        keys[index] = nil
    }

    /// A hostile statement of one of the two sides addresses the other, named or not.
    private func addOpponent(to statement: inout Statement) {
        let speaker = statement.speaker
        if statement.polarity < 0, let own = speaker.kind == .state ? speaker.id : speaker.country, principals.contains(own),
           let other = principals.first(where: { $0 != own }), !statement.targets.contains(where: { $0.id == other || $0.country == other }),
           let opponent = extractor.registry.actor(other) {
            statement.targets.append(opponent)
        }
    }

    /// The actors of `candidates` that a statement of its speaker can address, after its own.
    private func addTargets(_ candidates: [Actor], to statement: inout Statement) {
        Self.add(candidates, to: &statement.targets, speaker: statement.speaker)
    }

    /// Appends to `targets` each actor of `candidates` that a statement of `speaker` can
    /// address and that is not there yet.
    static func add(_ candidates: [Actor], to targets: inout [Actor], speaker: Actor) {
        for actor in candidates where canTarget(actor, speaker: speaker) && !targets.contains(where: { $0.id == actor.id }) {
            targets.append(actor)
        }
    }

    /// Stage 3: each frame's speakers resolved, and a statement for each, dated; returns
    /// whether one of them is a quotation, and the cues of the frames whose speakers resolved
    /// to nobody. `fed` counts the mentions the discourse has seen.
    private mutating func emitStatements(of frames: [Frame], in view: SentenceView, days: [(index: Int, day: Day)],
                                         fed: inout Int) -> (madeQuote: Bool, silent: Set<Int>) {
        var madeQuote = false
        var silent: Set<Int> = []
        for frame in frames {
            let speakerStart = frame.speakers.map(Self.start).min() ?? frame.cue.lowerBound
            while fed < view.mentions.count, view.mentions[fed].tokens.upperBound <= speakerStart {
                discourse.saw(view.mentions[fed], text: view.text(view.mentions[fed].tokens))
                fed += 1
            }
            let speakers = frame.speakers.compactMap { resolve($0, in: view) }
            if speakers.isEmpty { silent.insert(frame.cue.lowerBound) }
            for speaker in speakers {
                var statement = build(frame, speaker: speaker, in: view, days: days)
                // Its words, kept only for a quotation, which later sentences may add to.
                var words: [LowerWord] = []
                if statement.quote || (frame.continuesQuote && !pendingQuote.isEmpty) {
                    words = Array(view.lower[frame.content]) + (frame.resumed.map { Array(view.lower[$0]) } ?? [])
                }
                if days.isEmpty, statement.date == article.published, let day = undatedDay(in: view), !Self.isPresentTense(frame, in: view) {
                    statement.date = day
                }
                if frame.continuesQuote, !pendingQuote.isEmpty {
                    statement.text = pendingQuote.map(\.text).joined(separator: " ") + " " + statement.text
                    statement.sentence = pendingQuote.map(\.sentence.text).joined(separator: " ") + " " + statement.sentence
                    statement.range = pendingQuote[0].sentence.range.lowerBound..<statement.range.upperBound
                    let named = statement.targets
                    statement.targets = []
                    addTargets(pendingQuote.flatMap(\.actors) + named, to: &statement)
                    statement.figures = pendingQuote.flatMap(\.figures) + statement.figures
                    statement.topics = topics(in: statement.text)
                    words = pendingQuote.flatMap(\.words) + words
                    statement.polarity = StanceReader.polarity(cue: frame.stance, words: words[...])
                    addOpponent(to: &statement)
                }
                // The same words from the same speaker again (a paragraph repeated with other
                // wording around them) are one statement.
                if isRepeated(statement) { continue }
                statements.append(statement)
                keys.append(nil)
                let end = frame.resumed?.upperBound ?? frame.content.upperBound
                spoken.append((frame.stance, words, !Self.hasWords(in: end..<view.tokens.count, of: view)))
                discourse.spoke(speaker)
                if statement.quote {
                    lastQuote = statements.count - 1
                    madeQuote = true
                }
                if statement.quote, view.endsInsideQuote, frame.content.upperBound >= view.tokens.count - 2 {
                    continuing = statements.count - 1
                    // The sentence's full stop stays: the quotation goes on after it.
                    keys[statements.count - 1] = nil
                    statements[statements.count - 1].text = view.text(ClauseEnd.trim(frame.content.lowerBound..<view.tokens.count, in: view, keepFullStop: true))
                    spoken[statements.count - 1].open = true
                }
            }
            if frame.continuesQuote { pendingQuote = [] }
        }
        return (madeQuote, silent)
    }

    /// What stands for the words a quotation's text leaves out between its parts.
    static let omission = " ... "

    /// Whether tokens `range` of `view` hold a word or a number, not only marks.
    static func hasWords(in range: Range<Int>, of view: SentenceView) -> Bool {
        range.contains { view.tokens[$0].kind == .word || view.tokens[$0].kind == .number }
    }

    /// The first words of the phrases that open a sentence with what it is about.
    static let topicOpeners = Lexicons.grammarPhrases(.topicOpeners)

    /// The phrase that opens `view` with what its statement is about, up to its comma:
    /// "Regarding the appeal to Kethra," or "Asked about the sanctions,".
    static func topicPhrase(in view: SentenceView) -> Range<Int>? {
        guard let opener = topicOpeners.phrase(in: view, at: 0) else { return nil }
        guard let comma = (opener.count..<view.tokens.count).first(where: { view.lower[$0] == "," || view.tokens[$0].quoted }),
              view.lower[comma] == "," else { return nil }
        return opener.count..<comma
    }

    /// The last words of a medium's name: "Rossiya 24 TV", "Anadolu Agency".
    static let mediaNameEnds = Lexicons.grammar(.mediaNameEnds)

    /// Participles that gloss whom a statement was about: "..., he said, referring to Doe".
    static let referring = Lexicons.grammar(.referring)

    /// Words before a verb's base form that make it other than the present: "will say", "did
    /// not say", "to say".
    static let notPresent = Lexicons.grammar(.notPresent)

    /// Whether a frame's cue is in the present tense ("the ministry says", "states", "they
    /// say"): a statement still standing as the article is published, made on its day rather
    /// than on the day of the scene before it.
    static func isPresentTense(_ frame: Frame, in view: SentenceView) -> Bool {
        let index = frame.cue.lowerBound
        let word = view.lower[index].description
        let lemma = frame.lemma
        if word == lemma + "s" || word == lemma + "es" || (lemma.hasSuffix("y") && word == lemma.dropLast() + "ies") { return true }
        return word == lemma && index > 0 && !Self.notPresent.contains(view.lower[index - 1]) && view.tokens[index - 1].kind == .word
    }

    /// The day of a statement in a sentence that names none: the scene the last two sentences
    /// of the paragraph dated ("On October 3, X said ... He added that ..."), else the event
    /// the lead paragraph dates; neither when the sentence says "later".
    private func undatedDay(in view: SentenceView) -> Day? {
        let day: Day?
        if let scene = discourse.anchor, discourse.anchorAge <= Self.sceneLength,
           article.published.map({ scene <= $0 && scene >= $0.adding(days: -14) }) ?? false {
            day = scene
        } else {
            day = discourse.leadDay
        }
        guard day != nil, !view.lower.indices.contains(where: { index in
            Self.laterWords.contains(view.lower[index])
                || Self.dayBefore.phrase(in: view, at: index) != nil
        }) else { return nil }
        return day
    }

    /// Stage 4: a whole sentence quoted with no attribution goes on with the last quotation
    /// (`"...," he said. "..."`): more of the same statement. Returns whether it did.
    private mutating func continueQuotation(in view: SentenceView, hasFrames: Bool, startsInside: Bool) -> Bool {
        let firstClose = view.tokens.firstIndex { $0.kind == .closeQuote }
        guard !hasFrames, !startsInside, view.tokens.first?.kind == .openQuote, let close = firstClose,
              close >= view.tokens.count - 2, let last = lastQuote else { return false }
        let more = ClauseEnd.trim(1..<close, in: view)
        if !more.isEmpty { extend(last, with: more, of: view) }
        return true
    }

    /// Stage 5: what the discourse learns from the sentence: the mentions not yet seen, the
    /// day it names, and its subject.
    private mutating func learn(from view: SentenceView, days: [(index: Int, day: Day)], fed: Int, firstStatement: Int) {
        var fed = fed
        while fed < view.mentions.count {
            discourse.saw(view.mentions[fed], text: view.text(view.mentions[fed].tokens))
            fed += 1
        }
        if let day = days.first?.day {
            discourse.anchor = day
            discourse.anchorAge = 0
            if !discourse.leadSeen, discourse.leadDay == nil, let published = article.published, day < published, day >= published.adding(days: -14) {
                discourse.leadDay = day
            }
        } else {
            discourse.anchorAge += 1
        }
        discourse.subject = subject(of: view, firstStatement: firstStatement) ?? discourse.subject
    }

    /// The person a sentence is about: the speaker of its first statement, else a person named
    /// at its start ("Pashinyan met ...", "On Monday, Aliyev ...").
    private func subject(of view: SentenceView, firstStatement: Int) -> Actor? {
        if firstStatement < statements.count, statements[firstStatement].speaker.kind == .person {
            return statements[firstStatement].speaker
        }
        guard let first = view.mentions.first(where: { !view.tokens[$0.tokens.lowerBound].quoted }), first.resolution.actor.kind == .person else { return nil }
        let before = view.lower[0..<first.tokens.lowerBound]
        let opening = before.allSatisfy { Self.sentenceOpeners.contains($0) || $0 == "," }
            || (before.contains { $0 == "," } && !before.contains { CueLexicon.forms[$0] != nil })
        return opening ? first.resolution.actor : nil
    }

    /// Whether the speaker already said the same words (in other punctuation or capitals).
    private mutating func isRepeated(_ statement: Statement) -> Bool {
        var key: UInt64?
        for index in statements.indices where statements[index].speaker.id == statement.speaker.id {
            if keys[index] == nil { keys[index] = Paragraphs.foldedHash(of: statements[index].text).hash }
            if key == nil { key = Paragraphs.foldedHash(of: statement.text).hash }
            // Equal hashes are checked word for word.
            if keys[index] == key, Paragraphs.foldedKey(statements[index].text.unicodeScalars) == Paragraphs.foldedKey(statement.text.unicodeScalars) {
                return true
            }
        }
        return false
    }

    /// A cue inside another statement's content belongs to it; the same speaker twice over
    /// the same words is one statement.
    static func prune(_ frames: [Frame]) -> [Frame] {
        frames.enumerated().filter { position, frame in
            !frames.enumerated().contains { other, outer in
                guard other != position else { return false }
                // Content running over another cue: when each holds the other's cue, the earlier
                // one's content ran on too far ("Armenia has confirmed ..., the ministry said").
                if outer.content.contains(frame.cue.lowerBound) && (!frame.content.contains(outer.cue.lowerBound) || frame.cue.lowerBound < outer.cue.lowerBound),
                   !(frame.cue.lowerBound > 0 && outer.content.upperBound <= frame.cue.lowerBound),
                   // A quotation with its own attribution inside what another reports (`"...,"
                   // Medinsky said, ..., reports AFP`) is a statement of its own.
                   !(frame.isQuotation && frame.speakers.allSatisfy { outer.content.contains(Self.start($0)) } && !frame.content.contains(outer.cue.lowerBound)) {
                    return true
                }
                return other < position && outer.speakers == frame.speakers && outer.content.overlaps(frame.content) && frame.lemma != "add"
            }
        }.map(\.element).sorted { $0.cue.lowerBound < $1.cue.lowerBound }
    }

    static func start(_ reference: SpeakerFinder.Reference) -> Int {
        reference.tokens.lowerBound
    }

    static func tokens(_ reference: SpeakerFinder.Reference) -> Range<Int> {
        reference.tokens
    }

    static let personalStaff = Lexicons.grammar(.personalStaff)

    static let sentenceOpeners = Lexicons.grammar(.sentenceOpeners)

    /// "the sides", "both parties": the two states the article is about.
    static let sides = Lexicons.grammar(.sides)
    /// What a statement is made on or in: "said on Twitter", "wrote on his Facebook page".
    static let channelWords = Lexicons.grammar(.channelWords)
    static let sidesDeterminers = Lexicons.grammar(.sidesDeterminers)

    static let groupHeads = Lexicons.grammar(.groupHeads)

    /// Office words that name a person by their post: "the minister said" (`titles.tsv`).
    static let personTitles = MentionFinder.offices

    /// The actor a speaker reference stands for, or nil.
    mutating func resolve(_ reference: SpeakerFinder.Reference, in view: SentenceView) -> Actor? {
        if let mention = reference.mention {
            // "the Turkish leader" with no holder in the registry: the Turkish person the text
            // named before, never the office.
            if let office = mention.resolution.vacantOffice {
                if let named = discourse.person(of: mention.resolution.actor.country) { return named }
                // "China's foreign minister on Wednesday accused ..., ... Chinese Foreign Minister
                // Wang Yi told ...": the holder the text names soon after.
                if let named = holderNamedLater(office, of: mention.resolution.actor.country, after: view.sentence.range.lowerBound) { return named }
            }
            // "the Oregon senator", "the Texas governor": an office in lower case after a
            // place is a description of the person last named with it, not a person "Oregon".
            if mention.resolution.method == .unknown, mention.resolution.actor.kind == .person, let last = mention.tokens.last,
               view.tokens[last].kind == .word, !view.tokens[last].isCapitalised, Self.personTitles.contains(view.lower[last]),
               let titled = discourse.person(titled: view.lowerText(last)) {
                return titled
            }
            // "The Ministry informs ...": a body's bare head, capitalised, is the body the
            // text is about, not an actor named "Ministry".
            if mention.resolution.method == .unknown, mention.tokens.count == 1, Discourse.bodyHeads.contains(view.lower[mention.tokens.lowerBound]),
               let body = discourse.resolve([view.lowerText(mention.tokens.lowerBound)]) {
                return body
            }
            return mention.resolution.actor
        }
        let range = reference.tokens
        var words = range.map(view.lowerText)
        // "I", "we", "you": the writer or the reader, whom the text does not name.
        if words.count == 1, Self.firstAndSecondPerson.contains(words[0]) { return nil }
        // "Three-quarters said": a poll's share, never a name its capital made.
        if Self.isShare(range, in: view) { return describedSpeaker(range, in: view) }
        // "a statement by X", "a report by X": X, and the report is a source.
        if let by = words.firstIndex(where: { ["by", "from"].contains($0) }), by > 0,
           ["release", "spokesman", "spokeswoman"].contains(words[by - 1]) || Self.sourceNouns.contains(words[by - 1]) {
            let rest = range.lowerBound + by + 1..<range.upperBound
            let actor = view.mentions.last(where: { $0.tokens.upperBound == rest.upperBound }).map(\.resolution.actor)
                ?? extractor.resolver.cachedResolve(view.text(rest), on: article.published, country: discourse.country)?.actor
            if let actor, words[by - 1] == "report" { discourse.cited(actor) }
            if let actor { return actor }
            words = Array(words[(by + 1)...])
        }
        // "his office said", "her spokesman told ...": the person just named.
        if let first = words.first, ["his", "her"].contains(first), words.count <= 3,
           words.contains(where: { Self.personalStaff.contains($0) }), let person = discourse.person(pronoun: first) {
            return person
        }
        let head = words.first { !["the", "a", "an", "this", "its", "his", "her", "their"].contains($0) } ?? ""
        // "Armenia's opposition holds him responsible ..., but it vows ...": the subject that
        // opens the sentence.
        if ["it", "they"].contains(head), words.count == 1 {
            if let opening = view.mentions.first(where: { $0.tokens.lowerBound <= 1 && $0.tokens.upperBound <= range.lowerBound }) {
                if opening.resolution.actor.kind != .person { return opening.resolution.actor }
            } else if range.lowerBound > 2, view.tokens[0].kind == .word, !SpeakerFinder.pronouns.contains(view.lower[0]),
                      !Self.sentenceOpeners.contains(view.lower[0]) {
                // "Several hundred opposition protesters rallied ..., as they demanded ...": the
                // pronoun is the sentence's own subject, which names no actor we know.
                return nil
            }
        }
        // "the minister", "the former vice president": the person last named with the title
        // (a description's head is its last word).
        let last = words.last ?? head
        if Self.personTitles.contains(head), let titled = discourse.person(titled: head) { return titled }
        if last != head, Self.personTitles.contains(last), let titled = discourse.person(titled: last) { return titled }
        if Self.groupHeads.contains(head), let group = discourse.resolve([head]) { return group }
        // "the country's Defense Ministry": the country this sentence is about.
        // A body with no country ("The Ministry of Defense reports"): the country whose
        // voice the text last reported, rather than merely the last country named.
        let sentenceCountry = view.mentions.first { $0.tokens.upperBound <= range.lowerBound && ($0.resolution.actor.kind == .state || $0.resolution.actor.country != nil) }
            .map { $0.resolution.actor.kind == .state ? $0.resolution.actor.id : $0.resolution.actor.country! }
        let country = sentenceCountry ?? discourse.country
        let speakingCountry = sentenceCountry ?? discourse.lastSpeaker.flatMap { $0.kind == .state ? $0.id : $0.country } ?? discourse.country
        // A lone common word ("Reports suggest ...", "Experts say ...") names nobody: a
        // cue verb or a word for people is a description, not a name.
        let commonWord = words.count == 1 && (CueLexicon.forms[words[0]] != nil || Self.speakerNouns.contains(words[0]))
        if words.count > 1 || !SpeakerFinder.pronouns.contains(head), !commonWord,
           let resolution = extractor.resolver.cachedResolve(view.text(range), on: article.published, country: country)
            ?? extractor.resolver.cachedResolve(view.text(range), on: article.published, country: speakingCountry, bodiesOfCountry: true),
           resolution.actor.isKnown || resolution.method == .unknown || resolution.actor.kind == .state,
           !Self.isCommonWordName(resolution) {
            // "The Democratic presidential nominee", "the state's Republican party leader": a
            // description whose head is a common noun, not a name that a capital made.
            if resolution.method == .unknown, resolution.actor.kind == .person, let last = range.last,
               view.tokens[last].kind == .word, !view.tokens[last].isCapitalised,
               let described = describedSpeaker(range, in: view) {
                return described
            }
            return resolution.actor
        }
        // "the co-chairs", "the ministers": the international body last named, whose
        // office-holders they are.
        if let last = words.last, last.hasSuffix("s"), Self.personTitles.contains(String(last.dropLast())),
           let body = discourse.lastOrganisation, body.kind == .internationalOrganisation {
            return body
        }
        return discourse.resolve(words) ?? describedSpeaker(range, in: view)
    }

    /// The person of `country` that a mention in the next 1,500 characters after `offset` names
    /// with the title of office `office` ("Chinese Foreign Minister Wang Yi"), if any.
    func holderNamedLater(_ office: String, of country: String?, after offset: Int) -> Actor? {
        guard let country else { return nil }
        let titles = (extractor.registry.role(office)?.names ?? [office]).map { " " + ScalarText.lowercased($0) + " " }
        for mention in mentions where mention.range.lowerBound > offset {
            guard mention.range.lowerBound < offset + 1_500 else { break }
            let actor = mention.resolution.actor
            guard mention.resolution.vacantOffice == nil, actor.kind == .person, actor.country == country else { continue }
            let text = " " + ScalarText.lowercased(mention.text) + " "
            if titles.contains(where: { ScalarText.contains(text, $0) }) { return actor }
        }
        return nil
    }

    /// The person a mention in the next 3,000 characters after `offset` names in full with
    /// `surname` as the last word ("Dana Weller" for "Weller"), if any.
    func personNamedLater(surname: String, after offset: Int) -> Actor? {
        let surname = ScalarText.lowercased(surname)
        for mention in mentions where mention.range.lowerBound > offset {
            guard mention.range.lowerBound < offset + 3_000 else { break }
            let actor = mention.resolution.actor
            guard actor.kind == .person, mention.resolution.vacantOffice == nil else { continue }
            let words = ScalarText.lowercased(actor.name).split(separator: " ")
            if words.count > 1, words.last == Substring(surname) { return actor }
        }
        return nil
    }

    /// Whether an unknown person's name is only common words, capitalised at a sentence's
    /// start: "Reports (from both sides)", "Officials".
    static func isCommonWordName(_ resolution: Resolver.Resolution) -> Bool {
        guard resolution.method == .unknown, resolution.actor.kind == .person else { return false }
        let words = resolution.actor.name.split(separator: " ")
        // A pronoun is never a name: "He did tell CNN", "As I mentioned".
        if let first = words.first, Self.personalPronouns.contains(ScalarText.lowercased(String(first))) { return true }
        return words.allSatisfy {
            let word = ScalarText.lowercased(String($0))
            return CueLexicon.forms[word] != nil || speakerNouns.contains(word) || Setting.bareDays.contains(word) || DateExpressions.month(word) != nil
        }
    }

    /// The writer's and the reader's pronouns.
    static let firstAndSecondPerson = Lexicons.grammar(.firstAndSecondPerson)

    /// Pronouns, which stand for a speaker and never name one.
    static let personalPronouns = Lexicons.grammar(.personalPronouns)

    /// Nouns that head a description of a speaker the text does not name (a data file).
    static let speakerNouns = WordSet(Lexicons.speakerNouns.builtInWords())
    /// Possessive determiners, which give a document an owner: "his campaign's filings".
    static let possessives = Lexicons.grammar(.possessives)

    /// Nouns whose most frequent sense is a person: "businessman", "neurosurgeon" (a data file
    /// from WordNet).
    static let personNouns = WordSet(Lexicons.personNouns.builtInWords())

    /// Whether `word` is a person noun (``personNouns``) or its regular plural, and which.
    static func isPersonNoun(_ word: String) -> (isPerson: Bool, singular: Bool) {
        if personNouns.contains(word) { return (true, true) }
        for (plural, singular) in [("men", "man"), ("ies", "y"), ("es", ""), ("s", "")] where word.hasSuffix(plural) {
            if personNouns.contains(String(word.dropLast(plural.count)) + singular) { return (true, false) }
        }
        return (false, false)
    }

    /// Nouns that head a document or data a statement comes from (a data file).
    static let sourceNouns = WordSet(Lexicons.sourceNouns.builtInWords())
    /// Words after a description's head that modify it: "familiar with", "close to", "who".
    static let postModifiers = Lexicons.grammar(.postModifiers)
    /// Words before a description's own words: "some of the", "most", "two".
    static let quantifiers = Lexicons.grammar(.quantifiers)
    /// "Another said ...", "Others said ...": people of a group the text described.
    static let indefinitePronouns = Lexicons.grammar(.indefinitePronouns)
    /// "percent", "thirds", "majority": a share of the people a poll asked.
    static let shareNouns = Lexicons.grammar(.shareNouns)
    static let approximators = Lexicons.grammar(.approximators)

    /// Whether tokens `range` are a share of the people a poll asked, which speaks as a group:
    /// "two in three", "more than 4 in 10", "43 percent", "three-quarters", "a majority".
    static func isShare(_ range: Range<Int>, in view: SentenceView) -> Bool {
        func isQuantity(_ index: Int) -> Bool {
            view.tokens[index].kind == .number
                || view.lowerText(index).split(separator: "-").allSatisfy { FigureReader.numberWords[String($0)] != nil || shareNouns.contains(String($0)) }
        }
        guard let last = range.last, range.contains(where: isQuantity),
              range.allSatisfy({ isQuantity($0) || approximators.contains(view.lower[$0]) || ["in", "of", "out", "a", "the"].contains(view.lowerText($0)) })
        else { return false }
        // A number ends a share only as "N in M" or "N out of M": "43 said" alone may be anything.
        return view.lowerText(last).split(separator: "-").last.map { shareNouns.contains(String($0)) } == true
            || (view.tokens[last].kind == .number || FigureReader.numberWords[view.lower[last]] != nil) && range.contains { ["in", "of"].contains(view.lowerText($0)) }
    }

    /// A speaker the text names only by description ("officials", "Some party strategists",
    /// "his aides", "U.S. officials", "the company"): an actor named by the description's own
    /// words, with the person or organisation it belongs to ("Roe's aides") and its country
    /// where the words give one. Nil when the head is not a word for people or an
    /// organisation, or the description is a bare pronoun.
    private func describedSpeaker(_ whole: Range<Int>, in view: SentenceView) -> Actor? {
        // "Two in three said", "43 percent said", "nearly 4 in 10 voters said": the share of a
        // poll's people, as written.
        if whole.count <= 6, let share = (whole.lowerBound + 1...whole.upperBound).last(where: { Self.isShare(whole.lowerBound..<$0, in: view) }),
           share == whole.upperBound
            || (whole.upperBound - share <= 2 && (Self.speakerNouns.contains(view.lower[whole.upperBound - 1]) || Self.isPersonNoun(view.lowerText(whole.upperBound - 1)).isPerson)) {
            let name = view.text(whole)
            return extractor.registry.known(Actor(id: Token.slug(name), name: name, kind: .group, isKnown: false))
        }
        // A part of a group is described by the group: "one of her aides", "some of the
        // officials", "two of the senators".
        var start = whole.lowerBound
        if let of = (start + 1..<whole.upperBound).first(where: { view.lower[$0] == "of" }), of + 1 < whole.upperBound,
           (start..<of).allSatisfy({ Self.quantifiers.contains(view.lower[$0]) || view.tokens[$0].kind == .number }) {
            start = of + 1
        }
        // The description's head ends it, before what modifies it: "a person familiar with
        // his views", "two senators present", "sources close to the campaign".
        var end = whole.upperBound
        if let modifier = (start + 1..<whole.upperBound).first(where: { Self.postModifiers.contains(view.lower[$0]) }) { end = modifier }
        let range = start..<end
        let head = view.lower[end - 1]
        // A document needs a determiner or an owner ("the report", "FEC records", "the
        // county's records"): bare "Reports suggest ..." or "preliminary estimates" name no source.
        let document = Self.sourceNouns.contains(head) && !Self.speakerNouns.contains(head)
        let owned = SpeakerFinder.determiners.contains(view.lower[range.lowerBound]) || Self.possessives.contains(view.lower[range.lowerBound])
            || range.dropLast().contains { view.tokens[$0].isCapitalised || view.lower[$0].hasSuffix("'s") }
        let person = Self.isPersonNoun(view.lowerText(end - 1))
        let pronoun = range.count == 1 && Self.indefinitePronouns.contains(head)
        guard Self.speakerNouns.contains(head) || Self.sourceNouns.contains(head) || Self.personTitles.contains(head) || person.isPerson || pronoun, range.count <= 6,
              !document || owned else { return nil }
        // "The billionaire businessman says ...": a definite description of one person, who
        // is the person the text last named, of the sex the noun says where it says one.
        if person.singular, !Self.speakerNouns.contains(head), !Self.personTitles.contains(head), view.lower[range.lowerBound] == "the",
           let named = Discourse.sex(ofWord: head.description).map(discourse.person(sex:)) ?? discourse.lastPerson {
            return named
        }
        var first = range.lowerBound
        while first < range.upperBound - 1, Self.quantifiers.contains(view.lower[first]) { first += 1 }
        var name = view.text(first..<range.upperBound)
        var owner: Actor?
        let opening = view.lower[first]
        if opening == "his" || opening == "her" {
            owner = discourse.person(pronoun: opening.description)
        } else if opening == "its" || opening == "their" {
            owner = discourse.lastSpeaker.flatMap { $0.kind == .person ? nil : $0 } ?? discourse.lastOrganisation
        }
        if owner != nil || SpeakerFinder.pronouns.contains(opening) || opening == "our" || opening == "my" || opening == "your" {
            guard let owner, first + 1 < range.upperBound else { return nil }
            name = owner.name + "'s " + view.text(first + 1..<range.upperBound)
        }
        let inside = view.mentions.first { range.contains($0.tokens.lowerBound) }?.resolution.actor
        let country = owner.flatMap { $0.kind == .state ? $0.id : $0.country } ?? inside.flatMap { $0.kind == .state ? $0.id : $0.country }
        return extractor.registry.known(Actor(id: Token.slug(name), name: name, kind: .group, country: country, isKnown: false))
    }

    private mutating func build(_ frame: Frame, speaker: Actor, in view: SentenceView, days: [(index: Int, day: Day)]) -> Statement {
        let content = frame.content
        var words = 0, quotedWords = 0
        for token in view.tokens[content] where token.kind == .word || token.kind == .number {
            words += 1
            if token.quoted { quotedWords += 1 }
        }
        let isQuote = frame.isQuotation || (quotedWords >= 4 && quotedWords * 2 >= words)
        var cue = frame.cueWords.map { $0.map { view.text($0..<$0 + 1) }.joined(separator: " ") } ?? view.text(frame.cue)
        // "said on Twitter", "wrote on his Facebook page", "said in a statement".
        let after = frame.cue.upperBound
        if after + 1 < view.tokens.count, view.lower[after] == "on" || view.lower[after] == "in" {
            let end = Setting.skip(from: after, in: view)
            let phrase = view.lower[after..<end]
            if phrase.contains(where: Self.channelWords.contains) {
                // The channel's phrase ends before the next setting or clause: "said on Twitter
                // after meeting ...", "said in a statement on Friday".
                let cut = (after + 1..<end).first { view.lower[$0] == "on" || view.lower[$0] == "in" || SpeakerFinder.boundaries.contains(view.lower[$0]) } ?? end
                cue = view.text(frame.cue.lowerBound..<(phrase.contains(where: { $0 == "statement" || $0 == "twitter" || $0 == "facebook" }) ? cut : end))
            }
        }
        let speakerTokens = frame.speakers.map(Self.tokens)
        let scopeStart = ([content.lowerBound, frame.cue.lowerBound] + speakerTokens.map(\.lowerBound)).min()!
        var scopeEnd = ([content.upperBound, frame.cue.upperBound] + speakerTokens.map(\.upperBound)).max()!
        // `"...," Roe said, referring to Doe`: whom the words were about is their target.
        var gloss = scopeEnd
        while gloss < view.tokens.count, view.lower[gloss] == "," || view.lower[gloss] == "as" || view.tokens[gloss].kind == .closeQuote { gloss += 1 }
        if gloss + 1 < view.tokens.count, Self.referring.contains(view.lower[gloss]), view.lower[gloss + 1] == "to" {
            scopeEnd = ClauseEnd.after(gloss + 2, in: view)
        }
        var targets: [Actor] = []
        Self.add(targetCandidates(in: view, scope: scopeStart..<scopeEnd, speaker: speaker, speakerTokens: speakerTokens), to: &targets, speaker: speaker)
        // "Regarding the appeal to Kethra, the spokesman said ...": what the statement is about.
        if let topic = Self.topicPhrase(in: view), topic.upperBound <= scopeStart {
            Self.add(targetCandidates(in: view, scope: topic, speaker: speaker, speakerTokens: speakerTokens), to: &targets, speaker: speaker)
        }
        let resumedWords = frame.resumed.map { Array(view.lower[content]) + view.lower[$0] }
        let polarity = StanceReader.polarity(cue: frame.stance, words: resumedWords?[...] ?? view.lower[content])
        var text = view.text(content)
        if let resumed = frame.resumed { text += Self.omission + view.text(resumed) }
        var statement = Statement(article: article.id, speaker: speaker, text: text, quote: isQuote, cue: cue,
                                  date: StatementDates.date(in: view, cue: frame.cue, content: content, published: article.published, days: days),
                                  targets: targets, topics: topics(in: text), polarity: polarity,
                                  figures: FigureReader.figures(in: view, content) + (frame.resumed.map { FigureReader.figures(in: view, $0) } ?? []),
                                  sentence: view.sentence.text,
                                  range: view.sentence.range, rule: frame.rule)
        addOpponent(to: &statement)
        statement.stances = directedStances(in: view, content: content, targets: statement.targets, overall: polarity)
        return statement
    }

    /// The stance toward each target named in the content where its own words say otherwise
    /// than the statement as a whole. In a supportive or neutral statement, a target that is
    /// the object of a word of hostility ("a victory for his country and a defeat of Armenia",
    /// "sanctions against Iran") is a target of hostility. The agent of such a word ("appeals
    /// from Russia") and the victim in a hostile statement ("condemned the attack on Armenia")
    /// keep the statement's polarity.
    private func directedStances(in view: SentenceView, content: Range<Int>, targets: [Actor], overall: Int) -> [String: Int] {
        guard overall >= 0 else { return [:] }
        var stances: [String: Int] = [:]
        for mention in view.mentions where content.contains(mention.tokens.lowerBound) {
            let actor = mention.resolution.actor
            guard let target = targets.first(where: { $0.id == actor.id || (actor.kind != .state && $0.id == actor.country) }) else { continue }
            var head = mention.tokens.lowerBound - 1
            if head > content.lowerBound, view.lower[head] == "the" { head -= 1 }
            guard head > content.lowerBound, Self.objectPrepositions.contains(view.lower[head]) else { continue }
            if StanceReader.polarity(cue: .neutral, words: view.lower[(head - 1)..<head]) < 0 { stances[target.id] = -1 }
        }
        return stances
    }

    /// Prepositions that make the name after them the object of the word before them.
    static let objectPrepositions = Lexicons.grammar(.objectPrepositions)

    /// Whether a statement of `speaker` can address `actor`: not the speaker, its own country,
    /// or its own country's bodies ("Baku's military").
    static func canTarget(_ actor: Actor, speaker: Actor) -> Bool {
        let own = speaker.kind == .state ? speaker.id : speaker.country
        return actor.id != speaker.id && actor.id != own && !(actor.kind != .person && actor.country != nil && actor.country == own)
    }

    /// The actors a statement may address, named in `scope` of `view` outside the speaker's
    /// own words, in order: the mentions' actors but the media it spoke through, the two
    /// states the article is about for "the sides" and "each other", and for "him" the person
    /// last named other than `speaker` (when the speaker is known). ``add(_:to:speaker:)``
    /// keeps those the speaker can address.
    private func targetCandidates(in view: SentenceView, scope: Range<Int>, speaker: Actor?, speakerTokens: [Range<Int>]) -> [Actor] {
        var candidates: [Actor] = []
        for mention in view.mentions where scope.contains(mention.tokens.lowerBound) && !speakerTokens.contains(where: { $0.overlaps(mention.tokens) }) {
            let actor = mention.resolution.actor
            let name = ScalarText.lowercased(actor.name)
            let last = name.utf8.lastIndex(of: 0x20).map { name[name.utf8.index(after: $0)...] } ?? name[...]
            if Self.mediaNameEnds.contains(last) || actor.kind == .group && actor.name.allSatisfy({ !$0.isLowercase }) { continue }
            candidates.append(actor)
        }
        let words = view.lower[scope]
        let sides = words.indices.contains { index in
            (Self.sides.contains(words[index]) && index > words.startIndex && Self.sidesDeterminers.contains(words[index - 1]))
                || (words[index] == "each" && index + 1 < words.endIndex && words[index + 1] == "other")
        }
        if sides { candidates += principals.compactMap { extractor.registry.actor($0) } }
        // "urged him to ...": the person last named other than the speaker.
        if let speaker, words.contains(where: { $0 == "him" }), let other = discourse.people.last(where: { $0.actor.id != speaker.id })?.actor {
            candidates.append(other)
        }
        return candidates
    }

    /// The words of `text` for finding topic cue words: folded (see ``NameFolding``), split
    /// at anything but a letter or digit.
    static func topicWords(_ text: String) -> [String] {
        var words: [String] = []
        let folded = NameFolding.foldedScalars(text)
        var start: Int?
        for index in folded.indices {
            if ScalarClass.isLetterOrDigit(folded[index]) {
                if start == nil { start = index }
            } else if let from = start {
                words.append(String(scalars: folded[from..<index]))
                start = nil
            }
        }
        if let from = start { words.append(String(scalars: folded[from...])) }
        return words
    }

    /// ``topicWords(_:)`` as UTF-8: the words' bytes and each word's range in them. ASCII text,
    /// nearly all of it, is folded here byte by byte with ``NameFolding``'s rules: capitals
    /// lowered, full stops and apostrophes dropped inside words, a possessive "'s" dropped.
    static func topicWordBytes(_ text: String) -> (bytes: [UInt8], words: [Range<Int>]) {
        var bytes: [UInt8] = []
        var words: [Range<Int>] = []
        var text = text
        let ascii = text.withUTF8 { source in
            guard source.allSatisfy({ $0 < 0x80 }) else { return false }
            words.reserveCapacity(source.count / 5)
            bytes = [UInt8](unsafeUninitializedCapacity: source.count) { out, count in
                var start: Int?
                var index = 0
                while index < source.count {
                    let byte = source[index]
                    index += 1
                    if byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 {
                        if start == nil { start = count }
                        out[count] = ScalarClass.lowered(byte)
                        count += 1
                    } else if byte == 0x27 {
                        // A possessive "'s" at a word's end is dropped with its apostrophe.
                        if index < source.count, source[index] | 0x20 == 0x73, index + 1 == source.count || Self.endsPossessive(source[index + 1]) {
                            index += 1
                        }
                    } else if byte != 0x2E, let from = start {
                        words.append(from..<count)
                        start = nil
                    }
                }
                if let from = start { words.append(from..<count) }
            }
            return true
        }
        if ascii { return (bytes, words) }
        for word in topicWords(text) {
            let from = bytes.count
            bytes.append(contentsOf: word.utf8)
            words.append(from..<bytes.count)
        }
        return (bytes, words)
    }

    /// A space, hyphen, comma, full stop, line break or slash: after "'s", a possessive's end.
    @inline(__always)
    private static func endsPossessive(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || byte == 0x2C || byte == 0x2E || byte == 0x0A || byte == 0x2F
    }

    private func topics(in text: String) -> [String] {
        let (bytes, words) = Self.topicWordBytes(text)
        var found = Set<Int>()
        bytes.withUnsafeBufferPointer { bytes in
            func word(_ index: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[words[index]]) }
            // A String only for a word that opens a cue.
            // A cue's last word may stand in the plural: "the trilateral agreements".
            func matches(_ index: Int, _ expected: String, last: Bool) -> Bool {
                let text = word(index)
                return text.elementsEqual(expected.utf8) || (last && text.count == expected.utf8.count + 1 && text.last == 0x73 && text.dropLast().elementsEqual(expected.utf8))
            }
            for index in words.indices {
                // A String only for a word that opens a cue, or whose singular does.
                let singular = word(index).last == 0x73 ? UnsafeBufferPointer(rebasing: word(index).dropLast()) : nil
                var first: [(topic: Int, rest: [String])]?
                if extractor.topicFirstWords.id(utf8: word(index)) != nil {
                    first = extractor.topicCues[String(decoding: word(index), as: UTF8.self)]
                } else if let singular, extractor.topicFirstWords.id(utf8: singular) != nil {
                    // A one-word cue in the plural ("truces", "agreements").
                    first = extractor.topicCues[String(decoding: singular, as: UTF8.self)]?.filter { $0.rest.isEmpty }
                }
                guard let cues = first else { continue }
                for cue in cues where !found.contains(cue.topic) && index + cue.rest.count < words.count
                    && cue.rest.indices.allSatisfy({ matches(index + 1 + $0, cue.rest[$0], last: $0 == cue.rest.count - 1) }) {
                    found.insert(cue.topic)
                }
            }
        }
        return found.sorted().map { extractor.registry.topics[$0].id }
    }
}
