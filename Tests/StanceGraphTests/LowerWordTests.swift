import Testing
@testable import StanceGraph

/// Words in lower case as values answer as the Strings they stand for do.
@Suite struct LowerWordTests {
    /// Words around the inline capacity of 32 bytes, and long ones that differ only in their
    /// middle, beyond the bytes held inline and before the last eight.
    static let words: [String] = {
        let long = String(repeating: "counterinsurgency", count: 3)
        var middle = Array(long.utf8)
        middle[40] = UInt8(ascii: "x")
        return ["", "a", ",", "\"", "the", "that", "n't", "wasn't", "said", "ministry", "çavuşoğlu", "i̇stanbul", "—",
                String(repeating: "b", count: 31), String(repeating: "b", count: 32), String(repeating: "b", count: 33),
                long, String(decoding: middle, as: UTF8.self), long + "s", String(long.dropLast()), "www.mfa.am/en/press-releases/2021/11/16/statement"]
    }()

    @Test func equalityIsStringEquality() {
        for word in Self.words {
            let lower = LowerWord(word)
            #expect(lower.count == word.utf8.count)
            for other in Self.words {
                #expect(lower.equals(other) == (word == other), "\(word) == \(other)")
                #expect((lower == LowerWord(other)) == (word == other), "\(word) == \(other) as words")
                if word == other { #expect(lower.hashValue == LowerWord(other).hashValue) }
            }
        }
    }

    /// Lowered from scalars, ASCII or not, a word is its lower-case String.
    @Test(arguments: ["Armenia", "U.N.", "ÇAVUŞOĞLU", "İstanbul", "\u{212A}elvin", "", "COUNTERINSURGENCY-COUNTERINSURGENCY-OPERATIONS"])
    func wordsLoweredFromScalarsAreLowerCaseStrings(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(scalars.withUnsafeBufferPointer { LowerWord(lowering: $0[...]) } == LowerWord(text.lowercased()))
    }

    /// Literals are compared in place, whatever their length and however they are stored.
    @Test func wordsCompareWithLiterals() {
        #expect(LowerWord("said") == "said" && LowerWord("said") != "told" && LowerWord("sai") != "said")
        #expect(LowerWord(",") == "," && LowerWord("") == "" && LowerWord("") != "a")
        #expect(LowerWord("çavuşoğlu") == "çavuşoğlu" && LowerWord("cavusoglu") != "çavuşoğlu")
        let long = "www.mfa.am/en/press-releases/2021/11/16/statement"
        #expect(LowerWord(long) == "www.mfa.am/en/press-releases/2021/11/16/statement")
        #expect(LowerWord(long) != "www.mfa.am/en/press-releases/2021/11/17/statement")
        #expect(LowerWord("x") == StaticString(unicodeScalarLiteral: "x") && LowerWord("y") != StaticString(unicodeScalarLiteral: "x"))
    }

    @Test func suffixesAreStringSuffixes() {
        for word in Self.words {
            for suffix in ["", "s", "'s", "n't", "ed", "ing", "y", "ğlu", "bbbbbbbb", "nsurgency", "cy"] where suffix.utf8.count <= 8 {
                #expect(LowerWord(word).hasSuffix(suffix) == word.hasSuffix(suffix), "\(word) ends with \(suffix)")
            }
        }
    }

    /// A set answers for a word as it answers for its String, long words included.
    @Test func wordSetsAnswerForWordsAsForStrings() {
        let set = WordSet(Self.words.filter { $0.utf8.count % 2 == 0 } + ["said", "told"])
        var probes = Self.words
        var random = SeededWords(seed: 5, letters: "adeilostç'")
        for _ in 0..<5_000 { probes.append(random.next(upTo: 8)) }
        for probe in probes {
            #expect(set.contains(LowerWord(probe)) == set.contains(probe), "\(probe)")
            #expect(set.id(LowerWord(probe)) == set.id(lowering: probe.utf8).flatMap { set.contains(probe) ? $0 : nil }, "\(probe)")
        }
        let map: WordMap<Int> = ["said": 1, "told": 2, "ministry": 3]
        for probe in probes { #expect(map[LowerWord(probe)] == map[probe], "\(probe)") }
    }

    /// Text keys are equal when their Strings are, byte for byte, and equal keys hash alike.
    @Test func textKeysAreTheirStrings() {
        let texts = Self.words + ["Nikol Pashinyan", "nikol pashinyan", "Çavuşoğlu", "C\u{327}avus\u{327}og\u{306}lu"]
        var table: [TextKey: Int] = [:]
        for (index, text) in texts.enumerated() { table[TextKey(text)] = index }
        for (index, text) in texts.enumerated() {
            #expect(table[TextKey(text)] == index, "\(text)")
            // The same bytes in another String are the same key.
            let copy = String(decoding: Array(text.utf8), as: UTF8.self)
            #expect(TextKey(copy) == TextKey(text) && TextKey(copy).hashValue == TextKey(text).hashValue)
            for other in texts where other.utf8.elementsEqual(text.utf8) == false {
                #expect(TextKey(text) != TextKey(other), "\(text) and \(other)")
            }
        }
    }

    @Test func monthsAreFoundAsForStrings() {
        for probe in ["nov", "nov.", "november", "sept", "sept.", "sep", "septem", "may", "mar.", "and", "", "decembers", "augusta", "ja"] {
            #expect(DateExpressions.month(LowerWord(probe)) == DateExpressions.month(probe), "\(probe)")
        }
    }

    /// The words of a name, character by character: runs of letters (nonspacing marks among
    /// them), digits, hyphens, dots, slashes, ampersands, apostrophes before one of those and
    /// commas between digits ("2,317"), a full stop ending a word of more than three characters
    /// with no other dot dropped.
    static func nameWords(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        func inWord(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark || scalar.properties.numericType != nil
                || "-./&".unicodeScalars.contains(scalar)
        }
        var words: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            while index < scalars.count, !inWord(scalars[index]), !(scalars[index] == "'" && index + 1 < scalars.count && inWord(scalars[index + 1])) { index += 1 }
            let start = index
            func joins(_ at: Int) -> Bool {
                at + 1 < scalars.count && (scalars[at] == "'" && inWord(scalars[at + 1])
                    || scalars[at] == "," && at > start && scalars[at - 1].properties.numericType != nil && scalars[at + 1].properties.numericType != nil)
            }
            while index < scalars.count, inWord(scalars[index]) || joins(index) { index += 1 }
            guard index > start else { continue }
            var end = index
            while end - start > 3, scalars[end - 1] == ".", !scalars[start..<end - 1].contains(".") { end -= 1 }
            words.append(start..<end)
        }
        return words
    }

    /// Each token's word is its text in lower case, marks as they stand.
    @Test(arguments: FastPathTests.samples + ["The Ministry's 2,317 (ONE) said: \"No!\" — İstanbul, U.N.", "KELVIN \u{212A} İİ", "The U.N. said: \"Stop.\" Then, 2.5 a.m.",
                                                   "Armenia's -based RFE/RL co-chairs' 2,317 a--b Co. Ltd. ÇAVUŞOĞLU's U.S.-led"])
    func sentenceWordsAreTheirTokensInLowerCase(text: String) {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        let sentence = Sentence(text: text, range: 0..<scalars.count, startsInsideQuote: false)
        let view = SentenceView(sentence, scalars: scalars, insideQuote: false, mentions: [])
        for index in view.tokens.indices {
            let token = view.tokens[index]
            let expected = token.kind == .word || token.kind == .number
                ? String(scalars: scalars[token.range]).lowercased() : String(scalars: scalars[token.range])
            #expect(view.lowerText(index) == expected)
            #expect(view.lower[index].equals(expected), "\(expected)")
        }
        // The mention finder's words are made from the same tokens: each is the run of
        // characters a name's word is made of, found here character by character.
        let words = SentenceWord.words(of: SentenceTokens(scalars))
        #expect(words.map(\.range) == Self.nameWords(scalars), "\(text)")
        for word in words {
            #expect(word.lower.equals(String(scalars: scalars[word.range]).lowercased()))
        }
        // The text of any run of tokens is the scalars it spans, sliced from the UTF-8 of an
        // ASCII sentence or encoded from the scalars of any other.
        #expect(view.isASCII == text.unicodeScalars.allSatisfy(\.isASCII))
        for start in view.tokens.indices {
            for end in start + 1...view.tokens.count {
                let from = view.tokens[start].range.lowerBound, to = view.tokens[end - 1].range.upperBound
                #expect(view.text(start..<end) == String(String.UnicodeScalarView(scalars[from..<to])))
            }
        }
    }
}
