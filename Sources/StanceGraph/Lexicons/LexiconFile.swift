/// A word list or table the extractor reads, kept as a data file that a linguist can edit
/// (`Sources/StanceGraph/Lexicons/`), built into the binary.
///
/// One entry a line; fields are separated by tabs; `#` starts a comment; blank lines are
/// skipped. A malformed line is reported with its file and line.
struct LexiconFile: Sendable {
    /// One line's fields, with its line number from 1.
    struct Line: Hashable, Sendable {
        var number: Int
        var fields: [String]
    }

    let name: String
    let lines: [Line]

    /// A problem in a lexicon file, with where it is and what to do.
    struct Problem: Error, CustomStringConvertible, Equatable {
        var file: String
        var line: Int
        var message: String
        var description: String { "\(file):\(line): \(message)" }
    }

    /// Parses `text`, the contents of the file `name`.
    init(name: String, text: String) {
        self.name = name
        var lines: [Line] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = content.split(separator: "\t").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            if !fields.isEmpty { lines.append(Line(number: number, fields: fields)) }
        }
        self.lines = lines
    }

    init(name: String, bytes: [UInt8]) {
        self.init(name: name, text: String(decoding: bytes, as: UTF8.self))
    }

    /// The file's single-field lines as words in lower case; a line of more than one field,
    /// or with a capital, is a problem.
    func words() throws(Problem) -> [String] {
        var words: [String] = []
        for line in lines {
            guard line.fields.count == 1 else {
                throw Problem(file: name, line: line.number, message: "expected one word or phrase a line, found \(line.fields.count) fields; separate entries by line, not by tab")
            }
            let word = line.fields[0]
            guard word == ScalarText.lowercased(word) else {
                throw Problem(file: name, line: line.number, message: "\"\(word)\" has capitals; write entries in lower case")
            }
            words.append(word)
        }
        return words
    }

    /// A built-in file's words: a problem in one is a defect of the build, caught by its test.
    func builtInWords() -> [String] {
        do { return try words() } catch { preconditionFailure("built-in lexicon: \(error)") }
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\r" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\r" { slice = slice.dropLast() }
        return String(slice)
    }
}

/// The built-in lexicon files.
enum Lexicons {
    /// Nouns that head a description of an unnamed speaker: "officials", "his aides".
    static let speakerNouns = LexiconFile(name: "speaker-nouns.txt", bytes: PackageResources.speaker_nouns_txt)
    /// Nouns that head a document or data a statement comes from.
    static let sourceNouns = LexiconFile(name: "source-nouns.txt", bytes: PackageResources.source_nouns_txt)
    /// Nouns after a country's adjective that make the phrase stand for the country.
    static let stateNouns = LexiconFile(name: "state-nouns.txt", bytes: PackageResources.state_nouns_txt)
    /// Reporting verbs and speech acts, with their stance and shape.
    static let cues = LexiconFile(name: "cues.tsv", bytes: PackageResources.cues_tsv)
    /// Words of conflict and cooperation, with weights.
    static let stance = LexiconFile(name: "stance.tsv", bytes: PackageResources.stance_tsv)
    /// General sentiment words with VADER's valence.
    static let sentiment = LexiconFile(name: "sentiment.tsv", bytes: PackageResources.sentiment_tsv)
}
