import Foundation

/// Names compared the way people spell them: without case, diacritics, dots, apostrophes,
/// possessives or hyphens, so "Çavuşoğlu" is "cavusoglu", "U.N." is "un", "Armenia's
/// opposition" is "armenia opposition" and "Nagorno-Karabakh" is "nagorno karabakh".
public enum NameFolding {
    public static func fold(_ name: some StringProtocol) -> String {
        String(scalars: foldedScalars(name))
    }

    static func foldedScalars(_ name: some StringProtocol) -> [Unicode.Scalar] {
        // ASCII, the common case, needs no Unicode folding.
        let ascii = name.isASCII
        let source = ascii ? [Unicode.Scalar](scalarsOf: name)
            : Array(String(name).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).unicodeScalars)
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(source.count)
        var pendingSpace = false
        var index = 0
        while index < source.count {
            let scalar = source[index]
            index += 1
            switch scalar.value {
            case 0x41...0x5A:
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(Unicode.Scalar(scalar.value + 32)!)
            case 0x27, 0x2019, 0x2018:
                // A possessive "'s" at a word's end is dropped with its apostrophe.
                if index < source.count, source[index] == "s" || source[index] == "S",
                   index + 1 == source.count || isSeparator(source[index + 1]) {
                    index += 1
                }
            case 0x2E:
                continue
            case 0x2D, 0x20, 0xA0, 0x0A, 0x09, 0x5F, 0x2F:
                pendingSpace = !out.isEmpty
            default:
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                switch scalar {
                case "ı": out.append("i")
                case "ə", "Ə": out.append("a")
                case "ø": out.append("o")
                case "ł": out.append("l")
                case "đ": out.append("d")
                case "ß": out.append("s"); out.append("s")
                default: out.append(scalar)
                }
            }
        }
        return out
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "-" || scalar == "," || scalar == "." || scalar == "\n" || scalar == "/"
    }
}
