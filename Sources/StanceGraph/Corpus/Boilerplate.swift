/// Tells article prose from the furniture around it, by the shape of a paragraph rather than
/// by a list of any one site's strings.
enum Boilerplate {
    /// What a paragraph is compared with: the article's outlet and title, folded once.
    struct Article {
        var outlet: String?
        var title: String?

        init(outlet: String?, title: String?) {
            self.outlet = outlet?.lettersAndDigits
            self.title = title?.lettersAndDigits
        }
    }

    /// The kind of one paragraph. `previous` is the kind of the paragraph before it.
    static func classify(_ text: String, previous: Paragraph.Kind?, outlet: String?, title: String?) -> Paragraph.Kind {
        classify(text, previous: previous, article: Article(outlet: outlet, title: title))
    }

    static func classify(_ text: String, previous: Paragraph.Kind?, article: Article) -> Paragraph.Kind {
        // Furniture is short: a paragraph of more than 25 words that ends a sentence is prose.
        if endsSentence(text), hasSpaces(moreThan: 25, text) { return .body }
        let trimmed = isTrimmed(text) ? text : text.trimmed()
        let shape = Shape(trimmed)
        let ends = endsSentence(trimmed)
        let wordCount = shape.words
        lazy var words = trimmed.utf8.split(separator: 0x20).map { Substring($0) }
        lazy var folded = trimmed.lettersAndDigits

        if trimmed.unicodeScalars.allSatisfy({ ScalarClass.isDigit($0) || $0 == " " || ",.:/|-+%()".unicodeScalars.contains($0) }) {
            return .boilerplate("a lone number, such as a share or comment count")
        }
        if let outlet = article.outlet, foldsTo(trimmed, outlet) {
            return .boilerplate("the outlet's name")
        }
        // "By Jane Roe", "Reporting by ...", and "Contributing: Jane Roe, Tom Doe and Ann Poe,
        // Example Wire", the reporters who helped, which runs longer.
        if !ends, let first = words.first.map({ $0.lowercased() }), Self.bylineOpeners.contains(first),
           wordCount <= (first == "contributing:" ? 25 : 8) {
            return .byline
        }
        if !ends, case .byline = previous, wordCount <= 4, words.allSatisfy({ $0.first?.isUppercase == true }) {
            return .byline
        }
        // A navigation label ends in ":" or "|": most paragraphs have neither.
        if wordCount <= 12, shape.hasLabelMark, let label = navigationLabel(words) {
            return .boilerplate(label)
        }
        if wordCount <= 25, containsCallToAction(trimmed) {
            return .boilerplate("a promotion or call to action")
        }
        if !ends, wordCount <= 10 {
            if folded.utf8.split(separator: 0x20).contains(where: { photoWords.contains(Substring($0)) }) {
                return .boilerplate("a photo credit or caption")
            }
        }
        if !ends, wordCount <= 6, words.allSatisfy({ navigationWords.contains($0.lowercased().filter(\.isLetter)) }) {
            return .boilerplate("navigation")
        }
        if isDateline(trimmed, spaced: wordCount) { return .dateline }
        if let title = article.title, foldsTo(trimmed, title) { return .heading }
        if wordCount <= 20, !ends { return .heading }
        return .body
    }

    /// Whether `text` has more than `limit` spaces, counted no further.
    private static func hasSpaces(moreThan limit: Int, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var spaces = 0
            for byte in bytes where byte == 0x20 {
                spaces += 1
                if spaces > limit { return true }
            }
            return false
        }
    }

    /// What one pass over a paragraph's bytes tells: its words (runs of anything but a space,
    /// as `text.utf8.split(separator: 0x20)` cuts them), and whether it has the ":" or "|"
    /// that ends a navigation label.
    struct Shape {
        var words = 0
        var hasLabelMark = false

        init(_ text: String) {
            var text = text
            self = text.withUTF8 { bytes in
                var shape = Shape()
                var inside = false
                for byte in bytes {
                    if byte == 0x20 {
                        inside = false
                        continue
                    }
                    if !inside { shape.words += 1 }
                    inside = true
                    if byte == 0x3A || byte == 0x7C { shape.hasLabelMark = true }
                }
                return shape
            }
        }

        private init() {}
    }

    /// Whether `text.lettersAndDigits == key`, without making the folded text.
    private static func foldsTo(_ text: String, _ key: String) -> Bool {
        var expected = key.unicodeScalars.makeIterator()
        for scalar in text.unicodeScalars {
            guard let folded = String.letterOrDigitFold(scalar) else { continue }
            guard expected.next() == folded else { return false }
        }
        return expected.next() == nil
    }

    /// Whether `text` holds one of ``callsToAction``, in any case.
    private static func containsCallToAction(_ text: String) -> Bool {
        callToActionSearch.occurs(in: text)
    }

    private static let callToActionSearch = PhraseSearch(callsToAction)

    /// "Read: ...", "Also read | ...", "WATCH: ...", "Related: ...": a label, then a headline.
    private static func navigationLabel(_ words: [Substring]) -> String? {
        // A label ends in ":" or "|", or a lone "|" follows it, within the first four words.
        guard words.prefix(4).contains(where: { $0.utf8.contains(0x3A) || $0.utf8.contains(0x7C) }) else { return nil }
        var label = ""
        for word in words.prefix(3) {
            label += (label.isEmpty ? "" : " ") + word.lowercased()
            let bare = label.trimmingSuffix(":").trimmingSuffix("|").trimmed()
            if (word.hasSuffix(":") || word.hasSuffix("|") || words.dropFirst(label.split(separator: " ").count).first == "|"),
               navigationLabels.contains(bare) {
                return "a navigation or promotion line (\(bare))"
            }
        }
        return nil
    }

    static let navigationLabels = Lexicons.grammar(.navigationLabels)
    /// "by", "reporting", "author:": the first words of a byline.
    static let bylineOpeners = Lexicons.grammar(.bylineOpeners)

    static let callsToAction = [
        "click here", "click to ", "tap here", "tap to ", "sign up", "subscribe to", "subscribe now",
        "in your inbox", "newsletter", "follow us", "like us on", "is now on telegram", "is now on whatsapp",
        "join our", "download the app", "download our", "share this", "share on", "leave a comment",
        "comments are closed", "all rights reserved", "cookie", "you may also like", "recommended for you",
    ]

    static let photoWords = Lexicons.grammar(.photoWords)

    static let navigationWords = Lexicons.grammar(.navigationWords)

    /// A line that only dates or places the article: "Nov 14 2020", "Updated October 23, 2020
    /// 03:20 PM", "ANKARA, TURKEY". `spaced` counts its words between spaces.
    private static func isDateline(_ text: String, spaced: Int) -> Bool {
        guard spaced <= 10 else { return false }
        let words = SentenceTokens(Array(text.unicodeScalars))
        let dates = DateExpressions.scan(words)
        guard !dates.isEmpty || (spaced <= 4 && text.utf8.contains(0x2C)) else { return false }
        let tokens = words.tokens
        // Every word is part of a date, a word in capitals, a time or a dateline word.
        return tokens.indices.allSatisfy { index in
            let token = tokens[index]
            if token.kind == .punctuation || dates.contains(where: { $0.range.overlaps(token.range) }) { return true }
            if token.kind == .number {
                // A time: "03:20".
                return index > 0 && words.lower[index - 1] == ":" || index + 1 < tokens.count && words.lower[index + 1] == ":"
            }
            var letters = 0, upper = 0
            for scalar in words.scalars[token.range] where ScalarClass.isLetter(scalar) {
                letters += 1
                if ScalarClass.isUppercase(scalar) { upper += 1 }
            }
            return letters >= 2 && letters == upper || datelineWords.contains(words.lower[index])
        }
    }

    /// Whether `text` has no white space at either end.
    private static func isTrimmed(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return true }
        return !ScalarClass.isSpace(first) && !ScalarClass.isSpace(last)
    }

    static let datelineWords = Lexicons.grammar(.datelineWords)

    /// Whether the text ends a sentence: `.`, `!`, `?`, `:` or `;`, before any closing quote
    /// marks and brackets.
    static func endsSentence<Scalars: BidirectionalCollection<Unicode.Scalar>>(_ scalars: Scalars) -> Bool {
        var end = scalars.endIndex
        guard end != scalars.startIndex else { return false }
        var last = scalars[scalars.index(before: end)]
        while "\"')]".unicodeScalars.contains(last), scalars.index(before: end) != scalars.startIndex {
            end = scalars.index(before: end)
            last = scalars[scalars.index(before: end)]
        }
        return ".!?:;".unicodeScalars.contains(last)
    }

    static func endsSentence(_ text: String) -> Bool {
        endsSentence(text.unicodeScalars)
    }
}

extension StringProtocol {
    /// The text without white space at either end (ASCII spaces, tabs and newlines, and any
    /// other white space the normaliser left).
    public func trimmed() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !ScalarClass.isSpace($0) }),
              let last = scalars.lastIndex(where: { !ScalarClass.isSpace($0) }) else { return "" }
        return String(scalars: Array(scalars[first...last])[...])
    }

    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : String(self)
    }
}
