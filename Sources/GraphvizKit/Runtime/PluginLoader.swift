import CGraphviz
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

/// A Graphviz plugin library found on disk (`libgvplugin_dot_layout.so.6`).
struct PluginFile: Hashable, Sendable {
    /// The plugin's name as its entry symbol spells it: `dot_layout` in `gvplugin_dot_layout_LTX_library`.
    var name: String
    var path: String
}

/// Finds Graphviz's plugin libraries and opens them, so that rendering never depends on the
/// plugin list (`config6a`) that a package's install script writes.
enum PluginLoader {
    /// Plugins opened when the context is made: the text layout must be there from the start,
    /// and these give every engine and the common formats (svg, dot, json, plain, png, pdf).
    static let startupPlugins = ["core", "dot_layout", "pango"]

    /// The order to try the others in when something is missing: layouts first, the GUI
    /// toolkits (which pull in GTK and X11) last.
    static func loadingOrder(_ a: PluginFile, _ b: PluginFile) -> Bool {
        let late = ["gdk", "gtk", "xlib"]
        let rank = { (file: PluginFile) in file.name.hasSuffix("_layout") ? 0 : late.contains(file.name) ? 2 : 1 }
        return (rank(a), a.name) < (rank(b), b.name)
    }

    /// Where to look: `GVBINDIR` alone when it is set (Graphviz's own variable), else the
    /// `graphviz` folder beside the loaded libgvc, then the usual system places.
    static func candidateDirectories() -> [String] {
        if let value = getenv("GVBINDIR"), case let dir = String(cString: value), !dir.isEmpty {
            return [dir]
        }
        var directories: [String] = []
        if let library = loadedLibraryPath(containing: "/libgvc.so"), let slash = library.lastIndex(of: "/") {
            directories.append(String(library[..<slash]) + "/graphviz")
        }
        directories += ["/usr/lib/x86_64-linux-gnu/graphviz", "/usr/lib/aarch64-linux-gnu/graphviz",
                        "/usr/lib64/graphviz", "/usr/lib/graphviz", "/usr/local/lib/graphviz",
                        "/opt/homebrew/lib/graphviz"]
        var seen = Set<String>()
        return directories.filter { seen.insert($0).inserted }
    }

    /// The path of a shared library mapped into this process, from `/proc/self/maps`.
    static func loadedLibraryPath(containing fragment: String) -> String? {
        guard let maps = fopen("/proc/self/maps", "r") else { return nil }
        defer { fclose(maps) }
        var line = [CChar](repeating: 0, count: 4096)
        while fgets(&line, Int32(line.count), maps) != nil {
            let text = String(decoding: line.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard text.contains(fragment), let start = text.firstIndex(of: "/") else { continue }
            return text[start...].trimmed()
        }
        return nil
    }

    /// The plugin files in the first candidate folder that has any, one per plugin name,
    /// preferring the versioned runtime library (`.so.6`) over the development link (`.so`).
    static func discover() -> (directory: String?, files: [PluginFile]) {
        for directory in candidateDirectories() {
            let files = pluginFiles(in: directory)
            if !files.isEmpty { return (directory, files) }
        }
        return (nil, [])
    }

    static func pluginFiles(in directory: String) -> [PluginFile] {
        guard let dir = opendir(directory) else { return [] }
        defer { closedir(dir) }
        let prefix = "libgvplugin_"
        let versioned = ".so.\(GVPLUGIN_VERSION)"
        var best: [String: (path: String, rank: Int)] = [:]
        while let entry = readdir(dir) {
            // Read up to the name's end only: the entry may be shorter than `d_name`'s 256 bytes,
            // and copying all of them reads memory the system never wrote.
            let fileName = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            guard fileName.hasPrefix(prefix), let so = fileName.firstRange(of: ".so") else { continue }
            let name = String(fileName[fileName.index(fileName.startIndex, offsetBy: prefix.count)..<so.lowerBound])
            let suffix = fileName[so.lowerBound...]
            let rank: Int
            if suffix == versioned { rank = 2 } else if suffix == ".so" { rank = 1 } else { continue }
            if rank > best[name]?.rank ?? 0 { best[name] = (directory + "/" + fileName, rank) }
        }
        return best.map { PluginFile(name: $0.key, path: $0.value.path) }.sorted { $0.name < $1.name }
    }

    /// Opens a plugin library and returns its `gvplugin_library_t`, or why it could not.
    /// Symbols are bound lazily, as Graphviz's own loader does: binding cairo's and pango's
    /// thousands of symbols up front would double the cost of opening them.
    static func open(_ plugin: PluginFile) -> Result<UnsafeMutableRawPointer, PluginLoadFailure> {
        guard let handle = dlopen(plugin.path, RTLD_LAZY | RTLD_LOCAL) else {
            let reason = dlerror().map { String(cString: $0) } ?? "unknown dlopen error"
            return .failure(PluginLoadFailure(plugin: plugin, reason: reason))
        }
        guard let library = dlsym(handle, "gvplugin_\(plugin.name)_LTX_library") else {
            dlclose(handle)
            return .failure(PluginLoadFailure(plugin: plugin, reason: "no symbol gvplugin_\(plugin.name)_LTX_library"))
        }
        // The handle stays open for the life of the process: the context points into it.
        return .success(library)
    }
}

/// A plugin library that could not be opened, and dlopen's reason.
struct PluginLoadFailure: Error, Hashable, Sendable {
    var plugin: PluginFile
    var reason: String
}
