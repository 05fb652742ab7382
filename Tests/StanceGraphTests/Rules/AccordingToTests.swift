import Testing
@testable import StanceGraph

@Suite struct AccordingToTests {
    @Test func accordingToABodyFirst() throws {
        let statements = try extract("According to the Armenian Health Ministry, 23 civilians were killed.")
        #expect(statements.map(Said.init) == [Said("Armenia Ministry of Health", "According to", "23 civilians were killed")])
        #expect(statements.first?.figures == [Figure(value: 23, what: "killed")])
    }

    @Test func accordingToASourceLast() throws {
        #expect(try said("Dozens of homes were damaged overnight, according to the Azerbaijani Prosecutor General's Office.").map(\.text)
            == ["Dozens of homes were damaged overnight"])
    }

    @Test func accordingToEstimatesIsNoSpeaker() throws {
        #expect(try said("According to preliminary estimates, the harvest was lost.") == [])
    }
}
