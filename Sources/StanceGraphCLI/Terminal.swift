#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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

    /// `text` with the control characters a terminal would obey (an escape starting a colour
    /// or a cursor move, a bell, a form feed ...) shown as U+FFFD: text from articles and file
    /// names is shown, never run. Line feeds and tabs stay.
    static func printable(_ text: String) -> String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
        }
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }

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
