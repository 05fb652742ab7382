/// Who is who: the actors, offices, kinds of government body and topics a corpus is read
/// with. Loaded from YAML that users edit (see ``RegistryLoader``).
public struct Registry: Sendable {
    public private(set) var actors: [Actor]
    public private(set) var topics: [Topic]
    public private(set) var roles: [RoleKind]
    public private(set) var bodies: [BodyKind]
    private var index: [String: Int] = [:]
    private var countryIndex: [String: Actor] = [:]

    /// A registry of these entries; references between them are not checked here (the
    /// loader checks them, with the lines to blame).
    public init(actors: [Actor], topics: [Topic] = [], roles: [RoleKind] = [], bodies: [BodyKind] = []) {
        self.actors = actors
        self.topics = topics
        self.roles = roles
        self.bodies = bodies
        for (position, actor) in actors.enumerated() { index[actor.id] = position }
        for country in Gazetteer.countries where index[country.id] == nil { countryIndex[country.id] = country }
    }

    /// The registry's actor with this id, or a country from the built-in gazetteer.
    public func actor(_ id: String) -> Actor? {
        index[id].map { actors[$0] } ?? countryIndex[id]
    }

    /// An actor made from the text, or the registry's with its id, once an analyst has added
    /// it (as `actors --unknown --yaml` prints it): then the text's actor is that one.
    public func known(_ actor: Actor) -> Actor {
        actor.isKnown ? actor : index[actor.id].map { actors[$0] } ?? actor
    }

    /// The states known to the registry and the gazetteer, the registry's first.
    public var states: [Actor] {
        actors.filter { $0.kind == .state } + countryIndex.values.sorted { $0.id < $1.id }
    }

    public func topic(_ id: String) -> Topic? { topics.first { $0.id == id } }
    public func role(_ id: String) -> RoleKind? { roles.first { $0.id == id } }
    public func body(_ id: String) -> BodyKind? { bodies.first { $0.id == id } }

    /// Who held `role` of `organisation` (a state or body id) on `day`.
    public func holders(of role: String, of organisation: String?, on day: Day?) -> [Actor] {
        actors.filter { actor in
            actor.roles.contains { $0.role == role && (organisation == nil || $0.of == organisation) && $0.holds(on: day) }
        }
    }
}
