#if canImport(Glibc)
import Glibc
#endif

/// The articles of a corpus, read from files and folders, with the files that failed.
public struct Corpus: Sendable {
    public var articles: [Article]
    /// Files that could not be read; the others are read all the same.
    public var errors: [CorpusError]

    /// The file endings read as articles in a folder.
    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown"]

    /// What was left out on purpose while listing (links back to folders already read, ...).
    public var notes: [String] = []

    public init(articles: [Article], errors: [CorpusError], notes: [String] = []) {
        self.articles = articles
        self.errors = errors
        self.notes = notes
    }

    /// Reads every article in `paths` (files, or folders searched recursively for
    /// ``articleExtensions``), in path order, each file once; ids are unique (``articleIDs(_:)``).
    ///
    /// - Parameter published: publication days to use for given files, whatever they say.
    public static func load(_ paths: [String], published: [String: Day] = [:]) -> Corpus {
        let listing = CorpusListing(paths)
        var corpus = Corpus(articles: [], errors: listing.errors, notes: listing.notes)
        let ids = articleIDs(listing.files.map(\.path))
        for file in listing.files {
            do {
                var article = try ArticleReader.read(path: file.path, published: published[file.path])
                article.id = ids[file.path] ?? article.id
                corpus.articles.append(article)
            } catch {
                corpus.errors.append(error)
            }
        }
        return corpus
    }

    /// Each file's article id: its name without the ending, the contract's `article`, where
    /// no other file of the corpus has the same; else as many of its folders before it as
    /// tell the files apart (`outlet-a/report`, `outlet-b/report`).
    public static func articleIDs(_ paths: [String]) -> [String: String] {
        func stem(_ path: String) -> Substring {
            let name = path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]
            guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
            return name[..<dot]
        }
        var ids: [String: String] = [:]
        ids.reserveCapacity(paths.count)
        var groups: [Substring: [String]] = [:]
        for path in paths { groups[stem(path), default: []].append(path) }
        for (stem, group) in groups {
            let group = Array(Set(group))
            guard group.count > 1 else {
                ids[group[0]] = String(stem)
                continue
            }
            // Folders before the stem, nearest first, until the ids differ.
            let parts = group.map { path in Array(path.split(separator: "/").dropLast()) + [stem] }
            var depth = 2
            while depth < parts.map(\.count).max()!, Set(parts.map { $0.suffix(depth) }).count < group.count { depth += 1 }
            for (path, part) in zip(group, parts) { ids[path] = part.suffix(depth).joined(separator: "/") }
        }
        return ids
    }

    /// Whether a file of this name is read as an article in a folder.
    public static func isArticleFile(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// The article files below `directory`, sorted, hidden files and folders left out, each
    /// once.
    public static func articleFiles(in directory: String) -> [String] {
        CorpusListing([directory]).files.map(\.path)
    }
}
