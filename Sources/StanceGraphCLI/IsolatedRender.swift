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
/// stuck tool. The child is this program again (`render --isolated`), given the DOT on its
/// standard input; it writes the rendering to its standard output and its messages to the
/// same standard error as the parent.
enum IsolatedRender {
    struct Limits {
        /// Seconds the child may take before it is stopped.
        var seconds: Double
        /// The child's memory, in MiB (`RLIMIT_DATA`).
        var memoryMiB: Int
        /// Whether DOT attributes may make Graphviz read files (`image`, `shapefile`, ...).
        var allowFileAccess: Bool
    }

    /// The environment variable that carries the memory limit to the child.
    static let memoryVariable = "STANCEGRAPH_MEMORY_LIMIT_MIB"

    /// Renders `dot` in a child process; the rendering's bytes, or a ``Failure`` saying what
    /// happened to the child. A child that reported its own error fails with `ExitCode.failure`.
    static func render(_ dot: Data, name: String, arguments: [String], limits: Limits) throws -> Data {
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
        let program = "/proc/self/exe"
        let argv = [program, "render", "-", "--isolated", "--input-name", name] + arguments
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
        dot.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(input[1], raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; break }
                offset += n
            }
        }
        close(input[1])
        defer { close(output[0]) }

        var rendered = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        let deadline = now() + limits.seconds
        var timedOut = false
        while true {
            let left = deadline - now()
            if left <= 0 { timedOut = true; break }
            var poller = pollfd(fd: output[0], events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left, 1) * 1000))
            if ready < 0 { if errno == EINTR { continue }; break }
            if ready == 0 { continue }
            let n = buffer.withUnsafeMutableBytes { read(output[0], $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; break }
            if n == 0 { break }
            rendered.append(contentsOf: buffer[0..<n])
        }
        if timedOut { kill(pid, SIGKILL) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        if timedOut {
            throw Failure("\(name): Graphviz took more than \(format(limits.seconds)) s and was stopped. Give it longer with --timeout SECONDS, "
                          + "or choose a faster layout (-K sfdp for a large graph; rank=same and newrank on large graphs are slow in dot).")
        }
        let signal = status & 0x7F
        if signal != 0 {
            let what = signal == SIGSEGV ? "crashed (segmentation fault)" : signal == SIGABRT ? "aborted"
                : signal == SIGKILL ? "was killed" : "stopped on signal \(signal)"
            throw Failure("\(name): Graphviz \(what) laying out or rendering this graph; nothing was written. "
                          + "Graphviz 2.43 crashes on some valid DOT (clusters that share a node with newrank=true, for one): "
                          + "try another engine (-K), or simplify the graph. It may also have run out of its \(limits.memoryMiB) MiB (--memory-limit).")
        }
        guard (status >> 8) & 0xFF == 0 else { throw ExitCode.failure }
        return rendered
    }

    /// In the child: the memory limit the parent set.
    static func applyMemoryLimit() {
        guard let text = getenv(memoryVariable).map({ String(cString: $0) }), let mib = Int(text), mib > 0 else { return }
        var limit = rlimit(rlim_cur: rlim_t(mib) << 20, rlim_max: rlim_t(mib) << 20)
        _ = setrlimit(Int32(RLIMIT_DATA.rawValue), &limit)
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
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
}
