#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A message Graphviz printed: its level, its own words, and the input line it names.
public struct GraphvizDiagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Level: String, Hashable, Sendable, Codable {
        case warning, error
    }

    public var level: Level
    /// Graphviz's text, without its `Error:` or `Warning:` prefix.
    public var message: String
    /// The line of the DOT input the message names (`syntax error in line 3`), if any.
    public var line: Int?

    public init(level: Level, message: String, line: Int? = nil) {
        self.level = level
        self.message = message
        self.line = line ?? GraphvizDiagnostic.lineNumber(in: message)
    }

    public var description: String {
        (level == .error ? "Error: " : "Warning: ") + message
    }

    /// Splits what Graphviz wrote through its error function into messages.
    ///
    /// cgraph hands the function `Error` or `Warning`, then `: `, then the message, and
    /// continuation messages with no prefix at all; this joins them back up.
    static func parse(_ transcript: String) -> [GraphvizDiagnostic] {
        var result: [GraphvizDiagnostic] = []
        var current: (Level, String)?
        func flush() {
            if let (level, text) = current {
                let message = text.trimmed()
                if !message.isEmpty { result.append(GraphvizDiagnostic(level: level, message: message)) }
            }
            current = nil
        }
        for line in transcript.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("Error: ") {
                flush()
                current = (.error, String(line.dropFirst(7)))
            } else if line.hasPrefix("Warning: ") {
                flush()
                current = (.warning, String(line.dropFirst(9)))
            } else if current != nil {
                current!.1 += "\n" + line
            } else if !line.trimmed().isEmpty {
                current = (.warning, String(line))
            }
        }
        flush()
        return result
    }

    /// The number after "line" in a message such as `syntax error in line 3 near 'x'`.
    static func lineNumber(in message: String) -> Int? {
        guard let range = message.firstRange(of: "line ") else { return nil }
        let digits = message[range.upperBound...].prefix(while: { $0.isASCII && $0.isNumber })
        return Int(digits)
    }
}

/// A failure to read, lay out, render or write a graph, in Graphviz's words where it gave some.
public struct GraphvizError: Error, LocalizedError, Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// The DOT text could not be parsed.
        case syntax
        /// No layout engine of that name is installed.
        case unknownEngine
        /// No output format of that name is installed.
        case unknownFormat
        /// Graphviz's plugins could not be found or loaded.
        case missingPlugins
        /// Layout failed.
        case layout
        /// Rendering failed.
        case render
        /// The graph could not be built (an attribute or name Graphviz refused).
        case build
        /// Reading the input or writing the output failed.
        case io
    }

    public var kind: Kind
    /// What was being done: "reading map.dot", "laying out with dot", "writing map.svg".
    public var operation: String
    /// Graphviz's messages, errors first.
    public var diagnostics: [GraphvizDiagnostic]
    /// What to do about it, when there is something to say.
    public var suggestion: String?

    public init(_ kind: Kind, operation: String, diagnostics: [GraphvizDiagnostic] = [], suggestion: String? = nil) {
        self.kind = kind
        self.operation = operation
        self.diagnostics = diagnostics
        self.suggestion = suggestion
    }

    /// The first input line a message names.
    public var line: Int? { diagnostics.lazy.compactMap(\.line).first }

    /// Graphviz's own text, one message a line.
    public var graphvizMessage: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }

    public var errorDescription: String? {
        var text = "\(operation) failed"
        if let first = diagnostics.first(where: { $0.level == .error }) ?? diagnostics.first {
            text += ": " + first.message
        }
        let rest = diagnostics.filter { $0.level == .error }.dropFirst()
        for diagnostic in rest { text += "\n  " + diagnostic.message }
        if let suggestion { text += "\n" + suggestion }
        return text
    }
}
