#if canImport(Glibc)
import Glibc
#endif
import Yams

/// What an analyst did to one statement: rejected it, corrected fields of it, checked it,
/// or added it because the extractor missed it.
///
/// A correction is anchored to its article and to the statement's words when the analyst
/// acted on it, not to a row or an id: a re-extraction that finds the same statement with a
/// slightly different span still meets it (``Curation``).
public struct Correction: Hashable, Sendable {
    /// The article's id.
    public var article: String
    /// The statement's words when the analyst acted on it: the anchor.
    public var words: String
    /// Which statement with these words, when the article has several (the second speaker of
    /// "A and B rejected ..."): 1 for the first; nil when the words are the only ones.
    public var occurrence: Int?
    /// A statement the extractor missed, added by hand.
    public var added = false
    public var rejected = false
    /// Marked as checked.
    public var confirmed = false
    /// A registry id or, for an actor the registry lacks, a name.
    public var speaker: String?
    public var polarity: Int?
    /// Registry ids or names.
    public var targets: [String]?
    public var topics: [String]?
    public var date: Day?
    /// New words for the statement, where the extracted span was wrong.
    public var text: String?
    /// For an added statement: whether its words are a direct quotation, and its cue.
    public var quote: Bool?
    public var cue: String?
    /// Why, in the analyst's words, oldest first.
    public var notes: [String] = []
    /// When it last changed, as ISO 8601 UTC.
    public var changed: String?
    /// Its line in the corrections file, for messages; 0 for one not yet written.
    public var line = 0

    public init(article: String, words: String) {
        self.article = article
        self.words = words
    }

    /// The fields it changes, by name.
    public var fields: [String] {
        var fields: [String] = []
        if speaker != nil { fields.append("speaker") }
        if polarity != nil { fields.append("polarity") }
        if targets != nil { fields.append("targets") }
        if topics != nil { fields.append("topics") }
        if date != nil { fields.append("date") }
        if text != nil { fields.append("text") }
        return fields
    }

    /// "rejected", "corrected speaker, polarity", "added", "confirmed".
    public var summary: String {
        var parts: [String] = []
        if added { parts.append("added") }
        if rejected { parts.append("rejected") }
        if !added, !fields.isEmpty { parts.append("corrected " + fields.joined(separator: ", ")) }
        if confirmed { parts.append("confirmed") }
        return parts.isEmpty ? "no change" : parts.joined(separator: "; ")
    }
}

/// The corrections file: `corrections.yaml` beside the corpus, one entry per statement an
/// analyst acted on, in the order they first did. It is plain YAML so that a team can keep
/// it in git and review it; it is the one thing the store cannot rebuild.
///
/// ```yaml
/// corrections:
///   - article: 2021-05-12-border
///     words: "the troops will stay where they are"
///     speaker: defence-ministry
///     polarity: -1
///     notes: ["the ministry, not the president, said it"]
///     changed: 2026-11-30T09:12:44Z
/// ```
public struct CorrectionsFile: Sendable {
    public var path: String
    public var corrections: [Correction]

    public init(path: String, corrections: [Correction] = []) {
        self.path = path
        self.corrections = corrections
    }

    /// A mistake in the file, with its line and what to do.
    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var line: Int?
        public var message: String

        public var description: String {
            (line.map { "\(path):\($0)" } ?? path) + ": " + message
                + ". Fix the file by hand (it is YAML; `git diff` shows what changed); nothing is written until it reads cleanly."
        }
    }

    static let keys = ["article", "words", "occurrence", "added", "rejected", "confirmed", "speaker", "polarity", "targets", "topics",
                       "date", "text", "quote", "cue", "notes", "changed"]

    /// Reads `path`; a file that does not exist is an empty list of corrections.
    public static func load(_ path: String) throws(Problem) -> CorrectionsFile {
        if access(path, F_OK) != 0 { return CorrectionsFile(path: path) }
        let bytes: [UInt8]
        do {
            bytes = try ArticleReader.readBytes(path)
        } catch {
            throw Problem(path: path, line: nil, message: "cannot read it: \(error.errorDescription ?? "\(error)")")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Problem(path: path, line: nil, message: "it is not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Reads corrections from `text`, named `path` in errors.
    public static func parse(_ text: String, path: String) throws(Problem) -> CorrectionsFile {
        let root: Node?
        do {
            root = try YAMLSource.compose(text)
        } catch {
            throw Problem(path: path, line: error.line, message: "not valid YAML: \(error.message)")
        }
        guard let root else { return CorrectionsFile(path: path) }
        guard let top = root.mapping, top.count == 1, let list = top["corrections"] else {
            throw Problem(path: path, line: YAMLSource.line(root), message: "expected `corrections:` and a list of entries under it")
        }
        if case .scalar(let scalar) = list, scalar.string.isEmpty || scalar.string == "null" || scalar.string == "~" {
            return CorrectionsFile(path: path)
        }
        guard let items = list.sequence else {
            throw Problem(path: path, line: YAMLSource.line(list), message: "`corrections` should be a list of entries, each starting with `- article:`")
        }
        var corrections: [Correction] = []
        for item in items {
            corrections.append(try entry(item, path: path))
        }
        return CorrectionsFile(path: path, corrections: corrections)
    }

    static func entry(_ node: Node, path: String) throws(Problem) -> Correction {
        let line = YAMLSource.line(node) ?? 0
        guard let mapping = node.mapping else {
            throw Problem(path: path, line: line, message: "expected a correction as `key: value` lines here")
        }
        func fail(_ key: Node, _ message: String) -> Problem {
            Problem(path: path, line: YAMLSource.line(key) ?? line, message: message)
        }
        var fields: [String: (Node, Node)] = [:]
        for (key, value) in mapping {
            let name = key.string ?? ""
            guard keys.contains(name) else {
                throw fail(key, "unknown field `\(name)`; a correction has \(keys.map { "`\($0)`" }.joined(separator: ", "))")
            }
            fields[name] = (key, value)
        }
        func string(_ name: String) throws(Problem) -> String? {
            guard let (key, value) = fields[name] else { return nil }
            guard let text = value.scalar?.string else { throw fail(key, "`\(name)` should be a single value") }
            return text
        }
        func strings(_ name: String) throws(Problem) -> [String]? {
            guard let (key, value) = fields[name] else { return nil }
            if let text = value.scalar?.string { return text.isEmpty ? [] : [text] }
            guard let items = value.sequence else { throw fail(key, "`\(name)` should be a list: [a, b]") }
            var out: [String] = []
            for item in items {
                guard let text = item.scalar?.string else { throw fail(key, "`\(name)` should hold single values") }
                out.append(text)
            }
            return out
        }
        func flag(_ name: String) throws(Problem) -> Bool? {
            guard let text = try string(name) else { return nil }
            switch text.lowercased() {
            case "true", "yes": return true
            case "false", "no": return false
            default: throw fail(fields[name]!.0, "`\(name)` should be true or false, not \"\(text)\"")
            }
        }
        guard let article = try string("article"), !article.isEmpty else {
            throw Problem(path: path, line: line, message: "a correction needs `article`: the article's id")
        }
        guard let words = try string("words"), !StatementID.words(words).isEmpty else {
            throw Problem(path: path, line: line, message: "a correction needs `words`: the statement's words, which anchor it")
        }
        var correction = Correction(article: article, words: words)
        correction.line = line
        if let text = try string("occurrence") {
            guard let value = Int(text), value >= 1 else { throw fail(fields["occurrence"]!.0, "`occurrence` should be a number from 1, not \"\(text)\"") }
            correction.occurrence = value
        }
        correction.added = try flag("added") ?? false
        correction.rejected = try flag("rejected") ?? false
        correction.confirmed = try flag("confirmed") ?? false
        correction.quote = try flag("quote")
        correction.speaker = try string("speaker")
        if let text = try string("polarity") {
            guard let value = Int(text), (-1...1).contains(value) else {
                throw fail(fields["polarity"]!.0, "`polarity` should be -1, 0 or 1, not \"\(text)\"")
            }
            correction.polarity = value
        }
        correction.targets = try strings("targets")
        correction.topics = try strings("topics")
        if let text = try string("date") {
            guard let day = Day(iso: text) else { throw fail(fields["date"]!.0, "`date` should be a real day, YYYY-MM-DD, not \"\(text)\"") }
            correction.date = day
        }
        correction.text = try string("text")
        correction.cue = try string("cue")
        correction.notes = try strings("notes") ?? []
        correction.changed = try string("changed")
        if correction.added, correction.speaker == nil {
            throw Problem(path: path, line: line, message: "an added statement needs `speaker`")
        }
        return correction
    }

    /// The file as YAML text, entries in order, every value quoted where YAML needs it.
    public func yaml() -> String {
        var out = """
            # Corrections to what StanceGraph extracted: the analyst's own work, which the store
            # cannot rebuild. Keep it in git. Each entry is anchored to an article and to the
            # statement's words; `stancegraph corrections` lists them and what they apply to.
            # The commands rewrite this file whole: notes belong in `notes`, not in comments.
            corrections:

            """
        if corrections.isEmpty { return out.replacing("corrections:\n", with: "corrections: []\n") }
        for correction in corrections {
            out += "  - article: " + Self.quoted(correction.article) + "\n"
            out += "    words: " + Self.quoted(correction.words) + "\n"
            if let occurrence = correction.occurrence { out += "    occurrence: \(occurrence)\n" }
            if correction.added { out += "    added: true\n" }
            if correction.rejected { out += "    rejected: true\n" }
            if correction.confirmed { out += "    confirmed: true\n" }
            if let speaker = correction.speaker { out += "    speaker: " + Self.quoted(speaker) + "\n" }
            if let polarity = correction.polarity { out += "    polarity: \(polarity)\n" }
            if let targets = correction.targets { out += "    targets: [" + targets.map(Self.quoted).joined(separator: ", ") + "]\n" }
            if let topics = correction.topics { out += "    topics: [" + topics.map(Self.quoted).joined(separator: ", ") + "]\n" }
            if let date = correction.date { out += "    date: \(date)\n" }
            if let text = correction.text { out += "    text: " + Self.quoted(text) + "\n" }
            if let quote = correction.quote { out += "    quote: \(quote)\n" }
            if let cue = correction.cue { out += "    cue: " + Self.quoted(cue) + "\n" }
            if !correction.notes.isEmpty { out += "    notes: [" + correction.notes.map(Self.quoted).joined(separator: ", ") + "]\n" }
            if let changed = correction.changed { out += "    changed: " + Self.quoted(changed) + "\n" }
        }
        return out
    }

    /// `text` as a double-quoted YAML scalar.
    static func quoted(_ text: String) -> String { YAMLText.quoted(text) }

    /// The index of the entry anchored to these words of this article: an added statement's
    /// entry when `added`, else a correction of an extracted one.
    public func index(article: String, words: String, occurrence: Int? = nil, added: Bool = false) -> Int? {
        let folded = StatementID.folded(words)
        return corrections.firstIndex {
            $0.article == article && $0.added == added && StatementID.folded($0.words) == folded && ($0.occurrence ?? 1) == (occurrence ?? 1)
        }
    }
}
