/// Statement ids: twelve hexadecimal digits from the article's id and the statement's
/// words, folded (case, punctuation and spacing aside).
///
/// The same words in the same article give the same id on every run and every machine, so
/// an id printed today still names the statement after a re-extraction that finds it
/// again. Words repeated in one article take `-2`, `-3` in order. A user may type any
/// unique prefix of at least six digits, as with git.
public enum StatementID {
    /// The id of a statement with `text` in `article`, before any repeat suffix.
    public static func make(article: String, text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        for byte in article.utf8 { mix(byte) }
        mix(0)
        // The bytes of `folded(text)`, hashed as they are made: words of letters and digits,
        // lowered, one space between them.
        var started = false, space = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                let lowered = (0x41...0x5A).contains(byte) ? byte + 32 : byte
                if (0x30...0x39).contains(lowered) || (0x61...0x7A).contains(lowered) {
                    if space && started { mix(0x20) }
                    mix(lowered)
                    started = true
                    space = false
                } else {
                    space = true
                }
            } else if isWordScalar(scalar) {
                if space && started { mix(0x20) }
                for byte in scalar.properties.lowercaseMapping.utf8 { mix(byte) }
                started = true
                space = false
            } else {
                space = true
            }
        }
        // FNV's low bits mix poorly on short inputs: fold the high half in before cutting.
        hash ^= hash >> 29
        hash &*= 0xbf58_476d_1ce4_e5b9
        hash ^= hash >> 32
        let hex = String(hash, radix: 16)
        return String(String(repeating: "0", count: max(0, 16 - hex.count)) + hex).prefix(12).description
    }

    /// Beyond ASCII: letters, digits, and combining marks kept with their letter.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// Gives each statement of one article its id, in order.
    public static func assign(_ statements: inout [Statement]) {
        var seen: [String: Int] = [:]
        for index in statements.indices {
            let base = make(article: statements[index].article, text: statements[index].text)
            let count = seen[base, default: 0] + 1
            seen[base] = count
            statements[index].id = count == 1 ? base : base + "-\(count)"
        }
    }

    /// Lower-case letters and digits, words separated by one space: what the id and the
    /// anchoring of corrections compare.
    public static func folded(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// The folded words of `text`.
    public static func words(_ text: String) -> [String] {
        var words: [String] = []
        var word = String.UnicodeScalarView()
        func end() {
            if !word.isEmpty {
                words.append(String(word))
                word = String.UnicodeScalarView()
            }
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: word.append(scalar)
            case 0x41...0x5A: word.append(Unicode.Scalar(scalar.value + 32)!)
            case 0..<0x80: end()
            default:
                if isWordScalar(scalar) {
                    word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                } else {
                    end()
                }
            }
        }
        end()
        return words
    }

    /// Whether `typed` could be a statement id or a prefix of one.
    public static func isPlausible(_ typed: String) -> Bool {
        let base = typed.split(separator: "-", maxSplits: 1).first.map(String.init) ?? typed
        return base.count >= 6 && base.count <= 12 && base.allSatisfy(\.isHexDigit)
    }
}
