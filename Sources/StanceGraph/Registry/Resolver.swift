
/// Resolves a mention in an article ("the Russian foreign minister", "Azerbaijan's
/// President Ilham Aliyev", "the Defence Ministry in Baku", "Yerevan", "spokeswoman Alina
/// Nikoghosyan") to an actor, on the article's day.
///
/// In order: the whole mention as a name or alias; a country or organisation named in it
/// (its name, "Armenia's", an adjective such as "Azerbaijani", its capital, or "the
/// country's" through the context); then a person's name in it; else a kind of body of that
/// country ("Defense Ministry"); else an office and who held it that day. A mention the
/// registry lacks becomes an actor named as fully as the text allows, with its country,
/// flagged as unknown.
public struct Resolver: Sendable {
    public let registry: Registry
    /// Resolutions made before, by words, country and day, shared by every copy of this
    /// resolver and every thread: the same actors are named in article after article.
    let cache = ResolutionCache()

    /// How a mention was resolved.
    public enum Method: Hashable, Sendable {
        /// Its name or one of its aliases or spellings.
        case name
        /// A person's surname alone ("Aliyev").
        case surname
        /// The office it held that day ("Russia's foreign minister").
        case role(String)
        /// A kind of body of a country ("Armenia's Foreign Ministry").
        case body(String)
        /// A capital standing for its government ("Baku").
        case capital
        /// An adjective or demonym standing for its state ("Azerbaijani").
        case adjective
        /// Not in the registry: an actor made from the mention.
        case unknown
    }

    /// An actor a mention stands for, and how that was decided.
    public struct Resolution: Hashable, Sendable {
        public var actor: Actor
        public var method: Method
        /// For an office the registry has no holder of on the day ("the Turkish leader"), the
        /// office's id: the actor is then a stand-in named after the office, and the person
        /// the text names nearby is the better answer.
        public var vacantOffice: String? = nil
    }

    /// What the discourse around a mention tells: the country "the country's" and "its" mean.
    public struct Context: Hashable, Sendable {
        public var country: String?
        /// Whether a body named with no country ("the Ministry of Defense") is `country`'s:
        /// where the caller knows the country is the speaker's, not merely the last named.
        public var bodiesOfCountry: Bool
        public init(country: String? = nil, bodiesOfCountry: Bool = false) {
            self.country = country
            self.bodiesOfCountry = bodiesOfCountry
        }
    }

    private var names: [String: [String]] = [:]
    private var surnames: [String: [String]] = [:]
    private var qualifiers: [String: (id: String, how: Method)] = [:]
    private var roleNames: [String: String] = [:]
    private var bodyNames: [String: String] = [:]
    private let longestQualifier: Int
    private let longestPhrase: Int

    public init(registry: Registry) {
        self.registry = registry
        let everyone = registry.actors + registry.states.filter { !$0.isKnown }
        for actor in everyone {
            for name in [actor.name] + actor.aliases {
                let folded = NameFolding.fold(name)
                if !folded.isEmpty, !(names[folded]?.contains(actor.id) ?? false) { names[folded, default: []].append(actor.id) }
            }
            if actor.kind == .person, let surname = NameFolding.fold(actor.name).split(separator: " ").last {
                surnames[String(surname), default: []].append(actor.id)
            }
            if actor.kind == .state || actor.kind == .internationalOrganisation {
                for name in [actor.name] + actor.aliases where qualifiers[NameFolding.fold(name)] == nil {
                    qualifiers[NameFolding.fold(name)] = (actor.id, .name)
                }
                for adjective in actor.adjectives where qualifiers[NameFolding.fold(adjective)] == nil {
                    qualifiers[NameFolding.fold(adjective)] = (actor.id, .adjective)
                }
                // The people by the plural of the demonym: "Armenians", "Azerbaijanis".
                for adjective in actor.adjectives where !adjective.hasSuffix("s") && qualifiers[NameFolding.fold(adjective) + "s"] == nil {
                    qualifiers[NameFolding.fold(adjective) + "s"] = (actor.id, .adjective)
                }
                if let capital = actor.capital, qualifiers[NameFolding.fold(capital)] == nil {
                    qualifiers[NameFolding.fold(capital)] = (actor.id, .capital)
                }
            }
        }
        for role in registry.roles { for name in role.names { roleNames[NameFolding.fold(name)] = role.id } }
        for body in registry.bodies { for name in body.names { bodyNames[NameFolding.fold(name)] = body.id } }
        longestQualifier = qualifiers.keys.map { $0.split(separator: " ").count }.max() ?? 1
        longestPhrase = (Array(roleNames.keys) + Array(bodyNames.keys)).map { $0.split(separator: " ").count }.max() ?? 1
    }

    /// The actor `mention` stands for on `day`, or nil when it names nothing that can speak
    /// (a bare pronoun, "the ministry" with no country).
    public func resolve(_ mention: String, on day: Day? = nil, context: Context = Context()) -> Resolution? {
        let tokens = Token.split(mention)
        guard !tokens.isEmpty else { return nil }
        let whole = Token.phrase(tokens[...])
        if let resolution = byName(whole, on: day) { return resolution }

        // Country or organisation qualifiers, longest first, and "the country's" / "its".
        var used = Array(repeating: false, count: tokens.count)
        var qualifier: (id: String, how: Method)?
        var start = 0
        while start < tokens.count {
            var matched = false
            for length in stride(from: min(longestQualifier, tokens.count - start), through: 1, by: -1) {
                let phrase = Token.phrase(tokens[start..<start + length])
                guard let found = qualifiers[phrase] else { continue }
                // A qualifier starts with a capital ("Armenian", not "armenian" in a sentence).
                guard tokens[start].isCapitalized else { continue }
                if qualifier == nil || found.how != .capital || qualifier!.how == .capital { qualifier = qualifier ?? found }
                for index in start..<start + length { used[index] = true }
                start += length
                matched = true
                break
            }
            if !matched { start += 1 }
        }
        for (index, token) in tokens.enumerated() where token.folded == "country" || token.folded == "its" || token.folded == "republic" {
            if token.folded == "republic" { used[index] = true; continue }
            if qualifier == nil, let country = context.country { qualifier = (country, .name) }
            used[index] = true
        }

        // Offices and kinds of body.
        var role: String?
        var body: String?
        /// The last word of the last office phrase ("Secretary General", "Prime Minister").
        var lastOfficeWord = -1
        start = 0
        while start < tokens.count {
            var matched = false
            for length in stride(from: min(longestPhrase, tokens.count - start), through: 1, by: -1) {
                let range = start..<start + length
                guard !range.contains(where: { used[$0] }) else { continue }
                let phrase = Token.phrase(tokens[range])
                // Every office and body phrase is consumed, so none is read as a name; the
                // first of each kind is the one that counts.
                if let found = bodyNames[phrase] {
                    if body == nil { body = found }
                } else if let found = roleNames[phrase] {
                    if role == nil { role = found }
                    lastOfficeWord = start + length - 1
                } else {
                    continue
                }
                for index in range { used[index] = true }
                start += length
                matched = true
                break
            }
            if !matched { start += 1 }
        }

        // What is left that is capitalised, and not a function word, is a name; a person's name
        // comes after the office ("Kremlin spokesman Dmitry Peskov"), so words before the last
        // office word are not part of it.
        // So are words before a capitalised title with a name after it: a place or a party
        // ("Oregon Sen. Dana Whitlow", "Supreme Court Justice Ida Roe").
        let lastOffice = role == nil ? -1 : lastOfficeWord
        let candidates = tokens.enumerated().filter { !used[$0.offset] && $0.element.isCapitalized && !Token.functionWords.contains($0.element.folded) && !Token.titles.contains($0.element.folded) }
        let lastTitle = tokens.indices.last { tokens[$0].isCapitalized && Token.titles.contains(tokens[$0].folded) } ?? -1
        let afterTitle = candidates.filter { $0.offset > lastTitle }
        let afterOffice = candidates.filter { $0.offset > lastOffice }
        let nameTokens = (lastTitle > lastOffice && !afterTitle.isEmpty ? afterTitle
            : afterOffice.count >= 2 || (afterOffice.count == 1 && candidates.count == 1) ? afterOffice : candidates).map(\.element)
        let country = qualifier.flatMap { registry.actor($0.id) }

        if !nameTokens.isEmpty {
            let name = nameTokens.map(\.text).joined(separator: " ")
            if let resolution = byName(NameFolding.fold(name), on: day) { return resolution }
            if nameTokens.count == 1, let resolution = bySurname(nameTokens[0].folded, country: country?.id, role: role, on: day) {
                return resolution
            }
            return unknown(named: name, nameTokens: nameTokens, tokens: tokens, used: used, country: country, role: role, body: body)
        }
        if let body {
            // "The Ministry of Defense" with no country of its own: the country the discourse is about.
            guard let country = country ?? (context.bodiesOfCountry ? context.country.flatMap({ registry.actor($0) }) : nil) else { return nil }
            if let found = registry.actors.first(where: { $0.kind == .governmentBody && $0.country == country.id && $0.body == body }) {
                return Resolution(actor: found, method: .body(body))
            }
            let bodyName = registry.body(body)?.names.first ?? body
            return Resolution(actor: registry.known(Actor(id: Token.slug(country.name + " " + bodyName), name: country.name + " " + bodyName,
                                           kind: .governmentBody, country: country.id, body: body, isKnown: false)),
                              method: .unknown)
        }
        if let role {
            let holders = registry.holders(of: role, of: qualifier?.id, on: day)
            if holders.count == 1 { return Resolution(actor: holders[0], method: .role(role)) }
            guard holders.isEmpty, let country else { return nil }
            let roleName = (registry.role(role)?.names.first ?? role).capitalizedWords
            return Resolution(actor: registry.known(Actor(id: Token.slug(roleName + " of " + country.name), name: roleName + " of " + country.name,
                                           kind: .person, country: country.kind == .state ? country.id : nil,
                                           roles: [Tenure(role: role, of: country.id)], isKnown: false)),
                              method: .unknown, vacantOffice: role)
        }
        // "Armenia", "the Armenian side", "Azerbaijani forces": the state itself.
        if let qualifier, let actor = registry.actor(qualifier.id),
           tokens.allSatisfy({ used[tokens.firstIndex(of: $0)!] || Token.functionWords.contains($0.folded) || Self.stateNouns.contains($0.folded) }) {
            return Resolution(actor: actor, method: qualifier.how)
        }
        return nil
    }

    /// Nouns after a country's adjective that make the phrase the country (a data file).
    static let stateNouns = WordSet(Lexicons.stateNouns.builtInWords())

    /// ``resolve(_:on:context:)``, remembered: for the hot path of reading many articles.
    func cachedResolve(_ mention: String, on day: Day?, country: String?, bodiesOfCountry: Bool = false) -> Resolution? {
        let key = ResolutionCache.Key(text: TextKey(mention), country: country, day: day, bodiesOfCountry: bodiesOfCountry)
        if let hit = cache.lookup(key) { return hit.resolution }
        let resolution = resolve(mention, on: day, context: Context(country: country, bodiesOfCountry: bodiesOfCountry))
        cache.store(key, resolution)
        return resolution
    }

    /// Whether `text` is, as a whole, a name or alias in the registry or the gazetteer.
    public func isName(_ text: String) -> Bool {
        cache.isName(text) { names[NameFolding.fold(Token.split($0).map(\.text).joined(separator: " "))] != nil }
    }

    private func byName(_ folded: String, on day: Day?) -> Resolution? {
        guard let ids = names[folded] else { return nil }
        let candidates = ids.compactMap { registry.actor($0) }
        if candidates.count == 1 { return Resolution(actor: candidates[0], method: .name) }
        let current = candidates.filter { $0.roles.contains { $0.holds(on: day) } }
        return current.count == 1 ? Resolution(actor: current[0], method: .name) : nil
    }

    private func bySurname(_ surname: String, country: String?, role: String?, on day: Day?) -> Resolution? {
        var candidates = (surnames[surname] ?? []).compactMap { registry.actor($0) }
        if let country { candidates = candidates.filter { $0.country == country } }
        if candidates.count > 1, let role { candidates = candidates.filter { $0.roles.contains { $0.role == role && $0.holds(on: day) } } }
        if candidates.count > 1 { candidates = candidates.filter { $0.roles.contains { $0.holds(on: day) } } }
        return candidates.count == 1 ? Resolution(actor: candidates[0], method: .surname) : nil
    }

    /// An actor the registry lacks: a person by name, or an organisation when the name ends in
    /// a word such as Ministry, Alliance or Agency, with its country and office.
    private func unknown(named name: String, nameTokens: [Token], tokens: [Token], used: [Bool], country: Actor?, role: String?, body: String?) -> Resolution {
        if nameTokens.contains(where: { Token.organisationHeads.contains($0.folded) }) {
            // "India's Ministry of External Affairs": the text's own words, with the country.
            let firstName = tokens.firstIndex(of: nameTokens[0]) ?? 0
            var from = firstName
            while from > 0, used[from - 1], !tokens[from - 1].isPossessive, tokens[from - 1].isCapitalized { from -= 1 }
            var own = tokens.indices.filter { $0 >= from && (!used[$0] || $0 < firstName) }
            // "the national Assembly of Artsakh": a name that ends in "of" goes on with the
            // place the text names after it.
            if let last = own.last, tokens[last].folded == "of" {
                own += (last + 1..<tokens.count).prefix { used[$0] }
            }
            var words = own.map { tokens[$0].text }
            while let first = words.first, Token.functionWords.contains(NameFolding.fold(first)) { words.removeFirst() }
            while let last = words.last, Token.functionWords.contains(NameFolding.fold(last)) { words.removeLast() }
            var full = words.joined(separator: " ")
            let governmental = tokens.contains { Token.governmentBodyWords.contains($0.folded) } && country?.kind == .state
            if let country, governmental, !NameFolding.fold(full).hasPrefix(NameFolding.fold(country.name)) { full = country.name + " " + full }
            return Resolution(actor: registry.known(Actor(id: Token.slug(full), name: full, kind: governmental ? .governmentBody : .group,
                                           country: country?.kind == .state ? country?.id : nil, isKnown: false)),
                              method: .unknown)
        }
        if name.count >= 2, name.filter(\.isLetter).allSatisfy(\.isUppercase), !name.contains(" ") {
            // "TASS", "ANI", "RFE/RL": an agency or organisation known by its initials.
            return Resolution(actor: registry.known(Actor(id: Token.slug(name), name: name, kind: .group,
                                           country: country?.kind == .state ? country?.id : nil, isKnown: false)),
                              method: .unknown)
        }
        var memberships: [Tenure] = []
        if let body, let country {
            let bodyActor = registry.actors.first { $0.kind == .governmentBody && $0.country == country.id && $0.body == body }
            memberships.append(Tenure(role: role, of: bodyActor?.id ?? Token.slug(country.name + " " + (registry.body(body)?.names.first ?? body))))
        }
        let roles = role.map { [Tenure(role: $0, of: country?.id)] } ?? []
        return Resolution(actor: registry.known(Actor(id: Token.slug(name), name: name, kind: .person,
                                       country: country?.kind == .state ? country?.id : nil,
                                       roles: body == nil ? roles : [], memberships: memberships, isKnown: false)),
                          method: .unknown)
    }
}

/// A word of a mention, without its possessive or trailing punctuation.
struct Token: Hashable {
    var text: String
    var folded: String
    var isCapitalized: Bool
    var isPossessive = false

    /// The words of `mention`, cut as the sentences of an article are (``SentenceTokens``,
    /// ``SentenceWord``), after the same normalising: one tokeniser for text and mentions.
    static func split(_ mention: String) -> [Token] {
        // Text from an article is normalised already; ASCII needs nothing a word is made of.
        let decoded = DecodedText(mention.isASCII ? mention : TextNormalizer.normalize(mention))
        let scalars = decoded.scalars
        return SentenceWord.words(of: SentenceTokens(scalars)).compactMap { word in
            var range = word.range
            var possessive = false
            if word.isPossessive {
                // "Armenia's": the name is "Armenia".
                range = range.lowerBound..<range.upperBound - 2
                possessive = true
            } else if range.upperBound < scalars.count, scalars[range.upperBound] == "'", scalars[range.upperBound - 1] == "s" {
                // "the co-chairs' statement".
                possessive = true
            }
            guard !range.isEmpty else { return nil }
            let text = decoded.string(range)
            return Token(text: text, folded: NameFolding.fold(text), isCapitalized: word.isCapitalised, isPossessive: possessive)
        }
    }

    /// The folded words of `tokens` as one phrase: what ``NameFolding/fold(_:)`` gives for
    /// their texts joined with spaces.
    static func phrase(_ tokens: ArraySlice<Token>) -> String {
        var phrase = ""
        for token in tokens where !token.folded.isEmpty {
            if !phrase.isEmpty { phrase += " " }
            phrase += token.folded
        }
        return phrase
    }

    /// An id for an actor the text names: its name folded to lower-case ASCII letters and
    /// digits, joined by hyphens, as registry ids are written. A name in another script keeps
    /// its letters (an id must not be empty), and such an id is shown quoted.
    static func slug(_ name: String) -> String {
        let folded = NameFolding.fold(name)
        let ascii = folded.split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) }).joined(separator: "-")
        return ascii.isEmpty ? folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-") : ascii
    }

    /// "ministry", "office", "council": words that make a state's organisation a government body.
    static let governmentBodyWords = Lexicons.grammar(.governmentBodyWords)
    static let functionWords = WordSet((Lexicons.grammarLists[.functionWords] ?? []) + (Lexicons.grammarLists[.indefinitePronouns] ?? [])
        + (Lexicons.grammarLists[.approximators] ?? []))
    /// Titles and descriptors written before names, never part of one: every word of
    /// `titles.tsv`.
    static let titles = WordSet(Lexicons.TitleClass.allCases.flatMap { Lexicons.titleWords[$0] ?? [] })
    static let organisationHeads = Lexicons.grammar(.organisationHeads)
}

extension String {
    /// "foreign minister" → "Foreign Minister".
    var capitalizedWords: String {
        split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }
}

/// Resolutions remembered by words, country and day, behind a lock. Bounded: past
/// `limit` entries it starts again empty.
final class ResolutionCache: Sendable {
    struct Key: Hashable, Sendable {
        var text: TextKey
        var country: String?
        var day: Day?
        var bodiesOfCountry = false

        /// The text and day: few texts are met in more than one country's discourse.
        func hash(into hasher: inout Hasher) {
            hasher.combine(text)
            hasher.combine(day)
        }
    }

    struct Entry: Sendable {
        var resolution: Resolver.Resolution?
    }

    static let limit = 50_000
    private let entries = Locked<[Key: Entry]>([:])
    private let names = Locked<[TextKey: Bool]>([:])
    private let regions = Locked<[TextKey: Bool]>([:])

    /// Whether `text` is a whole name in the registry, as `answer` finds the first time.
    func isName(_ text: String, otherwise answer: (String) -> Bool) -> Bool {
        Self.remembered(text, in: names, otherwise: answer)
    }

    /// Whether a mention's text names a region of the world, as ``MentionFinder`` finds.
    func isRegion(_ text: String, otherwise answer: (String) -> Bool) -> Bool {
        Self.remembered(text, in: regions, otherwise: answer)
    }

    private static func remembered(_ text: String, in table: Locked<[TextKey: Bool]>, otherwise answer: (String) -> Bool) -> Bool {
        let key = TextKey(text)
        if let known = table.withLock({ $0[key] }) { return known }
        let found = answer(text)
        table.withLock { insert(found, for: key, into: &$0) }
        return found
    }

    func lookup(_ key: Key) -> Entry? {
        entries.withLock { $0[key] }
    }

    func store(_ key: Key, _ resolution: Resolver.Resolution?) {
        entries.withLock { Self.insert(Entry(resolution: resolution), for: key, into: &$0) }
    }

    /// Past `limit` entries a table starts again empty.
    private static func insert<TableKey: Hashable, Value>(_ value: Value, for key: TableKey, into table: inout [TableKey: Value]) {
        if table.count >= limit { table.removeAll(keepingCapacity: true) }
        table[key] = value
    }
}
