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

    /// A built-in file's words, with those of the user's file of the same name
    /// (``LexiconExtensions``): a problem in a built-in file is a defect of the build, caught by
    /// its test; a user's file was checked when it was installed.
    func builtInWords() -> [String] {
        do {
            return try words() + (LexiconExtensions.file(name)?.words() ?? [])
        } catch {
            preconditionFailure("lexicon: \(error)")
        }
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
    /// Words that are never an actor, by why (`not-names.tsv`).
    static let notNames: [NotNameClass: [String]] = {
        do {
            let builtIn: [NotNameClass: [String]] = try classTable(LexiconFile(name: "not-names.tsv", bytes: PackageResources.not_names_tsv), phrases: true)
            let added: [NotNameClass: [String]] = try LexiconExtensions.file("not-names.tsv").map { try classTable($0, phrases: true) } ?? [:]
            return merged(builtIn, added)
        } catch {
            preconditionFailure("lexicon: \(error)")
        }
    }()

    /// First names and the sex most of their bearers have (`first-names.tsv`, from the US
    /// Census), with a user's names over them.
    static let firstNames: [String: Sex] = {
        do {
            let builtIn: [Sex: [String]] = try classTable(LexiconFile(name: "first-names.tsv", bytes: PackageResources.first_names_tsv), phrases: false)
            let added: [Sex: [String]] = try LexiconExtensions.file("first-names.tsv").map { try classTable($0, phrases: false) } ?? [:]
            var table: [String: Sex] = [:]
            for (sex, names) in merged(builtIn, added) { for name in names { table[name] = sex } }
            return table
        } catch {
            preconditionFailure("lexicon: \(error)")
        }
    }()

    /// The sex "he" or "she" refers to.
    enum Sex: String, CaseIterable, Sendable {
        case male, female
    }

    /// `builtIn` with `added` over it: a word `added` lists is in its class there only.
    static func merged<Class: Hashable>(_ builtIn: [Class: [String]], _ added: [Class: [String]]) -> [Class: [String]] {
        let moved = Set(added.values.joined())
        var table = builtIn.mapValues { $0.filter { !moved.contains($0) } }
        for (kind, words) in added { table[kind, default: []] += words }
        return table
    }

    /// Why a word is never an actor (see `not-names.tsv`).
    enum NotNameClass: String, CaseIterable, Sendable {
        case day, thing, event, region, label
    }

    /// Title words by class: offices, honorifics, descriptors.
    static let titles = LexiconFile(name: "titles.tsv", bytes: PackageResources.titles_tsv)
    /// Nouns whose most frequent sense is a person (WordNet's noun.person).
    static let personNouns = LexiconFile(name: "person-nouns.txt", bytes: PackageResources.person_nouns_txt)
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

    /// The title words of `titles.tsv`, by class.
    static let titleWords: [TitleClass: [String]] = {
        do {
            return merged(try titleTable(titles), try LexiconExtensions.file("titles.tsv").map(titleTable) ?? [:])
        } catch {
            preconditionFailure("lexicon: \(error)")
        }
    }()

    /// What a title word does (see `titles.tsv`).
    enum TitleClass: String, CaseIterable, Sendable {
        case office, honorific, descriptor
    }

    /// The offices an abbreviated title stands for (`titles.tsv`'s third column): "sen" is
    /// "senator", so "the senator" is the person last named "Sen. Whitlow".
    static let titleExpansions: [String: [String]] = {
        do {
            return try titleExpansions(titles).merging(try LexiconExtensions.file("titles.tsv").map(titleExpansions) ?? [:]) { $1 }
        } catch {
            preconditionFailure("lexicon: \(error)")
        }
    }()

    /// Reads a table of title words and their classes.
    static func titleTable(_ file: LexiconFile) throws(LexiconFile.Problem) -> [TitleClass: [String]] {
        try classTable(file, phrases: false, thirdColumn: "the offices it abbreviates")
    }

    /// Reads the third column of a table of title words: the offices each abbreviates.
    static func titleExpansions(_ file: LexiconFile) throws(LexiconFile.Problem) -> [String: [String]] {
        _ = try titleTable(file)
        var table: [String: [String]] = [:]
        for line in file.lines where line.fields.count == 3 {
            let offices = line.fields[2].split(separator: ",").map { String($0.filter { $0 != " " }) }
            guard !offices.isEmpty, offices.allSatisfy({ !$0.isEmpty && $0 == ScalarText.lowercased($0) }) else {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "write the offices \"\(line.fields[2])\" stands for as words in lower case, separated by commas")
            }
            table[line.fields[0]] = offices
        }
        return table
    }

    /// Reads a table of words (or, with `phrases`, phrases) and their classes, each listed once;
    /// with `thirdColumn`, a line may have a third field, which the caller reads.
    static func classTable<Class: RawRepresentable & CaseIterable & Hashable>(_ file: LexiconFile, phrases: Bool, thirdColumn: String? = nil) throws(LexiconFile.Problem) -> [Class: [String]]
        where Class.RawValue == String {
        var table: [Class: [String]] = [:]
        var seen = Set<String>()
        let classes = Class.allCases.map(\.rawValue).joined(separator: ", ")
        for line in file.lines {
            guard line.fields.count == 2 || (thirdColumn != nil && line.fields.count == 3), let kind = Class(rawValue: line.fields[1]) else {
                let also = thirdColumn.map { ", and optionally a tab and \($0)" } ?? ""
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "expected a word, a tab and its class: \(classes)\(also)")
            }
            let word = line.fields[0]
            guard word == ScalarText.lowercased(word), phrases || !word.contains(" ") else {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "write \"\(word)\" as \(phrases ? "words" : "one word") in lower case")
            }
            guard seen.insert(word).inserted else {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "\"\(word)\" is listed twice; keep one line")
            }
            table[kind, default: []].append(word)
        }
        return table
    }
}
