import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GraphvizKit

/// A temporary folder made for one test and removed when it is released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("gvkit-" + UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func file(_ name: String) -> String { path + "/" + name }

    func contents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: path).sorted()
    }
}

/// The `<title>` texts of an SVG's nodes and edges, after parsing it as XML (which fails on
/// SVG that is not well-formed).
struct SVGTitles: Equatable {
    var nodes: [String]
    var edges: [String]
    var scriptElements: Int

    init(_ data: Data) throws {
        let document = try XMLDocument(data: data, options: [])
        func titles(_ kind: String) throws -> [String] {
            try document.nodes(forXPath: "//*[local-name()='g'][@class='\(kind)']/*[local-name()='title']").compactMap(\.stringValue)
        }
        nodes = try titles("node")
        edges = try titles("edge")
        scriptElements = try document.nodes(forXPath: "//*[local-name()='script']").count
    }
}
