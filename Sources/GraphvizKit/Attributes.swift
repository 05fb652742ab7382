/// The value of a Graphviz attribute.
///
/// `.text` is literal text: Graphviz shows it as written, whatever backslashes, quotes or
/// angle brackets it holds (newlines become line breaks). `.escaped` is a Graphviz escape
/// string passed through as is (`\l` left-justifies a line, `\N` is the node's name).
/// `.html` is an HTML-like label (`<b>bold</b>`), checked by Graphviz's own parser.
public enum AttributeValue: Hashable, Sendable, Codable, ExpressibleByStringLiteral, CustomStringConvertible {
    case text(String)
    case escaped(String)
    case html(String)

    public init(stringLiteral value: String) {
        self = .text(value)
    }

    /// The string cgraph stores for this value (what the DOT parser would store).
    var graphvizString: String {
        switch self {
        case .text(let text): return AttributeValue.escapeString(text)
        case .escaped(let raw), .html(let raw): return raw
        }
    }

    var isHTML: Bool {
        if case .html = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .text(let text), .escaped(let text), .html(let text): return text
        }
    }

    /// Turns literal text into an escape string that Graphviz displays as the same text.
    static func escapeString(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == 10 || $0 == 13 }) else {
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\r": out += "\\n"
            case "\n" where previousWasCR: break
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return out
    }
}

/// One attribute: a name such as `label` or `color` and its value.
public struct Attribute: Hashable, Sendable, Codable {
    public var name: String
    public var value: AttributeValue

    public init(_ name: String, _ value: AttributeValue) {
        self.name = name
        self.value = value
    }

    /// The attributes whose value is a link (`URL`, `href`, `headURL` ...).
    static let linkNames: Set<String> = ["URL", "href", "edgeURL", "edgehref", "headURL", "headhref",
                                         "tailURL", "tailhref", "labelURL", "labelhref"]

    /// The string cgraph stores: for a link given as literal text, characters that a URL may
    /// never hold raw (quotes, angle brackets, spaces, backslashes ...) are percent-encoded,
    /// which keeps its meaning and keeps it from breaking the SVG and image maps it lands in.
    var graphvizString: String {
        guard case .text(let text) = value, Attribute.linkNames.contains(name) else { return value.graphvizString }
        var encoded = ""
        for byte in text.utf8 {
            if byte <= 0x20 || byte >= 0x7F || Attribute.unsafeInURL.contains(byte) {
                encoded += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            } else {
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return encoded
    }

    private static let unsafeInURL = Set("\"<>\\^`{|}".utf8)
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

/// Attributes in the order they were set, each name at most once.
///
/// ```swift
/// var style: Attributes = ["shape": "box", "color": "red"]
/// style["label"] = .text("Ilham Aliyev")
/// ```
public struct Attributes: Hashable, Sendable, Codable, ExpressibleByDictionaryLiteral, RandomAccessCollection {
    public private(set) var elements: [Attribute] = []

    public init() {}

    public init(dictionaryLiteral pairs: (String, AttributeValue)...) {
        for (name, value) in pairs { self[name] = value }
    }

    public var startIndex: Int { elements.startIndex }
    public var endIndex: Int { elements.endIndex }
    public subscript(position: Int) -> Attribute { elements[position] }

    /// The value set for `name`; setting `nil` removes it, setting a new value keeps its place.
    public subscript(name: String) -> AttributeValue? {
        get { elements.first(where: { $0.name == name })?.value }
        set {
            let index = elements.firstIndex(where: { $0.name == name })
            switch (index, newValue) {
            case let (index?, value?): elements[index].value = value
            case let (index?, nil): elements.remove(at: index)
            case let (nil, value?): elements.append(Attribute(name, value))
            case (nil, nil): break
            }
        }
    }

    /// These attributes with `other`'s set over them.
    public func merging(_ other: Attributes) -> Attributes {
        var merged = self
        for attribute in other { merged[attribute.name] = attribute.value }
        return merged
    }
}
