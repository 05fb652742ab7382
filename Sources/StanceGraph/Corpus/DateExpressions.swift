/// Month names and the dates written with them in news prose: "Nov 14 2020",
/// "November 14, 2020", "14 November 2020", "Dec. 3", "Sept. 27, 2020", "2020-11-14".
enum DateExpressions {
    /// The month a word names ("Nov", "nov.", "November", "Sept"), 1 to 12.
    static func month<Text: StringProtocol>(_ word: Text) -> Int? {
        // Read through the contiguous UTF-8 of a native String: byte by byte through `utf8`
        // costs several times more.
        word.utf8.withContiguousStorageIfAvailable(month(utf8:)) ?? month(utf8: Array(word.utf8))
    }

    /// The month a word already in lower case names.
    static func month(_ word: LowerWord) -> Int? {
        guard word.count >= 3, word.count <= 10 else { return nil }
        return monthFormSet.id(word).map { monthFormValues[$0] }
    }

    private static func month(utf8 word: some BidirectionalCollection<UInt8>) -> Int? {
        guard word.count >= 3, word.count <= 10, let first = word.first else { return nil }
        // Most words are ruled out by their first letter (j, f, m, a, s, o, n or d), and most of
        // the rest by their length and first and last letters, before any is lowered.
        switch first | 0x20 {
        case 0x6A, 0x66, 0x6D, 0x61, 0x73, 0x6F, 0x6E, 0x64: break
        default: return nil
        }
        return monthFormSet.id(lowering: word).map { monthFormValues[$0] }
    }

    private static let monthFormSet = WordSet(monthForms.keys)
    /// The month of each word of ``monthFormSet``, by its id.
    private static let monthFormValues = monthFormSet.map { monthForms[$0]! }

    /// "Nov", "nov.", "November", "Sept." → 11, 11, 11, 9: each month's full name, its first
    /// three letters, and "sept", with or without a full stop.
    static let monthForms: [String: Int] = {
        var forms: [String: Int] = [:]
        for (index, name) in monthNames.enumerated() {
            for form in [name, String(name.prefix(3))] + (name == "september" ? ["sept"] : []) {
                forms[form] = index + 1
                forms[form + "."] = index + 1
            }
        }
        return forms
    }()

    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"]

    /// A date found in text, with or without its year.
    struct Found: Hashable {
        var month: Int
        var day: Int
        var year: Int?
        /// Character offsets of the expression in the scanned text.
        var range: Range<Int>
    }

    /// Every date expression in `text`, in order.
    static func scan(_ text: String) -> [Found] {
        scan(Word.split(text))
    }

    /// Every date expression in the text cut into `words` by ``Word/split(_:)``, in order.
    static func scan(_ words: [Word]) -> [Found] {
        var found: [Found] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            if let iso = Day(iso: word.text) {
                found.append(Found(month: iso.month, day: iso.day, year: iso.year, range: word.range))
                index += 1
                continue
            }
            // Month Day[,] [Year], or Day Month [Year].
            var pair: (month: Int, day: Int)?
            if let month = month(word.text), index + 1 < words.count, let day = dayNumber(words[index + 1].text) {
                pair = (month, day)
            } else if let day = dayNumber(word.text), index + 1 < words.count, let month = month(words[index + 1].text),
                      words[index + 1].text.count > 3 || words[index + 1].text.hasSuffix(".") || words[index + 1].text.first!.isUppercase {
                pair = (month, day)
            }
            if let (month, day) = pair {
                var end = words[index + 1].range.upperBound
                var year: Int?
                if index + 2 < words.count, let y = yearNumber(words[index + 2].text) {
                    year = y
                    end = words[index + 2].range.upperBound
                }
                if Day(year: year ?? 2000, month: month, day: day) != nil {
                    found.append(Found(month: month, day: day, year: year, range: word.range.lowerBound..<end))
                    index += year == nil ? 2 : 3
                    continue
                }
            }
            index += 1
        }
        return found
    }

    /// "14", "14," or "14th" as a day of the month.
    static func dayNumber(_ word: some StringProtocol) -> Int? {
        guard startsWithDigit(word) else { return nil }
        var text = Substring(word)
        while let last = text.last, last == "," || last == "." { text = text.dropLast() }
        for suffix in ["st", "nd", "rd", "th"] where text.hasSuffix(suffix) {
            text = text.dropLast(2)
            break
        }
        guard (1...2).contains(text.count), text.allSatisfy(\.isASCII), let day = Int(text), (1...31).contains(day) else { return nil }
        return day
    }

    /// "2020" or "2020," as a year of news (1900 to 2099).
    static func yearNumber(_ word: some StringProtocol) -> Int? {
        guard startsWithDigit(word) else { return nil }
        var text = Substring(word)
        while let last = text.last, last == "," || last == "." { text = text.dropLast() }
        guard text.count == 4, let year = Int(text), (1900...2099).contains(year) else { return nil }
        return year
    }

    /// Whether `word` starts with an ASCII digit, as every day and year number does: a test
    /// that rules out most words before they are read as Characters.
    @inline(__always)
    private static func startsWithDigit(_ word: some StringProtocol) -> Bool {
        guard let first = word.utf8.first else { return false }
        return first &- 0x30 < 10
    }

    /// The years mentioned in `text` ("2020", "2020s" not counted), in order.
    static func years(in text: String) -> [Int] {
        Word.split(text).compactMap { yearNumber($0.text) }
    }
}

/// A run of letters, digits and the punctuation that belongs to words (`Dec.`, `2,317`,
/// `14th,`), with its character offsets.
struct Word: Hashable {
    var text: Substring
    var range: Range<Int>

    /// Letters, digits and the punctuation that belongs to words.
    @inline(__always)
    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isLetterOrDigit(scalar) || scalar == "." || scalar == "," || scalar == "-" || scalar == "'" || scalar == "/"
    }

    /// How many words `split` would give, counting no further than `limit`.
    static func count(_ text: String, limit: Int) -> Int {
        var count = 0
        var inside = false
        for scalar in text.unicodeScalars {
            let inWord = isWordScalar(scalar)
            if inWord, !inside {
                count += 1
                if count >= limit { return count }
            }
            inside = inWord
        }
        return count
    }

    static func split(_ text: String) -> [Word] {
        var words: [Word] = []
        var start: String.Index?
        var startOffset = 0
        var offset = 0
        let scalars = text.unicodeScalars
        for index in scalars.indices {
            let inWord = isWordScalar(scalars[index])
            if inWord, start == nil {
                start = index
                startOffset = offset
            } else if !inWord, let s = start {
                words.append(Word(text: text[s..<index], range: startOffset..<offset))
                start = nil
            }
            offset += 1
        }
        if let s = start { words.append(Word(text: text[s...], range: startOffset..<offset)) }
        return words
    }
}
