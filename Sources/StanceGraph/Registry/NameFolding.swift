import Foundation

/// Names compared the way people spell them: without case, diacritics, dots or hyphens, so
/// "Çavuşoğlu" is "cavusoglu", "U.N." is "un" and "Nagorno-Karabakh" is "nagorno karabakh".
enum NameFolding {
    static func fold(_ name: some StringProtocol) -> String {
        let folded = String(name).folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        // A possessive is the name it marks: "Armenia's opposition" is "armenia opposition".
        let base = folded.replacing("'s ", with: " ").replacing("\u{2019}s ", with: " ")
        for character in base.hasSuffix("'s") || base.hasSuffix("\u{2019}s") ? String(base.dropLast(2)) : base {
            switch character {
            case "ı": out.append("i")
            case "ə": out.append("a")
            case "ø": out.append("o")
            case "ł": out.append("l")
            case "đ": out.append("d")
            case "ß": out.append("ss")
            case ".", "\u{2019}", "\u{2018}", "'": continue
            case "-", " ", "\u{00A0}", "\n", "\t", "_", "/":
                pendingSpace = !out.isEmpty
                continue
            default:
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }
}
