/// Statements written as JSON Lines (the extraction contract) and CSV.
public enum StatementFormats {
    /// One statement as one line of JSON, with the contract's fields and `start`, `end`
    /// (character offsets of `sentence` in the file) and `rule`.
    public static func jsonLine(_ statement: Statement) -> String {
        var out = "{"
        out += "\"article\":" + json(statement.article)
        if !statement.id.isEmpty { out += ",\"id\":" + json(statement.id) }
        out += ",\"speaker\":{\"id\":" + json(statement.speaker.id) + ",\"name\":" + json(statement.speaker.name)
        out += ",\"aliases\":[" + statement.speaker.aliases.map(json).joined(separator: ",") + "]"
        out += ",\"kind\":" + json(statement.speaker.kind.rawValue) + ",\"known\":" + (statement.speaker.isKnown ? "true" : "false")
        if let country = statement.speaker.country { out += ",\"country\":" + json(country) }
        out += "}"
        out += ",\"text\":" + json(statement.text)
        out += ",\"quote\":" + (statement.quote ? "true" : "false")
        out += ",\"cue\":" + json(statement.cue)
        out += ",\"date\":" + (statement.date.map { json($0.description) } ?? "null")
        out += ",\"targets\":[" + statement.targets.map { "{\"id\":" + json($0.id) + ",\"name\":" + json($0.name) + "}" }.joined(separator: ",") + "]"
        out += ",\"topics\":[" + statement.topics.map(json).joined(separator: ",") + "]"
        out += ",\"polarity\":" + String(statement.polarity)
        if !statement.stances.isEmpty {
            // Beyond the contract: the stance toward a target where it differs from the polarity.
            out += ",\"stances\":{" + statement.stances.keys.sorted().map { json($0) + ":" + String(statement.stances[$0]!) }.joined(separator: ",") + "}"
        }
        out += ",\"figures\":[" + statement.figures.map { "{\"value\":\($0.value),\"what\":" + json($0.what) + "}" }.joined(separator: ",") + "]"
        out += ",\"sentence\":" + json(statement.sentence)
        out += ",\"start\":\(statement.range.lowerBound),\"end\":\(statement.range.upperBound)"
        out += ",\"rule\":" + json(statement.rule)
        if let review = statement.review {
            // Beyond the contract: what an analyst did to it (the corrections file).
            out += ",\"review\":{\"status\":" + json(review.status.rawValue) + ",\"checked\":" + (review.checked ? "true" : "false")
            out += ",\"fields\":[" + review.fields.map(json).joined(separator: ",") + "]"
            out += ",\"notes\":[" + review.notes.map(json).joined(separator: ",") + "]}"
        }
        return out + "}"
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
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacing("\"", with: "\"\"") + "\""
    }

    /// `text` as a JSON string literal.
    public static func json(_ text: String) -> String {
        // Most text needs no escape: copied whole.
        var plain = true
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9)) {
                plain = false
                break
            }
            previous = (previous.1, byte)
        }
        if plain { return "\"" + text + "\"" }
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}" {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
