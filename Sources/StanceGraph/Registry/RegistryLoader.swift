#if canImport(Glibc)
import Glibc
#endif
import Yams

/// Reads the registry from a YAML file, or from every `.yaml`/`.yml` file in a folder,
/// and checks it: each mistake is reported with its file and line.
public enum RegistryLoader {
    /// Loads `path`: a file, or a folder whose YAML files are merged.
    public static func load(path: String) throws(RegistryError) -> Registry {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw RegistryError(path: path, line: nil, problem: .unreadable(String(cString: strerror(errno))))
        }
        var files: [String] = [path]
        if status.st_mode & S_IFMT == S_IFDIR {
            files = yamlFiles(in: path)
            if files.isEmpty { throw RegistryError(path: path, line: nil, problem: .unreadable("the folder holds no .yaml files")) }
        }
        var draft = Draft()
        for file in files {
            let bytes: [UInt8]
            do {
                bytes = try ArticleReader.readBytes(file)
            } catch {
                // The reason alone: the registry's error names the file itself.
                let reason: String
                switch error.problem {
                case .unreadable(let text): reason = text
                case .tooLarge(let bytes, _): reason = "it is \(bytes / 1_048_576) MiB"
                default: reason = error.errorDescription ?? "\(error)"
                }
                throw RegistryError(path: file, line: nil, problem: .unreadable(reason))
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw RegistryError(path: file, line: nil, problem: .badYAML("the file is not UTF-8 text"))
            }
            try draft.add(text, path: file)
        }
        return try draft.finish()
    }

    /// Loads one YAML text, named `path` in errors.
    public static func parse(_ text: String, path: String = "actors.yaml") throws(RegistryError) -> Registry {
        var draft = Draft()
        try draft.add(text, path: path)
        return try draft.finish()
    }

    /// Loads several YAML texts as one registry, each named by its path in errors: a
    /// registry folder's files, one of them edited before it is written.
    public static func parse(files: [(path: String, text: String)]) throws(RegistryError) -> Registry {
        var draft = Draft()
        for file in files { try draft.add(file.text, path: file.path) }
        return try draft.finish()
    }

    static func yamlFiles(in directory: String) -> [String] {
        Folder.names(in: directory).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { Folder.join(directory, $0) }
    }

    /// Entries read so far, with where each came from, checked as a whole in `finish()`.
    struct Draft {
        struct Place: Hashable {
            var path: String
            var line: Int?
            var description: String { line.map { "\(path):\($0)" } ?? path }
        }

        var actors: [(Actor, Place, [String: Place])] = []
        var topics: [(Topic, Place)] = []
        var roles: [(RoleKind, Place)] = []
        var bodies: [(BodyKind, Place)] = []

        mutating func add(_ text: String, path: String) throws(RegistryError) {
            let documents: [Node]
            do {
                documents = try YAMLSource.composeAll(text)
            } catch {
                throw RegistryError(path: path, line: error.line, problem: .badYAML(error.message))
            }
            // Entries appended as a document of their own (`---` then `actors:`) join the rest.
            for root in documents { try add(root, path: path) }
        }

        mutating func add(_ root: Node, path: String) throws(RegistryError) {
            let top = try Fields(root, path: path, allowed: ["actors", "topics", "roles", "bodies"], entry: "registry")
            for item in try top.list("actors") { actors.append(try Self.actor(item, path: path)) }
            for item in try top.list("topics") {
                let fields = try Fields(item, path: path, allowed: ["id", "name", "cues"], entry: "topic")
                let id = try fields.id()
                topics.append((Topic(id: id, name: try fields.string("name") ?? id, cues: try fields.names("cues")), fields.place))
            }
            for item in try top.list("roles") {
                let fields = try Fields(item, path: path, allowed: ["id", "names"], entry: "role")
                roles.append((RoleKind(id: try fields.id(), names: try fields.strings("names")), fields.place))
            }
            for item in try top.list("bodies") {
                let fields = try Fields(item, path: path, allowed: ["id", "names"], entry: "body")
                bodies.append((BodyKind(id: try fields.id(), names: try fields.strings("names")), fields.place))
            }
        }

        static let actorKeys = ["id", "name", "kind", "country", "aliases", "adjectives", "capital", "body", "roles", "memberships"]

        static func actor(_ node: Node, path: String) throws(RegistryError) -> (Actor, Place, [String: Place]) {
            let fields = try Fields(node, path: path, allowed: actorKeys, entry: "actor")
            let id = try fields.id()
            let kindText = try fields.required("kind")
            let kind = Actor.Kind.allCases.first {
                $0.rawValue == kindText.lowercased().replacing("-", with: " ").replacing("organization", with: "organisation")
            }
            guard let kind else { throw RegistryError(path: path, line: fields.line("kind"), problem: .unknownKind(kindText)) }
            var references: [String: Place] = [:]
            let country = try fields.string("country")
            if let country { references["country:" + country] = Place(path: path, line: fields.line("country")) }
            let body = try fields.string("body")
            if let body { references["body:" + body] = Place(path: path, line: fields.line("body")) }
            var roles: [Tenure] = []
            for item in try fields.list("roles") {
                let tenure = try Self.tenure(item, path: path, roleRequired: true)
                roles.append(tenure.0)
                references.merge(tenure.1) { first, _ in first }
            }
            var memberships: [Tenure] = []
            for item in try fields.list("memberships") {
                let tenure = try Self.tenure(item, path: path, roleRequired: false)
                memberships.append(tenure.0)
                references.merge(tenure.1) { first, _ in first }
            }
            let actor = Actor(id: id, name: try fields.string("name") ?? id, kind: kind, country: country,
                              aliases: try fields.names("aliases"), adjectives: try fields.names("adjectives"),
                              capital: try fields.string("capital"), body: body, roles: roles, memberships: memberships)
            return (actor, fields.place, references)
        }

        static func tenure(_ node: Node, path: String, roleRequired: Bool) throws(RegistryError) -> (Tenure, [String: Place]) {
            let fields = try Fields(node, path: path, allowed: ["role", "of", "from", "until"], entry: roleRequired ? "role" : "membership")
            let role = roleRequired ? try fields.required("role") : try fields.string("role")
            let of = try fields.required("of")
            var references = ["actor:" + of: Place(path: path, line: fields.line("of"))]
            if let role { references["role:" + role] = Place(path: path, line: fields.line("role")) }
            let from = try fields.date("from", end: false), until = try fields.date("until", end: true)
            if let from, let until, until < from {
                throw RegistryError(path: path, line: fields.line("until"),
                                    problem: .endsBeforeItBegins(from: try fields.string("from") ?? "", until: try fields.string("until") ?? ""))
            }
            return (Tenure(role: role, of: of, from: from, until: until), references)
        }

        func finish() throws(RegistryError) -> Registry {
            var seen: [String: Place] = [:]
            for (actor, place, _) in actors {
                if let first = seen[actor.id] { throw RegistryError(path: place.path, line: place.line, problem: .duplicateID(actor.id, firstAt: first.description)) }
                seen[actor.id] = place
            }
            var owners: [String: (String, Place)] = [:]
            for (actor, place, _) in actors {
                for name in Set(([actor.name] + actor.aliases).map(NameFolding.fold)) where !name.isEmpty {
                    if let (other, first) = owners[name], other != actor.id {
                        throw RegistryError(path: place.path, line: place.line,
                                            problem: .ambiguousName(name, actors: [other, actor.id], firstAt: first.description))
                    }
                    owners[name] = (actor.id, place)
                }
            }
            let roleIDs = Set(roles.map(\.0.id)), bodyIDs = Set(bodies.map(\.0.id))
            let countryIDs = Set(Gazetteer.countries.map(\.id))
            for (kind, items) in [("role", roles.map { ($0.0.id, $0.1) }), ("body", bodies.map { ($0.0.id, $0.1) }), ("topic", topics.map { ($0.0.id, $0.1) })] {
                var ids: [String: Place] = [:]
                for (id, place) in items {
                    if let first = ids[id] { throw RegistryError(path: place.path, line: place.line, problem: .duplicateID("\(kind) \(id)", firstAt: first.description)) }
                    ids[id] = place
                }
            }
            for (_, _, references) in actors {
                for (reference, place) in references.sorted(by: { ($0.value.line ?? 0, $0.key) < ($1.value.line ?? 0, $1.key) }) {
                    let parts = reference.split(separator: ":", maxSplits: 1).map(String.init)
                    let known: Bool
                    switch parts[0] {
                    case "country": known = seen[parts[1]] != nil || countryIDs.contains(parts[1])
                    case "actor": known = seen[parts[1]] != nil || countryIDs.contains(parts[1])
                    case "role": known = roleIDs.contains(parts[1])
                    default: known = bodyIDs.contains(parts[1])
                    }
                    if !known {
                        let field = ["country": "country", "actor": "of", "role": "role", "body": "body"][parts[0]]!
                        throw RegistryError(path: place.path, line: place.line, problem: .unknownReference(parts[1], field: field))
                    }
                }
            }
            return Registry(actors: actors.map(\.0), topics: topics.map(\.0), roles: roles.map(\.0), bodies: bodies.map(\.0))
        }
    }

    /// The forms of the built-in cue verbs ("said", "told"), read from the data file itself:
    /// the user's lexicons are installed after the registry is read, and must be.
    static let cueForms: Set<String> = Set(CueLexicon.shipped.forms.keys)

    /// Whether `id` is lower-case letters, digits and hyphens, and not empty.
    public static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// `id` made valid: folded to lower-case ASCII, other characters as hyphens.
    static func suggestedID(_ id: String) -> String {
        let folded = NameFolding.fold(id).map { $0.isASCII && ($0.isLetter || $0.isNumber) ? String($0) : "-" }.joined()
        let parts = folded.split(separator: "-")
        return parts.isEmpty ? "actor" : parts.joined(separator: "-")
    }

    /// The keys of one YAML mapping, checked against those allowed.
    struct Fields {
        let node: Node
        /// The values by key's text: looked up without Yams's node comparison, which resolves
        /// every key's tag through regular expressions.
        let values: [String: Node]
        let path: String
        let entry: String

        init(_ node: Node, path: String, allowed: [String], entry: String) throws(RegistryError) {
            guard let mapping = node.mapping else {
                throw RegistryError(path: path, line: YAMLSource.line(node), problem: .wrongShape("expected a \(entry) as `key: value` lines here"))
            }
            var values: [String: Node] = [:]
            for (key, value) in mapping {
                let name = key.string ?? ""
                if !allowed.contains(name) {
                    throw RegistryError(path: path, line: YAMLSource.line(key), problem: .unknownField(name, allowed: allowed))
                }
                values[name] = value
            }
            self.node = node
            self.values = values
            self.path = path
            self.entry = entry
        }

        var place: Draft.Place { Draft.Place(path: path, line: YAMLSource.line(node)) }

        func value(_ key: String) -> Node? { values[key] }
        func line(_ key: String) -> Int? { value(key).flatMap { YAMLSource.line($0) } ?? YAMLSource.line(node) }

        func string(_ key: String) throws(RegistryError) -> String? {
            guard let node = value(key) else { return nil }
            guard let text = node.string else {
                throw RegistryError(path: path, line: YAMLSource.line(node), problem: .wrongShape("`\(key)` should be a single value"))
            }
            let trimmed = text.trimmed()
            return trimmed.isEmpty ? nil : trimmed
        }

        /// The entry's `id`: lower-case letters, digits and hyphens, never empty; ids name
        /// files (`actors/ID.svg`) and links, so nothing else may be in one.
        func id() throws(RegistryError) -> String {
            let id = try required("id")
            guard RegistryLoader.isValidID(id) else {
                throw RegistryError(path: path, line: line("id"), problem: .badID(id))
            }
            return id
        }

        func required(_ key: String) throws(RegistryError) -> String {
            guard let text = try string(key) else {
                throw RegistryError(path: path, line: YAMLSource.line(node), problem: .missingField(key, entry: entry))
            }
            return text
        }

        func strings(_ key: String) throws(RegistryError) -> [String] {
            guard let node = value(key) else { return [] }
            if let single = node.string { return single.isEmpty ? [] : [single] }
            guard let sequence = node.sequence else {
                throw RegistryError(path: path, line: YAMLSource.line(node), problem: .wrongShape("`\(key)` should be a list, like [a, b]"))
            }
            var out: [String] = []
            for item in sequence {
                guard let text = item.string else {
                    throw RegistryError(path: path, line: YAMLSource.line(item), problem: .wrongShape("each of `\(key)` should be a single value"))
                }
                out.append(text)
            }
            return out
        }

        /// Words that stand for something: aliases, adjectives, topic cues. None may be empty,
        /// nor be common words only (articles, prepositions, reporting verbs), which are in
        /// every article.
        func names(_ key: String) throws(RegistryError) -> [String] {
            let names = try strings(key)
            for name in names {
                let words = NameFolding.fold(name).split(separator: " ")
                let place = value(key).flatMap { YAMLSource.line($0) } ?? YAMLSource.line(node)
                if words.isEmpty { throw RegistryError(path: path, line: place, problem: .emptyValue(field: key)) }
                if words.allSatisfy({ Token.functionWords.contains($0) || RegistryLoader.cueForms.contains(String($0)) }) {
                    throw RegistryError(path: path, line: place, problem: .commonWords(name, field: key))
                }
            }
            return names
        }

        func list(_ key: String) throws(RegistryError) -> [Node] {
            guard let node = value(key) else { return [] }
            if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null" { return [] }
            guard let sequence = node.sequence else {
                throw RegistryError(path: path, line: YAMLSource.line(node), problem: .wrongShape("`\(key)` should be a list of entries, each starting with `- `"))
            }
            return Array(sequence)
        }

        /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a partial date is its first day, or its last as an end.
        func date(_ key: String, end: Bool) throws(RegistryError) -> Day? {
            guard let text = try string(key) else { return nil }
            let parts = text.split(separator: "-").map { Int($0) }
            var day: Day?
            if parts.count == 3, text.count == 10 {
                day = Day(iso: text)
            } else if parts.count == 2, let year = parts[0], let month = parts[1], text.count == 7 {
                day = Day(year: year, month: month, day: end ? Day.daysIn(month: month, year: year) : 1)
            } else if parts.count == 1, let year = parts[0], text.count == 4 {
                day = Day(year: year, month: end ? 12 : 1, day: end ? 31 : 1)
            }
            guard let day else { throw RegistryError(path: path, line: line(key), problem: .badDate(text)) }
            return day
        }
    }
}
