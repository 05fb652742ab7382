#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A mistake in the registry, with the file, the line and how to fix it.
public struct RegistryError: Error, LocalizedError, Hashable, Sendable {
    public enum Problem: Hashable, Sendable {
        case unreadable(String)
        case badYAML(String)
        case wrongShape(String)
        case missingField(String, entry: String)
        case unknownField(String, allowed: [String])
        case unknownKind(String)
        case badDate(String)
        case duplicateID(String, firstAt: String)
        case ambiguousName(String, actors: [String], firstAt: String)
        case unknownReference(String, field: String)
        /// An id with characters other than lower-case letters, digits and hyphens.
        case badID(String)
        /// An empty name, alias or cue, in the field named.
        case emptyValue(field: String)
        /// A name, alias or cue of common words only ("said", "the"): it would match everywhere.
        case commonWords(String, field: String)
        /// A tenure that ends before it begins.
        case endsBeforeItBegins(from: String, until: String)
    }

    public var path: String
    public var line: Int?
    public var problem: Problem

    public init(path: String, line: Int?, problem: Problem) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    public var errorDescription: String? {
        let place = line.map { "\(path):\($0)" } ?? path
        switch problem {
        case .unreadable(let reason):
            return "\(place): cannot read the registry: \(reason.hasSuffix(".") ? String(reason.dropLast()) : reason)."
        case .badYAML(let message):
            return "\(place): not valid YAML: \(message). Check the indentation and quote values that hold a colon."
        case .wrongShape(let message):
            return "\(place): \(message)."
        case .missingField(let field, let entry):
            return "\(place): this \(entry) has no `\(field)`; add one."
        case .unknownField(let field, let allowed):
            return "\(place): unknown key `\(field)`; the keys here are \(allowed.joined(separator: ", "))."
        case .unknownKind(let kind):
            return "\(place): unknown kind \"\(kind)\"; use one of: \(Actor.Kind.allCases.map(\.rawValue).joined(separator: ", "))."
        case .badDate(let text):
            return "\(place): \"\(text)\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2020-11-10)."
        case .duplicateID(let id, let first):
            return "\(place): the id \"\(id)\" is already used at \(first); give this entry another id."
        case .ambiguousName(let name, let actors, let first):
            return "\(place): the name \"\(name)\" would stand for both \(actors.joined(separator: " and ")) (first at \(first)); "
                + "keep it on one of them, or make it more specific."
        case .badID(let id):
            return "\(place): the id \"\(id)\" may hold only lower-case letters, digits and hyphens (it names files and links); write it like \"\(RegistryLoader.suggestedID(id))\"."
        case .emptyValue(let field):
            return "\(place): `\(field)` holds an empty value, which would match nothing or everything; remove it or write the words."
        case .commonWords(let words, let field):
            return "\(place): `\(field)` holds \"\(words)\", common words that are in every article, not a name; remove it or make it a name."
        case .endsBeforeItBegins(let from, let until):
            return "\(place): `until: \(until)` is before `from: \(from)`; swap them, or correct the year."
        case .unknownReference(let id, let field):
            return "\(place): `\(field)` names \"\(id)\", which is not defined; add an entry with that id or correct the spelling."
        }
    }
}
