import GraphvizKit

/// Statements written as JSON Lines (the extraction contract) and CSV.
public enum StatementFormats {
    /// One statement as one line of JSON, with the contract's fields and `start`, `end`
    /// (character offsets of `sentence` in the file) and `rule`.
    public static func jsonLine(_ statement: Statement) -> String {
        var out: [UInt8] = []
        appendJSONLine(statement, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// One statement as one line of JSON, without its newline, appended to `out`: the form
    /// the commands that print many statements build their output in.
    public static func appendJSONLine(_ statement: Statement, to out: inout [UInt8]) {
        var speakers = SpeakerFragment()
        appendJSONLine(statement, to: &out, speakers: &speakers)
    }

    /// Statements as JSON Lines, each with its newline, appended to `out`: a speaker's object
    /// is written once and copied to the lines after it that have the same speaker.
    public static func appendJSONLines(_ statements: ArraySlice<Statement>, to out: inout [UInt8]) {
        var speakers = SpeakerFragment()
        for index in statements.indices {
            appendJSONLine(statements[index], to: &out, speakers: &speakers)
            out.append(0x0A)
        }
    }

    /// The JSON of the last speaker written, to copy when the next line has the same one.
    struct SpeakerFragment {
        var speaker: Actor?
        var bytes: [UInt8] = []

        /// Whether `actor` writes the same object: the fields the object holds are equal.
        func matches(_ actor: Actor) -> Bool {
            guard let speaker else { return false }
            return speaker.id == actor.id && speaker.name == actor.name && speaker.kind == actor.kind && speaker.isKnown == actor.isKnown
                && speaker.country == actor.country && speaker.aliases == actor.aliases
        }
    }

    static func appendJSONLine(_ statement: Statement, to out: inout [UInt8], speakers: inout SpeakerFragment) {
        func raw(_ text: StaticString) {
            text.withUTF8Buffer { out.append(contentsOf: $0) }
        }
        func string(_ text: String) { appendJSON(text, to: &out) }
        func number(_ value: Int) { appendDecimal(value, to: &out) }
        func flag(_ value: Bool) { value ? raw("true") : raw("false") }
        func list(_ items: [String]) {
            raw("[")
            for (index, item) in items.enumerated() {
                if index > 0 { raw(",") }
                string(item)
            }
            raw("]")
        }
        raw("{\"article\":"); string(statement.article)
        if !statement.id.isEmpty { raw(",\"id\":"); string(statement.id) }
        raw(",\"speaker\":")
        if !speakers.matches(statement.speaker) {
            var object: [UInt8] = []
            appendJSON(speaker: statement.speaker, to: &object)
            speakers = SpeakerFragment(speaker: statement.speaker, bytes: object)
        }
        out.append(contentsOf: speakers.bytes)
        raw(",\"text\":"); string(statement.text)
        raw(",\"quote\":"); flag(statement.quote)
        raw(",\"cue\":"); string(statement.cue)
        raw(",\"date\":")
        if let date = statement.date {
            // "YYYY-MM-DD", digit by digit: a day needs no escape.
            func digits(_ value: Int, _ divisor: Int) {
                var divisor = divisor
                while divisor > 0 {
                    out.append(0x30 + UInt8(value / divisor % 10))
                    divisor /= 10
                }
            }
            out.append(0x22)
            digits(date.year, 1000)
            out.append(0x2D)
            digits(date.month, 10)
            out.append(0x2D)
            digits(date.day, 10)
            out.append(0x22)
        } else {
            raw("null")
        }
        raw(",\"targets\":[")
        for (index, target) in statement.targets.enumerated() {
            raw(index > 0 ? ",{\"id\":" : "{\"id\":"); string(target.id)
            raw(",\"name\":"); string(target.name); raw("}")
        }
        raw("],\"topics\":"); list(statement.topics)
        raw(",\"polarity\":"); number(statement.polarity)
        if !statement.stances.isEmpty {
            // Beyond the contract: the stance toward a target where it differs from the polarity.
            raw(",\"stances\":{")
            for (index, key) in statement.stances.keys.sorted().enumerated() {
                if index > 0 { raw(",") }
                string(key); raw(":"); number(statement.stances[key]!)
            }
            raw("}")
        }
        raw(",\"figures\":[")
        for (index, figure) in statement.figures.enumerated() {
            raw(index > 0 ? ",{\"value\":" : "{\"value\":"); number(figure.value)
            raw(",\"what\":"); string(figure.what); raw("}")
        }
        raw("],\"sentence\":"); string(statement.sentence)
        raw(",\"start\":"); number(statement.range.lowerBound)
        raw(",\"end\":"); number(statement.range.upperBound)
        raw(",\"rule\":"); string(statement.rule)
        if let review = statement.review {
            // Beyond the contract: what an analyst did to it (the corrections file).
            raw(",\"review\":{\"status\":"); string(review.status.rawValue)
            raw(",\"checked\":"); flag(review.checked)
            raw(",\"fields\":"); list(review.fields)
            raw(",\"notes\":"); list(review.notes)
            raw("}")
        }
        raw("}")
    }

    /// A speaker's object: id, name, aliases, kind, whether the registry knows it, country.
    static func appendJSON(speaker: Actor, to out: inout [UInt8]) {
        func raw(_ text: StaticString) { text.withUTF8Buffer { out.append(contentsOf: $0) } }
        raw("{\"id\":"); appendJSON(speaker.id, to: &out)
        raw(",\"name\":"); appendJSON(speaker.name, to: &out)
        raw(",\"aliases\":[")
        for (index, alias) in speaker.aliases.enumerated() {
            if index > 0 { raw(",") }
            appendJSON(alias, to: &out)
        }
        raw("],\"kind\":"); appendJSON(speaker.kind.rawValue, to: &out)
        raw(speaker.isKnown ? ",\"known\":true" : ",\"known\":false")
        if let country = speaker.country { raw(",\"country\":"); appendJSON(country, to: &out) }
        raw("}")
    }

    /// "supportive", "hostile" or "neutral".
    public static func stance(_ polarity: Int) -> String { polarity > 0 ? "supportive" : polarity < 0 ? "hostile" : "neutral" }

    /// The words as shown: a quotation between quotation marks.
    public static func words(_ statement: Statement) -> String {
        statement.quote ? "\u{201C}\(statement.text)\u{201D}" : statement.text
    }

    /// A statement as the `statements` table shows it, within 100 columns: a heading line,
    /// its words wrapped under it, where it was reported, and an empty line. `outlet` is its
    /// article's outlet, or the article's id when it has none.
    public static func appendTableBlock(_ statement: Statement, outlet: String, to out: inout [UInt8]) {
        func add(_ line: String, indented: Bool = false) {
            if indented { out.append(contentsOf: "    ".utf8) }
            out.append(contentsOf: TerminalText.printable(line).utf8)
            out.append(0x0A)
        }
        var head = (statement.date?.description ?? "undated") + "  " + statement.speaker.name + " · " + statement.cue + " · " + stance(statement.polarity)
        // A target the statement takes its own stance toward says so: "→ Armenia (hostile)".
        if !statement.targets.isEmpty {
            head += " → " + statement.targets.map { target in
                statement.stances[target.id].map { target.name + " (" + stance($0) + ")" } ?? target.name
            }.joined(separator: ", ")
        }
        for (index, line) in Wrap.lines(head, width: 100).enumerated() { add(line, indented: index > 0) }
        for line in Wrap.lines(words(statement), width: 96) { add(line, indented: true) }
        let review = reviewLabel(statement.review)
        add(outlet + ", " + statement.article + " · id " + statement.id + (review.isEmpty ? "" : " · " + review), indented: true)
        out.append(0x0A)
    }

    /// `value` in decimal digits, appended without making a string.
    static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(0x2D) }
        var magnitude = value.magnitude
        guard magnitude >= 10 else { return out.append(0x30 + UInt8(magnitude)) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            while magnitude > 0 {
                digits[19 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    public static let csvHeader = "id,article,date,speaker_id,speaker,cue,quote,text,targets,topics,polarity,figures,start,end,rule,review"

    /// One statement as one CSV record (RFC 4180 quoting).
    public static func csvRecord(_ statement: Statement) -> String {
        [statement.id, statement.article, statement.date?.description ?? "", statement.speaker.id, statement.speaker.name, statement.cue,
         statement.quote ? "true" : "false", statement.text, statement.targets.map(\.name).joined(separator: "; "),
         statement.topics.joined(separator: "; "), String(statement.polarity),
         statement.figures.map { "\($0.value) \($0.what)" }.joined(separator: "; "),
         String(statement.range.lowerBound), String(statement.range.upperBound), statement.rule, reviewLabel(statement.review)]
            .map(csv).joined(separator: ",")
    }

    /// "confirmed", "corrected: speaker, polarity; checked", "added", or empty for raw extraction.
    public static func reviewLabel(_ review: Review?) -> String {
        guard let review else { return "" }
        var label = review.status.rawValue
        if !review.fields.isEmpty, review.status != .confirmed { label += ": " + review.fields.joined(separator: ", ") }
        if review.checked, review.status != .confirmed { label += "; checked" }
        return label
    }

    static func csv(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return field }
        return "\"" + field.replacingScalars("\"", with: "\"\"") + "\""
    }

    /// `text` as a JSON string literal.
    public static func json(_ text: String) -> String {
        var out: [UInt8] = []
        appendJSON(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether any of the eight bytes of `word` is below 0x20, a quote, a backslash or 0xE2.
    @inline(__always)
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func zeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let below = (word &- ones &* 0x20) & ~word & highs
        return below | zeroByte(word ^ (ones &* 0x22)) | zeroByte(word ^ (ones &* 0x5C)) | zeroByte(word ^ (ones &* 0xE2)) != 0
    }

    /// `text` as a JSON string literal appended to `out`: quotes, backslashes and control
    /// characters escaped, and U+2028 and U+2029, which JavaScript reads as line ends.
    public static func appendJSON(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            out.append(0x22)
            // Runs of bytes that need no escape are copied whole.
            var run = 0
            var index = 0
            func escape(_ replacement: StaticString, width: Int) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<index]))
                replacement.withUTF8Buffer { out.append(contentsOf: $0) }
                index += width
                run = index
            }
            func hex(_ digit: UInt8) -> UInt8 { digit < 10 ? 0x30 + digit : 0x57 + digit }
            while index < bytes.count {
                // Eight bytes at a time while none of them needs a look (SWAR): no control
                // character, quote, backslash, or lead byte of U+2028 and U+2029.
                if index + 8 <= bytes.count,
                   !mayNeedEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                switch byte {
                case 0x22: escape("\\\"", width: 1)
                case 0x5C: escape("\\\\", width: 1)
                case 0x0A: escape("\\n", width: 1)
                case 0x0D: escape("\\r", width: 1)
                case 0x09: escape("\\t", width: 1)
                case 0..<0x20:
                    escape("\\u00", width: 1)
                    out.append(hex(byte >> 4))
                    out.append(hex(byte & 0xF))
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape(bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029", width: 3)
                default:
                    index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<bytes.count]))
            out.append(0x22)
        }
    }
}
