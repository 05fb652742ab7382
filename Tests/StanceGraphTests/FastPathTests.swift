import Foundation
import Testing
import Yams
@testable import StanceGraph

/// The hot paths written for speed give what the plain library calls they replace give.
@Suite struct FastPathTests {
    static let samples = [
        "", "a", "Plain ASCII words.", "Çavuşoğlu said „Nein“ — 2,317 killed", "Ağdam, Füzuli and Şuşa",
        "emoji 🇦🇲 and 🕊️ doves", "Ελληνικά και русский текст", "\u{0301}combining first", "tab\tand\r\nlines\u{2028}",
    ]

    /// JSON string literals, escaped eight bytes at a time, are what escaping one scalar at a
    /// time gives, wherever in a run of plain bytes the escaped one falls.
    @Test(arguments: samples + ["\"quoted\" and \\back\\slashed", "bell\u{07}esc\u{1B}del\u{7F}nul\u{00}", "\u{2029}", "\u{2027}\u{2030} near misses: â€"])
    func jsonStringsMatchScalarByScalarEscaping(text: String) throws {
        func reference(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case "\n": out += "\\n"
                case "\r": out += "\\r"
                case "\t": out += "\\t"
                case _ where scalar.value < 0x20 || scalar == "\u{2028}" || scalar == "\u{2029}":
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        for padding in 0..<9 {
            let padded = String(repeating: "x", count: padding) + text + String(repeating: "y", count: 8 - padding)
            let escaped = StatementFormats.json(padded)
            #expect(escaped == reference(padded))
            #expect(try JSONSerialization.jsonObject(with: Data(escaped.utf8), options: .fragmentsAllowed) as? String == padded)
        }
    }

    /// Lines are cut byte by byte, where cutting between words counted in characters would cut.
    @Test(arguments: [
        "", "short", "  spaced  out  words  ", "Çavuşoğlu said „Nein“ — 2,317 killed near Ağdam and Füzuli on the road to Şuşa",
        "e\u{0301}te\u{0301} cafe\u{0301} re\u{0301}sume\u{0301} with combining marks over and over again and again",
        "a-word-much-longer-than-any-line-could-ever-hold-at-these-widths then short ones",
        "🇦🇲🇦🇲🇦🇲🇦🇲🇦🇲🇦🇲🇦🇲🇦🇲🇦🇲🇦🇲🇦🇲🇦🇲 flags 🕊️ doves", String(repeating: "word ", count: 60),
    ], [100, 96, 20, 7, 1])
    func wrappingCutsWhereCharactersWould(text: String, width: Int) {
        var lines: [String] = [], line = ""
        for word in text.utf8.split(separator: 0x20).map({ Substring(String(decoding: $0, as: UTF8.self)) }) {
            if !line.isEmpty, line.count + 1 + word.count > width { lines.append(line); line = "" }
            if word.count > width {
                var rest = word
                while rest.count > width { lines.append(String(rest.prefix(width))); rest = rest.dropFirst(width) }
                line = String(rest)
            } else {
                line += (line.isEmpty ? "" : " ") + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        #expect(Wrap.lines(text, width: width) == lines)
    }

    /// Text shown on a terminal loses the controls it would obey, C1 ones too, and keeps the
    /// rest: the byte scan that passes most lines through finds what a scalar scan finds.
    @Test(arguments: ["plain", "2020-10-01  Guterres · said · neutral", "tab\tand\nline", "esc\u{1B}[31mred", "bell\u{07}",
                      "next line\u{85}here", "csi\u{9B}2J", "\u{9F}\u{A0}\u{A9} © ·", "del\u{7F}", "Ç\u{80}"])
    func terminalTextLosesOnlyControls(text: String) {
        let expected = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value) ? "\u{FFFD}" : scalar
        }))
        #expect(TerminalText.printable(text) == expected)
    }

    /// Numbers and days in JSON lines are written digit by digit, as `String(_:)` and
    /// `Day.description` would write them.
    @Test(arguments: [0, 7, 9, 10, 42, 99, 100, 2317, -1, -10, -2317, 1_000_000, Int.max, Int.min])
    func numbersAndDaysAreWrittenAsTheirDescriptions(value: Int) throws {
        var out: [UInt8] = []
        StatementFormats.appendDecimal(value, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == String(value))
        let day = try #require(Day(year: Int(value.magnitude % 9999) + 1, month: Int(value.magnitude % 12) + 1, day: Int(value.magnitude % 28) + 1))
        let statement = Statement(article: "a", speaker: Actor(id: "x", name: "X", kind: .person), text: "t", quote: false, cue: "said", date: day,
                                  targets: [], topics: [], polarity: value.signum(), figures: [Figure(value: value, what: "dead")],
                                  sentence: "t", range: 0..<1, rule: "r")
        let line = try #require(JSONSerialization.jsonObject(with: Data(StatementFormats.jsonLine(statement).utf8)) as? [String: Any])
        #expect(line["date"] as? String == day.description)
        #expect(line["polarity"] as? Int == value.signum())
        #expect((line["figures"] as? [[String: Any]])?.first?["value"] as? Int == value)
    }

    @Test(arguments: samples)
    func stringsFromScalarsRoundTrip(text: String) {
        let scalars = [Unicode.Scalar](scalarsOf: text)
        #expect(scalars == Array(text.unicodeScalars))
        #expect(String(scalars: scalars) == text)
        #expect(String(scalars: scalars[...]).utf8.elementsEqual(text.utf8))
        if scalars.count > 2 {
            #expect(String(scalars: scalars[1..<scalars.count - 1]) == String(String.UnicodeScalarView(scalars[1..<scalars.count - 1])))
        }
    }

    @Test(arguments: samples)
    func normalisingBytesMatchesNormalisingScalars(text: String) {
        var expected = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            expected.append(scalar == "\r" ? (index + 1 < scalars.count && scalars[index + 1] == "\n" ? " " : "\n") : TextNormalizer.normalize(scalar))
        }
        #expect(TextNormalizer.normalize(text) == String(expected))
    }

    @Test(arguments: samples + ["The Ministry's 2,317 (ONE) said: \"No!\"", "A-Z a-z 0-9 @[`{"])
    func foldedKeysAreLowerCaseLettersAndDigits(text: String) {
        let expected = text.unicodeScalars.filter { StatementID.isWordScalar($0) }
            .map { String($0).lowercased() }.joined()
        #expect(Paragraphs.foldedKey(Array(text.unicodeScalars)) == expected)
    }

    @Test(arguments: ["Armenia", "U.N.", "Azerbaijan's", "AP", "Çavuşoğlu", "ÇAVUŞOĞLU", "ceasefire", "the", "RFE/RL", "a.m.", "", "\u{212A}elvin", "İstanbul"])
    func lowerCasingScalarsMatchesLowercased(word: String) {
        let scalars = [Unicode.Scalar](scalarsOf: word)
        #expect(ScalarText.lowercased(scalars[...]) == word.lowercased())
        // Within a longer run of scalars, as sentences pass their words.
        let sentence = [Unicode.Scalar](scalarsOf: "x " + word + " y")
        #expect(ScalarText.lowercased(sentence[2..<sentence.count - 2]) == word.lowercased())
    }

    @Test func wordSetsAnswerAsSetsDo() {
        let words = ["the", "a", "an", "ministry", "spokeswoman", "çavuşoğlu", "", "said", "x"]
        let set = WordSet(words)
        #expect(set.count == words.count)
        for probe in words + ["The", "minister", "ministr", "ministry ", "saidx", "aa", "çavusoglu", "y"] {
            #expect(set.contains(probe) == Set(words).contains(probe), "\(probe)")
            #expect(set.contains(Substring(" " + probe).dropFirst()) == Set(words).contains(probe))
        }
        // Many words, so that probes collide and wrap around the table.
        let many = (0..<5_000).map { "w\($0)" }
        let large = WordSet(many)
        #expect(many.allSatisfy(large.contains))
        #expect(!(5_000..<6_000).contains { large.contains("w\($0)") })
        #expect(Set(large) == Set(many))
    }

    /// The filter by length and first and last bytes rules out only words not in the set:
    /// probes that share all three with a member ("sand" for "said"), and many random words.
    @Test func wordSetFilterRulesOutOnlyNonMembers() {
        let words = ["said", "told", "urged", "the", "of", "ministry", "é", "éé", "a-b"]
        let set = WordSet(words), reference = Set(words)
        for probe in ["sand", "tald", "urgad", "tne", "ox", "mimistry", "è", "éè", "a-b", "a+b", "e"] {
            #expect(set.contains(probe) == reference.contains(probe), "\(probe)")
        }
        // Looked up with A to Z lowered as the bytes are read, short words and long.
        let long = WordSet(words + ["counterinsurgency-operations"])
        for probe in ["SAID", "Told", "uRGED", "The", "É", "sand", "Ministry", "COUNTERINSURGENCY-OPERATIONS", "counterinsurgency-operation", ""] {
            let lowered = String(decoding: probe.utf8.map(ScalarClass.lowered), as: UTF8.self)
            #expect(long.id(lowering: probe.utf8).map { Array(long)[$0] } == (long.contains(lowered) ? lowered : nil), "\(probe)")
        }
        var random = SeededWords(seed: 7, letters: "abdeginorstuyé-")
        for _ in 0..<20_000 {
            let probe = random.next(upTo: 9)
            #expect(set.contains(probe) == reference.contains(probe), "\(probe)")
        }
    }

    /// One pass with the two-byte filter finds what searching for each phrase in the
    /// lower-cased text finds: at the start, at the end, overlapping, in any case, and in
    /// random texts built from the phrases' own letters.
    @Test func phraseSearchFindsWhatLowerCasedContainsFinds() {
        let phrases = ["click here", "click to ", "sign up", "cookie", "in your inbox", "share on", "ab", "abc"]
        let search = PhraseSearch(phrases)
        func expected(_ text: String) -> Bool { phrases.contains { text.lowercased().contains($0) } }
        for text in ["", "c", "COOKIE", "Cookies policy", "please click", "CLICK TO", "click to read", "Sign  up", "sign-up",
                     "a", "xab", "aab", "a\u{212A}b", "Share On: \u{212A}ookie", "\u{212A}OOKIE", "İn your inbox", "in your inbox"] {
            #expect(search.occurs(in: text) == expected(text), "\(text)")
        }
        var random = SeededWords(seed: 11, letters: "abcCkKliLIoehr ABnsuU")
        for _ in 0..<20_000 {
            let text = random.next(upTo: 14)
            #expect(search.occurs(in: text) == expected(text), "\(text)")
        }
    }

    /// Day and year numbers, and ISO days, ruled out by their first byte before they are
    /// read: only words that cannot be numbers are.
    @Test func numbersAreReadWhateverTheirFirstByte() {
        let days: [String: Int?] = ["14": 14, "14,": 14, "3rd": 3, "31st.": 31, "1": 1, "32": nil, "0": nil, "": nil, ",": nil,
                                    "st": nil, "x4": nil, "+4": nil, " 4": nil, "٤": nil, "144": nil]
        for (word, day) in days { #expect(DateExpressions.dayNumber(word) == day, "\(word)") }
        let years: [String: Int?] = ["2020": 2020, "2020,": 2020, "1899": nil, "+202": nil, "-202": nil, "y2020": nil, "": nil]
        for (word, year) in years { #expect(DateExpressions.yearNumber(word) == year, "\(word)") }
        #expect(Day(iso: "2020-11-14") == Day(year: 2020, month: 11, day: 14))
        #expect(Day(iso: "2020-11-14T03:20:00Z") == Day(year: 2020, month: 11, day: 14))
        #expect(Day(iso: "+202-11-14") == Day(year: 202, month: 11, day: 14))
        for text in ["", "x2020-11-14", " 2020-11-14", "2020-13-01", "-202-11-14", "Nov 14"] { #expect(Day(iso: text) == nil, "\(text)") }
    }

    @Test func wordMapsAnswerAsDictionariesDo() {
        var table: [String: Int] = ["said": 1, "told": 2, "çavuşoğlu": 3, "": 4]
        for number in 0..<3_000 { table["n\(number)"] = number }
        let map = WordMap(table)
        for probe in Array(table.keys) + ["Said", "tol", "told ", "n3000", "n-1", "x"] {
            #expect(map[probe] == table[probe], "\(probe)")
        }
        #expect(Dictionary(uniqueKeysWithValues: map.map { ($0, $1) }) == table)
    }

    /// Polarity for a neutral cue, worked out plainly from the lexicon tables.
    static func referencePolarity(_ words: [String]) -> Int {
        var score = 0
        for (index, word) in words.enumerated() {
            var weight = StanceReader.conflictWords[word]
                ?? StanceReader.sentimentWords[word].map { abs($0) >= StanceReader.sentimentThreshold ? ($0 > 0 ? 1 : -1) : 0 } ?? 0
            if let act = CueLexicon.forms[word], act.shape == .act, act.stance != .neutral { weight = 3 * act.stance.rawValue }
            guard weight != 0 else { continue }
            let negated = words[max(0, index - 4)..<index].contains { StanceReader.negations.contains($0) || $0.hasSuffix("n't") }
            score += negated ? -weight : weight
        }
        for phrase in StanceReader.rejections where words.count >= phrase.count {
            for start in 0...(words.count - phrase.count) where words[start..<start + phrase.count].elementsEqual(phrase) { score -= 2 }
        }
        return score > 0 ? 1 : score < 0 ? -1 : 0
    }

    @Test(arguments: [
        "the ministry accused baku of shelling villages", "he thanked moscow for its support and assistance",
        "there will be no talks and we will not accept this", "it wasn't pushing for the annulment of the deal",
        "we cannot accept the aggression but we welcome the talks", "never accept never accept never accept",
        "will be no", "will not allow attacks", "they did not condemn it", "", "congratulated welcomed accused denied",
        "the sides agreed to a settlement after tensions and hostilities", "out of the question",
    ])
    func polarityMatchesItsDefinition(text: String) {
        let words = text.split(separator: " ").map(String.init)
        #expect(StanceReader.polarity(cue: .neutral, words: words.map(LowerWord.init)[...]) == Self.referencePolarity(words))
        // A slice of a longer sentence reads the same: its indices do not start at zero.
        let sentence = (["not", "step", "will"] + words).map(LowerWord.init)
        #expect(StanceReader.polarity(cue: .neutral, words: sentence[3...]) == Self.referencePolarity(words))
    }

    /// Lower-casing and searching ASCII by bytes answer as `lowercased()` and Foundation's
    /// `contains(_:)` do, and the rest is passed to them.
    @Test func textsLowerAndSearchAsTheLibrariesDo() {
        let texts = ["", "a", "Foreign Minister Jeyhun Bayramov", "spokeswoman", "MINISTER", "Mevlüt Çavuşoğlu", "ΟΔΥΣΣΕΥΣ",
                     "İstanbul", "minister minister", "aab", "ab"]
        for text in texts {
            #expect(ScalarText.lowercased(text) == text.lowercased(), "\(text)")
            for other in texts + ["minister", "b", "çavuş", "Bayramov "] {
                #expect(ScalarText.contains(text, other) == text.contains(other), "\(text) contains \(other)")
            }
        }
    }

    @Test func figuresReadNumbersAsIntDoes() {
        for token in ["2,317", "0", "12", "1,000,000", "2.5", "14th", "1990s", "2,", ",", "3-4", "9223372036854775807",
                      "9223372036854775808", "99999999999999999999", "1/2", "٣", "7'"] {
            #expect(FigureReader.integer(token) == Int(token.replacing(",", with: "")), "\(token)")
        }
    }

    @Test func monthsAreFoundAsTheirTableSays() {
        let probes = ["Nov", "nov.", "NOVEMBER", "November", "Sept", "sept.", "sep", "Septem", "may", "MAY", "Mar.", "march",
                      "and", "of", "Dec", "december,", "decembers", "novembers.", "jun", "Juneau", "oct", "Oct.", "ja", "",
                      "Çavuşoğlu", "NOVEMBER.", "nOv", "augusta", "august"]
        for probe in probes {
            #expect(DateExpressions.month(probe) == DateExpressions.monthForms[probe.lowercased()], "\(probe)")
            // A Substring of a longer String reads the same.
            let text = "(" + probe + ")"
            #expect(DateExpressions.month(text.dropFirst().dropLast()) == DateExpressions.monthForms[probe.lowercased()], "\(probe)")
        }
    }

    @Test(arguments: samples + ["ASCII only, and long enough not to be a small string."])
    func asciiIsWhatTheScalarsSay(text: String) {
        #expect(text.isASCII == text.unicodeScalars.allSatisfy(\.isASCII))
        #expect(text.dropFirst().isASCII == text.dropFirst().unicodeScalars.allSatisfy(\.isASCII))
    }

    /// Sentences are sliced from their paragraph when it is ASCII and encoded from its
    /// scalars when it is not: the two give the same texts and offsets.
    @Test func sentencesReadTheSameInASCIIAndBeyond() throws {
        let ascii = try Article.from("The minister said talks went well. \"We agree,\" he said. Dr. Smith left.\n\nA second paragraph here.")
        let wider = try Article.from("The minister said talks went wéll. \"We agree,\" he said. Dr. Smith left.\n\nA second paragraph hére.")
        let texts = { (article: Article) in article.paragraphs.flatMap(\.sentences).map(\.text) }
        #expect(texts(ascii) == ["The minister said talks went well.", "\"We agree,\" he said.", "Dr. Smith left.", "A second paragraph here."])
        #expect(texts(wider).map { $0.replacing("é", with: "e") } == texts(ascii))
        #expect(ascii.paragraphs.flatMap(\.sentences).map(\.range) == wider.paragraphs.flatMap(\.sentences).map(\.range))
        for article in [ascii, wider] {
            let scalars = Array(article.text.unicodeScalars)
            for sentence in article.paragraphs.flatMap(\.sentences) {
                #expect(String(String.UnicodeScalarView(scalars[sentence.range])) == sentence.text)
            }
        }
    }

    @Test(arguments: [
        ("Nov 14 2020", "11-14-2020 Nov 14 2020"),
        ("Updated October 23, 2020 03:20 PM", "10-23-2020 October 23, 2020"),
        ("BAKU, Azerbaijan, Dec. 3 (Wire)", "12-3 Dec. 3"),
        ("on 14th Sept. 2021 and on 2 march", "9-14-2021 14th Sept. 2021|3-2 2 march"),
        ("from 3 Mar to 2021-11-14T09:00", "3-3 3 Mar|11-14-2021 2021-11-14T09"),
        ("May 5,2020 or June 31 or 2,317 - Dec. 3/4", ""),
        ("", ""),
    ])
    func datesAreReadFromTheSentenceTokeniser(text: String, expected: String) {
        let scalars = Array(text.unicodeScalars)
        let found = DateExpressions.scan(text).map { date in
            [date.month, date.day].map(String.init).joined(separator: "-") + (date.year.map { "-\($0)" } ?? "")
                + " " + String(String.UnicodeScalarView(scalars[date.range]))
        }
        #expect(found.joined(separator: "|") == expected)
    }

    @Test(arguments: [
        "title: Talks stall in Geneva\noutlet: Example Wire\npublished: 2022-03-04\nurl: https://example.org/a?b=1",
        "title: \"Aliyev: the war is over\"\noutlet: 'Daily Sabah'\npublished: 2020-11-14",
        "title: Don't look back\r\nsource: TASS\r\n\r\ndate: 2021-11-16",
        "Title: Capitals kept\nlink: http://x.org/a#b\nextra_key-2: 12.5",
        "title: Şuşa recaptured",
    ])
    func simpleFrontMatterIsReadAsYAMLReadsIt(yaml: String) throws {
        let simple = try #require(FrontMatter.simpleEntries(yaml))
        let mapping = try #require(try Yams.compose(yaml: yaml)?.mapping)
        #expect(simple.map(\.key) == mapping.map { $0.key.string! })
        #expect(simple.map(\.value) == mapping.map { $0.value.string })
        #expect(simple.map(\.line) == mapping.map { YAMLSource.line($0.value, firstLine: 2) })
    }

    @Test(arguments: [
        "title: a: b", "# comment\ntitle: x", "title:", "title: [a, b]", "title: |\n  block", "title: \"esc\\\"aped\"",
        "title: x\ntitle: y", "  title: indented", "title: 'it''s'", "title: x # note", "- a list", "title: &anchor x",
        "title: \"unclosed", "title:x",
    ])
    func otherFrontMatterGoesToYams(yaml: String) {
        #expect(FrontMatter.simpleEntries(yaml) == nil)
    }

    /// The folded hash agrees with the folded key: texts with the same key hash alike, the
    /// count is the key's, and different keys (here) hash apart.
    @Test func foldedHashesFollowFoldedKeys() {
        let texts = Self.samples + ["The Ministry's 2,317 (ONE) said: \"No!\"", "the ministrys 2317 one said no", "ĞAZA", "ğaza", "Ağdam", "AĞDAM."]
        for a in texts {
            let key = Paragraphs.foldedKey(Array(a.unicodeScalars))
            #expect(Paragraphs.foldedHash(a.unicodeScalars).count == key.unicodeScalars.count, "\(a)")
            // Read from the bytes of ASCII text, the same hash.
            #expect(Paragraphs.foldedHash(of: a) == Paragraphs.foldedHash(a.unicodeScalars), "\(a)")
            for b in texts {
                let same = key == Paragraphs.foldedKey(Array(b.unicodeScalars))
                #expect((Paragraphs.foldedHash(a.unicodeScalars) == Paragraphs.foldedHash(b.unicodeScalars)) == same, "\(a) / \(b)")
            }
        }
    }

    @Test func aRepeatedParagraphIsFoundInOtherCapitalsAndPunctuation() throws {
        let article = try Article.from("""
            The ministry said the talks would resume on Monday in Moscow.

            THE MINISTRY SAID THE TALKS WOULD RESUME ON MONDAY, IN MOSCOW!

            Ağdam was quiet.

            AĞDAM WAS QUIET.
            """)
        #expect(article.paragraphs.map(\.kind) == [.body, .duplicate, .body, .duplicate])
    }

    @Test func topicWordsAreFoldedWords() {
        #expect(Reading.topicWords("The cease-fire (truce) in Nagorno-Karabakh's north, U.N.-backed") ==
                ["the", "cease", "fire", "truce", "in", "nagorno", "karabakh", "north", "un", "backed"])
        #expect(Reading.topicWords("Çavuşoğlu: peace-talks!") == ["cavusoglu", "peace", "talks"])
    }

    @Test(arguments: [
        "The cease-fire (truce) in Nagorno-Karabakh's north, U.N.-backed", "Çavuşoğlu: peace-talks!",
        "Armenia's, Azerbaijan's) the sides' don't 'quoted' O'Brien's. it's/its", "A.B.C. 2,317 ... --- __ x_y a/b",
        "\"We will continue,\" he said. NATO's ISN'T", "'s 's' S'S trailing'", "",
    ])
    func topicWordBytesAreTopicWords(text: String) {
        let (bytes, words) = Reading.topicWordBytes(text)
        #expect(words.map { String(decoding: bytes[$0], as: UTF8.self) } == Reading.topicWords(text))
    }

    @Test func actorsAreValuesThoughTheirFieldsAreShared() throws {
        let original = Actor(id: "a", name: "Ann Example", kind: .person, country: "x", aliases: ["Ann"],
                             roles: [Tenure(role: "envoy", of: "x", from: Day(year: 2020, month: 1, day: 1))])
        var copy = original
        #expect(copy == original && copy.hashValue == original.hashValue)
        copy.name = "Anne Example"
        copy.aliases.append("Anne")
        copy.roles[0].until = Day(year: 2021, month: 1, day: 1)
        #expect(original.name == "Ann Example" && original.aliases == ["Ann"] && original.roles[0].until == nil)
        #expect(copy.name == "Anne Example" && copy.aliases == ["Ann", "Anne"] && copy.roles[0].until == Day(year: 2021, month: 1, day: 1))
        #expect(copy != original)
        var same = original
        same.isKnown = true
        #expect(same == original && Set([same, original]).count == 1)

        let data = try JSONEncoder().encode([original, copy])
        #expect(try JSONDecoder().decode([Actor].self, from: data) == [original, copy])
        let json = try #require(String(data: try JSONEncoder().encode(Actor(id: "b", name: "B", kind: .state)), encoding: .utf8))
        #expect(!json.contains("capital") && json.contains("\"isKnown\":true"))
    }

    /// Token.split as it was written over Characters, before it moved to scalars.
    static func referenceTokens(_ mention: String) -> [Token] {
        mention.split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { raw in
            var word = Substring(raw)
            while let last = word.last, ",;:!?\"()[]".contains(last) || (last == "." && word.filter({ $0 == "." }).count == 1 && word.count > 3) {
                word = word.dropLast()
            }
            while let first = word.first, "\"([".contains(first) { word = word.dropFirst() }
            var possessive = false
            if word.hasSuffix("'s") || word.hasSuffix("\u{2019}s") {
                word = word.dropLast(2)
                possessive = true
            } else if word.hasSuffix("s'") {
                word = word.dropLast()
                possessive = true
            }
            guard !word.isEmpty else { return nil }
            return Token(text: String(word), folded: NameFolding.fold(word), isCapitalized: word.first!.isUppercase, isPossessive: possessive)
        }
    }

    @Test(arguments: [
        "Azerbaijan's President Ilham Aliyev", "the U.N. Security Council", "(Reuters) Inc. said:", "\"Armenia's\" envoys'",
        "Çavuşoğlu's  office,", "'s", "a.m. Gen. Nov. U.S.A.", "RFE/RL\nTASS", "Ministry of Defense of the Republic of Armenia",
        "  ", "[the] \"(Kremlin)\"", "Şuşa-based self-proclaimed authorities",
    ])
    func tokensAreWhatTheyWereOverCharacters(mention: String) {
        let tokens = Token.split(mention)
        #expect(tokens == Self.referenceTokens(mention))
        for start in tokens.indices {
            for end in start...tokens.count {
                #expect(Token.phrase(tokens[start..<end]) == NameFolding.fold(tokens[start..<end].map(\.text).joined(separator: " ")))
            }
        }
    }

    @Test(arguments: ["Russian-brokered", "Armenian-Majority", "-based", "a--b", "ANI", "RFE/RL", "U.N.", "2,317", "Çavuşoğlu",
                      "ŞUŞA", "x", "Co-Chair", "pro-Russian", "self-proclaimed", "Armenia's", "ARMENIA'S", "'s", "s"])
    func wordFlagsAreWhatTheyWereOverCharacters(text: String) {
        let scalars = Array(text.unicodeScalars)
        let word = scalars.withUnsafeBufferPointer { SentenceWord(range: scalars.indices, endsClause: false, scalars: $0[...]) }
        #expect(word.text(in: DecodedText(text)) == text)
        #expect(word.lower == LowerWord(text.lowercased()))
        #expect(word.isPossessive == text.lowercased().hasSuffix("'s"))
        let parts = text.split(separator: "-")
        let letters = text.filter(\.isLetter)
        #expect(word.isCapitalised == (text.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false))
        #expect(word.isNumberLike == text.unicodeScalars.contains(where: ScalarClass.isDigit))
        #expect(word.isLowerCompound == (parts.count > 1 && parts.dropFirst().contains { $0.first?.isLowercase == true }))
        #expect(word.isAcronym == (letters.count >= 2 && letters.allSatisfy(\.isUppercase)))
    }

    /// A word's classes are the lists its lower-case form is in, as looking it up in each gives.
    @Test func wordClassesAreTheListsAWordIsIn() {
        let lists: [(WordSet, MentionFinder.WordClass)] = [
            (MentionFinder.openers, .opener), (MentionFinder.leftExtenders, .leftExtender), (MentionFinder.joiners, .joiner),
            (MentionFinder.locatives, .locative), (MentionFinder.placeNouns, .placeNoun), (MentionFinder.speakerFollowers, .speakerFollower),
            (MentionFinder.offices, .office), (MentionFinder.envoys, .envoy), (MentionFinder.weekdays, .weekday),
            (MentionFinder.eventHeads, .eventHead), (MentionFinder.nonActors, .nonActor), (MentionFinder.honorifics, .honorific),
            (["and"], .and), (["to"], .to), (["of"], .of),
        ]
        let listed = lists.flatMap { Array($0.0) }
        let probes = listed + listed.map { $0.uppercased() } + listed.map { $0.prefix(1).uppercased() + $0.dropFirst() }
            + ["Ministry", "spokesmen", "Çavuşoğlu", "ŞUŞA", "ministryministryministry", "administrations", "", "x", "\u{212A}"]
        for probe in probes {
            let expected = lists.reduce(into: MentionFinder.WordClass()) { classes, list in
                if list.0.contains(probe.lowercased()) { classes.insert(list.1) }
            }
            let scalars = Array(probe.unicodeScalars)
            let word = scalars.withUnsafeBufferPointer { SentenceWord(range: scalars.indices, endsClause: false, scalars: $0[...]) }
            #expect(word.classes == expected, "\(probe)")
        }
    }

    /// A phrase is its words joined by single spaces, whatever stands between them.
    @Test(arguments: ["Nikol Pashinyan said", "Corp. Ltd. spokesman", "the  Foreign   Ministry", "U.N. Secretary-General", "Armenia's Defense Ministry",
                      "Mevlüt  Çavuşoğlu told Ağdam"])
    func phrasesAreWordsJoinedBySpaces(sentence: String) {
        let decoded = DecodedText(sentence)
        let words = SentenceWord.words(of: SentenceTokens(decoded.scalars))
        for start in words.indices {
            // Each word is its scalars, sliced from ASCII text or encoded from the rest.
            #expect(words[start].text(in: decoded) == String(String.UnicodeScalarView(decoded.scalars[words[start].range])))
            for end in start...words.count {
                #expect(SentenceWord.phrase(words[start..<end], in: decoded) == words[start..<end].map { $0.text(in: decoded) }.joined(separator: " "))
            }
        }
    }
}

/// Random words from a linear congruential generator: the same words on every run.
struct SeededWords {
    private var state: UInt64
    private let letters: [Character]

    init(seed: UInt64, letters: String) {
        state = seed
        self.letters = Array(letters)
    }

    /// A word of fewer than `length` letters.
    mutating func next(upTo length: Int) -> String {
        String((0..<number(below: length)).map { _ in letters[number(below: letters.count)] })
    }

    private mutating func number(below bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int(state >> 33) % bound
    }
}

/// Escaping works on scalars, not characters: a quote mark followed by a combining mark is one
/// Character in Swift, and must still be escaped (found by the article harness of `make fuzz`).
@Suite struct ScalarEscapingTests {
    static let combined = "a \"\u{0308}b, and \"\u{0748} c|\u{0301}d&\u{0301}e"

    @Test func replacingScalarsSeesAQuoteUnderACombiningMark() {
        #expect("x\"\u{0308}y".replacingScalars("\"", with: "''") == "x''\u{0308}y")
        #expect("plain".replacingScalars("\"", with: "''") == "plain")
    }

    @Test func aCSVRecordKeepsItsFieldsWhateverTheText() throws {
        let statement = try #require(try extract("Ilham Aliyev said the \"\u{0308}corridor\" was open, and \"\u{0748} it would stay so.").first)
        let record = StatementFormats.csvRecord(statement)
        // Inside a quoted field every quote mark is doubled: an even number in all, each field
        // closed before the next comma.
        #expect(record.unicodeScalars.filter { $0 == "\"" }.count % 2 == 0)
        var fields = 0, quoted = false
        for scalar in record.unicodeScalars {
            if scalar == "\"" { quoted.toggle() } else if scalar == ",", !quoted { fields += 1 }
        }
        #expect(!quoted && fields + 1 == 16)
    }
}

/// A nonspacing mark belongs to the word it sits in, for the extractor as for statement ids: a
/// statement never starts or ends inside a word of the file (found by the article harness of
/// `make fuzz`, on a mark glued between a cue and the next word).
@Suite struct CombiningMarkTests {
    static let texts = [
        "The ministry said on Monday that the pass was closed, news agency North Wire reported\u{0748}talks would resume soon.",
        "Ilham Aliyev said\u{0301} the corridor was open.",
        "\u{201C}\u{0308}The corridor is open,\u{201D} Ilham Aliyev said.",
        "Pashinyan said the cafe\u{0301} in the square was shelled.",
    ]

    @Test(arguments: texts) func aStatementHoldsOnlyTheFilesWords(_ text: String) throws {
        let words = Set(StatementID.words(text))
        for statement in try extract(text) {
            for word in StatementID.words(statement.text) {
                #expect(words.contains(word), "\(word) in \(statement.text)")
            }
        }
    }

    @Test func aDecomposedAccentStaysInItsWord() {
        #expect(ScalarClass.isLetter("\u{0301}"))
        #expect(ScalarClass.isLetter("\u{0748}"))
        #expect(!ScalarClass.isLetter("\u{201C}"))
        #expect(!ScalarClass.isLetter(" "))
    }
}
