/// Folds the typographic variety of news text into plain forms, one Unicode scalar for one,
/// so that a character offset in the normalised text is the same offset in the original.
///
/// Quote marks of every kind become `"` or `'`; non-breaking, thin, zero-width and other odd
/// spaces become a plain space; hyphens, dashes and the minus sign become `-`; line and
/// paragraph separators become a newline, and a carriage return a space (before `\n`) or a
/// newline (alone). Other control characters (a form feed, an escape, U+0001 ...) become a
/// space: no output, terminal, XML or JSON, passes them on.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        var text = text
        return String(scalars: text.withUTF8(normalizedScalars))
    }

    /// The normalised scalars of valid UTF-8 `bytes`, decoded and folded in one pass.
    static func normalizedScalars(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var scalars = UTF8Decoding.scalars(bytes, normalizing: true)
        var index = scalars.startIndex
        while let found = scalars[index...].firstIndex(of: "\r") {
            scalars[found] = found + 1 < scalars.count && scalars[found + 1] == "\n" ? " " : "\n"
            index = found + 1
        }
        foldDoubledApostrophes(&scalars)
        return scalars
    }

    /// `''` used as a quote mark (`''We will win,'' she said`, as some papers print quotations)
    /// becomes a space and `"` (opening) or `"` and a space (closing), one scalar for one. In a
    /// run of three (`'Fox and Friends,'''`), the pair folded is the outer quotation's: the last
    /// two where the run closes a quotation, the first two where it opens one.
    static func foldDoubledApostrophes(_ scalars: inout [Unicode.Scalar]) {
        var index = scalars.startIndex
        while let found = scalars[index...].firstIndex(of: "'") {
            var end = found + 1
            while end < scalars.endIndex, scalars[end] == "'" { end += 1 }
            if end - found == 2 || end - found == 3 {
                let before = found == scalars.startIndex ? " " : scalars[found - 1]
                let opens = before == " " || before == "\n" || before == "(" || before == "-"
                // The mark stands next to the words it quotes: ` "We`, `win," `.
                let pair = end - found == 2 || opens ? found : found + 1
                scalars[pair] = opens ? " " : "\""
                scalars[pair + 1] = opens ? "\"" : " "
            }
            index = end
        }
    }

    @inline(__always)
    public static func normalize(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            if value < 0x20 { return value == 0x0A || value == 0x0D ? scalar : " " }
            return value == 0x60 ? "'" : value == 0x7F ? " " : scalar
        }
        switch value {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x301D, 0x301E, 0x301F, 0xFF02:
            return "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2039, 0x203A, 0x00B4, 0xFF07, 0x02BC:
            return "'"
        case 0x00A0, 0x1680, 0x2000...0x200D, 0x202F, 0x205F, 0x3000, 0xFEFF, 0x00AD, 0x2060:
            return " "
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            return "-"
        case 0x2028, 0x2029, 0x0085:
            return "\n"
        case 0x0080...0x009F:
            return " "
        case 0x2026:
            return "."
        default:
            return scalar
        }
    }
}
