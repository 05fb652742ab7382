import CGraphviz
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Everything Graphviz said through its error function since the last `beginCapture()`.
/// Only touched under `GraphvizContext.shared`'s lock.
nonisolated(unsafe) private var capturedTranscript = ""

private let captureMessage: agusererrf = { message in
    if let message { capturedTranscript += String(cString: message) }
    return 0
}

/// The process's one Graphviz context with its plugins; every call into Graphviz goes
/// through ``GraphvizContext/withShared(_:)``, which holds one process-wide lock.
///
/// cgraph and gvc keep global state (the DOT lexer, the error level, attribute
/// dictionaries) and crash when two threads use them, even with a context each; so one
/// lock covers every call, parsing included. The context is made once, before the first
/// graph (or default attributes such as `label` come out empty), and kept for the life of
/// the process: every new context loses about 3.7 KB inside Graphviz.
final class GraphvizContext {
    private static let shared = Mutex<GraphvizContext?>(nil)

    let gvc: OpaquePointer
    let pluginDirectory: String?
    private(set) var loaded: [PluginFile] = []
    private(set) var failed: [PluginLoadFailure] = []
    private var pending: [PluginFile] = []
    /// gvPluginList leaks a copy of every repeated name on each call (Graphviz 2.42), so the
    /// lists are asked for once per set of loaded plugins.
    private var pluginNameCache: [String: [String]] = [:]

    /// Runs `body` with the shared context, holding the process-wide Graphviz lock.
    static func withShared<R: Sendable>(_ body: (GraphvizContext) throws(GraphvizError) -> R) throws(GraphvizError) -> R {
        try shared.withLock { (context: inout GraphvizContext?) throws(GraphvizError) -> R in
            if context == nil { context = try GraphvizContext() }
            return try body(context!)
        }
    }

    private init() throws(GraphvizError) {
        agseterrf(captureMessage)
        agseterr(AGWARN)
        let (directory, files) = PluginLoader.discover()
        pluginDirectory = directory
        var table: [lt_symlist_t] = []
        for file in files {
            guard PluginLoader.startupPlugins.contains(file.name) else {
                pending.append(file)
                continue
            }
            switch PluginLoader.open(file) {
            case .success(let library):
                table.append(lt_symlist_t(name: strdup("gvplugin_\(file.name)_LTX_library"), address: library))
                loaded.append(file)
            case .failure(let failure):
                failed.append(failure)
            }
        }
        let made: OpaquePointer?
        if table.isEmpty {
            // Nothing of ours loaded: let Graphviz try its own plugin list before giving up.
            made = gvContext()
        } else {
            table.append(lt_symlist_t(name: nil, address: nil))
            // gvc keeps this pointer for the life of the context, which is the process's.
            let builtins = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: table.count)
            builtins.initialize(from: table, count: table.count)
            made = gvContextPlugins(builtins, 0)
        }
        guard let made else {
            throw GraphvizError(.missingPlugins, operation: "starting Graphviz",
                                suggestion: GraphvizContext.installAdvice)
        }
        gvc = made
        if pluginNames(kind: "layout").isEmpty {
            loadPendingPlugins()
        }
        if pluginNames(kind: "layout").isEmpty || pluginNames(kind: "device").isEmpty {
            var reasons = failed.map { GraphvizDiagnostic(level: .error, message: "\($0.plugin.path): \($0.reason)") }
            if directory == nil {
                reasons.append(GraphvizDiagnostic(level: .error, message: "no libgvplugin_*.so found in "
                    + PluginLoader.candidateDirectories().joined(separator: ", ")))
            }
            throw GraphvizError(.missingPlugins, operation: "loading Graphviz's plugins", diagnostics: reasons,
                                suggestion: GraphvizContext.installAdvice)
        }
    }

    static let installAdvice = "Graphviz has no layout or output plugins. Install them with "
        + "`apt-get install libgraphviz-dev` (Debian's libgvc6 holds the plugins), or set GVBINDIR "
        + "to the folder that holds libgvplugin_core.so.6."

    /// Opens the plugins not needed at start-up (neato_layout, gd, rsvg, webp, gtk ...), one
    /// by one, until `satisfied` holds: done the first time an engine or format is asked for
    /// that the open plugins lack, or to list them all.
    func loadPendingPlugins(until satisfied: (GraphvizContext) -> Bool = { _ in false }) {
        pending.sort(by: PluginLoader.loadingOrder)
        while !pending.isEmpty {
            let file = pending.removeFirst()
            pluginNameCache = [:]
            switch PluginLoader.open(file) {
            case .success(let library):
                gvAddLibrary(gvc, library.assumingMemoryBound(to: gvplugin_library_t.self))
                loaded.append(file)
            case .failure(let failure):
                failed.append(failure)
            }
            if satisfied(self) { return }
        }
    }

    var hasPendingPlugins: Bool { !pending.isEmpty }

    /// The names Graphviz lists for a plugin kind (`layout`, `device`, `render`, `textlayout`),
    /// sorted, without `:package` qualifiers.
    func pluginNames(kind: String) -> [String] {
        if let cached = pluginNameCache[kind] { return cached }
        let names = listPlugins(kind: kind)
        pluginNameCache[kind] = names
        return names
    }

    private func listPlugins(kind: String) -> [String] {
        var count: Int32 = 0
        guard let list = kind.withCString({ gvPluginList(gvc, $0, &count, nil) }) else { return [] }
        defer { free(list) }
        var names = Set<String>()
        for index in 0..<Int(count) {
            if let name = list[index] {
                names.insert(String(cString: name))
                free(name)
            }
        }
        return names.sorted()
    }

    // MARK: Diagnostics

    /// Starts a fresh record of Graphviz's messages.
    func beginCapture() {
        capturedTranscript = ""
        agreseterrors()
    }

    /// The messages since `beginCapture()`.
    func capturedDiagnostics() -> [GraphvizDiagnostic] {
        GraphvizDiagnostic.parse(capturedTranscript)
    }
}
