import Testing
@testable import StanceGraph

let projectExtractor = Extractor(registry: projectRegistry)

/// The statements in an article made of `body`, published on `published`.
func extract(_ body: String, published: String = "2021-11-16", outlet: String = "Test Wire") throws -> [Statement] {
    let article = try Article.from("---\noutlet: \"\(outlet)\"\npublished: \(published)\n---\n" + body)
    return projectExtractor.statements(in: article)
}

/// A compact view of a statement for comparing in tests: speaker, cue, text.
struct Said: Hashable, CustomStringConvertible {
    var speaker: String
    var cue: String
    var text: String

    init(_ speaker: String, _ cue: String, _ text: String) {
        self.speaker = speaker
        self.cue = cue
        self.text = text
    }

    init(_ statement: Statement) {
        self.init(statement.speaker.name, statement.cue, statement.text)
    }

    var description: String { "\(speaker) | \(cue) | \(text)" }
}

func said(_ body: String, published: String = "2021-11-16") throws -> [Said] {
    try extract(body, published: published).map(Said.init)
}
