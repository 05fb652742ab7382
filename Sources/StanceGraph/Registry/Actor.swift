/// Someone or something that makes statements or is spoken about: a person, a state, a
/// ministry, an alliance, an international body, or a group.
public struct Actor: Hashable, Sendable, Codable, Identifiable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case person
        case state
        case governmentBody = "government body"
        case partyOrAlliance = "party or alliance"
        case internationalOrganisation = "international organisation"
        case group
    }

    /// The fields live behind one reference, copied on write: an actor is copied into every
    /// mention, speaker and statement, and one retain costs less than nine.
    private final class Storage: @unchecked Sendable {
        var id: String
        var name: String
        var kind: Kind
        var country: String?
        var aliases: [String]
        var adjectives: [String]
        var capital: String?
        var body: String?
        var roles: [Tenure]
        var memberships: [Tenure]
        var isKnown: Bool

        init(id: String, name: String, kind: Kind, country: String?, aliases: [String], adjectives: [String],
             capital: String?, body: String?, roles: [Tenure], memberships: [Tenure], isKnown: Bool) {
            self.id = id
            self.name = name
            self.kind = kind
            self.country = country
            self.aliases = aliases
            self.adjectives = adjectives
            self.capital = capital
            self.body = body
            self.roles = roles
            self.memberships = memberships
            self.isKnown = isKnown
        }

        func copy() -> Storage {
            Storage(id: id, name: name, kind: kind, country: country, aliases: aliases, adjectives: adjectives,
                    capital: capital, body: body, roles: roles, memberships: memberships, isKnown: isKnown)
        }
    }

    private var storage: Storage

    private var unique: Storage {
        mutating get {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
            return storage
        }
    }

    public var id: String {
        get { storage.id }
        set { unique.id = newValue }
    }
    /// The canonical name: "Ilham Aliyev", "Azerbaijan Ministry of Defense".
    public var name: String {
        get { storage.name }
        set { unique.name = newValue }
    }
    public var kind: Kind {
        get { storage.kind }
        set { unique.kind = newValue }
    }
    /// The id of the state it belongs to (a person's, a ministry's), if any.
    public var country: String? {
        get { storage.country }
        set { unique.country = newValue }
    }
    /// Other names and spellings it goes by: "Cavusoglu", "Çavuşoğlu", "Sergey Lavrov".
    public var aliases: [String] {
        get { storage.aliases }
        set { unique.aliases = newValue }
    }
    /// For a state, the adjectives and demonyms that stand for it: "Azerbaijani", "Azeri".
    public var adjectives: [String] {
        get { storage.adjectives }
        set { unique.adjectives = newValue }
    }
    /// For a state, its capital, which stands for its government in news ("Baku said").
    public var capital: String? {
        get { storage.capital }
        set { unique.capital = newValue }
    }
    /// For a government body, the kind of body (a ``BodyKind`` id): `ministry-of-defense`.
    public var body: String? {
        get { storage.body }
        set { unique.body = newValue }
    }
    /// Offices held, with dates.
    public var roles: [Tenure] {
        get { storage.roles }
        set { unique.roles = newValue }
    }
    /// Organisations it belongs to, with dates.
    public var memberships: [Tenure] {
        get { storage.memberships }
        set { unique.memberships = newValue }
    }
    /// False for an actor found in articles that the registry lacks.
    public var isKnown: Bool {
        get { storage.isKnown }
        set { unique.isKnown = newValue }
    }

    public init(id: String, name: String, kind: Kind, country: String? = nil, aliases: [String] = [],
                adjectives: [String] = [], capital: String? = nil, body: String? = nil,
                roles: [Tenure] = [], memberships: [Tenure] = [], isKnown: Bool = true) {
        storage = Storage(id: id, name: name, kind: kind, country: country, aliases: aliases, adjectives: adjectives,
                          capital: capital, body: body, roles: roles, memberships: memberships, isKnown: isKnown)
    }

    public static func == (a: Actor, b: Actor) -> Bool {
        if a.storage === b.storage { return true }
        return a.id == b.id && a.name == b.name && a.kind == b.kind && a.country == b.country && a.aliases == b.aliases
            && a.adjectives == b.adjectives && a.capital == b.capital && a.body == b.body && a.roles == b.roles
            && a.memberships == b.memberships && a.isKnown == b.isKnown
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(id)
        hasher.combine(name)
        hasher.combine(kind)
        hasher.combine(country)
        hasher.combine(aliases)
        hasher.combine(adjectives)
        hasher.combine(capital)
        hasher.combine(body)
        hasher.combine(roles)
        hasher.combine(memberships)
        hasher.combine(isKnown)
    }

    enum CodingKeys: String, CodingKey {
        case id, name, kind, country, aliases, adjectives, capital, body, roles, memberships, isKnown
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try container.decode(String.self, forKey: .id),
                  name: try container.decode(String.self, forKey: .name),
                  kind: try container.decode(Kind.self, forKey: .kind),
                  country: try container.decodeIfPresent(String.self, forKey: .country),
                  aliases: try container.decode([String].self, forKey: .aliases),
                  adjectives: try container.decode([String].self, forKey: .adjectives),
                  capital: try container.decodeIfPresent(String.self, forKey: .capital),
                  body: try container.decodeIfPresent(String.self, forKey: .body),
                  roles: try container.decode([Tenure].self, forKey: .roles),
                  memberships: try container.decode([Tenure].self, forKey: .memberships),
                  isKnown: try container.decode(Bool.self, forKey: .isKnown))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(kind, forKey: .kind)
        try container.encodeIfPresent(country, forKey: .country)
        try container.encode(aliases, forKey: .aliases)
        try container.encode(adjectives, forKey: .adjectives)
        try container.encodeIfPresent(capital, forKey: .capital)
        try container.encodeIfPresent(body, forKey: .body)
        try container.encode(roles, forKey: .roles)
        try container.encode(memberships, forKey: .memberships)
        try container.encode(isKnown, forKey: .isKnown)
    }
}

/// A role held or a membership, in an organisation or state, over a span of days.
public struct Tenure: Hashable, Sendable, Codable {
    /// For a role, the ``RoleKind`` id (`foreign-minister`); for a membership, nil or a
    /// role within the organisation (`co-chair`).
    public var role: String?
    /// The actor id of the state or organisation: `russia`, `csto`.
    public var of: String?
    public var from: Day?
    public var until: Day?

    public init(role: String? = nil, of: String? = nil, from: Day? = nil, until: Day? = nil) {
        self.role = role
        self.of = of
        self.from = from
        self.until = until
    }

    /// Whether it held on `day`; with no day, whether it is open-ended (current).
    public func holds(on day: Day?) -> Bool {
        guard let day else { return until == nil }
        if let from, day < from { return false }
        if let until, day > until { return false }
        return true
    }
}

/// An office, and the words news uses for it: `foreign-minister` is "foreign minister",
/// "minister of foreign affairs", "top diplomat".
public struct RoleKind: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var names: [String]
}

/// A kind of government body, and the words for it: `ministry-of-defense` is "Ministry of
/// Defense", "defence ministry", "MoD". The first name is used in canonical names.
public struct BodyKind: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var names: [String]
}

/// A subject of statements, with the cue words that mark it: the ceasefire agreement is
/// "truce", "deal", "trilateral statement".
public struct Topic: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var name: String
    public var cues: [String]
}
