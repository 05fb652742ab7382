import Testing
@testable import StanceGraph

@Suite struct RegistryLoaderTests {
    static let base = """
        roles:
          - id: president
            names: [president]
        bodies:
          - id: ministry-of-defense
            names: [Ministry of Defense, defense ministry]
        actors:
          - id: armenia
            name: Armenia
            kind: state
            capital: Yerevan
        """

    func error(_ yaml: String) -> RegistryError? {
        do {
            _ = try RegistryLoader.parse(yaml, path: "actors.yaml")
            return nil
        } catch {
            return error
        }
    }

    /// Ids name files and links: anything but lower-case letters, digits and hyphens is an
    /// error at the id's line, with an id that would do.
    @Test(arguments: [("../../ESCAPED", "escaped"), ("Armenia", "armenia"), ("ilham aliyev", "ilham-aliyev"), ("a/b", "a-b"), ("x.svg", "xsvg")])
    func idsOutsideTheirAlphabetAreRefused(id: String, suggestion: String) {
        let found = error(Self.base + "\n  - id: \"\(id)\"\n    name: X\n    kind: person\n")
        #expect(found?.problem == .badID(id))
        #expect(found?.line == 12)
        #expect(found?.errorDescription?.contains("write it like \"\(suggestion)\"") == true)
        let topic = error(Self.base + "\ntopics:\n  - id: \"\(id)\"\n    name: T\n")
        #expect(topic?.problem == .badID(id))
    }

    /// Values that would match nothing or everything, and tenures that end before they begin,
    /// are refused at their line.
    @Test func emptyAndCommonWordNamesAndBackwardTenuresAreRefused() {
        let actor = Self.base + "\n  - id: x\n    name: X\n    kind: person\n"
        #expect(error(actor + "    aliases: [\"\", X Y]\n")?.problem == .emptyValue(field: "aliases"))
        #expect(error(actor + "    aliases: [said]\n")?.problem == .commonWords("said", field: "aliases"))
        #expect(error(actor + "    aliases: [The]\n")?.problem == .commonWords("The", field: "aliases"))
        #expect(error(actor + "    aliases: [of the]\n")?.line == 15)
        // A name that holds a common word among others is a name.
        #expect(error(actor + "    aliases: [The Hague Group]\n") == nil)
        #expect(error(Self.base + "\ntopics:\n  - id: t\n    name: T\n    cues: [truce, \"\"]\n")?.problem == .emptyValue(field: "cues"))
        let backward = error(actor + "    roles:\n      - role: president\n        of: armenia\n        from: 2020-05\n        until: 2018\n")
        #expect(backward?.problem == .endsBeforeItBegins(from: "2020-05", until: "2018"))
        #expect(backward?.line == 19)
        #expect(error(actor + "    roles:\n      - role: president\n        of: armenia\n        from: 2018\n        until: 2018\n") == nil)
    }

    @Test func theProjectRegistryCoversTheMissionsActors() {
        for id in ["ilham-aliyev", "nikol-pashinyan", "vladimir-putin", "mevlut-cavusoglu", "sergei-lavrov", "antonio-guterres",
                   "osce-minsk-group", "csto", "artsakh", "armenia-ministry-of-defense", "azerbaijan-armed-forces",
                   "un-security-council", "charles-michel", "hayastan-alliance", "pativ-unem"] {
            #expect(projectRegistry.actor(id) != nil, "\(id) is in Corpus/actors.yaml")
        }
        #expect(projectRegistry.actor("armenia")?.memberships.contains { $0.of == "csto" } == true)
        let chairs = ["russia", "france", "united-states"].filter { id in
            projectRegistry.actor(id)?.memberships.contains { $0.of == "osce-minsk-group" && $0.role == "co-chair" } == true
        }
        #expect(chairs == ["russia", "france", "united-states"])
        #expect(projectRegistry.topic("ceasefire-agreement")?.cues.contains("truce") == true)
        #expect(projectRegistry.holders(of: "foreign-minister", of: "russia", on: Day(iso: "2004-06-01")).map(\.id) == ["sergei-lavrov"])
    }

    @Test func readsDatesWholeOrPartial() throws {
        let registry = try RegistryLoader.parse(Self.base + """

              - id: someone
                name: Some One
                kind: person
                roles:
                  - role: president
                    of: armenia
                    from: 2004
                    until: 2008-05
            """)
        #expect(registry.actor("someone")?.roles == [Tenure(role: "president", of: "armenia", from: Day(iso: "2004-01-01"), until: Day(iso: "2008-05-31"))])
    }

    @Test func badYAMLNamesTheLine() {
        let error = error("actors:\n  - id: a\n    name: [unclosed\n")
        #expect(error?.line == 4)
        #expect(error?.errorDescription?.hasPrefix("actors.yaml:4: not valid YAML: ") == true)
    }

    @Test func aDuplicateIDNamesBothPlaces() {
        let error = error(Self.base + "\n  - id: armenia\n    name: Armenia again\n    kind: state\n")
        #expect(error == RegistryError(path: "actors.yaml", line: 12, problem: .duplicateID("armenia", firstAt: "actors.yaml:8")))
        #expect(error?.errorDescription == "actors.yaml:12: the id \"armenia\" is already used at actors.yaml:8; give this entry another id.")
    }

    @Test func anAliasOfTwoActorsIsAmbiguous() {
        let error = error(Self.base + "\n  - id: hayastan\n    name: Hayastan Alliance\n    kind: party or alliance\n    aliases: [ARMENIA]\n")
        #expect(error == RegistryError(path: "actors.yaml", line: 12, problem: .ambiguousName("armenia", actors: ["armenia", "hayastan"], firstAt: "actors.yaml:8")))
    }

    @Test func anUnknownReferenceNamesTheField() {
        let error = error(Self.base + "\n  - id: x\n    name: X\n    kind: person\n    memberships:\n      - of: narnia\n")
        #expect(error == RegistryError(path: "actors.yaml", line: 16, problem: .unknownReference("narnia", field: "of")))
        #expect(error?.errorDescription == "actors.yaml:16: `of` names \"narnia\", which is not defined; add an entry with that id or correct the spelling.")
    }

    @Test func aCountryFromTheGazetteerIsAKnownReference() throws {
        let registry = try RegistryLoader.parse(Self.base + "\n  - id: x\n    name: X\n    kind: person\n    country: sweden\n")
        #expect(registry.actor("sweden")?.name == "Sweden")
    }

    @Test func aBadDateNamesItsLine() {
        #expect(error(Self.base + "\n  - id: x\n    name: X\n    kind: person\n    roles:\n      - role: president\n        of: armenia\n        from: 2020-02-30\n")
            == RegistryError(path: "actors.yaml", line: 18, problem: .badDate("2020-02-30")))
    }

    @Test func unknownKeysKindsAndMissingFieldsAreErrors() {
        #expect(error(Self.base + "\n  - id: x\n    name: X\n    kind: person\n    until: 2020\n")
            == RegistryError(path: "actors.yaml", line: 15, problem: .unknownField("until", allowed: RegistryLoader.Draft.actorKeys)))
        #expect(error(Self.base + "\n  - id: x\n    kind: wizard\n") == RegistryError(path: "actors.yaml", line: 13, problem: .unknownKind("wizard")))
        #expect(error(Self.base + "\n  - name: Nameless\n    kind: person\n") == RegistryError(path: "actors.yaml", line: 12, problem: .missingField("id", entry: "actor")))
        #expect(error("actors:\n  - id: a\n    name: A\n    kind: group\n    name: B\n")
            == RegistryError(path: "actors.yaml", line: 3, problem: .badYAML("the key \"name\" appears twice in one mapping")))
    }

    @Test func aFolderOfFilesIsMergedAndCheckedAsOne() throws {
        let folder = try TemporaryFolder()
        try folder.write("registry/a.yaml", Self.base)
        try folder.write("registry/b.yml", "actors:\n  - id: pm\n    name: P M\n    kind: person\n    roles:\n      - role: president\n        of: armenia\n")
        let registry = try RegistryLoader.load(path: folder.file("registry"))
        #expect(registry.actors.map(\.id) == ["armenia", "pm"])
        try folder.write("registry/c.yaml", "actors:\n  - id: pm\n    name: Another\n    kind: person\n")
        #expect(throws: RegistryError(path: folder.file("registry/c.yaml"), line: 2, problem: .duplicateID("pm", firstAt: folder.file("registry/b.yml") + ":2"))) {
            try RegistryLoader.load(path: folder.file("registry"))
        }
    }
}
