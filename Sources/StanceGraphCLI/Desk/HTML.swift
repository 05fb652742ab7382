import StanceGraph

/// HTML built as text, with every piece of article text escaped on the way in.
///
/// Article text is untrusted: a statement may hold `<script>`, `"><img onerror=...>` or a
/// `javascript:` link. Nothing reaches a page but through ``escape(_:)`` (text and attribute
/// values alike) or ``href(_:)`` (links from articles' front matter).
enum HTML {
    /// Text safe inside an element or a quoted attribute value: `& < > " '` as entities, and the
    /// characters XML forbids left out, so that inline SVG and the page stay well-formed.
    static func escape(_ text: some StringProtocol) -> String { MarkupText.escape(text, dropC1: true) }

    /// A link from an article's front matter, when it is a web address (`http:` or `https:`);
    /// nil for anything else, `javascript:` and `data:` among them, which is then shown as text.
    static func href(_ url: String?) -> String? {
        guard let url = url?.trimmed(), !url.isEmpty else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value < 0x21 || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" }) else { return nil }
        return url
    }

    /// A URL path segment or query value: everything but unreserved characters percent-encoded.
    static func component(_ text: String) -> String {
        encoded(text, marker: "%", digits: "0123456789ABCDEF", keeping: ".~")
    }

    /// `text` with every byte but ASCII letters, digits, `-`, `_` and those in `keeping`
    /// written as `marker` and two hexadecimal `digits`.
    static func encoded(_ text: String, marker: Unicode.Scalar, digits: String, keeping: String) -> String {
        let digits = Array(digits.unicodeScalars)
        let kept = Set(keeping.utf8)
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case _ where kept.contains(byte):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result.unicodeScalars.append(marker)
                result.unicodeScalars.append(digits[Int(byte >> 4)])
                result.unicodeScalars.append(digits[Int(byte & 0xF)])
            }
        }
        return result
    }

    /// A query string from its pairs, leaving out empty values: `?a=1&b=2`, or "" when none.
    static func query(_ pairs: [(String, String?)]) -> String {
        let kept = pairs.compactMap { name, value in value.flatMap { $0.isEmpty ? nil : name + "=" + component($0) } }
        return kept.isEmpty ? "" : "?" + kept.joined(separator: "&")
    }

    /// Decodes `%XX` and `+` in a query value or form field; nil when the bytes are not UTF-8.
    static func decodeComponent(_ text: some StringProtocol) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
            default: return nil
            }
        }
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hex), let low = iterator.next().flatMap(hex) else { return nil }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    /// The pairs of a query string or a form body (`a=1&b=2`); nil when one is malformed.
    static func pairs(_ text: some StringProtocol) -> [(String, String)]? {
        var result: [(String, String)] = []
        for part in text.split(separator: "&", omittingEmptySubsequences: true) {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = decodeComponent(pieces[0]), let value = decodeComponent(pieces.count > 1 ? pieces[1] : "") else { return nil }
            result.append((name, value))
        }
        return result
    }

    /// `text` with the first occurrence of `words` (ignoring case) marked, escaped; the whole
    /// of `text` marked when the words are not in it as written.
    static func highlighting(_ words: String, in text: String, markClass: String? = nil) -> String {
        let open = markClass.map { "<mark class=\"\($0)\">" } ?? "<mark>"
        let needle = words.trimmed()
        if !needle.isEmpty, let found = text.range(of: needle, options: .caseInsensitive) {
            return escape(text[..<found.lowerBound]) + open + escape(text[found]) + "</mark>" + escape(text[found.upperBound...])
        }
        return open + escape(text) + "</mark>"
    }

    /// An SVG document as an element to put inside a page: its XML declaration and doctype
    /// taken off, and Graphviz's fixed size in points replaced so that it scales to the page.
    static func inlineSVG(_ bytes: some Sequence<UInt8>) -> String {
        let svg = String(decoding: Array(bytes), as: UTF8.self)
        guard let start = svg.range(of: "<svg") else { return "" }
        var element = String(svg[start.lowerBound...])
        // `width="1234pt" height="567pt"` on the root only: the viewBox keeps the proportions.
        if let close = element.firstIndex(of: ">") {
            var head = String(element[..<close])
            for name in ["width", "height"] {
                if let found = head.range(of: " \(name)=\"[^\"]*\"", options: .regularExpression) { head.removeSubrange(found) }
            }
            element = head + " class=\"graph\" role=\"img\"" + element[close...]
        }
        return element
    }
}
