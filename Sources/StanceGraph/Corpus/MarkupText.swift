/// Text made safe for XML and HTML: as element content or a quoted attribute value.
public enum MarkupText {
    /// `& < > " '` as entities, and the characters XML 1.0 cannot hold at all (C0 controls but
    /// tab, line feed and carriage return; U+FFFE and U+FFFF) left out. With `dropC1`, the C1
    /// controls and DEL too, which XML allows but a browser shows as boxes, and a terminal may
    /// read as commands.
    public static func escape(_ text: some StringProtocol, dropC1: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                if dropC1, (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
