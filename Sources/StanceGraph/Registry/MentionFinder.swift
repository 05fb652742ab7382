/// Finds the mentions of actors in an article's prose and resolves them.
///
/// A mention is a run of capitalised words ("Alina Nikoghosyan", "Ministry of Defense of the
/// Republic of Armenia", "Armenia's Foreign Ministry"), taking in the office and body words
/// written before it in lower case ("health ministry spokeswoman Alina Nikoghosyan"). Left
/// out: a lone word that opens a sentence and names nothing known ("Civilians", "Reports"),
/// places ("in Martuni", "the town of Tartar", "Lachin corridor"), dates, and numbers.
public struct MentionFinder: Sendable {
    public let resolver: Resolver

    public init(resolver: Resolver) {
        self.resolver = resolver
    }

    /// A mention: its words, where it is, and the actor it stands for.
    public struct Mention: Hashable, Sendable {
        public var text: String
        /// Character offsets into the article file.
        public var range: Range<Int>
        public var resolution: Resolver.Resolution

        init(text: String, range: Range<Int>, resolution: Resolver.Resolution) {
            self.text = text
            self.range = range
            self.resolution = resolution
        }

        /// A mention read back from a store: the actor it stood for, without how it was resolved.
        public init(text: String, range: Range<Int>, actor: Actor) {
            self.init(text: text, range: range, resolution: Resolver.Resolution(actor: actor, method: .name))
        }
    }

    /// The mentions in `article`'s prose, in order.
    ///
    /// A surname alone ("Nikoghosyan said") is the person the article named in full before
    /// ("spokeswoman Alina Nikoghosyan"), even when the registry lacks them.
    public func mentions(in article: Article) -> [Mention] {
        scan(article).mentions
    }

    /// The mentions in `article`'s prose, and the tokens of each of its prose sentences in
    /// order, cut once for whoever reads the sentences next.
    func scan(_ article: Article) -> (mentions: [Mention], tokens: [SentenceTokens]) {
        let memo = Memo(resolver: resolver, day: article.published)
        var found: [Mention] = []
        let sentences = article.readParagraphs.map {
            $0.sentences.map { sentence in
                let decoded = DecodedText(sentence.text)
                let cut = SentenceTokens(decoded.scalars)
                return (sentence, decoded, SentenceWord.words(of: cut), cut)
            }
        }
        var capitalisedMidSentence = Set<LowerWord>()
        /// Words the article writes in lower case: a capitalised first word among them is a
        /// common word ("Heavy", "Several"), not the first name of a name ("Hikmet Hajiyev").
        var writtenLower = Set<LowerWord>()
        for paragraph in sentences {
            for (_, _, words, cut) in paragraph {
                // A headline capitalises every word: it says nothing of which words are names.
                if !cut.isHeadline {
                    // A quotation's first word is capitalised as a sentence's is.
                    for word in words.dropFirst() where word.isCapitalised && !word.followsOpeningQuote { capitalisedMidSentence.insert(word.lower) }
                }
                for word in words where !word.isCapitalised && !word.isNumberLike { writtenLower.insert(word.lower) }
            }
        }
        var people: [String: Resolver.Resolution] = [:]
        for paragraph in sentences {
            var country: String?
            for (sentence, decoded, words, cut) in paragraph {
                for span in spans(in: decoded, words: words, capitalisedElsewhere: capitalisedMidSentence, writtenLower: writtenLower,
                                  headline: cut.isHeadline, memo: memo) {
                    guard var resolution = memo.resolve(span.text, country: country) else { continue }
                    if !resolution.actor.isKnown, resolution.actor.kind == .person {
                        let words = resolution.actor.name.split(separator: " ")
                        if words.count == 1, let earlier = people[NameFolding.fold(words[0])] {
                            resolution = earlier
                        } else if words.count > 1 {
                            people[NameFolding.fold(words.last!)] = resolution
                        } else if !span.inSpeakerPosition {
                            continue
                        }
                    }
                    if resolution.actor.kind == .state { country = resolution.actor.id } else if let own = resolution.actor.country { country = own }
                    found.append(Mention(text: span.text, range: (sentence.range.lowerBound + span.range.lowerBound)..<(sentence.range.lowerBound + span.range.upperBound),
                                         resolution: resolution))
                }
            }
        }
        return (found, sentences.flatMap { $0.map(\.3) })
    }

    struct Span: Hashable {
        var text: String
        var range: Range<Int>
        /// A lone word is an actor only where speakers stand: before a verb such as "said", or
        /// after an office ("spokesperson Pogosyan", "President Obama"); elsewhere it is an
        /// adjective or a place.
        var inSpeakerPosition: Bool
    }

    /// What this article has already asked of a text, by one look-up: names recur.
    final class Memo {
        let resolver: Resolver
        let day: Day?
        private struct Entry {
            /// Resolutions by the country of the discourse.
            var resolutions: [(country: String?, resolution: Resolver.Resolution?)] = []
            var isRegion: Bool?
            var isName: Bool?
        }
        private var entries: [TextKey: Entry] = [:]

        init(resolver: Resolver, day: Day?) {
            self.resolver = resolver
            self.day = day
        }

        /// What `text` resolves to where the discourse is about `country`.
        func resolve(_ text: String, country: String? = nil) -> Resolver.Resolution? {
            let (resolver, day) = (resolver, day)
            return withEntry(text) { Self.resolve(text, country: country, in: &$0, resolver: resolver, day: day) }
        }

        private static func resolve(_ text: String, country: String?, in entry: inout Entry, resolver: Resolver, day: Day?) -> Resolver.Resolution? {
            if let known = entry.resolutions.first(where: { $0.country == country }) { return known.resolution }
            let resolution = resolver.cachedResolve(text, on: day, country: country)
            entry.resolutions.append((country, resolution))
            return resolution
        }

        /// What `text` stands for, by one look-up: a region of the world (see
        /// ``MentionFinder/regions``), which never speaks, or what it resolves to.
        enum Meaning {
            case region
            case resolved(Resolver.Resolution?)
        }

        func meaning(of text: String) -> Meaning {
            let (resolver, day) = (resolver, day)
            return withEntry(text) { entry in
                let isRegion = entry.isRegion ?? resolver.cache.isRegion(text) { MentionFinder.regions.contains(NameFolding.fold($0)) }
                entry.isRegion = isRegion
                if isRegion { return .region }
                return .resolved(Self.resolve(text, country: nil, in: &entry, resolver: resolver, day: day))
            }
        }

        /// Whether `text` is a whole name or alias in the registry.
        func isName(_ text: String) -> Bool {
            let resolver = resolver
            return withEntry(text) { entry in
                if let known = entry.isName { return known }
                let answer = resolver.isName(text)
                entry.isName = answer
                return answer
            }
        }

        /// Whether the registry (or the gazetteer) knows `text` as it stands.
        func isKnown(_ text: String) -> Bool {
            guard let resolution = resolve(text) else { return false }
            return resolution.method != .unknown
        }

        private func withEntry<Answer>(_ text: String, _ body: (inout Entry) -> Answer) -> Answer {
            body(&entries[TextKey(text), default: Entry()])
        }
    }

    /// Candidate mention spans in one sentence (its text and words), as character offsets into
    /// it. In a `headline`, a capitalised reporting verb ends a name ("Mayor Ruiz Says ...").
    func spans(in sentence: DecodedText, words: [SentenceWord], capitalisedElsewhere: Set<LowerWord>, writtenLower: Set<LowerWord> = [],
               headline: Bool = false, memo: Memo) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < words.count {
            guard words[index].isCapitalised, !words[index].isNumberLike, !words[index].isLowerCompound,
                  !(headline && words[index].classes.contains(.speakerFollower) && SentenceTokens.isHeadlineCue(words[index].lower)) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < words.count, !words[end - 1].endsClause {
                if headline, words[end].classes.contains(.speakerFollower), SentenceTokens.isHeadlineCue(words[end].lower) { break }
                if words[end].isCapitalised && !words[end].isNumberLike && !words[end].isLowerCompound {
                    end += 1
                    continue
                }
                // Office and body words after a name or qualifier: "Russian foreign minister",
                // "Georgian Defence Ministry spokesman Levan Beridze".
                var office = end
                let named = words[index..<end].contains { $0.isCapitalised && !$0.classes.contains(.opener) }
                while named, office < words.count, words[office].classes.contains(.leftExtender), !words[office - 1].endsClause { office += 1 }
                if office > end {
                    end = office
                    continue
                }
                // "of", "for the", "of the": inside a name when a capitalised word follows.
                var joined = end
                while joined < words.count, joined - end < 2, !words[joined].endsClause,
                      words[joined].classes.contains(.joiner) || (words[joined].classes.contains(.to) && words[joined - 1].classes.contains(.envoy)) {
                    joined += 1
                }
                if joined > end, joined < words.count, words[joined].isCapitalised, !words[joined].isNumberLike {
                    end = joined + 1
                } else {
                    break
                }
            }
            defer { index = end }
            var start = index
            // Sentence openers, weekdays, months and a capitalised first word that the article
            // never capitalises elsewhere are not part of a name, unless another capital follows
            // and the article never writes the word in lower case ("Elnur Karimli, aide to"),
            // or what follows is a known name the first word is in no list of ("Brotherly
            // Azerbaijan", "Neighbouring Armenia").
            while start < end, words[start].classes.contains(.opener) || words[start].classes.contains(.weekday)
                    || (DateExpressions.month(words[start].text(in: sentence)) != nil && words[start].text(in: sentence).count > 2)
                    || ((start == 0 || words[start].followsOpeningQuote) && !capitalisedElsewhere.contains(words[start].lower)
                        && (end - start == 1 || writtenLower.contains(words[start].lower) || !words[start + 1].isCapitalised
                            || modifiesKnownName(words, start, end, in: sentence, memo: memo))
                        && !memo.isKnown(words[start].text(in: sentence))) {
                start += 1
            }
            guard start < end else { continue }
            // "Last Monday", "Late Friday": a day, whatever capital stands before it.
            if words[end - 1].classes.contains(.weekday) { continue }
            for (from, to) in split(words, start, end, in: sentence, memo: memo) {
                if let span = span(words, from, to, in: sentence, memo: memo) { spans.append(span) }
            }
        }
        return spans
    }

    /// Whether the first of the words `start..<end` is in none of the finder's lists and the
    /// rest is a name the registry knows, while the whole is not: "Brotherly Azerbaijan".
    private func modifiesKnownName(_ words: [SentenceWord], _ start: Int, _ end: Int, in sentence: DecodedText, memo: Memo) -> Bool {
        guard words[start].classes.isEmpty, !words[start].isPossessive, !words[start].isAcronym else { return false }
        return memo.isKnown(SentenceWord.phrase(words[start + 1..<end], in: sentence))
            && !memo.isKnown(SentenceWord.phrase(words[start..<end], in: sentence))
    }

    /// Splits "Ilham Aliyev and Nikol Pashinyan" at "and", unless the whole is one name
    /// ("Organization for Security and Cooperation in Europe").
    private func split(_ words: [SentenceWord], _ start: Int, _ end: Int, in sentence: DecodedText, memo: Memo) -> [(Int, Int)] {
        guard end - start > 1 else { return [(start, end)] }
        let text = SentenceWord.phrase(words[start..<end], in: sentence)
        if memo.isName(text) { return [(start, end)] }
        // "Organization for Security and Cooperation in Europe's Minsk Group": two names.
        for possessive in start..<end - 1 where words[possessive].isPossessive {
            let owner = SentenceWord.phrase(words[start...possessive], in: sentence)
            let owned = SentenceWord.phrase(words[(possessive + 1)..<end], in: sentence)
            if memo.isName(owner) && memo.isName(owned) { return [(start, possessive + 1), (possessive + 1, end)] }
        }
        // "Nikola Petrov in New York": "in" joins a name the registry knows ("Cooperation in
        // Europe") or a body to its seat ("the Defence Ministry in Baku"), never an unknown
        // name to a place.
        let seated = words[start..<end].contains { Self.organisationHeads.contains($0.lower) }
        func splits(_ word: SentenceWord) -> Bool { word.classes.contains(.and) || (word.lower == "in" && !seated) }
        guard words[start..<end].contains(where: splits) else { return [(start, end)] }
        var parts: [(Int, Int)] = []
        var from = start
        for position in start..<end where splits(words[position]) {
            if position > from { parts.append((from, position)) }
            from = position + 1
        }
        if from < end { parts.append((from, end)) }
        return parts
    }

    private func span(_ words: [SentenceWord], _ start: Int, _ end: Int, in sentence: DecodedText, memo: Memo) -> Span? {
        // "Atlantic City Mayor Don Guardian": a place named with its place noun, then an office
        // and a name; the place does not speak, the mayor does.
        if end - start > 3, start + 1 < end, words[start + 1].classes.contains(.placeNoun), words[start + 2].classes.contains(.office),
           !memo.isName(SentenceWord.phrase(words[start..<end], in: sentence)) {
            return span(words, start + 2, end, in: sentence, memo: memo)
        }
        let text = SentenceWord.phrase(words[start..<end], in: sentence)
        if words[start..<end].contains(where: { $0.classes.contains(.eventHead) }) { return nil }
        if end - start == 1, words[start].classes.contains(.nonActor) { return nil }
        guard case .resolved(let resolution) = memo.meaning(of: text) else { return nil }
        let known = resolution.map { $0.method != .unknown } ?? false
        let place = Self.isPlace(words, at: start) || (end < words.count && !words[end].classes.isDisjoint(with: [.placeNoun, .eventHead]))
        // "in Baku" is the city; "Baku said" is the government.
        if place && (!known || resolution?.method == .capital) { return nil }
        // Lower-case office and body words just before ("health ministry spokeswoman").
        var left = start
        while left > 0, words[left - 1].classes.contains(.leftExtender), !words[left - 1].endsClause { left -= 1 }
        let beforeSpeech = end < words.count && words[end].classes.contains(.speakerFollower)
        // "spokesperson Pogosyan", and "President Obama" with its office inside the name.
        let afterOffice = words[left..<start].contains { $0.classes.contains(.office) }
            || words[start..<end - 1].contains { !$0.classes.isDisjoint(with: [.office, .honorific]) }
        // "said Wilcox, an Orlando Republican", "Mr. Sanders": a name after a cue or a title.
        let afterSpeech = left > 0 && !words[left - 1].classes.isDisjoint(with: [.speakerFollower, .honorific])
        let speakerPosition = afterOffice || beforeSpeech || afterSpeech || words[start].isAcronym
        let from = words[left].range.lowerBound
        let to = words[end - 1].range.upperBound
        return Span(text: sentence.string(from..<to), range: from..<to, inSpeakerPosition: speakerPosition)
    }

    /// "in Martuni", "near Tartar", "the town of Tartar": a place, not an actor.
    static func isPlace(_ words: [SentenceWord], at index: Int) -> Bool {
        guard index > 0 else { return false }
        let before = words[index - 1].classes
        if before.contains(.locative) { return true }
        if before.contains(.of), index > 1, words[index - 2].classes.contains(.placeNoun) { return true }
        if index + 1 < words.count, words[index + 1].classes.contains(.placeNoun) { return true }
        return false
    }

    static let joiners = Lexicons.grammar(.joiners)
    static let organisationHeads = Lexicons.grammar(.organisationHeads)
    static let namePrefixes = Lexicons.grammar(.namePrefixes)

    /// Whether a word is a name's particle in lower case, a hyphen and the name's capital:
    /// "al-Zein", "el-Baradei".
    static func isPrefixedName(_ scalars: some Collection<Unicode.Scalar>) -> Bool {
        guard let hyphen = scalars.firstIndex(of: "-"), hyphen != scalars.startIndex else { return false }
        let rest = scalars[scalars.index(after: hyphen)...]
        guard let capital = rest.first, ScalarClass.isUppercase(capital) else { return false }
        return namePrefixes.contains(String(String.UnicodeScalarView(scalars[..<hyphen])))
    }

    static let openers = Lexicons.grammar(.openers)
    static let leftExtenders = WordSet(Self.otherLeftExtenders + (Lexicons.titleWords[.office] ?? []))
    /// Body and qualifier words that join a name written after them, besides the offices.
    static let otherLeftExtenders = [
        "ministry", "foreign", "defense", "defence", "health", "interior", "press", "prime", "deputy", "senior", "chief", "general",
        "former", "top", "military", "army", "forces", "officials", "authorities", "government", "administration", "presidential",
        "opposition",
    ]
    static let locatives = Lexicons.grammar(.locatives)
    static let placeNouns = Lexicons.grammar(.placeNouns)
    /// Words after which a lone name is a speaker ("Aghajanyan underscored", "ANI reported"),
    /// and before which it is one too ("said Wilcox"): every form of every cue verb in the
    /// lexicon (``CueLexicon``), and "pointed" ("pointed out").
    static let speakerFollowers = WordSet(Array(CueLexicon.forms.keys) + CueLexicon.phrases.map { $0.words[0] })
    /// Titles written before a surname, with and without their full stop: "Mr. Sanders",
    /// "Sen. Wicker" (`titles.tsv`).
    static let honorifics = WordSet((Lexicons.titleWords[.honorific] ?? []).flatMap { [$0, $0 + "."] })
    /// Office words before a name that make it a person speaking ("spokesperson Vagram
    /// Pogosyan"): the offices of `titles.tsv`.
    static let offices = WordSet(Lexicons.titleWords[.office] ?? [])
    /// Offices followed by "to" and a country: "ambassador to Moscow Vardan Toghanyan".
    static let envoys = Lexicons.grammar(.envoys)
    static let weekdays = WordSet(Lexicons.notNames[.day] ?? [])
    /// Regions of the world, which are places and never speak.
    static let regions = WordSet(Lexicons.notNames[.region] ?? [])
    /// Last words that make a name an event, a day or a document, not an actor.
    static let eventHeads = WordSet(Lexicons.notNames[.event] ?? [])
    static let nonActors = WordSet((Lexicons.notNames[.day] ?? []) + (Lexicons.notNames[.thing] ?? []))

    /// The word lists above a word is in, found by one look-up when the sentence is split.
    struct WordClass: OptionSet, Hashable, Sendable {
        let rawValue: UInt16
        static let opener = WordClass(rawValue: 1 << 0)
        static let leftExtender = WordClass(rawValue: 1 << 1)
        static let joiner = WordClass(rawValue: 1 << 2)
        static let locative = WordClass(rawValue: 1 << 3)
        static let placeNoun = WordClass(rawValue: 1 << 4)
        static let speakerFollower = WordClass(rawValue: 1 << 5)
        static let office = WordClass(rawValue: 1 << 6)
        static let envoy = WordClass(rawValue: 1 << 7)
        static let weekday = WordClass(rawValue: 1 << 8)
        static let eventHead = WordClass(rawValue: 1 << 9)
        static let nonActor = WordClass(rawValue: 1 << 10)
        static let and = WordClass(rawValue: 1 << 11)
        static let to = WordClass(rawValue: 1 << 12)
        static let of = WordClass(rawValue: 1 << 13)
        static let honorific = WordClass(rawValue: 1 << 14)
    }

    /// Each listed word (in lower case) with the lists it is in.
    static let wordClasses: WordMap<WordClass> = {
        var table: [String: WordClass] = ["and": .and, "to": .to, "of": .of]
        let lists: [(WordSet, WordClass)] = [
            (openers, .opener), (leftExtenders, .leftExtender), (joiners, .joiner), (locatives, .locative),
            (placeNouns, .placeNoun), (speakerFollowers, .speakerFollower), (offices, .office), (envoys, .envoy),
            (weekdays, .weekday), (eventHeads, .eventHead), (nonActors, .nonActor), (honorifics, .honorific),
        ]
        for (list, wordClass) in lists {
            for word in list { table[word, default: []].insert(wordClass) }
        }
        return WordMap(table)
    }()

}

/// A word of a sentence with its character offsets, for finding mentions: what it looks like
/// and which of the finder's word lists it is in. It holds no text: most words are only
/// looked at, and the few that become part of a name are made into Strings when asked.
struct SentenceWord: Hashable {
    var range: Range<Int>
    /// Followed by anything but a space (a comma, a bracket, a quote): a name stops here.
    var endsClause: Bool
    /// The first word of a quotation, capitalised as a sentence's first word is.
    var followsOpeningQuote = false

    var isCapitalised = false
    var isNumberLike = false
    /// "Russian-brokered", "Armenian-majority": an adjective made with a hyphen.
    var isLowerCompound = false
    /// "ANI", "TASS", "RFE/RL".
    var isAcronym = false
    /// Ends in "'s": "Armenia's".
    var isPossessive = false
    /// The lists of ``MentionFinder`` its lower-case form is in.
    var classes: MentionFinder.WordClass = []
    /// The word in lower case: the rules read it again when the sentence's tokens have the
    /// same bounds, as nearly all do.
    var lower: LowerWord

    /// The word whose scalars are `scalars`, at `range` in its sentence.
    init(range: Range<Int>, endsClause: Bool, followsOpeningQuote: Bool = false, scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>,
         lower: LowerWord? = nil) {
        self.range = range
        self.endsClause = endsClause
        self.followsOpeningQuote = followsOpeningQuote
        isCapitalised = scalars.first.map(ScalarClass.isUppercase) ?? false
        var letters = 0, upper = 0
        var afterHyphen = false, hyphenParts = 1, lowerPart = false, content = false
        var ascii = true
        for scalar in scalars {
            if !scalar.isASCII { ascii = false }
            if ScalarClass.isDigit(scalar) { isNumberLike = true }
            if scalar == "-" {
                afterHyphen = content
                continue
            }
            content = true
            if afterHyphen {
                hyphenParts += 1
                if ScalarClass.isLowercase(scalar) { lowerPart = true }
                afterHyphen = false
            }
            if ScalarClass.isLetter(scalar) {
                letters += 1
                if ScalarClass.isUppercase(scalar) { upper += 1 }
            }
        }
        isLowerCompound = hyphenParts > 1 && lowerPart
        if !isCapitalised, hyphenParts == 2, !lowerPart, MentionFinder.isPrefixedName(scalars) { isCapitalised = true }
        isAcronym = letters >= 2 && letters == upper
        isPossessive = scalars.count >= 2 && scalars[scalars.endIndex - 2] == "'" && (scalars.last == "s" || scalars.last == "S")
        self.lower = lower ?? LowerWord(lowering: scalars, isASCII: ascii)
        classes = MentionFinder.wordClasses[self.lower] ?? []
    }

    /// The word as written in `sentence`.
    func text(in sentence: DecodedText) -> String {
        sentence.string(range)
    }



    /// The words `words` joined by single spaces: as they stand in the sentence when one space
    /// is all there is between them, as it nearly always is.
    static func phrase(_ words: ArraySlice<SentenceWord>, in sentence: DecodedText) -> String {
        guard let first = words.first, let last = words.last else { return "" }
        let spaced = zip(words, words.dropFirst()).allSatisfy { $1.range.lowerBound == $0.range.upperBound + 1 && sentence.scalars[$0.range.upperBound] == " " }
        guard spaced else { return words.map { $0.text(in: sentence) }.joined(separator: " ") }
        return sentence.string(first.range.lowerBound..<last.range.upperBound)
    }

    /// The words of a sentence cut into `cut`: runs of tokens with nothing between them, made
    /// of words, numbers, hyphens, dots, slashes and apostrophes before a letter or digit
    /// ("U.S.-led", "Armenia's", "'90s"), a full stop at the end of a longer word dropped.
    static func words(of cut: SentenceTokens) -> [SentenceWord] {
        cut.scalars.withUnsafeBufferPointer { words(of: cut, $0) }
    }

    private static func words(of cut: SentenceTokens, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [SentenceWord] {
        let tokens = cut.tokens
        var words: [SentenceWord] = []
        words.reserveCapacity(tokens.count / 2)
        var next = 0
        while next < tokens.count {
            guard joins(tokens[next], scalars) else { next += 1; continue }
            let first = next
            next += 1
            while next < tokens.count, tokens[next].range.lowerBound == tokens[next - 1].range.upperBound, joins(tokens[next], scalars) {
                next += 1
            }
            let start = tokens[first].range.lowerBound
            let index = tokens[next - 1].range.upperBound
            var end = index
            // Possessive: keep "Armenia's" whole, but the name is "Armenia".
            while end - start > 3, scalars[end - 1] == ".", !scalars[start..<end - 1].contains(".") { end -= 1 }
            // The run of a name stops where anything but a space follows the word.
            var gap = index
            while gap < scalars.count, scalars[gap] == " " { gap += 1 }
            let endsClause = gap < scalars.count && !(isWordScalar(scalars[gap]) && gap > index)
            let quoted = start > 0 && scalars[start - 1] == "\"" && SentenceSplitter.isOpeningQuote(scalars, at: start - 1)
            // One token, as nearly every word is: its lower-case form is already made.
            let lower = next - first == 1 && tokens[first].range.upperBound == end ? cut.lower[first] : nil
            words.append(SentenceWord(range: start..<end, endsClause: endsClause, followsOpeningQuote: quoted, scalars: scalars[start..<end], lower: lower))
        }
        return words
    }

    /// Whether `token` is part of a word of a name: a word or number, or a hyphen, dot, slash
    /// or ampersand, or an apostrophe before a letter or digit.
    @inline(__always)
    private static func joins(_ token: SentenceView.Token, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        switch token.kind {
        case .word, .number: return true
        case .openQuote, .closeQuote: return false
        case .punctuation:
            let at = token.range.lowerBound
            switch scalars[at] {
            case "-", ".", "/", "&": return true
            case "'": return at + 1 < scalars.count && isWordScalar(scalars[at + 1])
            default: return false
            }
        }
    }

    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetterOrDigit(scalar) || scalar == "-" || scalar == "." || scalar == "/" || scalar == "&"
    }
}
