#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch
import StanceGraph
#if canImport(Glibc)
// `stdout` is a C global: read here once the command is done, on the one thread left.
@preconcurrency import Glibc
#endif

/// Standard input, output and error, and whole-file reads, through the C library: the tool
/// links FoundationEssentials only, which starts faster than Foundation.
enum Terminal {
    /// A file that could not be read, with the system's reason.
    struct ReadError: Error {
        var path: String
        var reason: String
    }

    /// The first error writing standard output, kept until ``finishOutput()`` reports it.
    nonisolated(unsafe) private static var outputFailure: Errno?

    /// Flushes what `print` has buffered and says whether any output failed to be written.
    @discardableResult
    static func finishOutput() -> Errno? {
        if fflush(nil) != 0 || ferror(stdout) != 0, outputFailure == nil { outputFailure = Errno(errno == 0 ? EIO : errno) }
        return outputFailure
    }

    /// `text` as a terminal may show it (``TerminalText/printable(_:)``).
    static func printable(_ text: String) -> String { TerminalText.printable(text) }

    static func printError(_ line: String) {
        write(Data((line + "\n").utf8), to: STDERR_FILENO)
    }

    /// Text on standard error as it stands, with no newline added: a progress line.
    static func writeError(_ text: String) {
        write(Data(text.utf8), to: STDERR_FILENO)
    }

    static func writeOutput(_ data: Data) {
        fflush(nil)
        write(data, to: STDOUT_FILENO)
    }

    /// Bytes on standard output, after whatever `print` has buffered there.
    static func writeOutput(_ bytes: [UInt8]) {
        fflush(nil)
        bytes.withUnsafeBytes { write($0, to: STDOUT_FILENO) }
    }

    /// Parts of `bytes` on standard output, one after another, gathered by the kernel rather
    /// than copied together first. A failure is kept for ``finishOutput()``, and stops the write.
    static func writeOutput(_ bytes: [UInt8], ranges: some Sequence<Range<Int>>) {
        fflush(nil)
        guard outputFailure == nil else { return }
        // The most pieces one `writev` takes on Linux (IOV_MAX).
        let most = 1024
        bytes.withUnsafeBytes { buffer in
            var pieces: [iovec] = []
            pieces.reserveCapacity(most)
            /// Writes the pieces gathered; false once a write has failed.
            func flush() -> Bool {
                var index = 0
                while index < pieces.count {
                    let written = pieces.withUnsafeBufferPointer { writev(STDOUT_FILENO, $0.baseAddress! + index, Int32($0.count - index)) }
                    if written < 0, errno == EINTR { continue }
                    // Nothing written, with no error, would be asked again for ever.
                    guard written > 0 else {
                        if outputFailure == nil { outputFailure = Errno(written < 0 ? errno : EIO) }
                        return false
                    }
                    // Past the pieces written whole; one written in part keeps its rest.
                    var left = written
                    while index < pieces.count, left >= pieces[index].iov_len {
                        left -= pieces[index].iov_len
                        index += 1
                    }
                    if left > 0 {
                        pieces[index].iov_base += left
                        pieces[index].iov_len -= left
                    }
                }
                pieces.removeAll(keepingCapacity: true)
                return true
            }
            for range in ranges where !range.isEmpty {
                pieces.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: buffer.baseAddress! + range.lowerBound), iov_len: range.count))
                if pieces.count == most, !flush() { return }
            }
            _ = flush()
        }
    }

    private static func write(_ data: Data, to fd: Int32) {
        data.withUnsafeBytes { write($0, to: fd) }
    }

    /// Writes all of `raw` to `fd`, again after an interruption; a failure on standard output
    /// is kept for ``finishOutput()``, on any other descriptor it stops the write.
    static func write(_ raw: UnsafeRawBufferPointer, to fd: Int32) {
        var offset = 0
        while offset < raw.count {
            let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                if fd == STDOUT_FILENO, outputFailure == nil { outputFailure = Errno(errno) }
                return
            }
            offset += n
        }
    }

    /// The whole of a file, or of standard input for `-`.
    static func readAll(_ path: String) throws(ReadError) -> Data {
        let fd = path == "-" ? STDIN_FILENO : open(path, O_RDONLY)
        guard fd >= 0 else { throw ReadError(path: path, reason: String(cString: strerror(errno))) }
        defer { if fd != STDIN_FILENO { close(fd) } }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress!, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw ReadError(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { return data }
            data.append(contentsOf: buffer[0..<n])
        }
    }
}

/// Lines of output gathered as bytes and written at once: many `print` calls cost more than
/// the text they print.
struct Lines {
    private(set) var bytes: [UInt8] = []

    mutating func add(_ line: String) {
        bytes.append(contentsOf: Terminal.printable(line).utf8)
        bytes.append(0x0A)
    }
}

/// Seconds on the monotonic clock: for elapsed times and deadlines.
func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

/// Output built in two halves at once, one on each core, when there is enough of it to be
/// worth a second thread; the parts in order.
enum Halves {
    static func build(_ count: Int, minimum: Int = 1_000, _ part: @escaping @Sendable (Range<Int>) -> [UInt8]) -> [[UInt8]] {
        guard count >= minimum else { return [part(0..<count)] }
        /// Each half written by its own thread into its own field.
        final class Results: @unchecked Sendable { var first: [UInt8] = [], second: [UInt8] = [] }
        let results = Results(), middle = count / 2
        DispatchQueue.concurrentPerform(iterations: 2) { half in
            if half == 0 { results.first = part(0..<middle) } else { results.second = part(middle..<count) }
        }
        return [results.first, results.second]
    }
}
