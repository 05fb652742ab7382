#if canImport(Glibc)
import Glibc
#endif
import Yams

/// Reads article files: UTF-8 text with optional YAML front matter (title, outlet,
/// published, url), into paragraphs and sentences with offsets into the original file.
public enum ArticleReader {
    /// Larger files are refused before they are read: a news article is a few KB, and a file
    /// of many MiB is a mistake (a dump, a binary), not an article.
    public static let maximumFileSize = 16 << 20

    /// Reads the article at `path`.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - published: the publication day to use whatever the file says.
    /// - Throws: ``CorpusError`` naming the file, the line and what to do.
    public static func read(path: String, published: Day? = nil) throws(CorpusError) -> Article {
        let bytes = try readBytes(path)
        return try parse(bytes, path: path, published: published)
    }

    /// Reads an article from the bytes of a file called `path`.
    public static func parse(_ bytes: [UInt8], path: String, published override: Day? = nil) throws(CorpusError) -> Article {
        if bytes.count > maximumFileSize {
            throw CorpusError(path: path, problem: .tooLarge(bytes: bytes.count, limit: maximumFileSize))
        }
        if isBinary(bytes) { throw CorpusError(path: path, line: 1, problem: .binary) }
        // The String validates the bytes; where they are not UTF-8, find the first bad one.
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let offset = firstInvalidUTF8(bytes) ?? 0
            let line = bytes[..<offset].reduce(1) { $0 + ($1 == 10 ? 1 : 0) }
            throw CorpusError(path: path, line: line, problem: .invalidUTF8(byteOffset: offset))
        }
        let normalized = bytes.withUnsafeBufferPointer(TextNormalizer.normalizedScalars)
        let front = try FrontMatter.read(normalized, original: text, path: path)
        let body = normalized[front.bodyOffset...]
        if body.allSatisfy({ $0 == " " || $0 == "\n" }) {
            throw CorpusError(path: path, line: front.bodyLine, problem: .empty)
        }
        let paragraphs = Paragraphs.split(normalized, from: front.bodyOffset, firstLine: front.bodyLine,
                                          outlet: front.outlet, title: front.title)
        if paragraphs.isEmpty { throw CorpusError(path: path, line: front.bodyLine, problem: .empty) }

        var published = override
        var source = Article.DateSource.override
        if published == nil, let day = front.published {
            published = day
            source = .frontMatter
        }
        if published == nil {
            if let (day, words) = DatelineReader.infer(paragraphs) {
                published = day
                source = .dateline(words)
            } else {
                source = .unknown
            }
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let id = name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        return Article(id: id, path: path, title: front.title, outlet: front.outlet, url: front.url,
                       published: published, dateSource: source, text: text, bodyOffset: front.bodyOffset,
                       paragraphs: paragraphs)
    }

    /// The bytes of the file at `path`, refusing files over ``maximumFileSize`` before reading them.
    public static func readBytes(_ path: String) throws(CorpusError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw CorpusError(path: path, problem: .unreadable(String(cString: strerror(errno)))) }
        defer { close(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw CorpusError(path: path, problem: .unreadable(String(cString: strerror(errno)))) }
        if status.st_mode & S_IFMT == S_IFDIR { throw CorpusError(path: path, problem: .unreadable("it is a folder")) }
        if Int(status.st_size) > maximumFileSize {
            throw CorpusError(path: path, problem: .tooLarge(bytes: Int(status.st_size), limit: maximumFileSize))
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= maximumFileSize {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw CorpusError(path: path, problem: .unreadable(String(cString: strerror(errno))))
            }
            if n == 0 { break }
            bytes.append(contentsOf: chunk[0..<n])
        }
        return bytes
    }

    /// A NUL byte, or many control characters early on, mean binary data.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for byte in head where byte < 0x20 {
            if byte == 0 { return true }
            if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        return controls * 20 > head.count && head.count > 16
    }

    /// The byte offset of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int
            var minimum: UInt32
            var value: UInt32
            switch lead {
            case 0xC2...0xDF: length = 2; minimum = 0x80; value = UInt32(lead & 0x1F)
            case 0xE0...0xEF: length = 3; minimum = 0x800; value = UInt32(lead & 0x0F)
            case 0xF0...0xF4: length = 4; minimum = 0x10000; value = UInt32(lead & 0x07)
            default: return index
            }
            guard index + length <= count else { return index }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                guard byte & 0xC0 == 0x80 else { return index }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
            index += length
        }
        return nil
    }
}

/// An article's front matter: the YAML between two `---` lines at the top of the file.
struct FrontMatter {
    var title: String?
    var outlet: String?
    var url: String?
    var published: Day?
    /// Character offset and line where the article text begins.
    var bodyOffset = 0
    var bodyLine = 1

    static func read(_ scalars: [Unicode.Scalar], original: String, path: String) throws(CorpusError) -> FrontMatter {
        var front = FrontMatter()
        var start = 0
        if scalars.first == " ", original.unicodeScalars.first == "\u{FEFF}" { start = 1 }
        guard isMarker(scalars[start..<(scalars[start...].firstIndex(of: "\n") ?? scalars.count)], "---") else { return front }
        // Find the closing line.
        var index = start
        var line = 1
        var yamlStart = 0
        var closing: (offset: Int, line: Int, next: Int)?
        while index < scalars.count {
            let end = scalars[index...].firstIndex(of: "\n") ?? scalars.count
            if line == 1 {
                yamlStart = min(end + 1, scalars.count)
            } else if isMarker(scalars[index..<end], "---") || isMarker(scalars[index..<end], "...") {
                closing = (index, line, min(end + 1, scalars.count))
                break
            }
            index = end + 1
            line += 1
        }
        guard let closing else { throw CorpusError(path: path, line: 1, problem: .unclosedFrontMatter) }
        front.bodyOffset = closing.next
        front.bodyLine = closing.line + 1
        // The normalised text has the original's scalars, one for one: cut the original there.
        let view = original.unicodeScalars
        let yamlFrom = view.index(view.startIndex, offsetBy: yamlStart)
        let yaml = String(view[yamlFrom..<view.index(yamlFrom, offsetBy: closing.offset - yamlStart)])
        for entry in try entries(yaml, path: path) {
            let text = entry.value?.trimmed()
            switch entry.key.lowercased() {
            case "title": front.title = text
            case "outlet", "source", "publisher": front.outlet = text
            case "url", "link": front.url = text
            case "published", "date":
                guard let text, !text.isEmpty else { continue }
                guard let day = Day(iso: text) else {
                    throw CorpusError(path: path, line: entry.line, problem: .impossibleDate(text))
                }
                front.published = day
            default: break
            }
        }
        return front
    }

    /// The `key: value` pairs of front matter `yaml`, which starts on line 2 of the file.
    private static func entries(_ yaml: String, path: String) throws(CorpusError) -> [(key: String, value: String?, line: Int?)] {
        if let simple = simpleEntries(yaml) { return simple }
        let node: Node?
        do {
            node = try YAMLSource.compose(yaml, firstLine: 2)
        } catch {
            throw CorpusError(path: path, line: error.line, problem: .badFrontMatter(error.message))
        }
        guard let node else { return [] }
        guard let mapping = node.mapping else {
            throw CorpusError(path: path, line: 2, problem: .badFrontMatter("it is not a list of `key: value` lines"))
        }
        var entries: [(key: String, value: String?, line: Int?)] = []
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            // A list or a mapping where the fields the tool reads want one value is an error,
            // never a field silently left out.
            if value.string == nil, ["title", "outlet", "source", "publisher", "url", "link", "published", "date"].contains(name.lowercased()) {
                let example = ["published", "date"].contains(name.lowercased()) ? "a day, like 2020-11-14" : "one value"
                throw CorpusError(path: path, line: YAMLSource.line(value, firstLine: 2), problem: .frontMatterField("in the front matter, `\(name)` should be \(example), not a list or a mapping"))
            }
            entries.append((name, value.string, YAMLSource.line(value, firstLine: 2)))
        }
        return entries
    }

    /// Front matter in its common form, read without a YAML parser: one `key: value` per
    /// line, keys unique, values plain or quoted without escapes. Anything else (comments,
    /// lists, block scalars, escapes, an empty value) returns nil and goes to Yams, which
    /// reads it by the whole of YAML and reports its errors. Read over UTF-8 bytes: every
    /// character the form is cut at is ASCII, and YAML cuts at code points, not graphemes.
    static func simpleEntries(_ yaml: String) -> [(key: String, value: String?, line: Int?)]? {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> [(key: String, value: String?, line: Int?)]? in
            var entries: [(key: String, value: String?, line: Int?)] = []
            var lineStart = 0
            var offset = 0
            while lineStart <= bytes.count {
                defer { offset += 1 }
                let newline = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
                var end = newline
                let start = lineStart
                lineStart = newline + 1
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                if bytes[start..<end].allSatisfy({ $0 == 0x20 }) { continue }
                // The key: a letter or "_", then letters, digits, "_" and "-", up to a colon.
                guard let colon = bytes[start..<end].firstIndex(of: 0x3A) else { return nil }
                let key = String(decoding: bytes[start..<colon], as: UTF8.self)
                guard let first = key.unicodeScalars.first, first.properties.isAlphabetic || first == "_",
                      key.unicodeScalars.allSatisfy({ ScalarClass.isLetterOrDigit($0) || $0 == "_" || $0 == "-" }),
                      !entries.contains(where: { $0.key == key }) else { return nil }
                // The value: after ": ", without spaces at either end.
                var from = colon + 1, to = end
                guard from < to, bytes[from] == 0x20 else { return nil }
                while from < to, bytes[from] == 0x20 { from += 1 }
                while to > from, bytes[to - 1] == 0x20 { to -= 1 }
                guard from < to else { return nil }
                let opening = bytes[from]
                if opening == 0x22 || opening == 0x27 {
                    guard to - from >= 2, bytes[to - 1] == opening else { return nil }
                    from += 1
                    to -= 1
                    guard !bytes[from..<to].contains(where: { $0 == opening || $0 == 0x5C }) else { return nil }
                } else {
                    let value = bytes[from..<to]
                    guard !indicators.contains(opening), bytes[to - 1] != 0x3A,
                          !zip(value, value.dropFirst()).contains(where: { $0 == (0x3A, 0x20) || $0 == (0x20, 0x23) })
                    else { return nil }
                }
                entries.append((key, String(decoding: bytes[from..<to], as: UTF8.self), offset + 2))
            }
            return entries
        }
    }

    /// YAML's indicators: a plain value cannot start with one.
    private static let indicators = Array("[]{}>|*&!%@`#-?,:".utf8)

    /// Whether `line`, without white space at either end, is `marker` ("---" or "...").
    private static func isMarker(_ line: ArraySlice<Unicode.Scalar>, _ marker: String) -> Bool {
        var line = line
        while let first = line.first, ScalarClass.isSpace(first) { line.removeFirst() }
        while let last = line.last, ScalarClass.isSpace(last) { line.removeLast() }
        return line.elementsEqual(marker.unicodeScalars)
    }
}
