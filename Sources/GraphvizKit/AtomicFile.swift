#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files whole or not at all: into a temporary file beside the target, flushed to
/// disk, then renamed over it, so a reader never sees half a file and a failure leaves the
/// old file as it was.
public enum AtomicFile {
    /// The error of a failed write, naming the file and the system's reason.
    public struct WriteError: Error, LocalizedError, Hashable, Sendable {
        public var path: String
        public var reason: String
        public var errorDescription: String? { "cannot write \(path): \(reason)" }
    }

    /// Writes `data` to `path`, replacing any file there, keeping its permissions if it had any.
    ///
    /// A path that is not a regular file (`/dev/null`, a pipe, a terminal) is written to
    /// directly: there is nothing to replace, and renaming over it would be wrong.
    ///
    /// A symbolic link is written through: the file it points to is replaced, and the link
    /// stays, as editors and `cp` do. Missing folders on the way are made.
    public static func write(_ data: some DataProtocol, to named: String) throws(WriteError) {
        var path = named
        var link = stat()
        if lstat(path, &link) == 0, link.st_mode & S_IFMT == S_IFLNK, let target = realpath(path, nil) {
            path = String(cString: target)
            free(target)
        }
        try makeFolders(for: path)
        var existing = stat()
        if stat(path, &existing) == 0, existing.st_mode & S_IFMT != S_IFREG {
            let fd = open(path, O_WRONLY | O_TRUNC)
            guard fd >= 0 else { throw WriteError(path: path, reason: systemReason()) }
            defer { close(fd) }
            try writeAll(data, to: fd, path: path)
            return
        }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[..<$0]) } ?? "."
        let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var template = Array("\(directory.isEmpty ? "/" : directory)/.\(base).XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw WriteError(path: path, reason: systemReason()) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var done = false
        defer {
            if !done { unlink(temporary) }
        }
        do {
            defer { close(fd) }
            try writeAll(data, to: fd, path: path)
            var status = stat()
            let mode: mode_t = stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o666 & ~currentUmask()
            fchmod(fd, mode)
            guard fsync(fd) == 0 else { throw WriteError(path: path, reason: systemReason()) }
        }
        guard rename(temporary, path) == 0 else { throw WriteError(path: path, reason: systemReason()) }
        done = true
    }

    /// Makes the folders above `path` that are missing, as `mkdir -p` does.
    public static func makeFolders(for path: String) throws(WriteError) {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        try makeFolder(String(path[..<slash]))
    }

    /// Makes `folder` and those above it that are missing.
    public static func makeFolder(_ folder: String) throws(WriteError) {
        var status = stat()
        if stat(folder, &status) == 0 {
            guard status.st_mode & S_IFMT == S_IFDIR else { throw WriteError(path: folder, reason: "it is a file, not a folder") }
            return
        }
        try makeFolders(for: folder)
        guard mkdir(folder, 0o777) == 0 || errno == EEXIST else { throw WriteError(path: folder, reason: systemReason()) }
    }

    private static func writeAll(_ data: some DataProtocol, to fd: Int32, path: String) throws(WriteError) {
        for region in data.regions {
            let failed = region.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
                var offset = 0
                while offset < raw.count {
                    let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return true
                    }
                    offset += n
                }
                return false
            }
            if failed { throw WriteError(path: path, reason: systemReason()) }
        }
    }

    private static func systemReason() -> String {
        String(cString: strerror(errno))
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0)
        umask(mask)
        return mask
    }
}
