/// Text wrapped to a width, between words.
public enum Wrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        // Most lines fit as they are: single spaces, and no more scalars than the width (a
        // character is one scalar or more, so no more characters either).
        let bytes = text.utf8
        if bytes.first != 0x20, bytes.last != 0x20 {
            var scalars = 0
            var previous: UInt8 = 0
            var plain = true
            for byte in bytes {
                if byte & 0xC0 != 0x80 { scalars += 1 }
                if byte == 0x20 && previous == 0x20 || scalars > width {
                    plain = false
                    break
                }
                previous = byte
            }
            if plain { return text.isEmpty ? [] : [text] }
        }
        var lines: [String] = []
        var text = text
        text.withUTF8 { bytes in
            // The line being built, as bytes, and its length in characters.
            var line: [UInt8] = []
            var length = 0
            var index = 0
            while index < bytes.count {
                guard bytes[index] != 0x20 else {
                    index += 1
                    continue
                }
                var end = index, ascii = true
                while end < bytes.count, bytes[end] != 0x20 {
                    if bytes[end] >= 0x80 { ascii = false }
                    end += 1
                }
                let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
                index = end
                // Characters, counted byte by byte where every one is ASCII.
                let count = ascii ? word.count : String(decoding: word, as: UTF8.self).count
                if !line.isEmpty, length + 1 + count > width {
                    lines.append(String(decoding: line, as: UTF8.self))
                    line.removeAll(keepingCapacity: true)
                    length = 0
                }
                if count > width {
                    // A word longer than a line: cut between characters.
                    var rest = Substring(String(decoding: word, as: UTF8.self))
                    while rest.count > width { lines.append(String(rest.prefix(width))); rest = rest.dropFirst(width) }
                    line = Array(rest.utf8)
                    length = rest.count
                } else {
                    if !line.isEmpty { line.append(0x20) }
                    line.append(contentsOf: word)
                    length += (length == 0 ? 0 : 1) + count
                }
            }
            if !line.isEmpty { lines.append(String(decoding: line, as: UTF8.self)) }
        }
        return lines
    }
}

/// Text a terminal shows as written.
public enum TerminalText {
    /// `text` with the control characters a terminal would obey (an escape starting a colour
    /// or a cursor move, a bell, a form feed ...) shown as U+FFFD: text from articles and file
    /// names is shown, never run. Line feeds and tabs stay.
    public static func printable(_ text: String) -> String {
        func isControl(_ scalar: Unicode.Scalar) -> Bool {
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
        }
        // Looked for byte by byte first: C1 controls are 0xC2 0x80 to 0xC2 0x9F in UTF-8, and a
        // 0xC2 before anything else ("·", "©") is printable.
        var previous: UInt8 = 0
        let found = text.utf8.contains { byte in
            defer { previous = byte }
            return (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F || (previous == 0xC2 && (0x80...0x9F).contains(byte))
        }
        guard found else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return String(out)
    }
}
