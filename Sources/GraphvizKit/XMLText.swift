/// Text that XML 1.0 can hold. Graphviz copies labels and tooltips into SVG as they are,
/// and XML forbids most control characters even when escaped: a form feed, a vertical tab,
/// an escape or U+0001 in an article would make the SVG malformed. They are dropped before
/// Graphviz sees the text; tab, line feed and carriage return stay.
public enum XMLText {
    /// `text` without the characters XML 1.0 cannot hold.
    public static func removingForbidden(_ text: String) -> String {
        // Looked for in place first: nearly every text has none.
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D || $0 == 0xEF }) else { return text }
        let bytes = Array(text.utf8)
        guard hasForbidden(bytes) else { return text }
        return String(decoding: removingForbidden(bytes), as: UTF8.self)
    }

    /// UTF-8 bytes without those of the characters XML 1.0 cannot hold.
    public static func removingForbidden(_ bytes: [UInt8]) -> [UInt8] {
        guard hasForbidden(bytes) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if let width = forbiddenWidth(bytes, at: index) {
                index += width
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }

    static func hasForbidden(_ bytes: [UInt8]) -> Bool {
        bytes.indices.contains { forbiddenWidth(bytes, at: $0) != nil }
    }

    /// The length of the forbidden character starting at `index`, if one does: a C0 control
    /// other than tab, line feed and carriage return, or U+FFFE and U+FFFF.
    private static func forbiddenWidth(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x20 { return byte == 0x09 || byte == 0x0A || byte == 0x0D ? nil : 1 }
        if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF { return 3 }
        return nil
    }
}
