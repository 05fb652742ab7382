import Foundation
import GraphvizKit
import StanceGraph

/// The desk's pages as HTML, from one ``DeskData``: the map, an actor, an article, the
/// statements behind an edge, a stance diff, the figures, search, and the review queue.
/// Every piece of text from the articles goes through ``HTML/escape(_:)``.
struct DeskPages {
    let data: DeskData
    let links: DeskLinks
    /// The token every form that changes something carries; nil for the static site.
    let token: String?

    // MARK: The frame

    enum Section: String { case map = "Map", diff = "Diff", figures = "Figures", search = "Search", review = "Review", none = "" }

    func page(_ title: String, section: Section = .none, _ body: String) -> String {
        var nav = [("Map", links.map, Section.map), ("Figures", links.figures, .figures), ("Search", links.search, .search)]
        if !links.isStatic { nav.insert(("Diff", "/diff", .diff), at: 1) }
        if !links.isStatic { nav.append(("Review (\(data.unchecked.count))", links.review, .review)) }
        let items = nav.map { name, href, which in
            "<a href=\"\(href)\"\(which == section ? " aria-current=\"page\"" : "")>\(HTML.escape(name))</a>"
        }.joined(separator: " ")
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) · StanceGraph</title>
            <link rel="stylesheet" href="\(links.asset("desk.css"))">
            <script src="\(links.asset("desk.js"))" defer></script>
            </head><body>
            <header class="top"><a class="brand" href="\(links.map)">StanceGraph</a><nav>\(items)</nav>
            <span class="counts">\(data.statements.count) statements · \(data.articleIDs.count) articles</span></header>
            <main>
            \(body)
            </main></body></html>

            """
    }

    /// A page saying what went wrong, for a 404 or a 400.
    func problem(_ title: String, _ message: String) -> String {
        page(title, "<h1>\(HTML.escape(title))</h1><p class=\"problem\">\(HTML.escape(message))</p><p><a href=\"\(links.map)\">Back to the map</a></p>")
    }

    // MARK: The map

    struct MapFilters: Equatable, Hashable, Sendable {
        var since: Day?
        var until: Day?
        var topic: String?
        var country: String?
        var minimum = 1

        var isEmpty: Bool { self == MapFilters() }
    }

    /// The relationship map of the statements the filters keep, folded as `graphs` folds it,
    /// with every actor linked to its page and every stance edge to its statements.
    /// A map as laid out for the desk: the picture, what folding did, and the stances as a table.
    struct Map: Sendable {
        var svg: String
        var report: Folding.Report
        var matrix: StanceMatrix
    }

    static func mapSVG(_ data: DeskData, filters: MapFilters, links: DeskLinks) throws(GraphvizError) -> Map {
        // The window is applied before folding and building the graph: a month of a large
        // corpus builds in a fraction of the time the whole of it takes.
        let window = StatementQuery(since: filters.since, until: filters.until)
        let kept = data.statements.filter { statement in
            window.isWithin(statement.date)
                && (filters.topic.map { statement.topics.contains($0) } ?? true)
                && (filters.country.map { DeskData.concerns(statement, country: $0) } ?? true)
        }
        let folding = Folding()
        let (folded, report) = folding.fold(kept, registry: data.registry)
        let articles = data.articleIDs.compactMap { data.articles[$0] }
        // Drawn from the statements the tooltips name and the counts of all: the same map as
        // `graphs` draws, in a fraction of the time for a large corpus.
        var (map, graph, totals) = RelationshipMap.graph(statements: folded, articles: articles, registry: data.registry,
                                                         mentions: report.folded > 0 ? [] : data.mentions(), minimumStatements: filters.minimum,
                                                         maximumEdges: report.folded > 0 ? folding.mapStances : .max)
        link(&map, links: links, filters: filters)
        let rendering = try Graphviz.render(map, format: .svg)
        let labels = Dictionary(graph.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        return Map(svg: HTML.inlineSVG(rendering.data), report: report, matrix: StanceMatrix(totals: totals, labels: labels))
    }

    /// Links on the map: an actor to its page, a stance edge to the statements behind it.
    static func link(_ body: inout some GraphBody, links: DeskLinks, filters: MapFilters) {
        func actorID(_ node: String) -> String? {
            guard node.hasPrefix("actor:"), node != "actor:" + Folding.othersID else { return nil }
            return String(node.dropFirst("actor:".count))
        }
        for index in body.nodes.indices {
            if let id = actorID(body.nodes[index].id) {
                body.nodes[index].attributes["href"] = .text(links.actor(id))
                body.nodes[index].attributes["target"] = "_top"
            }
        }
        for index in body.edges.indices where body.edges[index].attributes["edgetooltip"] != nil {
            let edge = body.edges[index]
            guard let speaker = actorID(edge.tail) else { continue }
            let target = edge.head.hasPrefix("actor:") ? String(edge.head.dropFirst("actor:".count)) : edge.head
            guard target != Folding.othersID else { continue }
            body.edges[index].attributes["href"] = .text(links.edge(speaker: speaker, target: target, since: filters.since, until: filters.until))
            body.edges[index].attributes["target"] = "_top"
        }
        for index in body.subgraphs.indices { link(&body.subgraphs[index], links: links, filters: filters) }
    }

    func mapPage(_ map: Map, filters: MapFilters) -> String {
        let (svg, report) = (map.svg, map.report)
        var body = "<h1>Who said what about whom</h1>\n"
        if !links.isStatic {
            let topics = data.registry.topics.map { ($0.id, $0.name) }
            body += """
                <form class="filters" method="get" action="/">
                <label>From <input type="date" name="since" value="\(filters.since?.description ?? "")"></label>
                <label>to <input type="date" name="until" value="\(filters.until?.description ?? "")"></label>
                <label>Topic \(select("topic", [("", "any")] + topics, selected: filters.topic))</label>
                <label>Country \(select("country", [("", "any")] + data.countries.map { ($0.id, $0.name) }, selected: filters.country))</label>
                <label>At least <input type="number" name="min" min="1" max="1000" value="\(filters.minimum)"> statements</label>
                <button type="submit">Draw the map</button> <a href="/">clear</a>
                </form>

                """
        }
        body += "<p class=\"hint\">Click an actor for its statements, an edge for the statements behind it. Red: hostile, grey: neutral, blue: supportive; wider: more statements.</p>\n"
        if report.folded > 0 { body += "<p class=\"hint\">The corpus is large, so the map is folded: \(HTML.escape(report.description)).</p>\n" }
        body += "<figure class=\"map\">\(svg)</figure>\n"
        body += matrixTable(map.matrix, filters: filters)
        // The same actors as a list: readable without the picture, and by a screen reader.
        var speakers = data.bySpeaker.map { (id: $0.key, count: $0.value.count) }
        speakers.sort { ($1.count, data.name($0.id)) < ($0.count, data.name($1.id)) }
        body += "<h2>Speakers</h2>\n<ul class=\"columns\">\n"
        for speaker in speakers {
            body += "<li><a href=\"\(links.actor(speaker.id))\">\(HTML.escape(data.name(speaker.id)))</a> <span class=\"n\">\(speaker.count)</span></li>\n"
        }
        body += "</ul>\n"
        return page("Map", section: .map, body)
    }

    /// The map's stances as a table, each cell linked to the statements behind it.
    func matrixTable(_ matrix: StanceMatrix, filters: MapFilters) -> String {
        guard !matrix.speakers.isEmpty, !matrix.targets.isEmpty else { return "" }
        var html = "<h2>Stances at a glance</h2>\n<p class=\"hint\">One row per speaker, one column per actor addressed"
        if matrix.hiddenSpeakers > 0 || matrix.hiddenTargets > 0 { html += " (the \(matrix.speakers.count) most active speakers and \(matrix.targets.count) most addressed actors)" }
        html += ": each cell the mean stance, from −1 (hostile) to +1 (supportive), and the number of statements.</p>\n"
        html += "<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th></th>"
        for target in matrix.targets { html += "<th scope=\"col\">\(actorLink(target.id))</th>" }
        html += "</tr></thead><tbody>\n"
        for speaker in matrix.speakers {
            html += "<tr><th scope=\"row\">\(actorLink(speaker.id))</th>"
            for target in matrix.targets {
                guard let cell = matrix.cells[speaker.id]?[target.id] else { html += "<td></td>"; continue }
                let mean = cell.meanText
                // The folded "Other actors" have no page of statements.
                guard speaker.id != Folding.othersID, target.id != Folding.othersID else {
                    html += "<td style=\"background:\(StanceMatrix.shade(cell.mean))\">\(mean)<small>\(cell.count)</small></td>"
                    continue
                }
                html += "<td style=\"background:\(StanceMatrix.shade(cell.mean))\"><a href=\"\(links.edge(speaker: speaker.id, target: target.id, since: filters.since, until: filters.until))\" "
                    + "title=\"\(HTML.escape(speaker.name)) → \(HTML.escape(target.name)): \(cell.count) statements\">\(mean)<small>\(cell.count)</small></a></td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    // MARK: Statements

    /// One statement as a card: who, when, the cue, the stance and its targets, the sentence
    /// with the statement's words marked, and where it was reported.
    func card(_ statement: Statement, showSpeaker: Bool = true) -> String {
        let stance = StatementFormats.stance(statement.polarity)
        var head: [String] = []
        head.append("<time>\(statement.date?.description ?? "undated")</time>")
        if showSpeaker { head.append("<a class=\"speaker\" href=\"\(links.actor(statement.speaker.id))\">\(HTML.escape(statement.speaker.name))</a>") }
        head.append("<span class=\"cue\">\(HTML.escape(statement.cue))</span>")
        head.append("<span class=\"stance \(stance)\">\(stance)</span>")
        if !statement.targets.isEmpty {
            let targets = statement.targets.map { target in
                let toward = StatementFormats.stance(statement.polarity(toward: target.id))
                let note = toward == stance ? "" : " <span class=\"stance \(toward)\">(\(toward))</span>"
                return "<a href=\"\(links.actor(target.id))\">\(HTML.escape(target.name))</a>" + note
            }
            head.append("toward " + targets.joined(separator: ", "))
        }
        if !statement.topics.isEmpty { head.append("<span class=\"topics\">" + HTML.escape(statement.topics.map(data.name).joined(separator: ", ")) + "</span>") }
        head.append("<span class=\"form\">\(statement.quote ? "quote" : "reported")</span>")
        if let review = statement.review {
            head.append("<span class=\"review\">\(review.status.rawValue)\(review.checked ? ", checked" : "")</span>")
        }
        let article = data.articles[statement.article]
        var foot: [String] = [HTML.escape(data.outlet(statement.article))]
        if let title = article?.title { foot.append("<cite>\(HTML.escape(title))</cite>") }
        if let url = HTML.href(article?.url) {
            foot.append("<a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer\">source</a>")
        } else if let url = article?.url, !url.isEmpty {
            foot.append("source: <span class=\"url\">\(HTML.escape(url))</span>")
        }
        foot.append("<a href=\"\(links.article(statement.article, statement: statement.id))\">in the article</a>, characters \(statement.range.lowerBound)–\(statement.range.upperBound)")
        foot.append("<code>\(HTML.escape(statement.id))</code>")
        if !statement.figures.isEmpty {
            foot.append("figures: " + HTML.escape(statement.figures.map { "\($0.value) \($0.what)" }.joined(separator: ", ")))
        }
        return """
            <article class="statement \(stance)" id="s-\(HTML.escape(statement.id))">
            <p class="head">\(head.joined(separator: " "))</p>
            <blockquote>\(HTML.highlighting(statement.text, in: statement.sentence.isEmpty ? statement.text : statement.sentence))</blockquote>
            <p class="foot">\(foot.joined(separator: " · "))</p>
            </article>

            """
    }

    func cards(_ indices: some Collection<Int>, showSpeaker: Bool = true, limit: Int = 500) -> String {
        var html = indices.prefix(limit).map { card(data.statements[$0], showSpeaker: showSpeaker) }.joined()
        if indices.count > limit { html += "<p class=\"hint\">… and \(indices.count - limit) more; narrow the filters to see them.</p>\n" }
        return html
    }

    // MARK: An actor

    struct ActorFilters: Equatable, Sendable {
        var target: String?
        var topic: String?
        var polarity: Int?
        var quote: Bool?
        var checked: Bool?
        /// Which page of the statements, from 0.
        var page = 0

        /// The filters as a query string, on another page.
        func query(page: Int) -> String {
            HTML.query([("target", target), ("topic", topic), ("polarity", polarity.map(StatementFormats.stance)),
                        ("form", quote.map { $0 ? "quote" : "reported" }), ("review", checked.map { $0 ? "checked" : "unchecked" }),
                        ("page", page == 0 ? nil : String(page))])
        }
    }

    /// Statements on one page of an actor, on the server; the site puts them on one page.
    static let actorPageSize = 100

    func actorPage(_ id: String, filters: ActorFilters) -> String? {
        guard let actor = data.actors[id] else { return nil }
        let own = data.bySpeaker[id] ?? []
        let kept = own.filter { index in
            let statement = data.statements[index]
            if let target = filters.target, !statement.targets.contains(where: { $0.id == target }) { return false }
            if let topic = filters.topic, !statement.topics.contains(topic) { return false }
            if let polarity = filters.polarity, statement.polarity != polarity { return false }
            if let quote = filters.quote, statement.quote != quote { return false }
            if let checked = filters.checked, (statement.review?.checked == true) != checked { return false }
            return true
        }
        var body = "<h1>\(HTML.escape(actor.name))</h1>\n<p class=\"kind\">\(HTML.escape(actor.kind.rawValue))"
        if let country = actor.country { body += " · " + actorLink(country) }
        if !actor.isKnown { body += " · not in the registry" }
        body += " · <code>\(HTML.escape(actor.id))</code></p>\n"
        let tenures = actor.roles.map { ($0, true) } + actor.memberships.map { ($0, false) }
        if !tenures.isEmpty {
            body += "<h2>Offices and memberships</h2>\n<ul class=\"tenures\">\n"
            for (tenure, isRole) in tenures {
                let what = tenure.role.map { data.registry.role($0)?.names.first ?? $0.replacing("-", with: " ") } ?? (isRole ? "office" : "member")
                let of = tenure.of.map { " of " + actorLink($0) } ?? ""
                let span = "\(tenure.from?.description ?? "…") to \(tenure.until?.description ?? "now")"
                body += "<li>\(HTML.escape(isRole ? what : (tenure.role.map { $0.replacing("-", with: " ") + ", member" } ?? "member")))\(of), \(span)</li>\n"
            }
            body += "</ul>\n"
        }
        let holders = data.registry.actors.filter { $0.memberships.contains { $0.of == id } || $0.roles.contains { $0.of == id } }.sorted { $0.name < $1.name }
        if !holders.isEmpty {
            body += "<h2>Members and office holders</h2>\n<p>" + holders.prefix(60).map { "<a href=\"\(links.actor($0.id))\">\(HTML.escape($0.name))</a>" }.joined(separator: ", ") + "</p>\n"
        }
        body += "<h2>Statements (\(kept.count) of \(own.count))</h2>\n"
        if !own.isEmpty { body += "<p><a href=\"\(links.diff(actor: id))\">How \(HTML.escape(actor.name))'s stances moved</a></p>\n" }
        if !links.isStatic && !own.isEmpty {
            var targets: [String: Int] = [:]
            var topics = Set<String>()
            for index in own {
                for target in data.statements[index].targets { targets[target.id, default: 0] += 1 }
                topics.formUnion(data.statements[index].topics)
            }
            let targetOptions = targets.sorted { ($1.value, data.name($0.key)) < ($0.value, data.name($1.key)) }.map { ($0.key, "\(data.name($0.key)) (\($0.value))") }
            body += """
                <form class="filters" method="get" action="\(links.actor(id))">
                <label>Target \(select("target", [("", "any")] + targetOptions, selected: filters.target))</label>
                <label>Topic \(select("topic", [("", "any")] + topics.sorted().map { ($0, data.name($0)) }, selected: filters.topic))</label>
                <label>Stance \(select("polarity", [("", "any"), ("hostile", "hostile"), ("neutral", "neutral"), ("supportive", "supportive")], selected: filters.polarity.map(StatementFormats.stance)))</label>
                <label>Form \(select("form", [("", "any"), ("quote", "direct quote"), ("reported", "reported speech")], selected: filters.quote.map { $0 ? "quote" : "reported" }))</label>
                <label>Review \(select("review", [("", "any"), ("checked", "checked"), ("unchecked", "unchecked")], selected: filters.checked.map { $0 ? "checked" : "unchecked" }))</label>
                <button type="submit">Filter</button> <a href="\(links.actor(id))">clear</a>
                </form>

                """
        }
        if links.isStatic {
            body += cards(kept, showSpeaker: false, limit: 2000)
        } else {
            let size = Self.actorPageSize
            let pages = max(1, (kept.count + size - 1) / size)
            let page = min(filters.page, pages - 1)
            let start = page * size
            body += cards(kept[start..<min(start + size, kept.count)], showSpeaker: false, limit: size)
            if pages > 1 {
                body += "<nav class=\"pager\">Page \(page + 1) of \(pages): "
                    + (page > 0 ? "<a rel=\"prev\" href=\"\(links.actor(id))\(filters.query(page: page - 1))\">← earlier</a> " : "")
                    + (page + 1 < pages ? "<a rel=\"next\" href=\"\(links.actor(id))\(filters.query(page: page + 1))\">later →</a>" : "") + "</nav>\n"
            }
        }
        let addressed = data.addressedBy[id] ?? []
        if !addressed.isEmpty {
            body += "<h2>Addressed by others (\(addressed.reduce(0) { $0 + $1.count }))</h2>\n<ul>\n"
            for (speaker, count) in addressed.prefix(40) {
                body += "<li><a href=\"\(links.edge(speaker: speaker, target: id))\">\(HTML.escape(data.name(speaker))) → \(HTML.escape(actor.name))</a> <span class=\"n\">\(count)</span></li>\n"
            }
            if addressed.count > 40 { body += "<li>… and \(addressed.count - 40) more speakers</li>\n" }
            body += "</ul>\n"
        }
        return page(actor.name, body)
    }

    // MARK: An edge

    /// The statements behind a stance edge: a speaker's about a target (an actor or a topic).
    func edgePage(speaker: String, target: String, since: Day?, until: Day?) -> String? {
        guard data.actors[speaker] != nil, data.actors[target] != nil || target.hasPrefix("topic:") else { return nil }
        let topic = target.hasPrefix("topic:") ? String(target.dropFirst("topic:".count)) : nil
        let window = StatementQuery(since: since, until: until)
        let kept = (data.bySpeaker[speaker] ?? []).filter { index in
            let statement = data.statements[index]
            guard window.isWithin(statement.date) else { return false }
            if let topic { return statement.topics.contains(topic) }
            return statement.targets.contains { $0.id == target }
        }
        let targetName = topic.map(data.name) ?? data.name(target)
        let targetLink = topic == nil ? "<a href=\"\(links.actor(target))\">\(HTML.escape(targetName))</a>" : HTML.escape(targetName)
        var body = "<h1><a href=\"\(links.actor(speaker))\">\(HTML.escape(data.name(speaker)))</a> → \(targetLink)</h1>\n"
        if since != nil || until != nil { body += "<p class=\"hint\">From \(since?.description ?? "the start") to \(until?.description ?? "the end").</p>\n" }
        let mean = kept.isEmpty ? 0 : Double(kept.map { data.statements[$0].polarity(toward: target) }.reduce(0, +)) / Double(kept.count)
        body += "<p>\(kept.count) statement\(kept.count == 1 ? "" : "s"), mean stance \(String(format: "%+.2f", mean)).</p>\n"
        body += cards(kept, showSpeaker: false)
        return page("\(data.name(speaker)) → \(targetName)", body)
    }

    // MARK: An article

    func articlePage(_ id: String) -> String? {
        guard let meta = data.articles[id] else { return nil }
        let article = data.fullArticle(id) ?? meta
        let statements = (data.byArticle[id] ?? []).map { data.statements[$0] }
        var body = "<h1>\(HTML.escape(article.title ?? meta.title ?? id))</h1>\n<p class=\"kind\">"
        body += HTML.escape(meta.outlet ?? "no outlet") + " · " + (meta.published?.description ?? "undated")
        if let url = HTML.href(meta.url) {
            body += " · <a href=\"\(HTML.escape(url))\" rel=\"noopener noreferrer\">\(HTML.escape(url))</a>"
        } else if let url = meta.url, !url.isEmpty {
            body += " · <span class=\"url\">\(HTML.escape(url))</span>"
        }
        body += " · <code>\(HTML.escape(meta.path))</code> · \(statements.count) statement\(statements.count == 1 ? "" : "s")</p>\n"
        body += "<div class=\"article\">\n"
        var placed = Set<String>()
        for paragraph in article.paragraphs {
            let kind: String
            switch paragraph.kind {
            case .heading: kind = "heading"
            case .body: kind = "body"
            default: kind = "aside"
            }
            var html = ""
            for sentence in paragraph.sentences {
                let here = statements.filter { !placed.contains($0.id) && $0.range.lowerBound < sentence.range.upperBound && $0.range.upperBound > sentence.range.lowerBound }
                guard !here.isEmpty else {
                    html += HTML.escape(sentence.text) + " "
                    continue
                }
                for statement in here { placed.insert(statement.id) }
                let first = here[0]
                let marked = HTML.highlighting(first.text, in: sentence.text, markClass: StatementFormats.stance(first.polarity))
                let tags = here.map { statement in
                    "<a class=\"who \(StatementFormats.stance(statement.polarity))\" id=\"s-\(HTML.escape(statement.id))\" href=\"\(links.actor(statement.speaker.id))\" title=\"\(HTML.escape(statement.cue + ": " + statement.text))\">\(HTML.escape(statement.speaker.name))</a>"
                }.joined(separator: " ")
                html += marked + "<sup>" + tags + "</sup> "
            }
            body += "<p class=\"\(kind)\">\(html.isEmpty ? HTML.escape(paragraph.text) : html)</p>\n"
        }
        if article.paragraphs.isEmpty { body += "<p>The text of this article is not in the store.</p>\n" }
        body += "</div>\n"
        let unplaced = statements.filter { !placed.contains($0.id) }
        if !unplaced.isEmpty {
            body += "<h2>Statements</h2>\n" + unplaced.map { card($0) }.joined()
        }
        return page(article.title ?? id, body)
    }

    // MARK: A stance diff

    /// Two windows split at `split`, or at the middle day of the actor's dated statements.
    static func defaultSplit(_ data: DeskData, actor: String) -> Day? {
        let days = (data.bySpeaker[actor] ?? []).compactMap { data.statements[$0].date }
        guard let first = days.first, let last = days.last, first < last else { return nil }
        let middle = (first.ordinal + last.ordinal) / 2
        return Day(ordinal: middle + 1)
    }

    /// The diff's form with no actor chosen: the speakers, the most active first.
    func diffChooser() -> String {
        let speakers = data.bySpeaker.sorted { ($1.value.count, data.name($0.key)) < ($0.value.count, data.name($1.key)) }
            .map { ($0.key, "\(data.name($0.key)) (\($0.value.count))") }
        let body = """
            <h1>How did a stance move?</h1>
            <form class="filters" method="get" action="/diff">
            <label>Actor \(select("actor", speakers, selected: nil))</label>
            <label>First window <input type="date" name="from1"> to <input type="date" name="to1"></label>
            <label>second window <input type="date" name="from2"> to <input type="date" name="to2"></label>
            <button type="submit">Compare</button>
            </form>
            <p class="hint">Leave the days empty to compare the first half of the actor's statements with the second.</p>

            """
        return page("Diff", section: .diff, body)
    }

    /// The statements a diff page shows per target and window, the latest.
    static let diffEvidence = 20

    func diffPage(actor id: String, before: StanceDiff.Window, after: StanceDiff.Window) throws(GraphvizError) -> String? {
        guard let actor = data.actors[id] else { return nil }
        let topicNames = Dictionary(data.registry.topics.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let own = (data.bySpeaker[id] ?? []).map { data.statements[$0] }
        let diff = StanceDiff(statements: own, speaker: actor, before: before, after: after, topicNames: topicNames)
        var body = "<h1>How <a href=\"\(links.actor(id))\">\(HTML.escape(actor.name))</a>'s stances moved</h1>\n"
        if !links.isStatic {
            body += """
                <form class="filters" method="get" action="/diff">
                <input type="hidden" name="actor" value="\(HTML.escape(id))">
                <label>First window <input type="date" name="from1" value="\(before.from?.description ?? "")"> to <input type="date" name="to1" value="\(before.to?.description ?? "")"></label>
                <label>second window <input type="date" name="from2" value="\(after.from?.description ?? "")"> to <input type="date" name="to2" value="\(after.to?.description ?? "")"></label>
                <button type="submit">Compare</button>
                </form>

                """
        }
        body += "<p>\(HTML.escape(before.description)) against \(HTML.escape(after.description)).</p>\n"
        guard diff.rows.contains(where: { !$0.before.isEmpty || !$0.after.isEmpty }) else {
            return page("Diff: " + actor.name, section: .diff, body + "<p class=\"problem\">\(HTML.escape(actor.name)) made no statements addressing anyone or anything in these windows.</p>")
        }
        body += "<table class=\"diff\"><thead><tr><th>target</th><th>before</th><th>after</th><th>change</th><th>verdict</th></tr></thead><tbody>\n"
        for row in diff.rows {
            body += "<tr><td><a href=\"#t-\(HTML.escape(row.target))\">\(HTML.escape(row.label))</a></td><td>\(DiffCommand.describe(row.meanBefore, row.before.count))</td>"
                + "<td>\(DiffCommand.describe(row.meanAfter, row.after.count))</td><td>\(row.change.map { String(format: "%+.2f", $0) } ?? "")</td>"
                + "<td class=\"verdict \(row.verdict.rawValue)\">\(row.verdict.rawValue)</td></tr>\n"
        }
        body += "</tbody></table>\n"
        let rendering = try Graphviz.render(DiffMap.graph(diff), format: .svg)
        body += "<figure class=\"map diffmap\">\(HTML.inlineSVG(rendering.data))</figure>\n"
        for row in diff.rows {
            body += "<h2 id=\"t-\(HTML.escape(row.target))\">\(HTML.escape(row.label)): \(row.verdict.rawValue)</h2>\n"
            for (window, statements) in [("Before", row.before), ("After", row.after)] where !statements.isEmpty {
                body += "<h3>\(window) (\(statements.count))</h3>\n" + statements.suffix(Self.diffEvidence).map { card($0, showSpeaker: false) }.joined()
                if statements.count > Self.diffEvidence {
                    body += "<p class=\"hint\">The latest \(Self.diffEvidence) of \(statements.count); the edge's page lists them all.</p>\n"
                }
            }
            let about = row.target.hasPrefix("topic:") ? "about" : "toward"
            body += "<p><a href=\"\(links.edge(speaker: id, target: row.target))\">Every statement of \(HTML.escape(actor.name)) \(about) \(HTML.escape(row.label))</a></p>\n"
        }
        if !diff.revisions.isEmpty {
            body += "<h2>Figures revised</h2>\n<ul>\n"
            for revision in diff.revisions {
                body += "<li>\(HTML.escape(revision.what)): \(revision.earlier.value) on \(revision.earlier.date?.description ?? "?") (\(HTML.escape(data.outlet(revision.earlier.article))))"
                    + " → \(revision.later.value) on \(revision.later.date?.description ?? "?") (\(HTML.escape(data.outlet(revision.later.article))))</li>\n"
            }
            body += "</ul>\n"
        }
        return page("Diff: " + actor.name, section: .diff, body)
    }

    // MARK: Figures

    func figuresPage() -> String {
        let claims = FigureSeries.claims(in: data.statements)
        var body = "<h1>Claimed figures</h1>\n"
        guard !claims.isEmpty else { return page("Figures", section: .figures, body + "<p>No statement claims a figure.</p>") }
        body += "<p class=\"hint\">Each series is one speaker's claims of one kind of count, over time. A ringed point revises the one before it, from another report.</p>\n"
        var series: [(key: String, claims: [FigureSeries.Claim])] = []
        for claim in claims {
            let key = claim.speaker.id + "\u{1F}" + claim.what
            if series.last?.key == key { series[series.count - 1].claims.append(claim) } else { series.append((key, [claim])) }
        }
        series.sort { ($1.claims.count, $0.key) < ($0.claims.count, $1.key) }
        let shown = series.prefix(Self.figureSeries)
        if series.count > shown.count {
            body += "<p class=\"hint\">The \(shown.count) longest of \(series.count) series; each speaker's page lists all its statements.</p>\n"
        }
        for (_, all) in shown {
            // A long series: its chart draws every claim, its table the latest ones.
            let claims = all
            let listed = all.suffix(Self.figureRows)
            let first = claims[0]
            body += "<section class=\"series\"><h2><a href=\"\(links.actor(first.speaker.id))\">\(HTML.escape(first.speaker.name))</a>: \(HTML.escape(first.what))</h2>\n"
            body += FigureChart.svg(claims) + "\n"
            if listed.count < claims.count { body += "<p class=\"hint\">The latest \(listed.count) of \(claims.count) claims.</p>\n" }
            body += "<table><thead><tr><th>date</th><th>value</th><th></th><th>outlet</th><th>words</th></tr></thead><tbody>\n"
            var previous: FigureSeries.Claim? = listed.startIndex > claims.startIndex ? claims[listed.startIndex - 1] : nil
            for claim in listed {
                let revised = previous.map { $0.value != claim.value && $0.article != claim.article } ?? false
                body += "<tr><td>\(claim.date?.description ?? "undated")</td><td class=\"n\">\(claim.value)</td><td>\(revised ? "revised from \(previous!.value)" : "")</td>"
                    + "<td><a href=\"\(links.article(claim.article))\">\(HTML.escape(data.outlet(claim.article)))</a></td><td>\(HTML.escape(ActorGraph.shorten(claim.text, limit: 140)))</td></tr>\n"
                previous = claim
            }
            body += "</tbody></table></section>\n"
        }
        return page("Figures", section: .figures, body)
    }

    /// The figures page: this many series at most, each table this many claims.
    static let figureSeries = 40
    static let figureRows = 30

    // MARK: Search

    func searchPage(query: String, hits: [Int]) -> String {
        var body = "<h1>Search the statements</h1>\n"
        body += """
            <form class="filters" method="get" action="\(links.search)" role="search">
            <input type="search" name="q" value="\(HTML.escape(query))" placeholder="words, e.g. ceasefire violation" autofocus>
            <button type="submit">Search</button>
            </form>

            """
        if links.isStatic {
            body += "<p class=\"hint\" id=\"static-search\">Type words and press Enter: the statements whose words hold all of them are listed (this needs JavaScript).</p>\n<div id=\"results\"></div>\n"
        } else if !query.isEmpty {
            body += "<p>\(hits.count) statement\(hits.count == 1 ? "" : "s") match\(hits.count == 1 ? "es" : "").</p>\n" + cards(hits, limit: 100)
        }
        return page("Search", section: .search, body)
    }

    /// The statements whose words hold every word of `query`: through the store's full-text
    /// index when there is a store, else by reading them.
    func search(_ query: String) -> [Int] {
        let words = query.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
        guard !words.isEmpty else { return [] }
        if let store = data.store {
            // Each word quoted, so that nothing typed is read as FTS5 syntax.
            let match = words.map { "\"" + $0 + "\"" }.joined(separator: " ")
            if let found = try? store.search(match, limit: 200) {
                return found.compactMap { data.byID[$0.id] }
            }
        }
        return data.statements.indices.filter { index in
            let text = data.statements[index].text.lowercased()
            return words.allSatisfy { text.contains($0) }
        }.prefix(200).map { $0 }
    }

    // MARK: Review

    func reviewPage(at position: Int) -> String {
        var body = "<h1>Review</h1>\n"
        guard !data.unchecked.isEmpty else {
            return page("Review", section: .review, body + "<p>Every statement has been checked.</p>")
        }
        let at = min(max(position, 0), data.unchecked.count - 1)
        let statement = data.statements[data.unchecked[at]]
        body += "<p class=\"hint\">Statement \(at + 1) of \(data.unchecked.count) not yet checked. Keys: <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>c</kbd> correct, <kbd>j</kbd> next, <kbd>k</kbd> previous.</p>\n"
        body += "<nav class=\"pager\">" + (at > 0 ? "<a id=\"previous\" href=\"/review?at=\(at - 1)\">← previous</a>" : "")
            + (at + 1 < data.unchecked.count ? " <a id=\"next\" href=\"/review?at=\(at + 1)\">next →</a>" : "") + "</nav>\n"
        body += card(statement)
        let action = "/review/" + HTML.component(statement.id)
        let hidden = "<input type=\"hidden\" name=\"token\" value=\"\(HTML.escape(token ?? ""))\"><input type=\"hidden\" name=\"at\" value=\"\(at)\">"
        body += """
            <div class="actions">
            <form method="post" action="\(action)">\(hidden)<input type="hidden" name="action" value="accept"><button id="accept" type="submit" class="accept">Accept</button></form>
            <form method="post" action="\(action)">\(hidden)<input type="hidden" name="action" value="reject"><button id="reject" type="submit" class="reject">Reject</button></form>
            </div>
            <form method="post" action="\(action)" class="correct" id="correct-form">\(hidden)<input type="hidden" name="action" value="correct">
            <fieldset><legend>Correct</legend>
            <label>Speaker <input name="speaker" id="correct-speaker" value="\(HTML.escape(statement.speaker.name))"></label>
            <label>Stance \(select("polarity", [("hostile", "hostile"), ("neutral", "neutral"), ("supportive", "supportive")], selected: StatementFormats.stance(statement.polarity)))</label>
            <label>Targets <input name="targets" value="\(HTML.escape(statement.targets.map(\.name).joined(separator: "; ")))"> <small>separated by ;</small></label>
            <label>Words <textarea name="text" rows="3">\(HTML.escape(statement.text))</textarea></label>
            <label>Day <input type="date" name="date" value="\(statement.date?.description ?? "")"></label>
            <fieldset class="topics"><legend>Topics</legend><input type="hidden" name="topics-shown" value="1">\(topicBoxes(statement))</fieldset>
            <label>Note <input name="note" value=""></label>
            <button type="submit">Save the correction</button>
            </fieldset></form>

            """
        return page("Review", section: .review, body)
    }

    // MARK: Pieces

    /// A checkbox per topic of the registry, those of `statement` ticked.
    func topicBoxes(_ statement: Statement) -> String {
        data.registry.topics.map { topic in
            "<label class=\"box\"><input type=\"checkbox\" name=\"topic\" value=\"\(HTML.escape(topic.id))\"\(statement.topics.contains(topic.id) ? " checked" : "")> \(HTML.escape(topic.name))</label>"
        }.joined(separator: " ")
    }

    /// An actor's name, linked to its page when the desk has one: an actor a statement names or
    /// the registry holds (a registry entry may name a country it does not describe).
    func actorLink(_ id: String) -> String {
        data.actors[id] == nil ? HTML.escape(data.name(id)) : "<a href=\"\(links.actor(id))\">\(HTML.escape(data.name(id)))</a>"
    }

    func select(_ name: String, _ options: [(String, String)], selected: String?) -> String {
        "<select name=\"\(name)\">" + options.map { value, label in
            "<option value=\"\(HTML.escape(value))\"\(value == (selected ?? "") ? " selected" : "")>\(HTML.escape(label))</option>"
        }.joined() + "</select>"
    }
}
