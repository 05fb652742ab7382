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
        /// Scalar offsets of the expression in the scanned text.
        var range: Range<Int>
    }

    /// Every date expression in `text`, in order, cut into words as a sentence is.
    static func scan(_ text: String) -> [Found] {
        scan(SentenceTokens(Array(text.unicodeScalars)))
    }

    /// Every date expression among `words`, in order: "Nov 14 2020", "November 14, 2020",
    /// "14 November 2020", "Dec. 3", "14th Sept.", "2020-11-14".
    static func scan(_ words: SentenceTokens) -> [Found] {
        let tokens = words.tokens, lower = words.lower
        var found: [Found] = []
        var index = 0
        /// The token after `index`, past the full stop of an abbreviated month ("Dec.").
        func next(after index: Int) -> Int {
            index + 1 < tokens.count && lower[index + 1] == "." && tokens[index + 1].range.lowerBound == tokens[index].range.upperBound
                ? index + 2 : index + 1
        }
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind != .punctuation else {
                index += 1
                continue
            }
            if token.kind == .number, let iso = Day(iso: words.text(of: index)) {
                found.append(Found(month: iso.month, day: iso.day, year: iso.year, range: token.range))
                index += 1
                continue
            }
            // Month Day[,] [Year], or Day Month [Year].
            var pair: (month: Int, day: Int)?
            var last = next(after: index)
            if token.kind == .word, let month = month(lower[index]), last < tokens.count,
               tokens[last].kind == .number, let day = dayNumber(lower[last].description) {
                pair = (month, day)
            } else if token.kind == .number, let day = dayNumber(lower[index].description), last < tokens.count,
                      tokens[last].kind == .word, let month = month(lower[last]),
                      // "3 mar" is rarely a date: an abbreviation is capitalised or has its full stop.
                      lower[last].count > 3 || tokens[last].isCapitalised || next(after: last) > last + 1 {
                pair = (month, day)
                last = next(after: last) - 1
            }
            if let (month, day) = pair {
                var end = tokens[last].range.upperBound
                var year: Int?
                var after = last + 1
                if after < tokens.count, lower[after] == "," { after += 1 }
                if after < tokens.count, tokens[after].kind == .number, let y = yearNumber(lower[after].description) {
                    year = y
                    end = tokens[after].range.upperBound
                    last = after
                }
                if Day(year: year ?? 2000, month: month, day: day) != nil {
                    found.append(Found(month: month, day: day, year: year, range: token.range.lowerBound..<end))
                    index = last + 1
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
        let words = SentenceTokens(Array(text.unicodeScalars))
        return words.tokens.indices.compactMap { index in
            words.tokens[index].kind == .number ? yearNumber(words.lower[index].description) : nil
        }
    }
}
