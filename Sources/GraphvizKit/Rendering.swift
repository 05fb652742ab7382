#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A rendered graph: the bytes, the engine and format used, and what Graphviz warned about.
public struct Rendering: Sendable {
    /// The output, as Graphviz wrote it.
    public var data: Data
    public var engine: LayoutEngine
    public var format: OutputFormat
    /// Graphviz's warnings (errors are thrown).
    public var warnings: [GraphvizDiagnostic]
    /// Why the engine was picked, when no engine was named and the graph's size decided it.
    public var notice: String?
    /// Where the time went.
    public var timings: Timings

    /// Time spent building or parsing the graph, laying it out, and rendering it.
    public struct Timings: Hashable, Sendable {
        public var parse: Duration = .zero
        public var layout: Duration = .zero
        public var render: Duration = .zero
    }

    /// The output as UTF-8 text (SVG, DOT, JSON ...).
    public var text: String { String(decoding: data, as: UTF8.self) }

    /// Writes the output to `path` atomically: the old file stays whole until the new one is
    /// complete, and a failure leaves no partial file behind.
    public func write(to path: String) throws(GraphvizError) {
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            throw GraphvizError(.io, operation: "writing \(path)",
                                diagnostics: [GraphvizDiagnostic(level: .error, message: error.errorDescription ?? error.reason)])
        }
    }

    mutating func append(_ other: Rendering) {
        data.append(other.data)
        warnings += other.warnings
        if notice == nil { notice = other.notice }
        timings.parse += other.timings.parse
        timings.layout += other.timings.layout
        timings.render += other.timings.render
    }
}
