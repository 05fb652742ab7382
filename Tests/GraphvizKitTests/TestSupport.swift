import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GraphvizKit
@_exported import TestSupport

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
