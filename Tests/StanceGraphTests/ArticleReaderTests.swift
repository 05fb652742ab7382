import Foundation
import Testing
@testable import StanceGraph

@Suite struct ArticleReaderTests {
    @Test func readsFrontMatterAndKeepsOffsetsIntoTheOriginalFile() throws {
        let text = """
            ---
            title: "Talks stall in Geneva"
            outlet: "Example Wire"
            published: 2022-03-04
            url: "https://example.org/a?b=1"
            ---
            Talks stall in Geneva

            The envoy said \u{201C}progress is slow\u{201D} on Friday. Delegates\u{00A0}left.
            """
        let article = try Article.from(text)
        #expect(article.title == "Talks stall in Geneva")
        #expect(article.outlet == "Example Wire")
        #expect(article.url == "https://example.org/a?b=1")
        #expect(article.published == Day(year: 2022, month: 3, day: 4))
        #expect(article.dateSource == .frontMatter)
        let sentences = article.bodyParagraphs.flatMap(\.sentences)
        #expect(sentences.map(\.text) == ["The envoy said \"progress is slow\" on Friday.", "Delegates left."])
        // The headline is split too, for the headlines that are statements ("Name: words").
        #expect(article.readParagraphs.first?.sentences.map(\.text) == ["Talks stall in Geneva"])
        let original = Array(text.unicodeScalars)
        for sentence in sentences {
            let slice = String(String.UnicodeScalarView(original[sentence.range]))
            #expect(TextNormalizer.normalize(slice) == sentence.text)
        }
        #expect(String(String.UnicodeScalarView(original[sentences[0].range])).contains("\u{201C}progress"))
    }

    @Test func normalisesQuotesSpacesAndDashesOneForOne() {
        let text = "\u{201E}Nein\u{201C} \u{00AB}non\u{00BB} \u{2018}it\u{2019}s\u{2019}\u{00A0}a\u{2009}b\u{2014}c\u{2013}d\u{2212}1 e\u{2010}f\r\n"
        let normalized = TextNormalizer.normalize(text)
        #expect(normalized == "\"Nein\" \"non\" 'it's' a b-c-d-1 e-f \n")
        #expect(normalized.unicodeScalars.count == text.unicodeScalars.count)
    }

    @Test(arguments: [
        ("Read: Ceasefire holds for a second day", "read"),
        ("ALSO READ | Parliament debates border bill", "also read"),
        ("WATCH: The moment the convoy arrived", "watch"),
    ])
    func navigationLinesAreBoilerplate(line: String, label: String) throws {
        let article = try Article.from("The minister spoke at length about the border dispute today.\n\n\(line)\n\nHe left.")
        #expect(article.paragraphs[1].kind == .boilerplate("a navigation or promotion line (\(label))"))
    }

    @Test(arguments: [
        "Click here to subscribe",
        "Sign up for our daily briefing",
        "Get the Caucasus Digest in your inbox:",
        "The Daily Ledger is now on WhatsApp. Click here to join.",
        "Follow us on Twitter for live updates",
    ])
    func promotionsAreBoilerplate(line: String) throws {
        let article = try Article.from("Officials met in the capital to discuss the truce terms.\n\n\(line)\n")
        #expect(article.paragraphs[1].kind == .boilerplate("a promotion or call to action"))
    }

    @Test func shareCountsNavigationAndPhotoCreditsAreBoilerplate() throws {
        let article = try Article.from("""
            File photo: AFP

            1,204

            12

            The foreign minister arrived in the capital on Monday for talks.

            Back to top
            """)
        #expect(article.paragraphs.map(\.kind) == [
            .boilerplate("a photo credit or caption"),
            .boilerplate("a lone number, such as a share or comment count"),
            .boilerplate("a lone number, such as a share or comment count"),
            .body,
            .boilerplate("navigation"),
        ])
    }

    @Test func theOutletsNameTheTitleAndDatelinesAreKnownInOtherPunctuation() {
        let outlet = "Example Wire", title = "Talks on Nagorno-Karabakh resume in Moscow."
        func kind(_ text: String) -> Paragraph.Kind { Boilerplate.classify(text, previous: nil, outlet: outlet, title: title) }
        #expect(kind("EXAMPLE WIRE") == .boilerplate("the outlet's name"))
        #expect(kind("Example-Wire") == .heading)
        #expect(kind("Example Wire Staff") == .heading)
        #expect(kind("Talks on Nagorno-Karabakh resume in Moscow.") == .heading)
        #expect(kind("talks on nagorno-karabakh resume in moscow!") == .heading)
        #expect(kind("Talks on Nagorno-Karabakh resume in Moscow, officials said.") == .body)
        #expect(kind("ANKARA, TURKEY") == .dateline)
        #expect(kind("Updated: Nov 14 2020 | GMT") == .dateline)
        #expect(kind("Nov 14 2020") == .dateline)
        #expect(kind("Moscow, Baku and Yerevan") == .heading)
        #expect(kind("Contributing: Jane Roe, Tom Doe, Ann Poe, Bob Loe and Kim Zoe, Example Wire") == .byline)
        #expect(kind("\tEXAMPLE WIRE ") == .boilerplate("the outlet's name"))
    }

    @Test func headingsBylinesAndRepeatedParagraphsAreNotProse() throws {
        let article = try Article.from("""
            Border talks collapse

            By Jane Roe and John Doe

            The talks collapsed after two days, officials said.

            Next steps

            The talks collapsed after two days, officials said.
            """)
        #expect(article.paragraphs.map(\.kind) == [.heading, .byline, .body, .heading, .duplicate])
        #expect(article.bodyParagraphs.count == 1)
    }

    @Test func hardWrappedLinesJoinIntoOneParagraph() throws {
        let article = try Article.from("""
            The defence ministry said its forces had repelled an attack near the
            village overnight, and that two soldiers were wounded in the fighting.
            A second paragraph starts here.
            """)
        #expect(article.paragraphs.count == 2)
        #expect(article.paragraphs[0].sentences.map(\.text) == ["The defence ministry said its forces had repelled an attack near the village overnight, and that two soldiers were wounded in the fighting."])
    }

    @Test(arguments: [
        ("Example Wire\nNov 14 2020\n\nThe ministry said on Saturday that talks had resumed.", "2020-11-14", "Nov 14 2020"),
        ("Updated October 23, 2020 03:20 PM\n\nThe ministry said that talks had resumed.", "2020-10-23", "October 23, 2020"),
        ("BAKU, Azerbaijan, Dec. 3 (Wire) - The ministry said talks had resumed after the 2020 war.", "2020-12-03", "Dec. 3 (year 2020 from the text)"),
        ("MOSCOW, October 9. /TASS/. Talks will resume, the ministry said, recalling the 2019 summit and the 2020 war.", "2020-10-09", "October 9 (year 2020 from the text)"),
        ("14 March 2021\n\nThe ministry said that talks had resumed.", "2021-03-14", "14 March 2021"),
    ])
    func infersThePublicationDayFromDatelines(text: String, day: String, words: String) throws {
        let article = try Article.from(text)
        #expect(article.published == Day(iso: day))
        #expect(article.dateSource == .dateline(words))
    }

    @Test func saysWhenTheDayIsUnknownAndTakesAnOverride() throws {
        let text = "The ministry said that talks had resumed, without saying when."
        #expect(try Article.from(text).dateSource == .unknown)
        #expect(try Article.from(text).published == nil)
        let overridden = try Article.from("---\npublished: 2020-01-01\n---\n" + text, published: Day(iso: "2021-05-06"))
        #expect(overridden.published == Day(iso: "2021-05-06"))
        #expect(overridden.dateSource == .override)
    }
}

@Suite struct BadArticleTests {
    static func error(_ bytes: [UInt8], name: String = "bad.txt") -> CorpusError? {
        do {
            _ = try ArticleReader.parse(bytes, path: name)
            return nil
        } catch {
            return error
        }
    }

    @Test func invalidUTF8NamesTheByteAndLine() {
        let error = Self.error(Array("Line one\nCaf".utf8) + [0xE9] + Array(" au lait\n".utf8))
        #expect(error == CorpusError(path: "bad.txt", line: 2, problem: .invalidUTF8(byteOffset: 12)))
        #expect(error?.errorDescription == "bad.txt:2: invalid UTF-8 at byte 12. Save the file as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`).")
    }

    @Test func binaryDataIsRefused() {
        #expect(Self.error([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])?.problem == .binary)
        // No NUL, but control bytes in more than one byte in twenty.
        #expect(Self.error(Array(repeating: Array("ab\u{1}".utf8), count: 10).flatMap { $0 })?.problem == .binary)
        // Tabs, form feeds and line ends are text.
        #expect(Self.error(Array(repeating: Array("a\tb\u{C}\r\n".utf8), count: 10).flatMap { $0 })?.problem != .binary)
    }

    @Test func anEmptyFileOrEmptyBodyIsAnError() {
        #expect(Self.error([]) == CorpusError(path: "bad.txt", line: 1, problem: .empty))
        #expect(Self.error(Array(" \n\n ".utf8))?.problem == .empty)
        #expect(Self.error(Array("---\ntitle: x\n---\n\n".utf8)) == CorpusError(path: "bad.txt", line: 4, problem: .empty))
    }

    @Test func unclosedFrontMatterPointsAtItsStart() {
        let error = Self.error(Array("---\ntitle: Talks\npublished: 2020-01-01\nThe ministry said so.\n".utf8))
        #expect(error == CorpusError(path: "bad.txt", line: 1, problem: .unclosedFrontMatter))
    }

    @Test func anImpossibleDateNamesItsLine() {
        let error = Self.error(Array("---\ntitle: Talks\npublished: 2021-02-29\n---\nThe ministry said so.\n".utf8))
        #expect(error == CorpusError(path: "bad.txt", line: 3, problem: .impossibleDate("2021-02-29")))
        #expect(error?.errorDescription == "bad.txt:3: \"2021-02-29\" is not a real date. Write the day as YYYY-MM-DD, e.g. 2020-11-14.")
    }

    /// A field the tool reads given as a mapping or a list is an error at its line, never
    /// taken for a missing field.
    @Test(arguments: ["published: {y: 2020}", "published: [2020-11-14]", "outlet:\n  name: Wire"])
    func aFieldInTheWrongShapeNamesItsLine(field: String) {
        let error = Self.error(Array("---\ntitle: Talks\n\(field)\n---\nThe ministry said so.\n".utf8))
        #expect(error?.line == 3 || error?.line == 4)
        if case .frontMatterField(let message) = error?.problem {
            #expect(message.contains("should be"))
        } else {
            Issue.record("expected a field in the wrong shape, got \(String(describing: error))")
        }
    }

    @Test func badFrontMatterYAMLNamesItsLine() {
        let error = Self.error(Array("---\ntitle: Talks\noutlet: [unclosed\n---\nText here.\n".utf8))
        #expect(error?.line == 4)
        if case .badFrontMatter = error?.problem {} else { Issue.record("expected bad front matter, got \(String(describing: error))") }
    }

    @Test func aFileOverTheLimitIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("huge.txt")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 100 << 20)
        try handle.close()
        #expect(throws: CorpusError(path: path, problem: .tooLarge(bytes: 100 << 20, limit: ArticleReader.maximumFileSize))) {
            try ArticleReader.read(path: path)
        }
    }

    @Test func aFolderIsReadDespiteBadFilesAndSaysWhichFailed() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", "The ministry said talks resumed.")
        try folder.write("b.txt", [0x66, 0xFF, 0x0A])
        try folder.write("sub/c.md", "Officials said the truce held.")
        try folder.write("notes.yaml", "ignored: true")
        try folder.write(".hidden.txt", "ignored")
        let corpus = Corpus.load([folder.path])
        #expect(corpus.articles.map(\.id) == ["a", "c"])
        #expect(corpus.errors == [CorpusError(path: folder.file("b.txt"), line: 1, problem: .invalidUTF8(byteOffset: 1))])
    }
}

@Suite struct DayTests {
    @Test func onlyRealDaysExist() {
        #expect(Day(year: 2020, month: 2, day: 29) != nil)
        #expect(Day(year: 2021, month: 2, day: 29) == nil)
        #expect(Day(year: 2021, month: 4, day: 31) == nil)
        #expect(Day(iso: "2020-11-14")?.description == "2020-11-14")
        #expect(Day(iso: "2020-11-14T09:30:00Z") == Day(iso: "2020-11-14"))
        #expect(Day(iso: "2020-1-14") == nil)
    }

    @Test func countsDaysAndWeekdays() {
        let day = Day(year: 2021, month: 11, day: 16)!
        #expect(day.weekday == 2)  // a Tuesday
        #expect(day.adding(days: -1) == Day(year: 2021, month: 11, day: 15))
        #expect(Day(year: 2020, month: 12, day: 31)!.adding(days: 1) == Day(year: 2021, month: 1, day: 1))
        #expect(Day(ordinal: day.ordinal) == day)
        // Days stay within the years a day can have, as the store reads them back.
        let first = Day(year: 1, month: 1, day: 1)!, last = Day(year: 9999, month: 12, day: 31)!
        #expect(first.adding(days: -1) == first && last.adding(days: 3) == last)
        #expect(Day(iso: first.adding(days: -400).description) == first)
    }
}
