import GRDB

/// A store that cannot be used, with the file and what to do.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Problem: Hashable, Sendable {
        /// No store there (and none was to be made).
        case missing
        /// Not a database, or a damaged one.
        case corrupt(String)
        /// An SQLite database, but not a StanceGraph store.
        case foreign
        /// Made by a newer StanceGraph, whose migrations this one lacks.
        case newer([String])
        /// Another process holds the store for writing.
        case busy
        case database(String)
    }

    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    init(path: String, _ error: any Error) {
        if let error = error as? StoreError {
            self = error
        } else if let error = error as? DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT: self.init(path: path, problem: .corrupt(error.message ?? "\(error)"))
            case .SQLITE_BUSY, .SQLITE_LOCKED: self.init(path: path, problem: .busy)
            default: self.init(path: path, problem: .database(error.message ?? "\(error)"))
            }
        } else {
            self.init(path: path, problem: .database("\(error)"))
        }
    }

    static let rebuild = "Delete it and run `stancegraph ingest` to rebuild it: the store holds nothing that cannot be rebuilt, and corrections live in the corrections file."

    public var description: String {
        switch problem {
        case .missing:
            return "\(path): no store here; run `stancegraph ingest` to make one."
        case .corrupt(let reason):
            return "\(path): the store is damaged or not a database (\(reason)). " + Self.rebuild
        case .foreign:
            return "\(path): an SQLite database, but not a StanceGraph store; name another file with --store, or move this one away."
        case .newer(let migrations):
            return "\(path): made by a newer StanceGraph (it has \(migrations.joined(separator: ", "))). Use that version, or " + Self.rebuild.prefix(1).lowercased() + Self.rebuild.dropFirst()
        case .busy:
            return "\(path): another process is writing the store; try again when it has finished."
        case .database(let reason):
            return "\(path): \(reason)."
        }
    }
}
