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

    public var id: String
    /// The canonical name: "Ilham Aliyev", "Azerbaijan Ministry of Defense".
    public var name: String
    public var kind: Kind
    /// The id of the state it belongs to (a person's, a ministry's), if any.
    public var country: String?
    /// Other names and spellings it goes by: "Cavusoglu", "Çavuşoğlu", "Sergey Lavrov".
    public var aliases: [String]
    /// For a state, the adjectives and demonyms that stand for it: "Azerbaijani", "Azeri".
    public var adjectives: [String]
    /// For a state, its capital, which stands for its government in news ("Baku said").
    public var capital: String?
    /// For a government body, the kind of body (a ``BodyKind`` id): `ministry-of-defense`.
    public var body: String?
    /// Offices held, with dates.
    public var roles: [Tenure]
    /// Organisations it belongs to, with dates.
    public var memberships: [Tenure]
    /// False for an actor found in articles that the registry lacks.
    public var isKnown: Bool

    public init(id: String, name: String, kind: Kind, country: String? = nil, aliases: [String] = [],
                adjectives: [String] = [], capital: String? = nil, body: String? = nil,
                roles: [Tenure] = [], memberships: [Tenure] = [], isKnown: Bool = true) {
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
