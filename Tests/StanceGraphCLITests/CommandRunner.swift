import Foundation
@_exported import TestSupport

/// Runs the built `stancegraph` binary and collects what it printed.
struct CommandRunner {
    struct Result {
        var status: Int32
        var stdout: String
        var stdoutData: Data
        var stderr: String
    }

    /// The `stancegraph` binary beside the test bundle (SwiftPM builds it first, since the
    /// tests depend on the executable target).
    static let binary: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("stancegraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/stancegraph")
    }()

    static func run(_ arguments: [String], stdin: Data? = nil, in directory: String? = nil,
                    environment: [String: String] = [:], executable: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable.map { URL(fileURLWithPath: $0) } ?? binary
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes while the process runs, so a large output cannot block it; the
        // condition hands the error output over (a lock ThreadSanitizer sees).
        nonisolated(unsafe) var errData = Data()
        nonisolated(unsafe) var errRead = false
        let handover = NSCondition()
        let reader = Thread {
            let data = err.fileHandleForReading.readDataToEndOfFile()
            handover.lock()
            errData = data
            errRead = true
            handover.signal()
            handover.unlock()
        }
        reader.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        handover.lock()
        while !errRead { handover.wait() }
        handover.unlock()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stdoutData: outData, stderr: String(decoding: errData, as: UTF8.self))
    }
}
