import Foundation
import Testing

/// The README's sample outputs are what the tool prints: each `$ stancegraph ...` line of a
/// `console` block is run on a copy of the committed corpus, and the lines shown under it
/// must come out, in order, with a line of `...` standing for lines left out.
@Suite struct ReadmeTests {
    struct Sample: CustomStringConvertible {
        var command: [String]
        var expected: [String]
        var line: Int
        var description: String { "README.md:\(line): stancegraph \(command.joined(separator: " "))" }
    }

    /// The samples of the README that can run here: no shell redirection or pipe, and no
    /// file that the committed corpus does not have.
    static func samples() throws -> [Sample] {
        let readme = try String(contentsOfFile: repositoryRoot + "/README.md", encoding: .utf8).components(separatedBy: "\n")
        var samples: [Sample] = []
        var inConsole = false
        var indent = 0
        var current: Sample?
        // A command continued on the next line with a backslash, as a shell reads it.
        var continued: String?
        for (index, line) in readme.enumerated() {
            let fence = line.drop { $0 == " " }
            if fence.hasPrefix("```") {
                if let sample = current { samples.append(sample) }
                current = nil
                inConsole = !inConsole && fence.hasPrefix("```console")
                // A block inside a list item is indented with it.
                indent = line.count - fence.count
                continue
            }
            guard inConsole else { continue }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("$ ") || continued != nil {
                if continued == nil, let sample = current { samples.append(sample) }
                current = nil
                var text = (continued.map { $0 + " " } ?? "") + (continued == nil ? String(trimmed.dropFirst(2)) : trimmed)
                if text.hasSuffix("\\") {
                    continued = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
                    continue
                }
                continued = nil
                if let comment = text.range(of: "  #") ?? text.range(of: " # ") { text = String(text[..<comment.lowerBound]) }
                let words = Self.words(text)
                guard words.first == "stancegraph", !text.contains(where: { "|<>".contains($0) }) else { continue }
                current = Sample(command: Array(words.dropFirst()), expected: [], line: index + 1)
            } else if current != nil {
                current!.expected.append(line.hasPrefix(String(repeating: " ", count: indent)) ? String(line.dropFirst(indent)) : line)
            }
        }
        return samples
    }

    /// Words of a command line, with double quotes grouping.
    static func words(_ text: String) -> [String] {
        var words: [String] = [], word = "", quoted = false, started = false
        for character in text {
            if character == "\"" { quoted.toggle(); started = true; continue }
            if character == " " && !quoted {
                if started { words.append(word) }
                word = ""; started = false
                continue
            }
            word.append(character); started = true
        }
        if started { words.append(word) }
        return words
    }

    /// Whether `expected` comes out of `actual` in order: consecutive lines, but where a line
    /// of `...` lets any number of lines pass.
    static func matches(_ expected: [String], _ actual: [String]) -> Bool {
        let expected = expected.reversed().drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }.reversed().map(timeless)
        let actual = actual.map(timeless)
        var position = 0
        var gap = false
        for line in expected {
            if line.trimmingCharacters(in: .whitespaces) == "..." { gap = true; continue }
            if gap {
                guard let found = actual[position...].firstIndex(of: line) else { return false }
                position = found + 1
            } else {
                guard position < actual.count, actual[position] == line else { return false }
                position += 1
            }
            gap = false
        }
        return true
    }

    /// `line` with its times ("in 0.05 s") as "in N s": they differ from run to run.
    static func timeless(_ line: String) -> String {
        line.replacing(/in [0-9]+(\.[0-9]+)? s\b/, with: "in N s")
    }

    @Test func everySampleOutputIsWhatTheToolPrints() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Corpus", toPath: folder.file("Corpus"))
        try? FileManager.default.removeItem(atPath: folder.file("Corpus/.stancegraph"))
        let samples = try Self.samples()
        var checked = 0
        for sample in samples {
            // Files the sample names that the corpus copy lacks: it cannot run here.
            let files = sample.command.filter { $0.contains("/") || $0.hasSuffix(".dot") || $0.hasSuffix(".txt") || $0.hasSuffix(".svg") }
            guard files.allSatisfy({ FileManager.default.fileExists(atPath: folder.file($0)) || $0.hasSuffix(".svg") || $0.hasSuffix("/") }) else { continue }
            let result = try CommandRunner.run(sample.command, in: folder.path)
            let actual = (result.stdout + result.stderr).components(separatedBy: "\n")
            #expect(Self.matches(sample.expected, actual), "\(sample) printed:\n\(result.stdout)\(result.stderr)")
            if !sample.expected.isEmpty { checked += 1 }
        }
        #expect(checked >= 10, "only \(checked) samples with output could run")
    }
}
