/// The numbers a statement claims, and what they count: "2,317 servicemen are dead",
/// "28 servicemen were still missing", "four Armenian soldiers were wounded", "12 soldiers
/// have been captured", "lost two military posts".
enum FigureReader {
    static let numberWords: WordMap<Int> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "dozens": 24,
    ]
    static let people = Lexicons.grammar(.people)
    static let timeUnits = Lexicons.grammar(.timeUnits)
    /// What befell the people counted, and the words that say so.
    static let categories: [(String, [String])] = [
        ("killed", ["killed", "killing", "kills", "dead", "died", "death", "deaths", "martyrs", "corpses", "bodies", "fatalities", "perished", "losses", "lost", "toll"]),
        ("wounded", ["wounded", "injured", "injuries", "hurt", "injuring", "wounding"]),
        ("missing", ["missing"]),
        ("captured", ["captured", "prisoners", "detained", "hostages", "held", "captive", "taken"]),
    ]
    /// The category of each word of ``categories``, by one look-up (no word is in two).
    static let categoryOf = WordMap(Dictionary(uniqueKeysWithValues: categories.flatMap { name, words in words.map { ($0, name) } }))

    /// "at least", "nearly", "more than": between a verb and its number.
    static let approximators = Lexicons.grammar(.approximators)
    /// "6 were missing", "two had been captured".
    static let linkingVerbs = Lexicons.grammar(.linkingVerbs)
    static let modifiers = Lexicons.grammar(.modifiers)

    /// `Int(text.replacing(",", with: ""))` for a token that starts with a digit: its digits
    /// with thousands separators, else nil ("2.5", "14th", "1990s").
    static func integer(_ text: String) -> Int? {
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            if byte == 0x2C { continue }
            guard byte &- 0x30 < 10 else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(Int(byte &- 0x30))
            guard !overflow, !carry else { return nil }
            value = sum
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// A hyphenated adjective in lower case: "anti-tank", "long-range".
    static func isCompoundAdjective(_ view: SentenceView, _ index: Int) -> Bool {
        view.tokens[index].kind == .word && !view.tokens[index].isCapitalised && view.lowerText(index).contains("-")
    }

    static func figures(in view: SentenceView, _ range: Range<Int>) -> [Figure] {
        var figures: [Figure] = []
        for index in range {
            let token = view.tokens[index]
            let value: Int?
            if token.kind == .number {
                // Case does not matter: any letter makes it no integer.
                value = Self.integer(view.lowerText(index))
            } else {
                value = numberWords[view.lower[index]]
            }
            guard let value else { continue }
            if index > range.lowerBound, DateExpressions.month(view.lower[index - 1]) != nil { continue }
            // "wounding 34", "killing at least 12": the verb says what befell them.
            var verb = index - 1
            while verb > range.lowerBound, approximators.contains(view.lower[verb]) { verb -= 1 }
            if verb >= range.lowerBound, view.lower[verb].hasSuffix("ing"),
               let category = Self.categoryOf[view.lower[verb]],
               index + 1 >= range.upperBound || !people.contains(view.lower[index + 1]) && view.tokens[index + 1].kind != .word {
                figures.append(Figure(value: value, what: category))
                continue
            }
            // "one was killed and four wounded", "15 detained Armenians": what befell them, right
            // after the number.
            if index + 1 < range.upperBound, let category = Self.categoryOf[view.lower[index + 1]], view.tokens[index + 1].kind == .word {
                figures.append(Figure(value: value, what: category))
                continue
            }
            // What it counts: the noun after it, past adjectives ("two wounded Azerbaijani soldiers",
            // "97,000 anti-tank and anti-personnel mines").
            var noun = index + 1
            while noun < range.upperBound, noun - index <= 5,
                  modifiers.contains(view.lower[noun]) || view.tokens[noun].isCapitalised && view.lower[noun].hasSuffix("n")
                    || Self.isCompoundAdjective(view, noun) || (view.lower[noun] == "and" && noun + 1 < range.upperBound && Self.isCompoundAdjective(view, noun + 1)) {
                noun += 1
            }
            guard noun < range.upperBound, view.tokens[noun].kind == .word else { continue }
            // "6 were missing", "two had been captured": a number, a verb, then what befell them.
            if linkingVerbs.contains(view.lower[noun]) {
                let window = noun..<min(range.upperBound, noun + 4)
                if let category = window.lazy.compactMap({ Self.categoryOf[view.lower[$0]] }).first {
                    figures.append(Figure(value: value, what: category))
                }
                continue
            }
            let counted = view.lower[noun]
            if timeUnits.contains(counted) || DateExpressions.month(counted) != nil { continue }
            let isPeople = people.contains(counted)
            guard isPeople || (counted.hasSuffix("s") && view.lowerText(noun).count > 3 && !(1900...2100).contains(value)) else { continue }
            var what = isPeople ? "" : (index + 1..<noun + 1).map { view.text($0..<$0 + 1) }.joined(separator: " ")
            if isPeople {
                let window = max(range.lowerBound, index - 8)..<min(range.upperBound, noun + 8)
                var best: (distance: Int, name: String)?
                for position in window {
                    if let name = categoryOf[view.lower[position]] {
                        let distance = abs(position - index)
                        if best == nil || distance < best!.distance { best = (distance, name) }
                    }
                }
                what = best?.name ?? view.lowerText(noun)
            }
            figures.append(Figure(value: value, what: what))
        }
        return figures
    }
}
