import StanceGraph
import GraphvizKit
import Foundation
import FoundationXML
#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's entry: one input, checked for what must always hold (no crash is not enough).
/// Built only by `make fuzz` (with `-sanitize=fuzzer,address`); the harness is chosen by the
/// environment variable STANCEGRAPH_FUZZ:
/// - `article`: reading, extraction and the statement writers (JSON Lines, CSV);
/// - `registry`: the registry loader;
/// - `export`: an article's graph in every export format (JSON, CSV, GraphML, GEXF, DOT);
/// - `gallery`: an article's pictures (map, timeline, actor views) rendered as SVG;
/// - `dot`: DOT from outside, read and rendered as the child of `render` does it, with
///   Graphviz refused file access.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
    Harness.run(bytes)
    return 0
}

enum Harness {
    static let extractor = Extractor(registry: Registry(actors: []))
    /// As in `render`'s child: DOT attributes may not make Graphviz read files.
    static let refusedFileAccess: Void = try! Graphviz.refuseFileAccess()
    static let target = getenv("STANCEGRAPH_FUZZ").map { String(cString: $0) } ?? "article"

    static func run(_ bytes: [UInt8]) {
        switch target {
        case "registry": registry(bytes)
        case "export": export(bytes)
        case "gallery": gallery(bytes)
        case "dot":
            _ = refusedFileAccess
            dot(bytes)
        default: article(bytes)
        }
    }

    /// Any text: a registry or an error with a line inside the text.
    static func registry(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        // Lines as YAML counts them: a line feed, a carriage return, or both together, ends one.
        let lines = text.unicodeScalars.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" }.count
        do {
            _ = try RegistryLoader.parse(text, path: "fuzz.yaml")
        } catch {
            if let line = error.line { precondition(line >= 1 && line <= lines + 1, "an error's line outside the file") }
            precondition(!(error.errorDescription ?? "").isEmpty, "an error without a message")
        }
    }

    static func article(_ bytes: [UInt8]) {
        // An article: read and extracted; offsets inside the file, words from the file (folded
        // as statement ids fold them, whatever the extractor did to spaces, quotes and marks).
        guard let (_, extraction, text) = extract(bytes) else { return }
        let scalars = Array(text.unicodeScalars)
        let words = Set(StatementID.words(text))
        for statement in extraction.statements {
            precondition(statement.range.lowerBound >= 0 && statement.range.upperBound <= scalars.count, "sentence outside the file")
            for word in StatementID.words(statement.text) {
                precondition(words.contains(word), "a statement's word that is not in the file")
            }
            let line = StatementFormats.jsonLine(statement)
            precondition(!line.unicodeScalars.contains { $0.value < 0x20 }, "a JSON line holds a control character")
            precondition(line.hasPrefix("{\"article\":") && line.hasSuffix("}"), "a JSON line is not an object")
            precondition((try? JSONSerialization.jsonObject(with: Data(line.utf8))) is [String: Any], "a JSON line that does not parse")
            let record = StatementFormats.csvRecord(statement)
            precondition(csvRows(record + "\n").count == 1, "a CSV record that is not one row")
        }
        for mention in extraction.mentions {
            precondition(mention.range.upperBound <= scalars.count, "mention outside the file")
        }
    }

    /// An article's graph, in every export format: JSON and XML that parse, CSV rows of one width.
    static func export(_ bytes: [UInt8]) {
        guard let (article, extraction, _) = extract(bytes) else { return }
        let graph = ActorGraph(statements: extraction.statements, articles: [article], registry: extractor.registry,
                               mentions: extraction.mentions)
        for format in GraphExport.Format.allCases {
            let text = GraphExport.render(graph, as: format)
            switch format {
            case .json:
                precondition((try? JSONSerialization.jsonObject(with: Data(text.utf8))) is [String: Any], "JSON export that does not parse")
            case .csv:
                let rows = csvRows(text)
                precondition(rows.count == graph.edges.count + 1, "CSV export with a row per edge and a header")
                precondition(Set(rows.map(\.count)).count == 1, "CSV export with rows of different widths")
            case .graphml, .gexf:
                precondition(wellFormedXML(text), "\(format) export that is not well-formed XML")
            case .dot:
                precondition((try? Graphviz.canonicalDOT(text, name: "export.dot")) != nil, "DOT export that Graphviz cannot read")
            }
        }
    }

    /// An article's pictures: well-formed SVG, every file inside the gallery's folder.
    static func gallery(_ bytes: [UInt8]) {
        guard let (article, extraction, _) = extract(bytes) else { return }
        let files: [Gallery.File]
        do {
            files = try Gallery.files(statements: extraction.statements, articles: [article], registry: extractor.registry,
                                      mentions: { extraction.mentions }, folding: .none).files
        } catch {
            preconditionFailure("a gallery that did not render: \(error)")
        }
        for file in files {
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
            precondition(!file.path.hasPrefix("/") && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." },
                         "a gallery file outside its folder: \(file.path)")
            if file.path.hasSuffix(".svg") {
                precondition(wellFormedXML(String(decoding: file.bytes, as: UTF8.self)), "\(file.path) is not well-formed XML")
            }
        }
    }

    /// DOT from outside, as the child of `render` takes it: SVG that is well-formed XML, or an
    /// error with a message. A crash inside Graphviz's own layout is what the child process is
    /// for; `make fuzz` runs this harness so that such crashes are kept apart (see scripts/fuzz).
    static func dot(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        do {
            let rendering = try Graphviz.render(dot: text, name: "fuzz.dot", format: .svg)
            precondition(wellFormedXML(String(decoding: rendering.data, as: UTF8.self)), "SVG that is not well-formed XML")
        } catch {
            precondition(!(error.errorDescription ?? "").isEmpty, "an error without a message")
        }
    }

    // MARK: Helpers

    static func extract(_ bytes: [UInt8]) -> (Article, Extractor.Extraction, String)? {
        guard let article = try? ArticleReader.parse(bytes, path: "fuzz.txt") else { return nil }
        return (article, extractor.read(article), String(decoding: bytes, as: UTF8.self))
    }

    /// RFC 4180 rows: fields split at commas outside double quotes, rows at line feeds outside them.
    static func csvRows(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" { field.unicodeScalars.append("\""); pending = scalars.next() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                row.append(field); field = ""
            } else if scalar == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        precondition(!quoted, "a CSV field whose quote is never closed")
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    static func wellFormedXML(_ text: String) -> Bool {
        XMLParser(data: Data(text.utf8)).parse()
    }
}

#if FUZZING
/// libFuzzer's driver, run from the entry point SwiftPM names for this executable (it links
/// `main` to `<target>_main`): the same as libFuzzer's own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafeRawPointer?, Int) -> CInt) -> CInt

@_cdecl("StanceGraphFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, fuzzOneInput)
}
#else
/// Built without libFuzzer (as `swift build` builds every target): says how to build it.
@_cdecl("StanceGraphFuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    let message = "StanceGraphFuzz: built without libFuzzer; run `make fuzz`.\n"
    _ = write(2, message, message.utf8.count)
    return 2
}
#endif
