import ArgumentParser
import Foundation
import GraphvizKit
import StanceGraph

struct SiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "site",
        abstract: "Write the desk's views as static pages that open from disk, for sharing a report.",
        discussion: """
            Writes DIR/index.html (the map), a page per actor, article and stance edge, a stance diff per \
            speaker (split at the middle day of its statements), the figures and a search page, each \
            file atomically. Everything but review, which needs the server (`stancegraph serve`).
            """
    )

    @OptionGroup var source: CorpusOptions

    @Option(name: [.short, .customLong("output")], help: "The folder to write the pages to.")
    var output: String

    func run() throws {
        try reportingFailures {
            let data = try Desk.load(source)
            let files = try Self.files(data)
            for (name, bytes) in files {
                do throws(AtomicFile.WriteError) {
                    try AtomicFile.write(bytes, to: Folder.join(output, name))
                } catch {
                    throw Failure((error.errorDescription ?? "\(error)") + " The pages written before it stay; run the command again once it is fixed.")
                }
            }
            print("wrote \(files.count) pages to \(output)/; open \(Folder.join(output, "index.html")) in a browser.")
        }
    }

    /// Every file of the site: its name in the folder and its bytes.
    static func files(_ data: DeskData) throws -> [(String, [UInt8])] {
        let pages = DeskPages(data: data, links: .site, token: nil)
        var files: [(String, [UInt8])] = []
        func add(_ name: String, _ text: String) { files.append((name, Array(text.utf8))) }
        add("desk.css", DeskAssets.css)
        add("desk.js", DeskAssets.javascript)
        let filters = DeskPages.MapFilters()
        add("index.html", pages.mapPage(try DeskPages.mapSVG(data, filters: filters, links: .site), filters: filters))
        add("figures.html", pages.figuresPage())
        add("search.html", pages.searchPage(query: "", hits: []))
        add("search-index.js", searchIndex(data, links: .site))
        for id in data.actors.keys.sorted() {
            if let page = pages.actorPage(id, filters: DeskPages.ActorFilters()) { add(String(DeskLinks.site.actor(id)), page) }
        }
        for id in data.articleIDs {
            if let page = pages.articlePage(id) { add(DeskLinks.site.article(id), page) }
        }
        for (speaker, indices) in data.bySpeaker.sorted(by: { $0.key < $1.key }) {
            var targets = Set<String>()
            for index in indices {
                targets.formUnion(data.statements[index].targets.map(\.id))
                targets.formUnion(data.statements[index].topics.map { "topic:" + $0 })
            }
            for target in targets.sorted() {
                if let page = pages.edgePage(speaker: speaker, target: target, since: nil, until: nil) {
                    add(DeskLinks.site.edge(speaker: speaker, target: target), page)
                }
            }
            let split = DeskPages.defaultSplit(data, actor: speaker)
            let windows = split.map { (StanceDiff.Window(from: nil, to: $0.adding(days: -1)), StanceDiff.Window(from: $0, to: nil)) }
                ?? (StanceDiff.Window(from: nil, to: nil), StanceDiff.Window(from: nil, to: nil))
            if let page = try pages.diffPage(actor: speaker, before: windows.0, after: windows.1) { add(DeskLinks.site.diff(actor: speaker), page) }
        }
        return files
    }

    /// The statements for the static search page, as a script that sets `stanceGraphIndex`
    /// (a script, not JSON: a page opened from disk may not fetch files beside it). It is
    /// loaded by `src`, never inline, so that no text in it is read as HTML.
    static func searchIndex(_ data: DeskData, links: DeskLinks) -> String {
        var rows: [String] = []
        rows.reserveCapacity(data.statements.count)
        for statement in data.statements {
            let fields: [(String, String)] = [
                ("text", statement.text), ("speaker", statement.speaker.name), ("actor", links.actor(statement.speaker.id)),
                ("date", statement.date?.description ?? ""), ("cue", statement.cue), ("stance", StatementFormats.stance(statement.polarity)),
                ("outlet", data.outlet(statement.article)), ("article", links.article(statement.article, statement: statement.id)),
            ]
            rows.append("{" + fields.map { "\"\($0.0)\":" + StatementFormats.json($0.1) }.joined(separator: ",") + "}")
        }
        return "window.stanceGraphIndex = [\n" + rows.joined(separator: ",\n") + "\n];\n"
    }
}
