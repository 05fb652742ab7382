import Testing
@testable import StanceGraph

@Suite struct SentenceSplitterTests {
    static func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSplitter.split(scalars).map { String(String.UnicodeScalarView(scalars[$0.range])) }
    }

    @Test(arguments: [
        "Mr. Blinken met Gen. Milley on Sept. 12 in Washington. | The talks ran late.",
        "The U.N. envoy arrived at 9 a.m. Moscow time and left. | Talks resume Friday.",
        "Sanctions were imposed by the U.S. | The ministry said it would respond.",
        "J. R. Ellison, No. 2 at the Dept. of State, spoke. | Nobody objected.",
        "Losses rose to 1,204.5 tonnes, up 3.2 per cent. | Prices fell.",
        "\"We will not retreat.\" | The minister left the podium.",
        "\"Will they sign?\" he asked. | Nobody answered.",
        "\"Will they sign?\" Dana Weller asked. | Nobody answered.",
        "\"Not again!\" Mr. Weller shouted on Friday. | Nobody answered.",
        "\"Will they sign?\" | The Council Members Met Again. | Nobody answered.",
        "He said the talks had failed! | Then he left.",
        "The deal (signed in Dec. 2020) still holds. | Both sides agree.",
        "It ended at 5 p.m. | The next round starts Monday.",
        "DR. Ç. Aliyev met PROF. Smith at No. 5. | Talks went on.",
        "Signed by the U.S.A. | The rest followed.",
        "Signed by the A.B.C.D.E. | Others followed.",
        "Kept by the U.S.A. Mission and Col. Ivanov. | Ivanov left.",
    ])
    func splitsNewsProse(marked: String) {
        let (text, expected) = splitMarked(marked)
        #expect(Self.sentences(text) == expected)
    }

    @Test func aQuoteOverSeveralSentencesIsMarkedInside() {
        let text = "\"We regret the losses. We will rebuild. Nothing will stop us,\" the governor said. Crowds cheered."
        let scalars = Array(text.unicodeScalars)
        let found = SentenceSplitter.split(scalars)
        #expect(found.map(\.startsInsideQuote) == [false, true, true, false])
        #expect(found.count == 4)
    }

    @Test func aClosingMarkAfterASpaceStaysWithItsSentence() {
        #expect(Self.sentences("They urged calm and restraint. \" Officials declined to comment.")
            == ["They urged calm and restraint. \"", "Officials declined to comment."])
    }
}
