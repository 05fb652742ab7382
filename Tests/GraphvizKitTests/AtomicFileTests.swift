import Foundation
import Testing
@testable import GraphvizKit

@Suite struct AtomicFileTests {
    @Test func aSuccessfulRenderReplacesTheFileAndLeavesNoTemporary() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("map.svg")
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        try Graphviz.render(dot: "digraph { a -> b }").write(to: path)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try SVGTitles(written).edges == ["a->b"])
        #expect(try folder.contents() == ["map.svg"])
    }

    @Test func aFailedRenderLeavesTheOldFileIntactAndNoNewOne() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("map.svg")
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: GraphvizError.self) { try Graphviz.render(dot: "digraph { a -> }").write(to: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try folder.contents() == ["map.svg"])
    }

    /// Missing folders are made, as `mkdir -p` would; a file where a folder should be is named.
    @Test func writingIntoMissingFoldersMakesThem() throws {
        let folder = try TemporaryFolder()
        try AtomicFile.write(Data("x".utf8), to: folder.file("missing/deeper/map.svg"))
        #expect(try String(contentsOfFile: folder.file("missing/deeper/map.svg"), encoding: .utf8) == "x")
        try AtomicFile.write(Data("f".utf8), to: folder.file("plain"))
        let error = try #require(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(Data("x".utf8), to: folder.file("plain/map.svg"))
        }
        #expect(error.errorDescription == "cannot write \(folder.file("plain")): it is a file, not a folder")
    }

    @Test func replacingKeepsTheFilesPermissions() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("script.sh")
        _ = FileManager.default.createFile(atPath: path, contents: Data("a".utf8), attributes: [.posixPermissions: 0o750])
        try AtomicFile.write(Data("b".utf8), to: path)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o750)
    }

    @Test func aDeviceIsWrittenToDirectlyNotReplaced() throws {
        try AtomicFile.write(Data("discarded".utf8), to: "/dev/null")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFCHR)
    }
}
