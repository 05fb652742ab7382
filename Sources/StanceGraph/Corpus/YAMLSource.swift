import Yams

/// YAML parsed into nodes that remember their lines, with errors reduced to a line and a
/// message a person can act on.
enum YAMLSource {
    struct Problem: Error, Hashable {
        var line: Int?
        var message: String
    }

    /// Parses `text`; `firstLine` is the file line the text starts on (front matter starts on 2).
    static func compose(_ text: String, firstLine: Int = 1) throws(Problem) -> Node? {
        do {
            return try Yams.compose(yaml: text)
        } catch {
            throw problem(error, firstLine: firstLine)
        }
    }

    /// Parses every document of `text` (documents start with `---`): a file may have several,
    /// as when entries printed by the tool are appended to it.
    static func composeAll(_ text: String) throws(Problem) -> [Node] {
        do {
            // Root by root: Yams's own sequence of documents drops an error as the end.
            let parser = try Parser(yaml: text)
            var documents: [Node] = []
            while let root = try parser.nextRoot() { documents.append(root) }
            return documents
        } catch {
            throw problem(error, firstLine: 1)
        }
    }

    private static func problem(_ error: any Error, firstLine: Int) -> Problem {
        guard let error = error as? YamlError else { return Problem(line: nil, message: "\(error)") }
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            return Problem(line: mark.line + firstLine - 1, message: text)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
            return Problem(line: context.mark.line + firstLine - 1,
                          message: (duplicates.count == 1 ? "the key \(keys) appears" : "the keys \(keys) appear") + " twice in one mapping")
        case .reader(let problem, _, _, _):
            return Problem(line: nil, message: problem)
        default:
            return Problem(line: nil, message: "\(error)")
        }
    }

    static func line(_ node: Node, firstLine: Int = 1) -> Int? {
        node.mark.map { $0.line + firstLine - 1 }
    }
}

/// Text written as YAML, for files a person and the tool both edit.
public enum YAMLText {
    /// `text` as a double-quoted YAML scalar: any text, read back as it is.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f || (0x80..<0xa0).contains(scalar.value) {
                    out += "\\x" + (scalar.value < 16 ? "0" : "") + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
