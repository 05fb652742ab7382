import Foundation
@testable import StanceGraph

/// A temporary folder made for one test and removed when it is released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("sg-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let target = file(name)
        try FileManager.default.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: target))
        return target
    }
}

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
