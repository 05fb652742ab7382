/// The stance of a statement: its cue's (see ``CueLexicon``), refined by its content.
///
/// A cooperative cue stays cooperative unless the content asks for exclusion or removal
/// ("called for France to be excluded", "asked that Pashinyan step down"). A neutral cue
/// takes the sign of its content: words of attack, aggression, accusation or rejection
/// count against, words of support, partnership, talks and thanks for; a negation ("wasn't
/// pushing for the annulment") turns a word around.
enum StanceReader {
    /// Words of conflict and cooperation with their weights, -2 to 2 (`Lexicons/stance.tsv`).
    static let conflictWords: [String: Int] = {
        do {
            let added = try LexiconExtensions.file("stance.tsv").map { try weightedWords($0, range: -2...2) } ?? [:]
            return try weightedWords(Lexicons.stance, range: -2...2).merging(added) { _, theirs in theirs }
        } catch {
            preconditionFailure("lexicon: \(error)")
        }
    }()
    /// General sentiment words with VADER's valence, -4 to 4 (`Lexicons/sentiment.tsv`).
    static let sentimentWords: [String: Double] = {
        do { return try valences(Lexicons.sentiment) } catch { preconditionFailure("built-in lexicon: \(error)") }
    }()
    /// How strong a general sentiment word must be to count: one point of stance at this
    /// valence or beyond.
    static let sentimentThreshold = 1.5

    /// A table of words and integer weights in `range`.
    static func weightedWords(_ file: LexiconFile, range: ClosedRange<Int>) throws(LexiconFile.Problem) -> [String: Int] {
        var table: [String: Int] = [:]
        for line in file.lines {
            guard line.fields.count == 2, let weight = Int(line.fields[1]), range.contains(weight), weight != 0 else {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "expected a word, a tab and a whole weight from \(range.lowerBound) to \(range.upperBound), not 0")
            }
            guard line.fields[0] == ScalarText.lowercased(line.fields[0]) else {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "write \"\(line.fields[0])\" in lower case")
            }
            if table[line.fields[0]] != nil {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "\"\(line.fields[0])\" is listed twice; keep one line")
            }
            table[line.fields[0]] = weight
        }
        return table
    }

    /// A table of words and valences from -4 to 4.
    static func valences(_ file: LexiconFile) throws(LexiconFile.Problem) -> [String: Double] {
        var table: [String: Double] = [:]
        for line in file.lines {
            guard line.fields.count == 2, let valence = Double(line.fields[1]), (-4...4).contains(valence) else {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "expected a word, a tab and a valence from -4 to 4")
            }
            table[line.fields[0]] = valence
        }
        return table
    }

    static let removal = Lexicons.grammar(.removal)
    static let rejections: [[String]] = [["will", "be", "no"], ["not", "subject", "to"], ["out", "of", "the", "question"],
                                         ["will", "not", "accept"], ["never", "accept"], ["cannot", "accept"], ["will", "not", "allow"]]
    static let negations = Lexicons.grammar(.negations)

    /// Each content word's weight for a neutral cue: negative for hostile words, positive for
    /// cooperative ones, and three times its stance for a speech act that has one.
    private static let weights: WordMap<Int> = {
        var table: [String: Int] = [:]
        for (word, valence) in sentimentWords where abs(valence) >= sentimentThreshold { table[word] = valence > 0 ? 1 : -1 }
        for (word, weight) in conflictWords { table[word] = weight }
        for (word, act) in CueLexicon.forms where act.shape == .act && act.stance != .neutral { table[word] = 3 * act.stance.rawValue }
        return WordMap(table)
    }()

    /// The first words of ``rejections``.
    private static let rejectionStarts = WordSet(rejections.map { $0[0] })

    /// The polarity of content `words` under a cue of stance `cue`: -1, 0 or 1.
    static func polarity(cue: CueLexicon.Stance, words: ArraySlice<LowerWord>) -> Int {
        switch cue {
        case .hostile:
            return -1
        case .cooperative:
            let removes = words.indices.contains {
                removal.contains(words[$0]) && (words[$0] != "down" || ($0 > words.startIndex && words[$0 - 1] == "step"))
            }
            return removes ? -1 : 1
        case .neutral:
            var score = 0
            for index in words.indices {
                // A speech act reported in the content ("told reporters that Armenia has appealed
                // to Moscow") carries its stance, and outweighs the climate words around it.
                guard let weight = weights[words[index]] else { continue }
                let negated = words[max(words.startIndex, index - 4)..<index].contains { negations.contains($0) || $0.hasSuffix("n't") }
                score += negated ? -weight : weight
            }
            for start in words.indices where rejectionStarts.contains(words[start]) {
                for phrase in rejections where start + phrase.count <= words.endIndex && words[start..<start + phrase.count].elementsEqual(phrase, by: { $0.equals($1) }) {
                    score -= 2
                }
            }
            return score > 0 ? 1 : score < 0 ? -1 : 0
        }
    }
}
