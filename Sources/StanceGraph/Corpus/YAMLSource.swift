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
            let node = try Yams.compose(yaml: text)
            if let node { try checkDuplicateKeys(node, firstLine: firstLine) }
            return node
        } catch let problem as Problem {
            throw problem
        } catch let error as YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
                throw Problem(line: mark.line + firstLine - 1, message: text)
            case .reader(let problem, _, _, _):
                throw Problem(line: nil, message: problem)
            default:
                throw Problem(line: nil, message: "\(error)")
            }
        } catch {
            throw Problem(line: nil, message: "\(error)")
        }
    }

    /// libyaml keeps the last of two equal keys without a word; a person editing by hand means
    /// neither silently, so a repeated key is an error.
    private static func checkDuplicateKeys(_ node: Node, firstLine: Int) throws(Problem) {
        switch node {
        case .mapping(let mapping):
            var seen = Set<String>()
            for (key, value) in mapping {
                if let name = key.string, !seen.insert(name).inserted {
                    throw Problem(line: key.mark.map { $0.line + firstLine - 1 }, message: "the key \"\(name)\" appears twice in one mapping")
                }
                try checkDuplicateKeys(value, firstLine: firstLine)
            }
        case .sequence(let sequence):
            for item in sequence { try checkDuplicateKeys(item, firstLine: firstLine) }
        default:
            break
        }
    }

    static func line(_ node: Node, firstLine: Int = 1) -> Int? {
        node.mark.map { $0.line + firstLine - 1 }
    }
}
