import Foundation
import Testing
@testable import StanceGraph

/// The project's own registry, `Corpus/actors.yaml`.
let projectRegistry: Registry = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return try! RegistryLoader.load(path: root.appendingPathComponent("Corpus/actors.yaml").path)
}()

@Suite struct ResolverTests {
    let resolver = Resolver(registry: projectRegistry)

    func id(_ mention: String, on day: String? = "2020-11-14", country: String? = nil) -> String? {
        resolver.resolve(mention, on: day.flatMap { Day(iso: $0) }, context: .init(country: country))?.actor.id
    }

    @Test(arguments: [
        ("Sergey Lavrov", "sergei-lavrov"), ("Sergei Lavrov", "sergei-lavrov"), ("Pashinian", "nikol-pashinyan"),
        ("Mevlüt Çavuşoğlu", "mevlut-cavusoglu"), ("Mevlut Cavusoglu", "mevlut-cavusoglu"), ("CAVUSOGLU", "mevlut-cavusoglu"),
        ("António Guterres", "antonio-guterres"), ("Antonio Guterres", "antonio-guterres"), ("İlham Əliyev", "ilham-aliyev"),
        ("the Collective Security Treaty Organization", "csto"), ("the OSCE Minsk Group", "osce-minsk-group"),
        ("U.N.", "un"), ("Hayastan Alliance", "hayastan-alliance"), ("the Red Cross", "icrc"),
    ])
    func resolvesAliasesAndSpellingsWithOrWithoutDiacritics(mention: String, expected: String) {
        #expect(id(mention) == expected)
    }

    @Test(arguments: [
        ("Aliyev", "ilham-aliyev"), ("Mr Aliyev", "ilham-aliyev"), ("Azerbaijani President Ilham Aliyev", "ilham-aliyev"),
        ("Prime Minister Nikol Pashinyan", "nikol-pashinyan"), ("Russian President Vladimir Putin", "vladimir-putin"),
        ("Lavrov", "sergei-lavrov"), ("Turkey's top diplomat Cavusoglu", "mevlut-cavusoglu"),
        ("spokesman for U.N. Secretary-General Antonio Guterres", "antonio-guterres"),
    ])
    func resolvesNamesBehindTitlesAndSurnamesAlone(mention: String, expected: String) {
        #expect(id(mention) == expected)
        #expect(resolver.resolve(mention, on: Day(iso: "2020-11-14"))?.actor.isKnown == true)
    }

    @Test(arguments: [
        ("the Russian foreign minister", "2020-11-14", "sergei-lavrov"),
        ("Azerbaijan's president", "2021-05-01", "ilham-aliyev"),
        ("Armenia's prime minister", "2021-11-16", "nikol-pashinyan"),
        ("the Armenian foreign minister", "2020-10-01", "zohrab-mnatsakanyan"),
        ("the Armenian foreign minister", "2021-11-16", "ararat-mirzoyan"),
        ("the U.N. Secretary-General", "2020-10-01", "antonio-guterres"),
        ("the Turkish foreign minister", "2022-02-01", "mevlut-cavusoglu"),
        ("the president of Russia", "2010-06-01", "president-of-russia"),
        ("the prime minister of Russia", "2010-06-01", "vladimir-putin"),
    ])
    func resolvesOfficesToWhoHeldThemThatDay(mention: String, day: String, expected: String) {
        #expect(id(mention, on: day) == expected)
    }

    /// Words before a capitalised title with a name after it are a place, a court or a party,
    /// not the name: "Oregon Sen. Dana Whitlow" is Dana Whitlow.
    @Test(arguments: [
        ("Oregon Sen. Dana Whitlow", "Dana Whitlow"), ("Harbor County Judge Ida Marsh", "Ida Marsh"),
        ("Republican Gov. Hal Pruett", "Hal Pruett"), ("Retired Gen. Omar Tessel", "Omar Tessel"),
        ("Dana Whitlow", "Dana Whitlow"), ("Sen. Whitlow", "Whitlow"),
    ])
    func aPlaceOrPartyBeforeATitleIsNoPartOfTheName(mention: String, name: String) throws {
        #expect(try #require(resolver.resolve(mention, on: Day(iso: "2016-05-01"))).actor.name == name)
    }

    @Test func anOfficeNobodyInTheRegistryHeldThenIsAnUnknownActorWithItsCountry() throws {
        let resolution = try #require(resolver.resolve("the Iranian foreign minister", on: Day(iso: "2024-01-01")))
        #expect(resolution.method == .unknown)
        #expect(resolution.actor.name == "Foreign Minister of Iran")
        #expect(resolution.actor.country == "iran")
        #expect(resolution.actor.isKnown == false)
    }

    @Test(arguments: [
        ("the country's Defense Ministry", "armenia", "armenia-ministry-of-defense"),
        ("the Defence Ministry in Baku", nil, "azerbaijan-ministry-of-defense"),
        ("Armenia's Foreign Ministry", nil, "armenia-ministry-of-foreign-affairs"),
        ("the Ministry of Defense of the Republic of Armenia", nil, "armenia-ministry-of-defense"),
        ("Azerbaijan's Defense Ministry", nil, "azerbaijan-ministry-of-defense"),
        ("the Azerbaijani presidential administration", nil, "azerbaijan-presidential-administration"),
        ("its foreign ministry", "russia", "russia-ministry-of-foreign-affairs"),
    ])
    func resolvesACountrysBodies(mention: String, country: String?, expected: String) {
        #expect(id(mention, country: country) == expected)
    }

    @Test func aBodyTheRegistryLacksIsNamedWithItsCountry() throws {
        let resolution = try #require(resolver.resolve("Georgia's Defence Ministry", on: nil))
        #expect(resolution.actor.name == "Georgia Ministry of Defense")
        #expect(resolution.actor.country == "georgia")
        #expect(resolution.actor.isKnown == false)
    }

    @Test(arguments: [
        ("Baku", "azerbaijan", Resolver.Method.capital), ("Yerevan", "armenia", .capital), ("Moscow", "russia", .capital),
        ("Ankara", "turkey", .capital), ("Azerbaijani", "azerbaijan", .adjective), ("Azeri", "azerbaijan", .adjective),
        ("the Russian Federation", "russia", .name),
    ])
    func capitalsAndDemonymsStandForGovernments(mention: String, expected: String, method: Resolver.Method) throws {
        let resolution = try #require(resolver.resolve(mention, on: nil))
        #expect(resolution.actor.id == expected)
        #expect(resolution.method == method)
    }

    @Test func unknownPeopleAreNamedWithCountryAndOffice() throws {
        let minister = try #require(resolver.resolve("Norwegian Foreign Minister Kari Nordmann", on: nil))
        #expect(minister.actor.name == "Kari Nordmann")
        #expect(minister.actor.country == "norway")
        #expect(minister.actor.roles == [Tenure(role: "foreign-minister", of: "norway")])
        #expect(minister.actor.isKnown == false)

        let spokeswoman = try #require(resolver.resolve("Armenian health ministry spokeswoman Alina Nikoghosyan", on: nil))
        #expect(spokeswoman.actor.name == "Alina Nikoghosyan")
        #expect(spokeswoman.actor.country == "armenia")
        #expect(spokeswoman.actor.memberships == [Tenure(role: "spokesperson", of: "armenia-ministry-of-health")])
    }

    @Test func unknownOrganisationsKeepTheTextsOwnWords() throws {
        let ministry = try #require(resolver.resolve("India's Ministry of External Affairs", on: nil))
        #expect(ministry.actor.name == "India Ministry of External Affairs")
        #expect(ministry.actor.kind == .governmentBody)
        #expect(ministry.actor.country == "india")
        let party = try #require(resolver.resolve("the Dashnaktsutyun Party", on: nil))
        #expect(party.actor.name == "Dashnaktsutyun Party")
        #expect(party.actor.kind == .group)
        // A name that ends in "of" goes on with the place after it, and never ends in "of".
        let foundation = try #require(resolver.resolve("the Heritage Foundation of India", on: nil))
        #expect(foundation.actor.name == "Heritage Foundation of India")
        #expect(foundation.actor.country == "india")
    }

    /// A mention is cut into words by the tokeniser that cuts the article's sentences, after
    /// the same normalising: a curly apostrophe is a possessive, brackets, commas and a
    /// title's full stop are no part of a word, and the dots inside one are.
    @Test func aMentionIsCutAsTheArticlesSentencesAre() throws {
        let tokens = Token.split("the co-chairs\u{2019} (Minsk) Sen. Roe\u{2019}s U.S.-led, \u{201C}Azerbaijan\u{201D}")
        #expect(tokens.map(\.text) == ["the", "co-chairs", "Minsk", "Sen", "Roe", "U.S.-led", "Azerbaijan"])
        #expect(tokens.map(\.isPossessive) == [false, true, false, false, true, false, false])
        #expect(tokens.map(\.isCapitalized) == [false, false, true, true, true, true, true])
        let curly = try #require(resolver.resolve("Azerbaijan\u{2019}s president", on: Day(iso: "2021-03-01")))
        #expect(curly.actor.name == "Ilham Aliyev")
    }

    @Test(arguments: ["he", "the ministry", "they", "officials", "the statement"])
    func pronounsAndBareNounsNameNobody(mention: String) {
        #expect(resolver.resolve(mention, on: nil) == nil)
    }
}
