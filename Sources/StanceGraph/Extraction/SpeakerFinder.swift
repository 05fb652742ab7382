/// Finds who a cue belongs to: the subject before it ("Azerbaijani President Ilham Aliyev
/// hailed"), skipping adverbs, setting phrases ("on Tuesday", "in a statement", "on Russian
/// state television") and appositive clauses ("Ann Linde, who is ..., expressed"); or the
/// subject after it when inverted ("said the ministry").
enum SpeakerFinder {
    /// A speaker as written: a resolved mention, or words to resolve through the discourse.
    /// A struct, not an enum of the two: the compiler's copies of an enum whose cases carry
    /// payloads of two sizes read bytes the smaller case never wrote (valgrind reports them).
    struct Reference: Hashable {
        /// The speaker's tokens: the mention's, or the words'.
        var tokens: Range<Int>
        /// The mention, resolved; nil for words.
        var mention: SentenceView.MentionSpan?

        static func mention(_ mention: SentenceView.MentionSpan) -> Reference { Reference(tokens: mention.tokens, mention: mention) }
        static func words(_ range: Range<Int>) -> Reference { Reference(tokens: range, mention: nil) }
    }

    struct Subject {
        var references: [Reference]
        /// The first token of the subject.
        var start: Int
        /// One past its last token.
        var end: Int
    }

    static let fillers = Lexicons.grammar(.fillers)

    static let goOnVerbs = Lexicons.grammar(.goOnVerbs)
    static let continueVerbs = Lexicons.grammar(.continueVerbs)

    /// Where "went on to" or "continued to" starts when it stands just before token `cue`
    /// ("He went on to say ...", "She continued to insist ..."): the verb carries the
    /// statement on, and its subject is the cue's.
    static func carryOnStart(before cue: Int, in view: SentenceView) -> Int? {
        guard cue >= 2, view.lower[cue - 1] == "to" else { return nil }
        if continueVerbs.contains(view.lower[cue - 2]) { return cue - 2 }
        if cue >= 3, view.lower[cue - 2] == "on", goOnVerbs.contains(view.lower[cue - 3]) { return cue - 3 }
        return nil
    }

    static let boundaries = Lexicons.grammar(.boundaries)
    /// Verbs that make a phrase between commas a clause rather than an aside.
    static let auxiliaries = Lexicons.grammar(.auxiliaries)

    static let pronouns = Lexicons.grammar(.pronouns)

    /// Words a setting phrase ("on Russian state television on the same day", "in a statement
    /// issued late on Monday") may hold besides names, numbers, months and weekdays.
    static let settingWords = Lexicons.grammar(.settingWords)

    static let prepositions = Lexicons.grammar(.prepositions)
    /// "late on Monday", "earlier in the day".
    static let timeQualifiers = Lexicons.grammar(.timeQualifiers)

    /// Where a setting phrase ending at `end` (inclusive) starts, if one does.
    static func settingStart(endingAt end: Int, in view: SentenceView, floor: Int) -> Int? {
        var position = end
        var sawHead = false
        while position >= floor, end - position < 9 {
            let token = view.tokens[position]
            let word = view.lower[position]
            if token.kind == .punctuation || token.quoted { return nil }
            if position == end, !(settingWords.contains(word) && !prepositions.contains(word)) && token.kind != .number
                && DateExpressions.month(word) == nil {
                // A setting phrase ends in a setting word ("on Russian state television", "on
                // Tuesday"), never in a name ("in Yerevan", "on Tuesday Armenian Prime Minister X").
                return nil
            }
            if prepositions.contains(word) && sawHead {
                var start = position
                while start - 1 >= floor, timeQualifiers.contains(view.lower[start - 1]) { start -= 1 }
                return start
            }
            guard settingWords.contains(word) || token.kind == .number || token.isCapitalised || DateExpressions.month(word) != nil else { return nil }
            sawHead = true
            position -= 1
        }
        return nil
    }

    /// The subject that ends just before token `cue`, looking no further left than `floor`.
    static func before(_ cue: Int, in view: SentenceView, floor: Int = 0) -> Subject? {
        var i = (carryOnStart(before: cue, in: view) ?? cue) - 1
        // "Four in 10 said": a poll's share ends in a number, not in a setting ("in 2020").
        if i >= floor, view.tokens[i].kind == .number, let share = describe(endingAt: i, in: view, floor: floor), Reading.isShare(share, in: view) {
            return Subject(references: [.words(share)], start: share.lowerBound, end: i + 1)
        }
        var moved = true
        while moved {
            moved = false
            while i >= floor, fillers.contains(view.lower[i]), !view.tokens[i].quoted { i -= 1; moved = true }
            if i >= floor, let start = settingStart(endingAt: i, in: view, floor: floor), start > floor {
                i = start - 1
                moved = true
            }
            // "on Sunday, November 8,": a weekday and its date set off by commas.
            if i - 4 >= floor, view.lower[i] == ",", view.tokens[i - 1].kind == .number, DateExpressions.month(view.lower[i - 2]) != nil,
               view.lower[i - 3] == ",", Setting.bareDays.contains(view.lower[i - 4]) {
                i -= 4
                moved = true
            }
        }
        guard i >= floor else { return nil }
        // "Chris Christie, who says ...": the relative pronoun's antecedent.
        if view.lower[i] == "who", i - 1 > floor, view.lower[i - 1] == ",", let named = view.mention(endingAt: i - 1),
           named.resolution.actor.kind != .state {
            return Subject(references: [.mention(named)], start: named.tokens.lowerBound, end: i + 1)
        }
        // "Sen. Roger Wicker (R-Miss.) said", "Sen. Roe (D-Ore.), said": a bracketed aside
        // before the cue, with or without a comma after it.
        if view.lower[i] == ",", i - 1 > floor, view.lower[i - 1] == ")" { i -= 1 }
        if view.lower[i] == ")", let open = (max(floor, i - 10)..<i).last(where: { view.lower[$0] == "(" }), open > floor {
            i = open - 1
        }
        // "Roe - who is listed as an attorney - told ...": an aside between dashes, with no
        // statement of its own.
        if view.lower[i] == "-", let open = (max(floor, i - 30)..<i).last(where: { view.lower[$0] == "-" }), open > floor,
           !(open + 1..<i).contains(where: { CueLexicon.forms[view.lower[$0]] != nil || view.tokens[$0].quoted }) {
            i = open - 1
            while i >= floor, fillers.contains(view.lower[i]) { i -= 1 }
            guard i >= floor else { return nil }
        }
        // "Ann Linde, who is the current OSCE Chairperson-in-Office, expressed ...",
        // "Pashinyan, on the other hand, called ...", "It, however, criticized ...".
        if view.lower[i] == "," {
            // "The EU's foreign policy chief, Josep Borrell, called ...": the name set off by commas,
            // unless a relative clause holds it ("Roe, who lives near the capital, Linford,
            // said": Roe, below).
            if let open = (floor..<i).last(where: { view.lower[$0] == "," }), let name = view.mention(startingAt: open + 1),
               name.tokens.upperBound == i, name.resolution.actor.kind == .person,
               !(floor..<open).contains(where: { $0 > floor && view.lower[$0 - 1] == "," && relativePronouns.contains(view.lower[$0]) }) {
                // The subject starts where its title does: "the mayor of Tartar, X, told ...".
                let title = open > floor ? describe(endingAt: open - 1, in: view, floor: floor)?.lowerBound : nil
                return Subject(references: [.mention(name)], start: title ?? open + 1, end: i)
            }
            // "Sandra Inman, a supporter from Jackson, Miss., attending the rally, said": a name,
            // then an apposition with commas of its own.
            if let named = appositive(endingAt: i, in: view, floor: floor) { return named }
            // An apposition or a short aside, but no clause of its own (", the race will be
            // tight, said ..."), unless a relative pronoun opens it (", who is ...,").
            guard let open = (floor..<i).last(where: { view.lower[$0] == "," }), open > floor,
                  relativePronouns.contains(view.lower[open + 1])
                    || !(open + 1..<i).contains(where: { auxiliaries.contains(view.lower[$0]) }),
                  Self.appositionStarts.contains(view.lower[open + 1])
                    || (i - open <= 6 && !(open + 1..<i).contains { CueLexicon.forms[view.lower[$0]] != nil })
            else { return nil }
            i = open - 1
            while i >= floor, fillers.contains(view.lower[i]) { i -= 1 }
            guard i >= floor else { return nil }
        }
        let token = view.tokens[i]
        guard token.kind == .word else { return nil }
        if pronouns.contains(view.lower[i]) { return Subject(references: [.words(i..<i + 1)], start: i, end: i + 1) }
        if let mention = view.mention(endingAt: i + 1) {
            // "the press secretary of the president of the self-proclaimed Republic of Artsakh",
            // "spokesman for U.N. Secretary-General Antonio Guterres": the description, not the
            // name inside it (a person's name after a title stays the person: "senior member of
            // the ruling party Eduard Aghajanyan").
            let before = mention.tokens.lowerBound - 1
            if before > floor, view.tokens[before].kind == .word, !determiners.contains(view.lower[before]), !view.lower[before].hasSuffix("'s"),
               innerPrepositions.contains(view.lower[before])
                || (mention.resolution.actor.kind != .person && !boundaries.contains(view.lower[before])),
               !statementNouns.contains(view.lower[max(floor, before - 1)]),
               let description = describe(endingAt: i, in: view, floor: floor), description.lowerBound < before {
                return Subject(references: [.words(description)], start: description.lowerBound, end: i + 1)
            }
            var references: [Reference] = [.mention(mention)]
            var start = mention.tokens.lowerBound
            // "Ilham Aliyev and Nikol Pashinyan", "Russia, France and the US": a list ends in
            // "and", and a comma with none after it sets off a phrase ("In a call with Kethra,
            // Roe said").
            var listed = false
            while start - 2 >= floor, view.lower[start - 1] == "and" || (listed && view.lower[start - 1] == ","),
                  let other = view.mention(endingAt: start - 1) {
                listed = true
                references.insert(.mention(other), at: 0)
                start = other.tokens.lowerBound
            }
            // The determiner belongs to the subject, and so does "a statement by" before a name.
            if start - 1 >= floor, determiners.contains(view.lower[start - 1]) { start -= 1 }
            if start - 2 >= floor, view.lower[start - 1] == "by" || view.lower[start - 1] == "from", statementNouns.contains(view.lower[start - 2]) {
                start -= 2
                if start - 1 >= floor, determiners.contains(view.lower[start - 1]) { start -= 1 }
            }
            return Subject(references: references, start: start, end: i + 1)
        }
        guard let description = describe(endingAt: i, in: view, floor: floor) else { return nil }
        return Subject(references: [.words(description)], start: description.lowerBound, end: i + 1)
    }

    /// The name before an apposition that ends at the comma `comma`: `NAME, a/the/who ...,`,
    /// with no cue or quotation inside the apposition, looking back at most 30 tokens.
    static func appositive(endingAt comma: Int, in view: SentenceView, floor: Int) -> Subject? {
        var position = comma - 1
        while position > floor, comma - position < 30 {
            let token = view.tokens[position]
            if token.quoted || token.kind == .openQuote || token.kind == .closeQuote || CueLexicon.forms[view.lower[position]] != nil {
                return nil
            }
            // The apposition opens with a determiner, a relative pronoun, an office, a word for a
            // person or a participle: ", a nurse from ...", ", who ...", ", aide to the
            // president,", ", historian at the library,", ", speaking to reporters on her plane,".
            if view.lower[position] == ",", position + 1 < comma,
               appositionStarts.contains(view.lower[position + 1]) || MentionFinder.offices.contains(view.lower[position + 1])
                || (view.lower[position + 1].hasSuffix("'s") && describesAPerson(position + 2..<comma, in: view))
                || (Reading.isPersonNoun(view.lowerText(position + 1)).isPerson && !view.tokens[position + 1].isCapitalised)
                || (view.lower[position + 1].hasSuffix("ing") && !view.tokens[position + 1].isCapitalised)
                || describesAPerson(position + 1..<comma, in: view) {
                // Between the name and its apposition, a short aside of its own: "Ida Marsh,
                // D-Ore., appearing on ...", "Roe, meanwhile, who has ...".
                var nameEnd = (max(floor, position - 8)..<position).last { view.lower[$0] == "," && isAside($0 + 1..<position, in: view) } ?? position
                // "Rep. Jonas Weller (Ore.), a delegate ...": a bracketed tag after the name.
                if nameEnd - 1 > floor, view.lower[nameEnd - 1] == ")",
                   let open = (max(floor, nameEnd - 10)..<nameEnd - 1).last(where: { view.lower[$0] == "(" }), open > floor {
                    nameEnd = open
                }
                if let name = view.mention(endingAt: nameEnd), name.resolution.actor.kind != .state {
                    return Subject(references: [.mention(name)], start: name.tokens.lowerBound, end: comma)
                }
                // A name the mention finder passed over at the sentence's start ("Lena Fischer,
                // a nurse from ..."): its capitalised words.
                var start = position
                while start > floor, view.tokens[start - 1].kind == .word, view.tokens[start - 1].isCapitalised { start -= 1 }
                if start == floor, position - start >= 2 {
                    return Subject(references: [.words(start..<position)], start: start, end: comma)
                }
            }
            position -= 1
        }
        return nil
    }

    /// Whether an apposition in lower case is headed, within its first four words, by an
    /// office or a word for a person: ", editorial page editor for the Ledger,", ", longtime
    /// campaign aide to the mayor,".
    static func describesAPerson(_ range: Range<Int>, in view: SentenceView) -> Bool {
        guard let first = range.first, first < view.tokens.count, view.tokens[first].kind == .word, !view.tokens[first].isCapitalised else { return false }
        for index in range.prefix(4) {
            guard view.tokens[index].kind == .word, !view.tokens[index].isCapitalised, !boundaries.contains(view.lower[index]) else { return false }
            if MentionFinder.offices.contains(view.lower[index]) || Reading.isPersonNoun(view.lowerText(index)).isPerson { return true }
        }
        return false
    }

    /// Whether tokens `range` are an aside set off by commas after a name: a party tag
    /// ("D-Ore.", "R-N.Y."), an age ("63") or filler words ("meanwhile", "however", "too").
    static func isAside(_ range: Range<Int>, in view: SentenceView) -> Bool {
        guard !range.isEmpty, !range.contains(where: { view.tokens[$0].quoted }) else { return false }
        if range.allSatisfy({ fillers.contains(view.lower[$0]) }) { return true }
        if range.count == 1, view.tokens[range.lowerBound].kind == .number, view.lower[range.lowerBound].count <= 3 { return true }
        let text = Array(view.text(range).unicodeScalars)
        // A party's initial, a hyphen, then a state's capitalised abbreviation.
        return text.count >= 4 && text.count <= 8 && ["D", "R", "I"].contains(text[0]) && text[1] == "-"
            && text[2].properties.isUppercase && text.dropFirst(3).allSatisfy { $0.properties.isAlphabetic || $0 == "." }
    }

    /// A description ending at token `end`, back to a clause boundary; "of", "by", "for",
    /// "from" and "in" may stand inside one ("the secretary of Armenia Security Council").
    static func describe(endingAt end: Int, in view: SentenceView, floor: Int) -> Range<Int>? {
        var start = end
        while start - 1 >= floor, view.tokens[start - 1].kind == .word || view.tokens[start - 1].kind == .number,
              !boundaries.contains(view.lower[start - 1]) || innerPrepositions.contains(view.lower[start - 1]) {
            start -= 1
            if end - start > 12 { return nil }
        }
        while start < end, innerPrepositions.contains(view.lower[start]) { start += 1 }
        guard !boundaries.contains(view.lower[end]), CueLexicon.forms[view.lower[end]] == nil else { return nil }
        return start..<end + 1
    }

    static let innerPrepositions = Lexicons.grammar(.innerPrepositions)
    static let determiners = Lexicons.grammar(.determiners)
    /// Words that open an apposition or relative clause after a name: ", who ...", ", the ...".
    static let appositionStarts = Lexicons.grammar(.appositionStarts)
    /// "who", "whose", "whom", "which": a relative clause about the name before it.
    static let relativePronouns = Lexicons.grammar(.relativePronouns)
    /// Words that end a determiner's noun phrase before its verb: "the ministry on Tuesday ...".
    static let beforeVerb = Lexicons.grammar(.beforeVerb)
    /// The marks that end a clause or sentence.
    static let clauseMarks = Lexicons.grammar(.clauseMarks)
    static let statementNouns = Lexicons.grammar(.statementNouns)

    /// The subject that opens the clause token `index` is in, when a verb follows it: "Roe
    /// appeared with Doe on Sunday and ...", "In a speech to veterans, the senator struck a
    /// calm tone, ...". The clause starts the sentence or follows a semicolon; an opening
    /// phrase set off by a comma ("On Thursday,", "After the vote in Ohio,") is passed over.
    static func clauseSubject(before index: Int, in view: SentenceView) -> Subject? {
        let from = (0..<index).last { view.lower[$0] == ";" && !view.tokens[$0].quoted }.map { $0 + 1 } ?? 0
        guard from < index, !view.tokens[from].quoted, view.tokens[from].kind == .word else { return nil }
        var start = from
        if view.mention(startingAt: from) == nil, !pronouns.contains(view.lower[from]), !determiners.contains(view.lower[from]) {
            // An opening phrase: its comma, with no quotation or cue before it.
            guard let comma = (from + 1..<index).first(where: { view.lower[$0] == "," }), comma - from <= 12,
                  !(from..<comma).contains(where: { view.tokens[$0].quoted || CueLexicon.forms[view.lower[$0]] != nil }) else { return nil }
            start = comma + 1
        }
        guard start < index, let subject = after(start, in: view), subject.end < index else { return nil }
        // The verb: a word in lower case after the subject and any apposition set off by commas.
        var verb = subject.end
        if verb < index, view.lower[verb] == ",", let close = (verb + 1..<index).first(where: { view.lower[$0] == "," }) { verb = close + 1 }
        while verb < index, fillers.contains(view.lower[verb]) { verb += 1 }
        guard verb < index, view.tokens[verb].kind == .word, !view.tokens[verb].isCapitalised, !view.tokens[verb].quoted,
              !boundaries.contains(view.lower[verb]) else { return nil }
        return subject
    }

    /// The subject right after token `index` (inverted: `"...," said the ministry`).
    static func after(_ index: Int, in view: SentenceView) -> Subject? {
        var j = index
        guard j < view.tokens.count else { return nil }
        if let mention = view.mention(startingAt: j) ?? (view.lower[j] == "the" ? view.mention(startingAt: j + 1) : nil) {
            // "said Idaho supplement executive Frank Vander": a place that describes the person
            // named after it, past words in lower case.
            if mention.resolution.actor.kind == .state || mention.tokens.count == 1,
               let name = (mention.tokens.upperBound + 1..<min(view.tokens.count, mention.tokens.upperBound + 6)).first(where: { view.mention(startingAt: $0) != nil }),
               (mention.tokens.upperBound..<name).allSatisfy({ view.tokens[$0].kind == .word && !view.tokens[$0].isCapitalised && !view.tokens[$0].quoted
                   && CueLexicon.forms[view.lower[$0]] == nil && !boundaries.contains(view.lower[$0]) }),
               describesAPerson(mention.tokens.upperBound..<name, in: view),
               let person = view.mention(startingAt: name), person.resolution.actor.kind == .person, person.tokens.count > 1 {
                return Subject(references: [.mention(person)], start: j, end: person.tokens.upperBound)
            }
            return Subject(references: [.mention(mention)], start: j, end: mention.tokens.upperBound)
        }
        // "said former secretary of state Jane Roe", "said campaign manager Robby Mook": a name
        // after its title written in lower case.
        if let name = (j + 1..<min(view.tokens.count, j + 7)).first(where: { view.mention(startingAt: $0) != nil }),
           (j..<name).allSatisfy({ view.tokens[$0].kind == .word && !view.tokens[$0].quoted && CueLexicon.forms[view.lower[$0]] == nil
               && (!boundaries.contains(view.lower[$0]) || view.lower[$0] == "of" || view.lower[$0] == "for") }),
           let mention = view.mention(startingAt: name), mention.resolution.actor.kind == .person {
            return Subject(references: [.mention(mention)], start: j, end: mention.tokens.upperBound)
        }
        if pronouns.contains(view.lower[j]) { return Subject(references: [.words(j..<j + 1)], start: j, end: j + 1) }
        let start = j
        // A determiner and its noun, up to the verb: "the ministry produced ...".
        while j < view.tokens.count, view.tokens[j].kind == .word, j - start < 6,
              j == start || !(Self.beforeVerb.contains(view.lower[j])
                || CueLexicon.forms[view.lower[j]] != nil || view.lower[j].hasSuffix("ed")) {
            j += 1
        }
        // "said the ministry", "said one former executive who ...".
        guard j > start, Self.determiners.contains(view.lower[start]) || Reading.quantifiers.contains(view.lower[start]) else { return nil }
        return Subject(references: [.words(start..<j)], start: start, end: j)
    }
}
