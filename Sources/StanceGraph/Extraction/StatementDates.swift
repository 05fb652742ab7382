/// When a statement was made, from the time words around its cue: "on Tuesday", "late on
/// Monday", "earlier on Tuesday", "on November 14", "Tuesday, November 16", "on the same
/// day", "yesterday"; resolved against the publication day. Time words inside the content
/// date what was said, not when, and are left alone.
enum StatementDates {
    /// Words that start a speech act's complement: "accused ... of", "called ... for".
    static let complementStarts = Lexicons.grammar(.complementStarts)
    static let weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]
    /// What a word that names a day by itself names.
    enum DayWord: Sendable {
        /// A weekday, by its index: Sunday is 0.
        case weekday(Int)
        /// "same", in "the same day": the day last named.
        case same
        case yesterday
        /// "today", "tonight".
        case today
    }

    /// The words that name a day by themselves, found by one look-up.
    static let dayWords = WordMap(Dictionary(uniqueKeysWithValues: weekdays.enumerated().map { ($1, DayWord.weekday($0)) })
        .merging(["same": .same, "yesterday": .yesterday, "today": .today, "tonight": .today]) { first, _ in first })

    /// A day named in tokens `range` of `view` (outside quotes), with its token index.
    static func days(in view: SentenceView, _ range: Range<Int>, published: Day?, anchor: Day?) -> [(index: Int, day: Day)] {
        var found: [(Int, Day)] = []
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            // Month and day words are words: punctuation and numbers are passed over unread.
            guard !view.tokens[index].quoted, view.tokens[index].kind == .word else { continue }
            let word = view.lower[index]
            if let month = DateExpressions.month(word), word.count >= 3, index + 1 < range.upperBound,
               let day = DateExpressions.dayNumber(view.lowerText(index + 1)) {
                var year = published?.year
                if index + 2 < range.upperBound, let explicit = DateExpressions.yearNumber(view.lowerText(index + 2)) { year = explicit }
                if let year, var resolved = Day(year: year, month: month, day: day) {
                    if let published, resolved > published.adding(days: 7), DateExpressions.yearNumber(view.lowerText(min(index + 2, view.lower.count - 1))) == nil {
                        resolved = Day(year: year - 1, month: month, day: day) ?? resolved
                    }
                    found.append((index, resolved))
                    index += 1
                }
                continue
            }
            // Weekdays, "same", "yesterday", "today" and "tonight", by one look-up.
            guard let dayWord = dayWords[word] else { continue }
            if case .weekday(let weekday) = dayWord, let published {
                // A weekday named alone is the last one on or before publication; "last Monday"
                // the one before that if publication fell on a Monday.
                var back = (published.weekday - weekday + 7) % 7
                if back == 0, index > 0, view.lower[index - 1] == "last" { back = 7 }
                // "Tuesday, November 16": the explicit date wins.
                if index + 3 < range.upperBound, view.lower[index + 1] == ",", DateExpressions.month(view.lower[index + 2]) != nil { continue }
                found.append((index, published.adding(days: -back)))
                continue
            }
            switch dayWord {
            case .same where index + 1 < range.upperBound && view.lower[index + 1] == "day":
                if let anchor { found.append((index, anchor)) }
            case .yesterday:
                if let published { found.append((index, published.adding(days: -1))) }
            case .today:
                if let published { found.append((index, published)) }
            case .same, .weekday:
                break
            }
        }
        return found
    }

    /// The day of a statement whose cue is at `cue` and content `content`: of the sentence's
    /// `days` (see ``days(in:_:published:anchor:)``), the one nearest the cue outside the
    /// content, else the publication day.
    static func date(in view: SentenceView, cue: Range<Int>, content: Range<Int>, published: Day?, days all: [(index: Int, day: Day)]) -> Day? {
        // A speech act's content starts at its cue: time words before its complement ("accused
        // each other on Sunday of violating ...") date the act, those after it what it is about.
        var own = content
        if content.lowerBound == cue.lowerBound {
            let complement = (cue.upperBound..<content.upperBound).first { complementStarts.contains(view.lower[$0]) } ?? content.upperBound
            own = complement..<content.upperBound
        }
        let outside = all.filter { !own.contains($0.index) }
        let nearest = outside.min { abs($0.index - cue.lowerBound) < abs($1.index - cue.lowerBound) }
        return nearest?.day ?? published
    }
}
