#if canImport(Glibc)
import Glibc
#endif

/// The article files under some paths: folders searched recursively, following links, each
/// folder and each file read once; with what could not be read and what was left out.
public struct CorpusListing: Sendable {
    /// An article file found: its path as reached, its size and last change.
    public struct File: Hashable, Sendable {
        public var path: String
        public var size: Int
        /// Nanoseconds since 1970.
        public var mtime: Int
    }

    /// The files, sorted by path.
    public var files: [File] = []
    /// Paths named, folders and entries that could not be read: what they hold is unknown.
    public var errors: [CorpusError] = []
    /// What was left out on purpose, for the user to know: links back to a folder already
    /// read, a second path to a file already read, links that lead nowhere.
    public var notes: [String] = []

    /// The paths under which something could not be read.
    public var unreadable: [String] { errors.map(\.path) }

    /// Lists `paths`: a file named is listed whatever its ending, a folder for the files with
    /// ``Corpus/articleExtensions``. `resolve` maps each path named before it is walked (the
    /// store gives canonical paths).
    public init(_ paths: [String], resolve: (String) -> String = { $0 }) {
        struct Identity: Hashable { var device: UInt64, inode: UInt64 }
        func identity(_ status: stat) -> Identity { Identity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino)) }
        // Where each folder and file was first reached, by device and inode.
        var folders: [Identity: String] = [:]
        var seenFiles: [Identity: String] = [:]

        func add(_ path: String, _ status: stat) {
            if let first = seenFiles[identity(status)] {
                if first != path { notes.append("\(path): the same file as \(first); read once.") }
                return
            }
            seenFiles[identity(status)] = path
            files.append(File(path: path, size: Int(status.st_size),
                              mtime: Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)))
        }

        func walk(_ directory: String, _ status: stat) {
            if let first = folders[identity(status)] {
                notes.append("\(directory): a link to the folder \(first), already read; skipped, so that no article is read twice.")
                return
            }
            folders[identity(status)] = directory
            // Each entry looked at relative to its open folder: no path walked again per file.
            let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard fd >= 0 else {
                errors.append(CorpusError(path: directory, problem: .unreadableFolder(Errno(errno).description)))
                return
            }
            defer { close(fd) }
            let entries: [Folder.Entry]
            switch Folder.entries(ofOpen: fd) {
            case .failure(let error):
                errors.append(CorpusError(path: directory, problem: .unreadableFolder(error.description)))
                return
            case .success(let found):
                entries = found
            }
            for entry in entries {
                let path = Folder.join(directory, entry.name)
                guard entry.isUTF8 else {
                    errors.append(CorpusError(path: path, problem: .nameNotUTF8))
                    continue
                }
                var status = stat()
                guard fstatat(fd, entry.name, &status, 0) == 0 else {
                    let reason = Errno(errno)
                    var link = stat()
                    if fstatat(fd, entry.name, &link, AT_SYMLINK_NOFOLLOW) == 0, link.st_mode & S_IFMT == S_IFLNK {
                        notes.append("\(path): a link to nothing (\(reason)); skipped.")
                    } else {
                        errors.append(CorpusError(path: path, problem: .unreadable(reason.description)))
                    }
                    continue
                }
                if status.st_mode & S_IFMT == S_IFDIR {
                    walk(path, status)
                } else if status.st_mode & S_IFMT == S_IFREG, Corpus.isArticleFile(entry.name) {
                    add(path, status)
                }
            }
        }

        for named in paths {
            let path = resolve(named)
            var status = stat()
            guard stat(path, &status) == 0 else {
                errors.append(CorpusError(path: named, problem: .unreadable(Errno(errno).description)))
                continue
            }
            if status.st_mode & S_IFMT == S_IFDIR { walk(path, status) } else { add(path, status) }
        }
        files.sort { $0.path < $1.path }
    }
}
