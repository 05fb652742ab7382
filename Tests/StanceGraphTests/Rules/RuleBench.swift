import Testing
@testable import StanceGraph

/// One rule on its own test bench: a sentence marked up with what the rule should find, read
/// with a small registry of made-up actors, so that a test passes only through the rule it
/// names and never through the project's registry.
///
/// Marks: `[...]` the speaker as written, `<...>` the cue, `{...}` the content; marks may
/// nest, as a speech act's content holds its cue: `[X] {<accused> Y of ...}`.
enum RuleBench {
    static let registry: Registry = {
        do {
            return try RegistryLoader.parse("""
                roles:
                  - id: president
                    names: [president]
                  - id: foreign-minister
                    names: [foreign minister]
                bodies:
                  - id: ministry-of-defense
                    names: [Ministry of Defense, defence ministry]
                actors:
                  - id: valdoria
                    name: Valdoria
                    kind: state
                    adjectives: [Valdorian]
                    capital: Port Sel
                  - id: orsenia
                    name: Orsenia
                    kind: state
                    adjectives: [Orsenian]
                    capital: Kethra
                  - id: valdoria-ministry-of-defense
                    name: Valdoria Ministry of Defense
                    kind: government body
                    country: valdoria
                    body: ministry-of-defense
                  - id: mira-castell
                    name: Mira Castell
                    kind: person
                    country: valdoria
                    roles:
                      - role: president
                        of: valdoria
                        from: 2019
                  - id: tomas-brenn
                    name: Tomas Brenn
                    kind: person
                    country: orsenia
                    roles:
                      - role: foreign-minister
                        of: orsenia
                        from: 2020
                  - id: north-wire
                    name: North Wire
                    kind: group
                """, path: "bench.yaml")
        } catch {
            preconditionFailure("bench registry: \(error)")
        }
    }()
    static let extractor = Extractor(registry: registry)

    /// What a rule found, as written in the sentence.
    struct Found: Hashable, CustomStringConvertible {
        var rule: String
        var speaker: String
        var cue: String
        var content: String
        var description: String { "\(rule): [\(speaker)] <\(cue)> {\(content)}" }
    }

    /// The sentence without its marks, and what the marks say the rule finds in it.
    static func unmark(_ marked: String, rule: String) -> (sentence: String, expected: Found) {
        var sentence = ""
        var parts: [Character: String] = [:]
        var open: [Character] = []
        let closing: [Character: Character] = ["]": "[", ">": "<", "}": "{"]
        for character in marked {
            switch character {
            case "[", "<", "{": open.append(character)
            case "]", ">", "}": open.removeAll { $0 == closing[character] }
            default:
                sentence.append(character)
                for mark in open { parts[mark, default: ""].append(character) }
            }
        }
        return (sentence, Found(rule: rule, speaker: parts["["] ?? "", cue: parts["<"] ?? "", content: parts["{"] ?? ""))
    }

    /// Runs `rule` alone on the first sentence of `text` (and the sentences before it, for
    /// the mentions), and returns what it found.
    static func run(_ rule: any AttributionRule.Type, on text: String, published: String = "2022-05-10") throws -> [Found] {
        let article = try Article.from("---\npublished: \(published)\n---\n" + text)
        let scan = extractor.finder.scan(article)
        let sentence = try #require(article.bodyParagraphs.first?.sentences.last)
        let number = article.bodyParagraphs[0].sentences.count - 1
        let own = scan.mentions.filter { sentence.range.contains($0.range.lowerBound) }
        let view = SentenceView(sentence, tokens: scan.tokens[number], insideQuote: sentence.startsInsideQuote, mentions: own)
        let frames = rule.frames(RuleInput(view: view, cues: Reading.cues(in: view), found: []))
        return frames.map { frame in
            Found(rule: frame.rule, speaker: frame.speakers.map { view.text(Reading.tokens($0)) }.joined(separator: " & "),
                  cue: view.text(frame.cue), content: view.text(frame.content))
        }
    }

    /// Every statement the whole extractor finds in an article made of `body`, with the
    /// bench's registry.
    static func statements(_ body: String, published: String = "2022-05-12") throws -> [Statement] {
        extractor.statements(in: try Article.from("---\npublished: \(published)\n---\n" + body))
    }

    /// Checks that `rule` alone finds exactly what `marked` marks.
    static func expect(_ rule: any AttributionRule.Type, _ marked: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (sentence, expected) = unmark(marked, rule: rule.name)
        let found = try run(rule, on: sentence)
        #expect(found == [expected], sourceLocation: sourceLocation)
    }

    /// Checks that `rule` alone finds nothing in `sentence`.
    static func expectNothing(_ rule: any AttributionRule.Type, _ sentence: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try run(rule, on: sentence).isEmpty, sourceLocation: sourceLocation)
    }
}
