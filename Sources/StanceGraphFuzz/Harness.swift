import StanceGraph
#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's entry: one input, checked for what must always hold (no crash is not enough).
/// Built only by `make fuzz` (with `-sanitize=fuzzer,address`); the harness is chosen by the
/// environment variable STANCEGRAPH_FUZZ: `article` (reading, extraction and the JSON
/// writer) or `registry` (the registry loader).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let bytes = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
    Harness.run(bytes)
    return 0
}

enum Harness {
    static let extractor = Extractor(registry: Registry(actors: []))
    static let target = getenv("STANCEGRAPH_FUZZ").map { String(cString: $0) } ?? "article"

    static func run(_ bytes: [UInt8]) {
        switch target {
        case "registry": registry(bytes)
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
        // An article: read and extracted; offsets inside the file, words from the file.
        guard let article = try? ArticleReader.parse(bytes, path: "fuzz.txt") else { return }
        let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        let extraction = extractor.read(article)
        for statement in extraction.statements {
            precondition(statement.range.lowerBound >= 0 && statement.range.upperBound <= scalars.count, "sentence outside the file")
            let line = StatementFormats.jsonLine(statement)
            precondition(!line.unicodeScalars.contains { $0.value < 0x20 }, "a JSON line holds a control character")
            precondition(line.hasPrefix("{\"article\":") && line.hasSuffix("}"), "a JSON line is not an object")
        }
        for mention in extraction.mentions {
            precondition(mention.range.upperBound <= scalars.count, "mention outside the file")
        }
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
