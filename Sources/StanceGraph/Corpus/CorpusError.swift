#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An article that cannot be read, written for the person who will fix it: the file, the
/// line, what is wrong, and what to do.
public struct CorpusError: Error, LocalizedError, Hashable, Sendable {
    public enum Problem: Hashable, Sendable {
        case unreadable(String)
        /// A folder that cannot be listed, with the system's reason.
        case unreadableFolder(String)
        /// A name whose bytes are not UTF-8.
        case nameNotUTF8
        case tooLarge(bytes: Int, limit: Int)
        case empty
        case binary
        case invalidUTF8(byteOffset: Int)
        case unclosedFrontMatter
        case badFrontMatter(String)
        /// A front matter field the tool reads, in a shape it cannot read.
        case frontMatterField(String)
        case impossibleDate(String)
    }

    public var path: String
    /// The line the problem is on, from 1, when it is on one.
    public var line: Int?
    public var problem: Problem

    public init(path: String, line: Int? = nil, problem: Problem) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    public var errorDescription: String? {
        let place = line.map { "\(path):\($0)" } ?? path
        switch problem {
        case .unreadable(let reason):
            return "\(place): cannot read it: \(reason.hasSuffix(".") ? String(reason.dropLast()) : reason)."
        case .unreadableFolder(let reason):
            return "\(place): cannot read the folder: \(reason). Its articles were left out; give read access to it (chmod u+rx), or leave it out of the paths."
        case .nameNotUTF8:
            return "\(place): the file name is not UTF-8 (each bad byte is shown as \u{FFFD}), so the file cannot be read. Rename it in UTF-8, for example with `convmv -f latin1 -t utf8`."
        case .tooLarge(let bytes, let limit):
            return "\(place): the file is \(bytes / 1_048_576) MiB; articles are read up to \(limit / 1_048_576) MiB. Split it into one file per article."
        case .empty:
            return "\(place): the article is empty. Put its text in the file, or remove the file."
        case .binary:
            return "\(place): this is binary data, not text. Articles are UTF-8 text files; convert it (or remove it from the corpus)."
        case .invalidUTF8(let offset):
            return "\(place): invalid UTF-8 at byte \(offset). Save the file as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)."
        case .unclosedFrontMatter:
            return "\(place): the front matter opened here is never closed. End it with a line of three dashes (---) before the article text."
        case .badFrontMatter(let message):
            return "\(place): the front matter is not valid YAML: \(message). Write it as `key: value` lines, quoting values that hold a colon."
        case .frontMatterField(let message):
            return "\(place): \(message)."
        case .impossibleDate(let text):
            return "\(place): \"\(text)\" is not a real date. Write the day as YYYY-MM-DD, e.g. 2020-11-14."
        }
    }
}
