#if canImport(Glibc)
import Glibc
#endif

/// Listing a folder, without Foundation.
public enum Folder {
    /// A name in a folder, as the file system holds it.
    public struct Entry: Hashable, Sendable {
        /// The name; where its bytes are not UTF-8, each bad byte is U+FFFD.
        public var name: String
        /// Whether the name is valid UTF-8: a name that is not cannot be opened by `name`.
        public var isUTF8: Bool
    }

    /// The entries of `directory`, hidden ones left out, sorted by name; or the system's
    /// reason when it cannot be read.
    public static func entries(in directory: String) -> Result<[Entry], Errno> {
        guard let dir = opendir(directory) else { return .failure(Errno(errno)) }
        defer { closedir(dir) }
        return entries(of: dir)
    }

    /// The entries of the folder open as `fd` (which stays open), as ``entries(in:)``.
    public static func entries(ofOpen fd: Int32) -> Result<[Entry], Errno> {
        let copy = dup(fd)
        guard copy >= 0, let dir = fdopendir(copy) else {
            let error = Errno(errno)
            if copy >= 0 { close(copy) }
            return .failure(error)
        }
        defer { closedir(dir) }
        return entries(of: dir)
    }

    private static func entries(of dir: OpaquePointer) -> Result<[Entry], Errno> {
        var entries: [Entry] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { return .failure(Errno(errno)) }
                break
            }
            // Read up to the name's end only: the entry may be shorter than `d_name`'s 256 bytes.
            let bytes = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: UInt8.self, capacity: 256) { start in
                    Array(UnsafeBufferPointer(start: start, count: strlen(UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self))))
                }
            }
            guard bytes.first != UInt8(ascii: ".") else { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                entries.append(Entry(name: name, isUTF8: true))
            } else {
                entries.append(Entry(name: String(decoding: bytes, as: UTF8.self), isUTF8: false))
            }
        }
        return .success(entries.sorted { $0.name < $1.name })
    }

    /// The names in `directory`, hidden ones and those not in UTF-8 left out, sorted; empty
    /// when it cannot be read.
    public static func names(in directory: String) -> [String] {
        ((try? entries(in: directory).get()) ?? []).filter(\.isUTF8).map(\.name)
    }

    /// `directory/name`, without doubling a trailing slash.
    public static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}

/// A system error number, with its message.
public struct Errno: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Int32

    public init(_ code: Int32) { self.code = code }

    public var description: String { String(cString: strerror(code)) }
}
