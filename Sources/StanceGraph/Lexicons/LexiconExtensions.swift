#if canImport(Glibc)
import Glibc
#endif

/// Lexicon files a user adds for their crisis, without touching Swift: a folder of files named
/// as the built-in ones (`cues.tsv`, `stance.tsv`, `titles.tsv`, `not-names.tsv`,
/// `speaker-nouns.txt`, `source-nouns.txt`, `state-nouns.txt`, `person-nouns.txt`, `first-names.tsv`,
/// `grammar.txt`), in the same format. A word list's words are added to the built-in list,
/// and a grammar file's entries to the lists it names; a table's lines are added, and a line
/// whose word the built-in table has replaces it (a cue form, a stance word, a title).
///
/// The command-line tool installs the `lexicons/` folder beside the registry. Install before
/// the first extraction in a process: the tables are built once, at first use.
public enum LexiconExtensions {
    /// The files a lexicon folder may hold.
    public static let fileNames = [
        "cues.tsv", "stance.tsv", "titles.tsv", "not-names.tsv", "speaker-nouns.txt", "source-nouns.txt", "state-nouns.txt",
        "person-nouns.txt", "grammar.txt", "first-names.tsv",
    ]

    /// A problem with a lexicon folder or one of its files.
    public struct Problem: Error, Equatable, Sendable {
        public var path: String
        public var line: Int?
        public var message: String

        /// The problem as the person who wrote the file reads it: the file, the line, what to do.
        public var description: String { line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)" }
    }

    private struct State {
        var files: [String: LexiconFile] = [:]
        /// Whether a table has been built, after which extensions no longer take effect.
        var sealed = false
    }

    private static let state = Locked(State())

    /// Reads, checks and installs the lexicon files in `folder`, returning their names.
    ///
    /// - Throws: ``Problem`` naming the file and line of the first mistake, an unknown file,
    ///   or extensions installed after the lexicons were first used.
    @discardableResult
    public static func install(folder: String) throws(Problem) -> [String] {
        var files: [String: LexiconFile] = [:]
        for name in Folder.names(in: folder) {
            let path = Folder.join(folder, name)
            guard fileNames.contains(name) else {
                throw Problem(path: path, line: nil, message: "not a lexicon file; a lexicons folder holds \(fileNames.joined(separator: ", "))")
            }
            let bytes: [UInt8]
            do { bytes = try ArticleReader.readBytes(path) } catch {
                throw Problem(path: path, line: nil, message: error.errorDescription ?? "\(error)")
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw Problem(path: path, line: nil, message: "the file is not UTF-8 text")
            }
            let file = LexiconFile(name: path, text: text)
            do { try check(file, as: name) } catch {
                throw Problem(path: error.file, line: error.line, message: error.message)
            }
            files[name] = file
        }
        try state.withLock { (state: inout State) throws(Problem) in
            guard !state.sealed || files.isEmpty else {
                throw Problem(path: folder, line: nil, message: "the lexicons were already in use; install extensions before extracting")
            }
            state.files = files
        }
        return files.keys.sorted()
    }

    /// Parses `file` as the built-in file `name` is parsed.
    static func check(_ file: LexiconFile, as name: String) throws(LexiconFile.Problem) {
        switch name {
        case "cues.tsv": _ = try CueLexicon.table(file)
        case "stance.tsv": _ = try StanceReader.weightedWords(file, range: -2...2)
        case "titles.tsv": _ = try Lexicons.titleTable(file)
        case "not-names.tsv": _ = try Lexicons.classTable(file, phrases: true) as [Lexicons.NotNameClass: [String]]
        case "first-names.tsv": _ = try Lexicons.classTable(file, phrases: false) as [Lexicons.Sex: [String]]
        case "grammar.txt": _ = try Lexicons.grammarTable(file, complete: false)
        default: _ = try file.words()
        }
    }

    /// The installed extension of the built-in file `name`, if any; asking seals the lexicons.
    static func file(_ name: String) -> LexiconFile? {
        state.withLock { state in
            state.sealed = true
            return state.files[name]
        }
    }
}
