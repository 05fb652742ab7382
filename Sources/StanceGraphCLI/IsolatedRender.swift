#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import StanceGraph
#if canImport(Glibc)
import Glibc
#endif

/// DOT from outside, laid out in a child process: Graphviz 2.43 crashes on some valid DOT and
/// can run for minutes on other, and a crash or a hang must become a message, not a dead or
/// stuck tool. The child is this program again (`render --isolated`). It reads every input at
/// once from its standard input, each as a line `LENGTH NAME` and the DOT's bytes, and writes
/// for each, in order, `ok LENGTH` and the rendering, or `failed`; its messages go to the same
/// standard error as the parent's. One child renders all the inputs of a command; when it
/// dies or runs out of time on one input, that input fails and a new child takes the rest.
enum IsolatedRender {
    struct Limits {
        /// Seconds the child may take on one input before it is stopped.
        var seconds: Double
        /// The child's memory, in MiB (`RLIMIT_DATA`).
        var memoryMiB: Int
        /// Whether DOT attributes may make Graphviz read files (`image`, `shapefile`, ...).
        var allowFileAccess: Bool
    }

    /// An input: its name in messages and its DOT.
    struct Input {
        var name: String
        var dot: Data
    }

    /// The environment variable that carries the memory limit to the child.
    static let memoryVariable = "STANCEGRAPH_MEMORY_LIMIT_MIB"

    /// Renders each input in a child process: the rendering's bytes, or a ``Failure`` saying
    /// what happened (an empty message: the child printed its own error).
    static func render(_ inputs: [Input], arguments: [String], limits: Limits) -> [Result<Data, Failure>] {
        var results: [Result<Data, Failure>] = []
        while results.count < inputs.count {
            let rest = Array(inputs[results.count...])
            do {
                results += try renderInOneChild(rest, arguments: arguments, limits: limits)
            } catch {
                // The child could not start: nothing more can be rendered.
                results += rest.map { _ in .failure(error) }
            }
        }
        return results
    }

    /// Renders `inputs` in one child, until all are done or it dies or stalls on one; the
    /// results of the inputs it got to, the last perhaps a failure of that kind.
    private static func renderInOneChild(_ inputs: [Input], arguments: [String], limits: Limits) throws(Failure) -> [Result<Data, Failure>] {
        var input: [Int32] = [0, 0], output: [Int32] = [0, 0]
        guard pipe(&input) == 0, pipe(&output) == 0 else { throw Failure("cannot start Graphviz's process: \(Errno(errno)).") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO)
        for fd in [input[0], input[1], output[0], output[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
        var environment = ProcessInfo.processInfo.environment
        environment[memoryVariable] = String(limits.memoryMiB)
        // A crash is reported by the parent in a line, not by Swift's backtracer in a page.
        environment["SWIFT_BACKTRACE"] = "enable=no"
        let program = Self.ownPath()
        let argv = [program, "render", "-", "--isolated"] + arguments + (limits.allowFileAccess ? ["--allow-file-access"] : [])
        var pid: pid_t = 0
        let spawned = withCStrings(argv) { argv in
            withCStrings(environment.map { "\($0.key)=\($0.value)" }) { envp in
                posix_spawn(&pid, program, &actions, nil, argv, envp)
            }
        }
        close(input[0])
        close(output[1])
        guard spawned == 0 else {
            close(input[1])
            close(output[0])
            throw Failure("cannot start Graphviz's process: \(Errno(spawned)).")
        }
        // The child reads all of its input before it writes: written whole, then closed.
        var framed = Data()
        for item in inputs {
            framed.append(contentsOf: "\(item.dot.count) \(item.name.replacing("\n", with: " "))\n".utf8)
            framed.append(item.dot)
        }
        framed.withUnsafeBytes { Terminal.write($0, to: input[1]) }
        close(input[1])
        defer { close(output[0]) }

        var results: [Result<Data, Failure>] = []
        var pending = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var deadline = monotonicSeconds() + limits.seconds
        var timedOut = false
        reading: while results.count < inputs.count {
            // Whole frames first: a header line, then a rendering's bytes.
            while let newline = pending.firstIndex(of: 0x0A) {
                let header = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                if header == "failed" {
                    results.append(.failure(Failure("")))
                } else if header.hasPrefix("ok "), let length = Int(header.dropFirst(3)) {
                    guard pending.distance(from: newline, to: pending.endIndex) - 1 >= length else { break }
                    let start = pending.index(after: newline)
                    results.append(.success(Data(pending[start..<pending.index(start, offsetBy: length)])))
                    pending = Data(pending[pending.index(start, offsetBy: length)...])
                    deadline = monotonicSeconds() + limits.seconds
                    continue
                } else {
                    break reading
                }
                pending = Data(pending[pending.index(after: newline)...])
                deadline = monotonicSeconds() + limits.seconds
            }
            if results.count == inputs.count { break }
            let left = deadline - monotonicSeconds()
            if left <= 0 { timedOut = true; break }
            var poller = pollfd(fd: output[0], events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left, 1) * 1000))
            if ready < 0 { if errno == EINTR { continue }; break }
            if ready == 0 { continue }
            let n = buffer.withUnsafeMutableBytes { read(output[0], $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; break }
            if n == 0 { break }
            pending.append(contentsOf: buffer[0..<n])
        }
        if results.count < inputs.count { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        guard results.count < inputs.count else { return results }
        let name = inputs[results.count].name
        if timedOut {
            results.append(.failure(Failure("\(name): Graphviz took more than \(format(limits.seconds)) s and was stopped. Give it longer with --timeout SECONDS, "
                                            + "or choose a faster layout (-K sfdp for a large graph; rank=same and newrank on large graphs are slow in dot).")))
        } else {
            let signal = status & 0x7F
            let what = signal == SIGSEGV ? "crashed (segmentation fault)" : signal == SIGABRT ? "aborted"
                : signal == SIGKILL ? "was killed" : signal != 0 ? "stopped on signal \(signal)" : "stopped"
            results.append(.failure(Failure("\(name): Graphviz \(what) laying out or rendering this graph; nothing was written for it. "
                                            + "Graphviz 2.43 crashes on some valid DOT (clusters that share a node with newrank=true, for one): "
                                            + "try another engine (-K), or simplify the graph. It may also have run out of its \(limits.memoryMiB) MiB (--memory-limit).")))
        }
        return results
    }

    /// In the child: the inputs framed on standard input.
    static func readInputs(_ data: Data) -> [Input]? {
        var inputs: [Input] = []
        var rest = data[...]
        while !rest.isEmpty {
            guard let newline = rest.firstIndex(of: 0x0A) else { return nil }
            let header = String(decoding: rest[rest.startIndex..<newline], as: UTF8.self)
            guard let space = header.firstIndex(of: " "), let length = Int(header[..<space]),
                  rest.distance(from: newline, to: rest.endIndex) - 1 >= length else { return nil }
            let start = rest.index(after: newline)
            let end = rest.index(start, offsetBy: length)
            inputs.append(Input(name: String(header[header.index(after: space)...]), dot: Data(rest[start..<end])))
            rest = rest[end...]
        }
        return inputs
    }

    /// In the child: the memory limit the parent set.
    static func applyMemoryLimit() {
        // A sanitizer maps terabytes of shadow memory: no limit under one (`make sanitize`).
        #if !SANITIZED
        guard let text = getenv(memoryVariable).map({ String(cString: $0) }), let mib = Int(text), mib > 0 else { return }
        var limit = rlimit(rlim_cur: rlim_t(mib) << 20, rlim_max: rlim_t(mib) << 20)
        _ = setrlimit(Int32(RLIMIT_DATA.rawValue), &limit)
        #endif
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    /// `strings` as a NULL-terminated array of C strings, for `posix_spawn`.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        var pointers = strings.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        pointers.append(nil)
        return body(pointers)
    }

    /// This binary's path, read from `/proc/self/exe` rather than spawning that link itself:
    /// under valgrind the link names valgrind, and reading it names the program it runs. The
    /// link stands when the file is gone (replaced by a build while this ran).
    static func ownPath() -> String {
        var buffer = [UInt8](repeating: 0, count: 4097)
        let count = buffer.withUnsafeMutableBufferPointer { raw in
            raw.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { readlink("/proc/self/exe", $0, raw.count - 1) }
        }
        guard count > 0 else { return "/proc/self/exe" }
        let path = String(decoding: buffer.prefix(count), as: UTF8.self)
        return access(path, X_OK) == 0 ? path : "/proc/self/exe"
    }
}
