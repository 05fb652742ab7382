#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GraphvizKit

/// Edits to a registry file's text that keep its comments, order and layout.
public enum RegistryEdit {
    /// `text` with `alias` added to the aliases of the actor `id`, or nil when the file has no
    /// such entry. A flow list (`aliases: [a, b]`) gets one more item, a block list one more
    /// line, and an entry without aliases an `aliases:` line after its `id`.
    public static func addAlias(_ alias: String, to id: String, in text: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        func value(_ line: String, key: String) -> String? {
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            guard trimmed.hasPrefix(key + ":") else { return nil }
            var rest = trimmed.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
            if let hash = rest.range(of: " #") { rest = String(rest[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces) }
            return String(rest.drop { $0 == "\"" || $0 == "'" }.reversed().drop { $0 == "\"" || $0 == "'" }.reversed())
        }
        guard let start = lines.firstIndex(where: { line in
            line.trimmingCharacters(in: .whitespaces).hasPrefix("- ") && value(line, key: "id") == id
        }) else { return nil }
        let dash = lines[start].prefix { $0 == " " }.count
        let indent = String(repeating: " ", count: dash + 2)
        var end = start + 1
        while end < lines.count {
            let line = lines[end]
            let spaces = line.prefix { $0 == " " }.count
            let blank = line.trimmingCharacters(in: .whitespaces).isEmpty || line.trimmingCharacters(in: .whitespaces).hasPrefix("#")
            if !blank && spaces <= dash { break }
            end += 1
        }
        let quoted = "\"" + alias.replacingScalars("\\", with: "\\\\").replacingScalars("\"", with: "\\\"") + "\""
        if let row = (start..<end).first(where: { $0 == start ? false : lines[$0].hasPrefix(indent + "aliases:") }) {
            let line = lines[row]
            if let close = line.lastIndex(of: "]") {
                let inside = line[line.index(after: line.firstIndex(of: "[")!)..<close].trimmingCharacters(in: .whitespaces)
                lines[row] = String(line[..<close]) + (inside.isEmpty ? "" : ", ") + quoted + String(line[close...])
            } else {
                // A block list: one more `- item` line after its last.
                var last = row
                while last + 1 < end, lines[last + 1].trimmingCharacters(in: .whitespaces).hasPrefix("- ") { last += 1 }
                let itemIndent = last > row ? String(lines[last].prefix { $0 == " " }) : indent + "  "
                lines.insert(itemIndent + "- " + quoted, at: last + 1)
            }
        } else {
            lines.insert(indent + "aliases: [" + quoted + "]", at: start + 1)
        }
        return lines.joined(separator: "\n")
    }
}
