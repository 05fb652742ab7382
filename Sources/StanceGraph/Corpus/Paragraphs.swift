/// Cuts an article's text into paragraphs, tells prose from boilerplate, and splits the
/// prose into sentences.
enum Paragraphs {
    /// Lines separated by a blank line are separate paragraphs. Within a block, a line joins
    /// the one before when that one looks hard-wrapped: long and not ending a sentence, or
    /// followed by a line that starts in lower case.
    static func split(_ scalars: [Unicode.Scalar], from offset: Int, firstLine: Int, outlet: String?, title: String?) -> [Paragraph] {
        struct Line {
            var start: Int
            var end: Int
            var number: Int
            /// The line without white space at either end, in `scalars`.
            var trimmed: Range<Int>
        }
        var lines: [Line] = []
        var index = offset
        var number = firstLine
        while index < scalars.count {
            let end = scalars[index...].firstIndex(of: "\n") ?? scalars.count
            var from = index, to = end
            while from < to, ScalarClass.isSpace(scalars[from]) { from += 1 }
            while to > from, ScalarClass.isSpace(scalars[to - 1]) { to -= 1 }
            lines.append(Line(start: index, end: end, number: number, trimmed: from..<to))
            index = end + 1
            number += 1
        }

        var blocks: [(start: Int, end: Int, line: Int)] = []
        var previous: Line?
        for line in lines {
            defer { previous = line.trimmed.isEmpty ? nil : line }
            guard !line.trimmed.isEmpty else { continue }
            if let before = previous, let last = blocks.last, last.end == before.end,
               (utf8Count(scalars[before.trimmed]) >= 50 && !Boilerplate.endsSentence(scalars[before.trimmed]))
                || ScalarClass.isLowercase(scalars[line.trimmed.lowerBound]) {
                blocks[blocks.count - 1].end = line.end
            } else {
                blocks.append((line.start, line.end, line.number))
            }
        }

        var paragraphs: [Paragraph] = []
        // Body and heading paragraphs so far, by the hash of their folded key.
        var seen: [UInt64: [Range<Int>]] = [:]
        var previousKind: Paragraph.Kind?
        let article = Boilerplate.Article(outlet: outlet, title: title)
        for block in blocks {
            var start = block.start
            while start < block.end, scalars[start] == " " { start += 1 }
            var end = block.end
            while end > start, scalars[end - 1] == " " { end -= 1 }
            let paragraphScalars = scalars[start..<end].map { $0 == "\n" ? Unicode.Scalar(" ") : $0 }
            let text = String(scalars: paragraphScalars)
            var kind = Boilerplate.classify(text, previous: previousKind, article: article)
            if kind == .body || kind == .heading, case let (hash, count) = foldedHash(scalars[start..<end]), count > 0 {
                let key = { (range: Range<Int>) in foldedKey(scalars[range]) }
                if let earlier = seen[hash], earlier.contains(where: { key($0) == key(start..<end) }) {
                    kind = .duplicate
                } else {
                    seen[hash, default: []].append(start..<end)
                }
            }
            previousKind = kind
            // In ASCII text a scalar is a byte: a sentence's text is a slice of the paragraph's.
            let ascii = text.utf8.count == paragraphScalars.count
            // A headline is read too (``Article/readParagraphs``): "Mayor Ruiz: Bridge Will Reopen".
            let sentences = kind == .body || kind == .heading
                ? SentenceSplitter.split(paragraphScalars).map { found in
                    Sentence(text: ScalarText.string(found.range, of: text, scalars: paragraphScalars, isASCII: ascii),
                             range: (start + found.range.lowerBound)..<(start + found.range.upperBound),
                             startsInsideQuote: found.startsInsideQuote)
                }
                : []
            paragraphs.append(Paragraph(text: text, range: start..<end, line: block.line, kind: kind, sentences: sentences))
        }
        return paragraphs
    }

    private static func utf8Count(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        scalars.reduce(0) { $0 + UTF8.width($1) }
    }

    /// A paragraph's letters and digits, lower-cased: the same words in other punctuation
    /// or capitals give the same key.
    static func foldedKey(_ scalars: some Collection<Unicode.Scalar>) -> String {
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(scalars.count)
        fold(scalars) { folded.append($0) }
        return String(scalars: folded)
    }

    /// A hash of ``foldedKey(_:)`` (64-bit FNV-1a over its scalars) and the key's length,
    /// without making the key. Equal keys have equal hashes; texts with equal hashes are
    /// compared by their keys.
    static func foldedHash(_ scalars: some Sequence<Unicode.Scalar>) -> (hash: UInt64, count: Int) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var count = 0
        fold(scalars) { scalar in
            hash = (hash ^ UInt64(scalar.value)) &* 0x100_0000_01B3
            count += 1
        }
        return (hash, count)
    }

    /// ``foldedHash(_:)`` of a text: an ASCII text, nearly any, read from its UTF-8 bytes
    /// rather than decoded scalar by scalar.
    static func foldedHash(of text: String) -> (hash: UInt64, count: Int) {
        var utf8 = text
        return utf8.withUTF8 { bytes in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return foldedHash(text.unicodeScalars) }
            return foldedHash(bytes.lazy.map { Unicode.Scalar($0) })
        }
    }

    /// Passes the letters and digits of `scalars` to `emit`, lower-cased: ASCII by its bytes,
    /// the rest by Unicode's lower-case mapping.
    @inline(__always)
    private static func fold(_ scalars: some Sequence<Unicode.Scalar>, _ emit: (Unicode.Scalar) -> Void) {
        for scalar in scalars {
            let value = scalar.value
            if value < 0x80 {
                if (value | 0x20) &- 0x61 < 26 {
                    emit(Unicode.Scalar(UInt8(truncatingIfNeeded: value | 0x20)))
                } else if value &- 0x30 < 10 {
                    emit(scalar)
                }
            } else {
                foldBeyondASCII(scalar, emit)
            }
        }
    }

    /// ``fold(_:_:)`` of a scalar beyond ASCII, out of line: see `ScalarClass.Beyond`.
    @inline(never)
    private static func foldBeyondASCII(_ scalar: Unicode.Scalar, _ emit: (Unicode.Scalar) -> Void) {
        guard ScalarClass.isLetter(scalar) || scalar.properties.numericType != nil else { return }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars { emit(lower) }
    }
}

/// Infers a publication day from an article's own text, for files without a `published`.
enum DatelineReader {
    /// A full date in the lines above the prose ("Nov 14 2020", "Updated October 23, 2020
    /// 03:20 PM"), else a dateline opening the prose ("BAKU, Azerbaijan, Dec. 3",
    /// "MOSCOW, October 9. /TASS/.") with the latest year the article mentions.
    static func infer(_ paragraphs: [Paragraph]) -> (Day, String)? {
        let firstBody = paragraphs.firstIndex { $0.kind == .body } ?? paragraphs.count
        for paragraph in paragraphs[..<firstBody] where !paragraph.kind.isBoilerplate {
            for found in DateExpressions.scan(paragraph.text) {
                if let year = found.year, let day = Day(year: year, month: found.month, day: found.day) {
                    return (day, words(paragraph.text, found.range))
                }
            }
        }
        let years = paragraphs.flatMap { DateExpressions.years(in: $0.text) }
        for paragraph in paragraphs[firstBody...].prefix(2) where paragraph.kind == .body {
            let opening = String(paragraph.text.prefix(80))
            let cut = SentenceTokens(Array(opening.unicodeScalars))
            // A dateline opens with a place in capitals and a comma: "BAKU, Azerbaijan, Dec. 3".
            guard let comma = cut.lower.firstIndex(where: { $0 == "," }),
                  cut.tokens[..<comma].allSatisfy({ $0.kind != .word || cut.scalars[$0.range].allSatisfy { !ScalarClass.isLowercase($0) } })
            else { continue }
            for found in DateExpressions.scan(cut) {
                guard let year = found.year ?? years.max(), let day = Day(year: year, month: found.month, day: found.day) else { continue }
                return (day, words(opening, found.range) + (found.year == nil ? " (year \(year) from the text)" : ""))
            }
        }
        return nil
    }

    private static func words(_ text: String, _ range: Range<Int>) -> String {
        String(scalars: [Unicode.Scalar](scalarsOf: text)[range])
    }
}
