import Foundation
import Testing
@testable import StanceGraphCLI
import StanceGraph

/// A corpus whose articles try to break the pages: markup, script, a `javascript:` link and
/// a CDATA end in the statements, the title, the outlet and the URL.
func hostileCorpus() throws -> TemporaryFolder {
    let folder = try curationCorpus()
    try folder.write("articles/wire-c.txt", """
        ---
        title: "Talks <script>alert('title')</script> resume"
        outlet: "Wire \\"><img src=x onerror=alert('outlet')>"
        url: "javascript:alert('url')"
        published: 2022-03-05
        ---
        President Ilham Aliyev said the <script>alert('words')</script> draft was "><img src=x onerror=alert('attr')> unacceptable ]]> to Baku.

        Prime Minister Nikol Pashinyan accused Azerbaijan of shelling the village of Tegh on Saturday.
        """)
    return folder
}

/// A desk over `folder`'s corpus, answering to `127.0.0.1:8080`.
func makeDesk(_ folder: TemporaryFolder) throws -> Desk {
    let source = try CorpusOptions.parse(["--corpus", folder.path, "--registry", folder.file("actors.yaml")])
    return try Desk(source: source, hosts: ServeCommand.hosts(host: "127.0.0.1", port: 8080))
}

extension Desk {
    func get(_ target: String, host: String = "127.0.0.1:8080") -> DeskResponse {
        respond(DeskRequest(method: "GET", target: target, headers: ["host": host]))
    }

    func post(_ target: String, _ form: [(String, String)], origin: String? = "http://127.0.0.1:8080") -> DeskResponse {
        var headers = ["host": "127.0.0.1:8080"]
        headers["origin"] = origin
        let body = form.map { HTML.component($0.0) + "=" + HTML.component($0.1) }.joined(separator: "&")
        return respond(DeskRequest(method: "POST", target: target, headers: headers, body: Array(body.utf8)))
    }
}

extension DeskResponse {
    var text: String { String(decoding: body, as: UTF8.self) }
}

@Suite(.serialized) struct DeskTests {
    /// The pages that show the hostile article's words, one of each kind.
    func pages(_ desk: Desk) throws -> [String: DeskResponse] {
        let data = try desk.current()
        let aliyev = try #require(data.statements.first { $0.article == "wire-c" && $0.speaker.id == "ilham-aliyev" })
        var targets = ["/", "/diff", "/actor/ilham-aliyev", "/article/wire-c", "/figures", "/search?q=draft", "/review",
                       "/diff?actor=ilham-aliyev", "/actor/nikol-pashinyan?review=unchecked"]
        if let target = aliyev.targets.first { targets.append("/edge?speaker=ilham-aliyev&target=\(target.id)") }
        return Dictionary(uniqueKeysWithValues: targets.map { ($0, desk.get($0)) })
    }

    @Test func everyPageShowsArticleTextAsText() throws {
        let folder = try hostileCorpus()
        let desk = try makeDesk(folder)
        for (target, response) in try pages(desk) {
            #expect(response.status == 200, "\(target): \(response.status)")
            let html = response.text
            for planted in ["<script>alert", "<img src=x", "onerror=alert('attr')>", "href=\"javascript:"] {
                #expect(!html.contains(planted), "\(target) lets \(planted) through")
            }
            // The only scripts are the desk's own.
            #expect(html.components(separatedBy: "<script").count == 2, "\(target)")
        }
        let article = desk.get("/article/wire-c").text
        #expect(article.contains("&lt;script&gt;alert(&#39;words&#39;)&lt;/script&gt;"))
        #expect(article.contains("]]&gt; to Baku"))
        #expect(article.contains("Talks &lt;script&gt;"))
        // The javascript: URL is shown, not linked.
        #expect(article.contains("<span class=\"url\">javascript:alert(&#39;url&#39;)</span>"))
    }

    @Test func theMapLinksActorsToTheirPagesAndEdgesToTheirStatements() throws {
        let desk = try makeDesk(try hostileCorpus())
        let map = desk.get("/").text
        #expect(map.contains("<svg"))
        #expect(!map.contains("<?xml"))
        #expect(map.contains("xlink:href=\"/actor/nikol-pashinyan\""))
        let edge = try #require(map.firstMatch(of: /href="(\/edge\?[^"]+)"/)).1
        let target = String(edge).replacing("&amp;", with: "&")
        let page = desk.get(target)
        #expect(page.status == 200, "\(target)")
        #expect(page.text.contains("class=\"statement"))
        // The same stances as a table under it, each cell linked to its statements.
        #expect(map.contains("<table class=\"matrix\">"))
        #expect(map.contains("<td style=\"background:"))
        // Filters lay the map out again; a window with no statements leaves an empty map.
        let filtered = desk.get("/?since=2022-03-04&min=1")
        #expect(filtered.status == 200)
        #expect(filtered.text != map)
    }

    @Test func requestsThatNameAnotherHostAreRefused() throws {
        let desk = try makeDesk(try curationCorpus())
        #expect(desk.get("/").status == 200)
        #expect(desk.get("/", host: "localhost:8080").status == 200)
        let refused = desk.get("/", host: "attacker.example:8080")
        #expect(refused.status == 403)
        #expect(!refused.text.contains("statements"), "a refusal shows nothing of the corpus")
        #expect(desk.get("/", host: "127.0.0.1:9999").status == 403)
        #expect(desk.respond(DeskRequest(method: "GET", target: "/")).status == 403)
        // Listening on every interface: loopback's names and those allowed by name.
        let hosts = ServeCommand.hosts(host: "0.0.0.0", port: 9000, allowed: ["desk.example", "10.0.0.5", "fe80::1"])
        #expect(hosts.isSuperset(of: ["127.0.0.1:9000", "localhost:9000", "desk.example:9000", "10.0.0.5:9000", "[fe80::1]:9000"]))
        #expect(!hosts.contains("attacker.example:9000"))
    }

    @Test func badIdsAreNotFoundAndBadInputIsABadRequest() throws {
        let desk = try makeDesk(try curationCorpus())
        for target in ["/actor/nobody", "/actor/..%2F..%2Fetc%2Fpasswd", "/article/..%2F..%2Fetc%2Fpasswd", "/article/../../actors.yaml",
                       "/actor/ilham-aliyev/extra", "/nothing", "/edge?speaker=nobody&target=armenia", "/diff?actor=nobody", "/assets/../Package.swift"] {
            let response = desk.get(target)
            #expect(response.status == 404, "\(target): \(response.status)")
            #expect(response.text.contains("Not found"))
        }
        for target in ["/?since=2022-02-30", "/?min=many", "/?min=0", "/?topic=weather", "/?since=2022-03-05&until=2022-03-01",
                       "/actor/ilham-aliyev?polarity=angry", "/actor/%ZZ", "/review?at=-1", "/edge?speaker=ilham-aliyev", "/actor/ilham-aliyev?page=-2",
                       "/diff?actor=ilham-aliyev&from1=2022-03-09&to1=2022-03-01", "/search?q=%E0%80"] {
            let response = desk.get(target)
            #expect(response.status == 400, "\(target): \(response.status)")
            #expect(response.text.contains("Bad request"))
        }
        #expect(desk.respond(DeskRequest(method: "DELETE", target: "/", headers: ["host": "127.0.0.1:8080"])).status == 405)
    }

    @Test func changesNeedTheTokenAndComeFromTheDeskItself() throws {
        let folder = try curationCorpus()
        let desk = try makeDesk(folder)
        let statement = try #require(try desk.current().statements.first)
        let target = "/review/" + statement.id
        #expect(desk.post(target, [("action", "reject")]).status == 403)
        // A token one digit off.
        let wrong = (desk.token.first == "0" ? "1" : "0") + desk.token.dropFirst()
        #expect(desk.post(target, [("action", "reject"), ("token", wrong)]).status == 403)
        #expect(desk.post(target, [("action", "reject"), ("token", desk.token)], origin: "http://attacker.example").status == 403)
        #expect(desk.post(target, [("action", "explode"), ("token", desk.token)]).status == 400)
        #expect(desk.post(target, [("action", "correct"), ("polarity", "furious"), ("token", desk.token)]).status == 400)
        #expect(desk.post("/review/000000000000", [("action", "reject"), ("token", desk.token)]).status == 404)
        #expect(desk.get(target).status == 404)
        #expect(!FileManager.default.fileExists(atPath: folder.file("corrections.yaml")))
        let done = desk.post(target, [("action", "reject"), ("token", desk.token), ("at", "0")])
        #expect(done.status == 303)
        #expect(done.headers.contains { $0 == ("Location", "/review?at=0") })
        let corrections = try String(contentsOfFile: folder.file("corrections.yaml"), encoding: .utf8)
        #expect(corrections.contains("rejected: true"))
        // Every view shows the change at once.
        #expect(try desk.current().statement(statement.id) == nil)
        #expect(!desk.get("/actor/" + statement.speaker.id).text.contains("id=\"s-\(statement.id)\""))
    }

    @Test func aCorrectionFromTheReviewLandsInTheFileAndEveryView() throws {
        let folder = try curationCorpus()
        let desk = try makeDesk(folder)
        let statement = try #require(try desk.current().statements.first { $0.speaker.id == "sergei-lavrov" })
        let response = desk.post("/review/" + statement.id, [("action", "correct"), ("token", desk.token), ("speaker", statement.speaker.name),
                                                             ("polarity", "hostile"), ("targets", "Armenia; Azerbaijan"), ("text", statement.text),
                                                             ("note", "urged, not welcomed")])
        #expect(response.status == 303)
        let corrected = try #require(try desk.current().statement(statement.id))
        #expect(corrected.polarity == -1)
        #expect(corrected.targets.map(\.id) == ["armenia", "azerbaijan"])
        #expect(corrected.review?.checked == true)
        #expect(!(try desk.current().unchecked.contains { try desk.current().statements[$0].id == statement.id }))
        let file = try String(contentsOfFile: folder.file("corrections.yaml"), encoding: .utf8)
        #expect(file.contains("polarity: -1"))
        // Topics and the day, from the same form.
        let topic = try #require(try desk.current().registry.topics.first { !corrected.topics.contains($0.id) })
        let dated = desk.post("/review/" + statement.id, [("action", "correct"), ("token", desk.token), ("date", "2022-03-01"),
                                                          ("topics-shown", "1"), ("topic", topic.id)])
        #expect(dated.status == 303)
        let again = try #require(try desk.current().statement(statement.id))
        #expect(again.date == Day(iso: "2022-03-01"))
        #expect(again.topics == [topic.id])
        #expect(desk.post("/review/" + statement.id, [("action", "correct"), ("token", desk.token), ("topics-shown", "1"), ("topic", "weather")]).status == 400)
        #expect(desk.post("/review/" + statement.id, [("action", "correct"), ("token", desk.token), ("date", "2022-02-30")]).status == 400)
        #expect(file.contains("urged, not welcomed"))
        #expect(!file.contains("speaker:"))
        // The command line sees it too.
        let listed = try run(["statements", "--actor", "Lavrov", "--format", "jsonl"], in: folder)
        #expect(listed.stdout.contains("\"polarity\":-1"))
    }

    @Test func concurrentReviewersKeepEachOthersCorrections() throws {
        let folder = try curationCorpus()
        // Two servers over one corpus, as two analysts might run, and several requests at once to each.
        let desks = [try makeDesk(folder), try makeDesk(folder)]
        let statements = try desks[0].current().statements
        #expect(statements.count >= 4)
        let lock = NSLock()
        nonisolated(unsafe) var outcomes: [Int] = []
        DispatchQueue.concurrentPerform(iterations: statements.count) { index in
            let desk = desks[index % 2]
            let response = desk.post("/review/" + statements[index].id, [("action", index % 2 == 0 ? "accept" : "reject"), ("token", desk.token)])
            lock.withLock { outcomes.append(response.status) }
        }
        #expect(outcomes.count == statements.count)
        #expect(outcomes.allSatisfy { $0 == 303 })
        let file = try CorrectionsFile.load(folder.file("corrections.yaml"))
        #expect(file.corrections.count == statements.count)
        #expect(file.corrections.filter(\.rejected).count == statements.count / 2)
        // Each desk picks up the other's changes.
        Thread.sleep(forTimeInterval: 1.1)
        for desk in desks {
            let data = try desk.current()
            #expect(data.unchecked.isEmpty, "unchecked: \(data.unchecked.map { data.statements[$0].id })")
        }
    }

    @Test func aRejectionInReviewSurvivesReingesting() throws {
        let folder = try curationCorpus()
        #expect(try run(["ingest"], in: folder).status == 0)
        let desk = try makeDesk(folder)
        let statement = try #require(try desk.current().statements.first { $0.speaker.id == "nikol-pashinyan" })
        #expect(desk.post("/review/" + statement.id, [("action", "reject"), ("token", desk.token)]).status == 303)
        // The article changes, so ingest extracts it again.
        let path = folder.file("articles/wire-a.txt")
        try (try String(contentsOfFile: path, encoding: .utf8) + "\nThe talks resume next week.\n").write(toFile: path, atomically: true, encoding: .utf8)
        let ingest = try run(["ingest"], in: folder)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let again = try makeDesk(folder)
        #expect(try again.current().statement(statement.id) == nil)
        #expect(try again.current().rejected.contains { $0.id == statement.id })
        let listed = try run(["statements", "--actor", "Pashinyan", "--format", "jsonl"], in: folder)
        #expect(!listed.stdout.contains(statement.id))
    }

    @Test func evidenceAnswersWhetherItsStoreIsCurrentMoreThanOnce() throws {
        let folder = try curationCorpus()
        #expect(try run(["ingest"], in: folder).status == 0)
        let evidence = try Evidence(paths: [folder.path], registryPath: folder.file("actors.yaml"), options: try StoreOptions.parse([]))
        #expect(evidence.hasStore)
        // Asked twice, then again through the statements: the check's answer is kept, not
        // waited for again (it once hung the desk's first page after a search).
        let first = try evidence.staleness(), second = try evidence.staleness()
        #expect(first == second)
        #expect(try !evidence.rawStatements().isEmpty)
    }

    @Test func theSiteOpensFromDiskWithEveryLinkInside() throws {
        let folder = try hostileCorpus()
        let data = try Desk.load(try CorpusOptions.parse(["--corpus", folder.path, "--registry", folder.file("actors.yaml")]))
        let files = try SiteCommand.files(data)
        let names = Set(files.map(\.0))
        #expect(names.isSuperset(of: ["index.html", "desk.css", "desk.js", "figures.html", "search.html", "search-index.js",
                                      "actor-ilham-aliyev.html", "article-wire-c.html", "diff-ilham-aliyev.html"]))
        #expect(names.allSatisfy { !$0.contains("/") && !$0.hasPrefix(".") })
        var missing: [String] = []
        for (name, bytes) in files where name.hasSuffix(".html") {
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(name)")
            #expect(!html.contains("/review"), "\(name) links to review")
            for match in html.matches(of: /(?:href|src)="([^"#]*)(#[^"]*)?"/) {
                let link = String(match.1).replacing("&amp;", with: "&")
                if link.isEmpty || link.hasPrefix("http://") || link.hasPrefix("https://") || names.contains(link) { continue }
                missing.append("\(name) → \(link)")
            }
        }
        #expect(missing.isEmpty, "links to pages the site lacks: \(missing.prefix(5))")
        let index = String(decoding: try #require(files.first { $0.0 == "search-index.js" }).1, as: UTF8.self)
        #expect(index.contains("the <script>alert('words')</script> draft"))
        let search = String(decoding: try #require(files.first { $0.0 == "search.html" }).1, as: UTF8.self)
        #expect(!search.contains("stanceGraphIndex"), "the index is a file of its own, not inline")
    }
}

@Suite struct HTMLTests {
    @Test func escapingLeavesNoMarkupAndNoForbiddenCharacters() {
        #expect(HTML.escape("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
        #expect(HTML.escape("a\u{0C}b\u{1B}[31mc\u{85}d\u{FFFE}") == "ab[31mcd")
        #expect(HTML.escape("tab\tline\n") == "tab\tline\n")
    }

    @Test func onlyWebAddressesBecomeLinks() {
        #expect(HTML.href("https://example.com/a?b=1") == "https://example.com/a?b=1")
        #expect(HTML.href("  HTTP://example.com ") == "HTTP://example.com")
        for bad in ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>", "//evil.example", "https://x\"onmouseover=alert(1)", "vbscript:x", nil] {
            #expect(HTML.href(bad) == nil, "\(bad ?? "nil")")
        }
    }

    @Test func componentsRoundTrip() {
        for text in ["ilham-aliyev", "a b/c?d=e&f", "Çavuşoğlu", "../../etc/passwd", "100%"] {
            #expect(HTML.decodeComponent(HTML.component(text)) == text)
            #expect(HTML.component(text).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.~%".contains($0)) })
        }
        #expect(HTML.decodeComponent("%zz") == nil)
        #expect(HTML.decodeComponent("%C3") == nil)
        #expect(HTML.pairs("a=1&b=x+y&c")!.map { "\($0.0)=\($0.1)" } == ["a=1", "b=x y", "c="])
    }

    @Test func siteFileNamesStayInTheirFolderAndApart() {
        #expect(DeskLinks.fileName("ilham-aliyev") == "ilham-aliyev")
        #expect(DeskLinks.fileName("../x") == ".2e.2e.2fx")
        #expect(DeskLinks.fileName("a/b") != DeskLinks.fileName("a.b"))
        #expect(DeskLinks.fileName("topic:ceasefire") == "topic.3aceasefire")
    }

    @Test func highlightingMarksTheWordsOrTheWholeSentence() {
        #expect(HTML.highlighting("the <b>draft</b>", in: "He said the <b>draft</b> failed.") == "He said <mark>the &lt;b&gt;draft&lt;/b&gt;</mark> failed.")
        #expect(HTML.highlighting("elsewhere", in: "A & B.") == "<mark>A &amp; B.</mark>")
    }

    @Test func chartsPlaceDaysInProportion() {
        let ticks = FigureChart.monthTicks(from: Day(iso: "2020-09-27")!.ordinal, to: Day(iso: "2020-11-10")!.ordinal)
        #expect(ticks.map(\.description) == ["2020-10-01", "2020-11-01"])
        #expect(FigureChart.niceCeiling(2783) == 5000)
        #expect(FigureChart.grouped(2783) == "2,783")
    }
}
