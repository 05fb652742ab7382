import Testing
@testable import StanceGraph

/// The registry edits of `actors merge`, on files of every shape.
@Suite struct RegistryEditTests {
    @Test func anAliasJoinsAFlowListABlockListOrANewLine() throws {
        let flow = "actors:\n  - id: a\n    name: A\n    aliases: [One, Two]\n  - id: b\n    name: B\n"
        #expect(RegistryEdit.addAlias("Three", to: "a", in: flow) == "actors:\n  - id: a\n    name: A\n    aliases: [One, Two, \"Three\"]\n  - id: b\n    name: B\n")
        let block = "actors:\n  - id: a\n    aliases:\n      - One\n    kind: person\n"
        #expect(RegistryEdit.addAlias("Two", to: "a", in: block) == "actors:\n  - id: a\n    aliases:\n      - One\n      - \"Two\"\n    kind: person\n")
        let none = "actors:\n  # people\n  - id: \"b\"  # a comment\n    name: B\n"
        #expect(RegistryEdit.addAlias("Bee \"B\"", to: "b", in: none) == "actors:\n  # people\n  - id: \"b\"  # a comment\n    aliases: [\"Bee \\\"B\\\"\"]\n    name: B\n")
        #expect(RegistryEdit.addAlias("X", to: "c", in: flow) == nil)
    }
}
