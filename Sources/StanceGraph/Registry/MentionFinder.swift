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
    }

    /// The mentions in `article`'s prose, in order.
    ///
    /// A surname alone ("Nikoghosyan said") is the person the article named in full before
    /// ("spokeswoman Alina Nikoghosyan"), even when the registry lacks them.
    public func mentions(in article: Article) -> [Mention] {
        scan(article).mentions
    }

    /// The mentions in `article`'s prose, and the scalars of each of its prose sentences in
    /// order, decoded once for whoever reads the sentences next.
    func scan(_ article: Article) -> (mentions: [Mention], scalars: [[Unicode.Scalar]]) {
        let memo = Memo(resolver: resolver, day: article.published)
        var found: [Mention] = []
        let sentences = article.bodyParagraphs.map {
            $0.sentences.map { sentence in
                let scalars = [Unicode.Scalar](scalarsOf: sentence.text)
                return (sentence, scalars, SentenceWord.split(scalars))
            }
        }
        var capitalisedMidSentence = Set<String>()
        for paragraph in sentences {
            for (_, _, words) in paragraph { for word in words.dropFirst() where word.isCapitalised { capitalisedMidSentence.insert(word.lower) } }
        }
        var people: [String: Resolver.Resolution] = [:]
        for paragraph in sentences {
            var country: String?
            for (sentence, scalars, words) in paragraph {
                for span in spans(in: scalars, words: words, capitalisedElsewhere: capitalisedMidSentence, memo: memo) {
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
        return (found, sentences.flatMap { $0.map(\.1) })
    }

    struct Span: Hashable {
        var text: String
        var range: Range<Int>
        /// A lone word is an actor only where speakers stand: before a verb such as "said", or
        /// after an office ("spokesperson Pogosyan"); elsewhere it is an adjective or a place.
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
        private var entries: [String: Entry] = [:]

        init(resolver: Resolver, day: Day?) {
            self.resolver = resolver
            self.day = day
        }

        func resolve(_ text: String, country: String? = nil) -> Resolver.Resolution? {
            let (resolver, day) = (resolver, day)
            return withEntry(text) { entry in
                if let known = entry.resolutions.first(where: { $0.country == country }) { return known.resolution }
                let resolution = resolver.cachedResolve(text, on: day, country: country)
                entry.resolutions.append((country, resolution))
                return resolution
            }
        }

        /// Whether `text` names a region of the world (see ``MentionFinder/regions``).
        func isRegion(_ text: String) -> Bool {
            let resolver = resolver
            return withEntry(text) { entry in
                if let known = entry.isRegion { return known }
                let answer = resolver.cache.isRegion(text) { MentionFinder.regions.contains(NameFolding.fold($0)) }
                entry.isRegion = answer
                return answer
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
            body(&entries[text, default: Entry()])
        }
    }

    /// Candidate mention spans in one sentence (its scalars and words), as character offsets into it.
    func spans(in scalars: [Unicode.Scalar], words: [SentenceWord], capitalisedElsewhere: Set<String>, memo: Memo) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < words.count {
            guard words[index].isCapitalised, !words[index].isNumberLike, !words[index].isLowerCompound else {
                index += 1
                continue
            }
            var end = index + 1
            while end < words.count, !words[end - 1].endsClause {
                if words[end].isCapitalised && !words[end].isNumberLike && !words[end].isLowerCompound {
                    end += 1
                    continue
                }
                // Office and body words after a name or qualifier: "Russian foreign minister",
                // "Georgian Defence Ministry spokesman Levan Beridze".
                var office = end
                let named = words[index..<end].contains { $0.isCapitalised && !Self.openers.contains($0.lower) }
                while named, office < words.count, Self.leftExtenders.contains(words[office].lower), !words[office - 1].endsClause { office += 1 }
                if office > end {
                    end = office
                    continue
                }
                // "of", "for the", "of the": inside a name when a capitalised word follows.
                var joined = end
                while joined < words.count, joined - end < 2, !words[joined].endsClause,
                      Self.joiners.contains(words[joined].lower) || (words[joined].lower == "to" && Self.envoys.contains(words[joined - 1].lower)) {
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
            // never capitalises elsewhere are not part of a name.
            while start < end, Self.openers.contains(words[start].lower) || Self.weekdays.contains(words[start].lower)
                    || (DateExpressions.month(words[start].text) != nil && words[start].text.count > 2)
                    || ((start == 0 || words[start].followsOpeningQuote) && !capitalisedElsewhere.contains(words[start].lower) && !memo.isKnown(words[start].text)) {
                start += 1
            }
            guard start < end else { continue }
            for (from, to) in split(words, start, end, memo: memo) {
                if let span = span(words, from, to, in: scalars, memo: memo) { spans.append(span) }
            }
        }
        return spans
    }

    /// Splits "Ilham Aliyev and Nikol Pashinyan" at "and", unless the whole is one name
    /// ("Organization for Security and Cooperation in Europe").
    private func split(_ words: [SentenceWord], _ start: Int, _ end: Int, memo: Memo) -> [(Int, Int)] {
        guard end - start > 1 else { return [(start, end)] }
        let text = words[start..<end].map(\.text).joined(separator: " ")
        if memo.isName(text) { return [(start, end)] }
        // "Organization for Security and Cooperation in Europe's Minsk Group": two names.
        for possessive in start..<end - 1 where words[possessive].lower.hasSuffix("'s") {
            let owner = words[start...possessive].map(\.text).joined(separator: " ")
            let owned = words[(possessive + 1)..<end].map(\.text).joined(separator: " ")
            if memo.isName(owner) && memo.isName(owned) { return [(start, possessive + 1), (possessive + 1, end)] }
        }
        guard words[start..<end].contains(where: { $0.lower == "and" }) else { return [(start, end)] }
        var parts: [(Int, Int)] = []
        var from = start
        for position in start..<end where words[position].lower == "and" {
            if position > from { parts.append((from, position)) }
            from = position + 1
        }
        if from < end { parts.append((from, end)) }
        return parts
    }

    private func span(_ words: [SentenceWord], _ start: Int, _ end: Int, in scalars: [Unicode.Scalar], memo: Memo) -> Span? {
        let text = words[start..<end].map(\.text).joined(separator: " ")
        if words[start..<end].contains(where: { Self.eventHeads.contains($0.lower) }) { return nil }
        if end - start == 1, Self.nonActors.contains(words[start].lower) { return nil }
        if memo.isRegion(text) { return nil }
        let resolution = memo.resolve(text)
        let known = resolution.map { $0.method != .unknown } ?? false
        let place = Self.isPlace(words, at: start) || (end < words.count && (Self.placeNouns.contains(words[end].lower) || Self.eventHeads.contains(words[end].lower)))
        // "in Baku" is the city; "Baku said" is the government.
        if place && (!known || resolution?.method == .capital) { return nil }
        // Lower-case office and body words just before ("health ministry spokeswoman").
        var left = start
        while left > 0, Self.leftExtenders.contains(words[left - 1].lower), !words[left - 1].endsClause { left -= 1 }
        let next = end < words.count ? words[end].lower : ""
        let afterOffice = words[left..<start].contains { Self.offices.contains($0.lower) }
        let speakerPosition = afterOffice || Self.speakerFollowers.contains(next) || words[start].isAcronym
        let from = words[left].range.lowerBound
        let to = words[end - 1].range.upperBound
        return Span(text: String(scalars: scalars[from..<to]), range: from..<to, inSpeakerPosition: speakerPosition)
    }

    /// "in Martuni", "near Tartar", "the town of Tartar": a place, not an actor.
    static func isPlace(_ words: [SentenceWord], at index: Int) -> Bool {
        guard index > 0 else { return false }
        let before = words[index - 1].lower
        if locatives.contains(before) { return true }
        if before == "of", index > 1, placeNouns.contains(words[index - 2].lower) { return true }
        if index + 1 < words.count, placeNouns.contains(words[index + 1].lower) { return true }
        return false
    }

    static let joiners: WordSet = ["of", "for", "and", "de", "von", "der", "van", "al", "bin", "ibn", "the", "in"]
    static let openers: WordSet = [
        "the", "a", "an", "meanwhile", "however", "earlier", "later", "after", "before", "during", "when", "while",
        "according", "as", "but", "and", "also", "it", "he", "she", "they", "we", "this", "that", "these", "those",
        "his", "her", "its", "their", "our", "in", "on", "at", "for", "by", "amid", "since", "despite", "following", "under",
        "speaking", "calling", "announcing", "quoting", "seeking", "citing", "asked", "so", "yet", "if", "then", "mr", "ms", "mrs",
        "both", "all", "several", "many", "some", "most", "each", "every", "few", "two", "three", "neither", "either",
    ]
    static let leftExtenders: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "minister", "ministry", "foreign", "defense", "defence", "health",
        "interior", "press", "secretary", "ambassador", "envoy", "president", "prime", "deputy", "senior", "chief",
        "commander", "general", "official", "adviser", "advisor", "aide", "leader", "head", "chairman", "former", "top", "diplomat",
        "military", "army", "forces", "officials", "authorities", "government", "administration", "presidential", "opposition",
    ]
    static let locatives: WordSet = ["in", "at", "near", "from", "into", "to", "towards", "toward", "across", "outside", "inside", "around", "via"]
    static let placeNouns: WordSet = [
        "region", "regions", "district", "town", "city", "village", "villages", "province", "corridor", "border", "capital",
        "airport", "river", "mountains", "valley", "street", "square", "zone", "enclave", "area", "territory",
    ]
    /// Words after which a lone name is a speaker: "Aghajanyan underscored", "ANI reported".
    static let speakerFollowers: WordSet = [
        "said", "says", "told", "added", "stressed", "underscored", "claimed", "noted", "wrote", "reported", "announced",
        "asked", "urged", "warned", "accused", "denied", "insisted", "argued", "explained", "concluded", "confirmed",
        "tweeted", "posted", "replied", "quoted", "stated", "declared", "emphasized", "emphasised", "pointed", "called",
    ]
    /// Office words before a name that make it a person speaking ("spokesperson Vagram Pogosyan").
    static let offices: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "ambassador", "envoy", "president",
        "official", "adviser", "advisor", "aide", "leader", "head", "chairman", "commander", "diplomat",
    ]
    /// Offices followed by "to" and a country: "ambassador to Moscow Vardan Toghanyan".
    static let envoys: WordSet = ["ambassador", "envoy", "representative", "emissary"]
    static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Regions of the world, which are places and never speak.
    static let regions: WordSet = [
        "caucasus", "south caucasus", "north caucasus", "balkans", "middle east", "central asia", "europe", "asia", "africa",
        "latin america", "south america", "north america", "gulf", "persian gulf", "mediterranean", "black sea",
        "caspian", "caspian sea", "scandinavia", "eurasia", "transcaucasia", "west", "east",
    ]
    /// Last words that make a name an event, a day or a document, not an actor.
    static let eventHeads: WordSet = [
        "day", "war", "wars", "week", "summit", "conference", "games", "cup", "festival", "olympics", "charter",
        "treaty", "accord", "declaration", "conflict", "crisis", "revolution", "election", "elections", "offensive",
    ]
    static let nonActors: WordSet = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "dr", "soviet",
        "god", "allah", "covid", "internet", "twitter", "facebook", "telegram", "youtube", "instagram",
    ]
}

/// A word of a sentence with its character offsets, for finding mentions.
struct SentenceWord: Hashable {
    var text: String
    var lower: String
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

    init(text: String, lower: String, range: Range<Int>, endsClause: Bool, followsOpeningQuote: Bool = false,
         scalars: ArraySlice<Unicode.Scalar>? = nil) {
        self.text = text
        self.lower = lower
        self.range = range
        self.endsClause = endsClause
        self.followsOpeningQuote = followsOpeningQuote
        let scalars = scalars ?? [Unicode.Scalar](scalarsOf: text)[...]
        isCapitalised = scalars.first.map(ScalarClass.isUppercase) ?? false
        var letters = 0, upper = 0
        var afterHyphen = false, hyphenParts = 1, lowerPart = false, content = false
        for scalar in scalars {
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
        isAcronym = letters >= 2 && letters == upper
    }

    static func split(_ scalars: [Unicode.Scalar]) -> [SentenceWord] {
        var words: [SentenceWord] = []
        words.reserveCapacity(scalars.count / 5)
        var index = 0
        while index < scalars.count {
            while index < scalars.count, !isWordScalar(scalars[index]) { index += 1 }
            let start = index
            while index < scalars.count, isWordScalar(scalars[index]) || (scalars[index] == "'" && index + 1 < scalars.count && isWordScalar(scalars[index + 1])) {
                index += 1
            }
            guard index > start else { continue }
            var end = index
            // Possessive: keep "Armenia's" whole, but the name is "Armenia".
            while end - start > 3, scalars[end - 1] == ".", !scalars[start..<end - 1].contains(".") { end -= 1 }
            let text = String(scalars: scalars[start..<end])
            // The run of a name stops where anything but a space follows the word.
            var gap = index
            while gap < scalars.count, scalars[gap] == " " { gap += 1 }
            let endsClause = gap < scalars.count && !(isWordScalar(scalars[gap]) && gap > index)
            let quoted = start > 0 && scalars[start - 1] == "\"" && SentenceSplitter.isOpeningQuote(scalars, at: start - 1)
            let lower = ScalarText.lowercased(text, scalars[start..<end])
            words.append(SentenceWord(text: text, lower: lower, range: start..<end, endsClause: endsClause, followsOpeningQuote: quoted,
                                      scalars: scalars[start..<end]))
        }
        return words
    }

    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetterOrDigit(scalar) || scalar == "-" || scalar == "." || scalar == "/" || scalar == "&"
    }
}
