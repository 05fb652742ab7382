import Testing
@testable import StanceGraph

@Suite struct StatementDateTests {
    @Test(arguments: [
        ("In a statement issued late on Monday, the OSCE Minsk Group urged restraint.", "2021-11-15"),
        ("Aliyev said on October 2 that the offensive would go on.", "2021-10-02"),
        ("Earlier on Tuesday, Pashinyan told parliament that the talks had failed.", "2021-11-16"),
        ("Pashinyan said on Saturday that the talks had failed.", "2021-11-13"),
        ("Pashinyan said that the talks had failed.", "2021-11-16"),
        ("Pashinyan said yesterday that the talks had failed.", "2021-11-15"),
        ("Armenia and Azerbaijan accused each other on Sunday of breaking the truce agreed on Saturday.", "2021-11-14"),
    ])
    func timeWordsAroundTheCueResolveAgainstPublication(sentence: String, day: String) throws {
        #expect(try extract(sentence, published: "2021-11-16").first?.date == Day(iso: day))
    }

    @Test func theSameDayIsTheDayLastNamed() throws {
        let statements = try extract("Clashes began on Thursday. Speaking on the same day, Aliyev rejected any talks.", published: "2021-11-16")
        #expect(statements.first?.date == Day(iso: "2021-11-11"))
    }

    @Test func daysInsideTheContentDateWhatWasSaidNotWhenItWasSaid() throws {
        let statements = try extract("Pashinyan said the fighting had started on Sunday.", published: "2021-11-16")
        #expect(statements.first?.date == Day(iso: "2021-11-16"))
    }

    /// A day inside what was said sets no scene: the statements after it that name no day
    /// are not dated by it.
    @Test func aDayInsideTheContentSetsNoScene() throws {
        let statements = try extract("""
            The Armenian defence ministry states that late on November 14, rebels set fire to a fuel depot.

            The ministry said that the fire burned for hours.
            """, published: "2021-11-16")
        #expect(statements.map(\.date) == [Day(iso: "2021-11-16"), Day(iso: "2021-11-16")])
    }

    /// A cue in the present ("says", "informs", "they say") reports what stands as the article
    /// is published: the scene of the sentences before does not date it, while the past does.
    @Test func aPresentCueIsDatedByPublication() throws {
        let text = "Fighting broke out on Sunday near the border.\n\nThe council VERB that the shelling went on for hours."
        #expect(try extract(text.replacingOccurrences(of: "VERB", with: "says"), published: "2021-11-16").first?.date == Day(iso: "2021-11-16"))
        #expect(try extract(text.replacingOccurrences(of: "VERB", with: "informs"), published: "2021-11-16").first?.date == Day(iso: "2021-11-16"))
        #expect(try extract(text.replacingOccurrences(of: "VERB", with: "said"), published: "2021-11-16").first?.date == Day(iso: "2021-11-14"))
    }
}
