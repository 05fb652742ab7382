import Foundation
@testable import StanceGraph
@_exported import TestSupport

extension Article {
    /// Parses article text given inline.
    static func from(_ text: String, name: String = "test.txt", published: Day? = nil) throws -> Article {
        try ArticleReader.parse(Array(text.utf8), path: name, published: published)
    }

    var sentenceTexts: [String] { paragraphs.flatMap(\.sentences).map(\.text) }
}

/// Sentence splits written inline: `|` marks where one sentence ends and the next begins.
func splitMarked(_ marked: String) -> (text: String, expected: [String]) {
    let expected = marked.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    return (marked.replacingOccurrences(of: "|", with: ""), expected)
}
