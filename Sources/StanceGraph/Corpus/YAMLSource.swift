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
        } catch let error as YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
                 .composer(let context, let problem, let mark, _):
                let text = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
                throw Problem(line: mark.line + firstLine - 1, message: text)
            case .duplicatedKeysInMapping(let duplicates, let context):
                let keys = duplicates.map { "\"\($0)\"" }.joined(separator: ", ")
                throw Problem(line: context.mark.line + firstLine - 1,
                              message: (duplicates.count == 1 ? "the key \(keys) appears" : "the keys \(keys) appear") + " twice in one mapping")
            case .reader(let problem, _, _, _):
                throw Problem(line: nil, message: problem)
            default:
                throw Problem(line: nil, message: "\(error)")
            }
        } catch {
            throw Problem(line: nil, message: "\(error)")
        }
    }

    static func line(_ node: Node, firstLine: Int = 1) -> Int? {
        node.mark.map { $0.line + firstLine - 1 }
    }
}
