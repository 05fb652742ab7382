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

    /// Reads every article in `paths` (files, or folders searched recursively for
    /// ``articleExtensions``), in path order.
    ///
    /// - Parameter published: publication days to use for given files, whatever they say.
    public static func load(_ paths: [String], published: [String: Day] = [:]) -> Corpus {
        var corpus = Corpus(articles: [], errors: [])
        for path in paths {
            var status = stat()
            guard stat(path, &status) == 0 else {
                corpus.errors.append(CorpusError(path: path, problem: .unreadable(String(cString: strerror(errno)))))
                continue
            }
            let files = status.st_mode & S_IFMT == S_IFDIR ? articleFiles(in: path) : [path]
            for file in files {
                do {
                    corpus.articles.append(try ArticleReader.read(path: file, published: published[file]))
                } catch {
                    corpus.errors.append(error)
                }
            }
        }
        return corpus
    }

    /// Whether a file of this name is read as an article in a folder.
    public static func isArticleFile(_ name: String) -> Bool {
        guard let dot = name.lastIndex(of: ".") else { return false }
        return articleExtensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// The article files below `directory`, sorted, hidden files and folders left out.
    public static func articleFiles(in directory: String) -> [String] {
        var files: [String] = []
        for name in Folder.names(in: directory) {
            let path = Folder.join(directory, name)
            var status = stat()
            guard stat(path, &status) == 0 else { continue }
            if status.st_mode & S_IFMT == S_IFDIR {
                files += articleFiles(in: path)
            } else if isArticleFile(name) {
                files.append(path)
            }
        }
        return files.sorted()
    }
}
