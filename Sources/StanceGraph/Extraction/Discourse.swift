/// What an article has said so far, for resolving "he", "it", "the ministry", "the report",
/// "the secretary", "the country's" and "on the same day".
struct Discourse {
    private(set) var people: [(mention: String, actor: Actor)] = []
    private(set) var lastOrganisation: Actor?
    private(set) var lastBody: Actor?
    /// The government bodies seen or heard, the latest last: which one "the ministry" is.
    private(set) var bodies: [Actor] = []
    private(set) var lastParty: Actor?
    private(set) var lastSpeaker: Actor?
    private(set) var lastSource: Actor?
    /// The state most recently mentioned: what "the country's" and "its" mean.
    private(set) var country: String?
    /// The day most recently named: what "on the same day" means.
    var anchor: Day?
    /// Sentences read since ``anchor`` was named.
    var anchorAge = 0
    /// The day the article's lead paragraph names, when it is in the two weeks before
    /// publication: the day of the event the story tells ("met in Geneva on March 4"),
    /// which statements that name no day of their own most often belong to.
    var leadDay: Day?
    /// Whether the lead paragraph has been read.
    var leadSeen = false
    /// The person who was the subject of the last sentence that had one: what "he" or "she"
    /// at the start of the next sentence most often means ("Aliyev said he would receive
    /// Pashinyan in Baku. He vowed ..." is Aliyev, though Pashinyan was named last).
    var subject: Actor?
    /// The sex of each person seen, by id, where a title, a word for people or a first name
    /// in a mention tells it: whom "she" can stand for.
    private(set) var sexes: [String: Lexicons.Sex] = [:]

    static let maleWords = Lexicons.grammar(.maleWords)
    /// The heads that name a government body by themselves: "the ministry", "The Department".
    static let bodyHeads = Lexicons.grammar(.bodyHeads)
    static let femaleWords = Lexicons.grammar(.femaleWords)

    mutating func saw(_ mention: SentenceView.MentionSpan, text: String) {
        let actor = mention.resolution.actor
        switch actor.kind {
        case .person:
            people.append((ScalarText.lowercased(text), actor))
            // One word ("Aliyev") tells nothing of sex: only a first name or a title before it does.
            if sexes[actor.id] == nil, text.contains(" "), let sex = Self.sex(ofMention: text) { sexes[actor.id] = sex }
        case .state:
            country = actor.id
        case .governmentBody:
            noteBody(actor)
            lastOrganisation = actor
        case .partyOrAlliance:
            lastParty = actor
            lastOrganisation = actor
        case .internationalOrganisation, .group:
            lastOrganisation = actor
        }
        if actor.kind != .state, let own = actor.country { country = own }
    }

    mutating func spoke(_ actor: Actor) {
        lastSpeaker = actor
        if actor.kind == .person { people.append((ScalarText.lowercased(actor.name), actor)) } else if actor.kind != .state { lastOrganisation = actor }
        if actor.kind == .governmentBody { noteBody(actor) }
        if actor.kind == .partyOrAlliance { lastParty = actor }
    }

    private mutating func noteBody(_ actor: Actor) {
        lastBody = actor
        bodies.removeAll { $0.id == actor.id }
        bodies.append(actor)
        if bodies.count > 12 { bodies.removeFirst() }
    }

    /// The body "the ministry" or "the department" stands for: the last speaker if it is a
    /// body, else the last body seen, of those whose name has the word when any has
    /// ("the ministry" after "the Defense Ministry ... the army" is the ministry).
    func body(named head: String) -> Actor? {
        func named(_ actor: Actor) -> Bool { ScalarText.lowercased(actor.name).split(separator: " ").contains { $0 == head } }
        if let speaker = lastSpeaker, speaker.kind == .governmentBody, named(speaker) { return speaker }
        if let body = bodies.last(where: named) { return body }
        return lastSpeaker.flatMap { $0.kind == .governmentBody ? $0 : nil } ?? lastBody
    }

    mutating func cited(_ source: Actor) {
        lastSource = source
    }

    var lastPerson: Actor? { people.last?.actor }

    /// The sex a word for a person or a pronoun tells: "mrs", "spokesman", "she".
    static func sex(ofWord word: some StringProtocol) -> Lexicons.Sex? {
        let word = String(word)
        return maleWords.contains(word) ? .male : femaleWords.contains(word) ? .female : nil
    }

    /// The sex a person's mention tells: by the first name just before the surname, its last
    /// capitalised word ("Hillary Clinton", "Sen. Elizabeth Warren", "Rep. Elijah E.
    /// Cummings"), else by a title before it ("Mrs. Clinton", "spokeswoman Ana Diaz").
    static func sex(ofMention text: String) -> Lexicons.Sex? {
        let words = text.split { $0 == " " || $0 == "," }.map { $0.hasSuffix(".") ? $0.dropLast() : $0 }
        guard let surname = words.lastIndex(where: { $0.first?.isUppercase == true }) else { return nil }
        let before = words[..<surname]
        // Initials ("E.") stand between a first name and the surname.
        if let first = before.last(where: { $0.count > 1 }), first.first?.isUppercase == true,
           let sex = Lexicons.firstNames[ScalarText.lowercased(String(first))] {
            return sex
        }
        return before.lazy.compactMap { sex(ofWord: ScalarText.lowercased(String($0))) }.first
    }

    /// Who "he", "she", "his" or "her" stands for: the subject of the last sentence that had
    /// one, unless a title or first name says its sex is the other; else the last person named
    /// whose sex is not the other.
    func person(pronoun: String) -> Actor? {
        guard let wanted = Self.sex(ofWord: pronoun) else { return subject ?? lastPerson }
        if let subject, fits(subject, wanted) { return subject }
        return person(sex: wanted) ?? subject ?? lastPerson
    }

    /// The person last named whose sex is not other than `wanted`: who "the businessman" is.
    func person(sex wanted: Lexicons.Sex) -> Actor? {
        people.last { fits($0.actor, wanted) }?.actor
    }

    /// Whether nothing seen says `actor` is of the other sex than `wanted`.
    private func fits(_ actor: Actor, _ wanted: Lexicons.Sex) -> Bool {
        sexes[actor.id].map { $0 == wanted } ?? true
    }

    /// The person last named who belongs to `country`: who "the Turkish leader" is when the
    /// registry knows no holder of the office.
    func person(of country: String?) -> Actor? {
        guard let country else { return nil }
        return people.last { $0.actor.country == country && $0.actor.kind == .person }?.actor
    }

    /// The abbreviations that stand for each office (`titles.tsv`): "senator" is "sen".
    static let abbreviations: [String: [String]] = Lexicons.titleExpansions.reduce(into: [:]) { table, entry in
        for office in entry.value { table[office, default: []].append(entry.key) }
    }

    /// "the secretary", "the minister", "the spokeswoman": the last person whose mention
    /// carried that title (or its abbreviation, with or without its full stop: "Sen." for
    /// "the senator").
    func person(titled title: String) -> Actor? {
        // Whole words only: "the minister" is not whoever has "minister" inside a word.
        let forms = [title] + (Self.abbreviations[title] ?? []).flatMap { [$0, $0 + "."] }
        let padded = forms.map { " " + $0 + " " }
        return people.last { person in
            let mention = " " + person.mention + " "
            return padded.contains { ScalarText.contains(mention, $0) }
        }?.actor
    }

    /// What a pronoun or a bare definite description stands for, or nil.
    func resolve(_ words: [String]) -> Actor? {
        let content = words.filter { !["the", "a", "an", "this", "that", "its", "his", "her", "their", "both", "also"].contains($0) }
        guard let head = content.last else { return nil }
        if Self.bodyHeads.contains(head) { return body(named: head == "ministries" ? "ministry" : head) }
        switch head {
        case "he", "she", "him", "her": return person(pronoun: head)
        case "it", "them": return lastSpeaker.flatMap { $0.kind == .person ? nil : $0 } ?? lastOrganisation
        case "they": return lastSpeaker.flatMap { $0.kind == .person ? nil : $0 } ?? lastParty ?? lastOrganisation
        case "statement", "communique", "communiqué", "release", "document", "text", "spokesman", "spokeswoman", "spokesperson":
            if head.hasPrefix("spokes"), let titled = person(titled: head) { return titled }
            // "the statement said": whoever last spoke, or the body that issued it.
            return lastSpeaker ?? (head.hasPrefix("spokes") ? nil : lastOrganisation)
        case "report", "agency", "outlet":
            return lastSource
        case "bloc", "alliance", "party", "faction", "coalition", "opposition":
            return lastParty
        case "government", "authorities", "side":
            return lastSpeaker.flatMap { $0.kind == .person ? nil : $0 }
        default:
            return person(titled: head)
        }
    }
}
