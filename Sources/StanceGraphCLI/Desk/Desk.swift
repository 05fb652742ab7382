#if canImport(Glibc)
import Glibc
#endif
import Foundation
import GraphvizKit
import StanceGraph
import StanceGraphStore

/// A request as the desk sees it: the HTTP server hands these over and sends back what
/// ``Desk/respond(_:)`` answers, so that everything the desk does is tested without a network.
struct DeskRequest: Sendable {
    var method: String
    var path: String
    var query: String
    /// Header names in lower case.
    var headers: [String: String] = [:]
    var body: [UInt8] = []

    init(method: String, target: String, headers: [String: String] = [:], body: [UInt8] = []) {
        self.method = method
        if let mark = target.firstIndex(of: "?") {
            path = String(target[..<mark])
            query = String(target[target.index(after: mark)...])
        } else {
            path = target
            query = ""
        }
        self.headers = headers
        self.body = body
    }
}

struct DeskResponse: Sendable {
    var status: Int
    var contentType = "text/html; charset=utf-8"
    var headers: [(String, String)] = []
    var body: [UInt8]

    static func html(_ status: Int, _ text: String) -> DeskResponse {
        DeskResponse(status: status, body: Array(text.utf8))
    }

    static func redirect(_ location: String) -> DeskResponse {
        DeskResponse(status: 303, contentType: "text/plain; charset=utf-8", headers: [("Location", location)], body: Array("See \(location)\n".utf8))
    }
}

/// The analyst's desk: pages over the store, and review that writes to the corrections file.
///
/// What it shows comes from one ``DeskData`` at a time. A review action changes the
/// corrections file under its lock (read fresh, so concurrent reviewers keep each other's
/// changes) and then puts a new ``DeskData`` in place; a change to the store or to the
/// corrections file from outside (an `ingest`, a `reject` in a terminal) is picked up on the
/// next request, looked for at most once a second.
final class Desk: @unchecked Sendable {
    let source: CorpusOptions
    let correctionsPath: String
    /// The `Host` values the server answers to, `127.0.0.1:8080` and the like.
    let hosts: Set<String>
    /// The secret every form that changes something carries (CSRF).
    let token: String

    private let lock = NSLock()
    private var data: DeskData
    private var stamp: FileStamp
    private var lastLook = 0.0
    /// Rendered maps by filter, the latest few; emptied with each new ``DeskData``.
    private var maps: [DeskPages.MapFilters: DeskPages.Map] = [:]
    private var mapOrder: [DeskPages.MapFilters] = []
    /// Pages that depend on the data alone, by name; emptied with the maps.
    private var pagesMade: [String: String] = [:]

    init(source: CorpusOptions, hosts: Set<String>) throws {
        self.source = source
        correctionsPath = StoreOptions.correctionsPath(for: [source.corpus])
        self.hosts = hosts
        token = Self.randomToken()
        stamp = FileStamp([])
        data = try Self.load(source)
        stamp = currentStamp()
        prewarm(data)
    }

    /// Lays out the unfiltered map of `data` on another thread, so that the first look at it
    /// does not wait for the graph of a large corpus to be built.
    /// One at a time: reviews in quick succession each make new data, and only the latest
    /// is worth laying out.
    private func prewarm(_ data: DeskData) {
        guard !warming else { return }
        warming = true
        DispatchQueue.global(qos: .utility).async { [self] in
            var target = data
            while true {
                _ = try? map(DeskPages.MapFilters(), data: target)
                lock.lock()
                if target === self.data {
                    warming = false
                    lock.unlock()
                    return
                }
                target = self.data
                lock.unlock()
            }
        }
    }

    /// Whether a ``prewarm(_:)`` is running; read and written under the lock.
    private var warming = false

    static func load(_ source: CorpusOptions) throws -> DeskData {
        let evidence = try Evidence(paths: [source.corpus], registryPath: source.registry, options: source.store)
        return try DeskData(evidence: evidence)
    }

    private func currentStamp() -> FileStamp {
        let store = source.store.storePath(for: [source.corpus])
        return FileStamp([store, store + "-wal", correctionsPath])
    }

    /// The data to answer from: read again when the store or the corrections file changed,
    /// looked for at most once a second. The reading happens outside the lock, so that pages
    /// go on being served from the data before it; a store that is out of date for its corpus
    /// (an `ingest` under way, or articles changed and not yet ingested) is not read, and the
    /// desk goes on showing the store as last ingested.
    func current() throws -> DeskData {
        lock.lock()
        let now = Date().timeIntervalSince1970
        let seen = now - lastLook >= 1 && !reloading ? currentStamp() : stamp
        guard seen != stamp else {
            defer { lock.unlock() }
            return data
        }
        lastLook = now
        reloading = true
        let previous = data, previousStamp = stamp
        lock.unlock()

        var fresh: DeskData?
        do {
            // The store's files change when its search index is built too: only a new
            // generation of articles is worth reading again.
            var storeChanged = Array(seen.parts.dropLast(4)) != Array(previousStamp.parts.dropLast(4))
            if storeChanged, let store = previous.store, let generation = try? store.generation(), generation == previous.generation {
                storeChanged = false
            }
            let correctionsChanged = Array(seen.parts.suffix(4)) != Array(previousStamp.parts.suffix(4))
            if !storeChanged && !correctionsChanged {
                fresh = previous
            } else if storeChanged {
                let evidence = try Evidence(paths: [source.corpus], registryPath: source.registry, options: source.store)
                let stale = evidence.hasStore ? try evidence.staleness() : nil
                fresh = stale == nil ? try DeskData(evidence: evidence) : nil
            } else {
                fresh = DeskData(previous, corrections: (try? CorrectionsFile.load(correctionsPath)) ?? previous.corrections)
            }
        } catch {
            lock.lock()
            reloading = false
            lock.unlock()
            throw error
        }

        lock.lock()
        defer { lock.unlock() }
        reloading = false
        guard let fresh else { return data }
        if fresh === previous {
            // Only the search index was written.
            if data === previous { stamp = seen }
            return data
        }
        // A review may have put newer corrections in place while this was read: then the
        // corrections file is read again on the next look.
        stamp = data === previous ? seen : FileStamp(parts: Array(seen.parts.dropLast(4)) + [-2, -2, -2, -2])
        data = fresh
        maps = [:]
        mapOrder = []
        pagesMade = [:]
        prewarm(data)
        return data
    }

    /// Whether ``current()`` is reading new data; read and written under the lock.
    private var reloading = false

    static func randomToken() -> String {
        var bytes = [UInt8](repeating: 0, count: 24)
        let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        if fd >= 0 {
            _ = read(fd, &bytes, bytes.count)
            close(fd)
        }
        if bytes.allSatisfy({ $0 == 0 }) {
            var generator = SystemRandomNumberGenerator()
            bytes = (0..<24).map { _ in UInt8.random(in: 0...255, using: &generator) }
        }
        return bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    }

    // MARK: Answering

    /// The data as it is now, without looking for changes: for the pages that say no.
    private var latest: DeskData { lock.withLock { data } }

    func respond(_ request: DeskRequest) -> DeskResponse {
        // DNS rebinding: a page from elsewhere that resolves its own name to 127.0.0.1 sends
        // its own Host; only this server's names are answered.
        guard let host = request.headers["host"], hosts.contains(host.lowercased()) else {
            // Nothing of the corpus, not even its counts, goes to a page that names another host.
            let message = "This server answers to requests naming its own address only; this one named \(request.headers["host"] ?? "no host")."
            return .html(403, "<!doctype html>\n<html lang=\"en\"><meta charset=\"utf-8\"><title>Refused</title><p>\(HTML.escape(message))</p></html>\n")
        }
        do {
            let data = try current()
            let pages = DeskPages(data: data, links: .server, token: token)
            switch request.method {
            case "GET", "HEAD":
                return try get(request, pages: pages)
            case "POST":
                return try post(request, pages: pages)
            default:
                var response = DeskResponse.html(405, pages.problem("Method not allowed", "\(request.method) is not something this desk answers; use GET, or POST from its forms."))
                response.headers.append(("Allow", "GET, HEAD, POST"))
                return response
            }
        } catch let problem as BadInput {
            return .html(400, DeskPages(data: latest, links: .server, token: token).problem("Bad request", problem.message))
        } catch {
            let message = (error as? Failure)?.message ?? (error as? GraphvizError)?.errorDescription ?? "\(error)"
            return .html(500, DeskPages(data: latest, links: .server, token: token).problem("Something went wrong", message))
        }
    }

    /// Input a user can correct: a 400 with this message.
    struct BadInput: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    struct Parameters {
        var pairs: [(String, String)]

        init(_ text: String) throws {
            guard let pairs = HTML.pairs(text) else { throw BadInput("The request's parameters are not well-formed (a % not followed by two hex digits, or bytes that are not UTF-8).") }
            self.pairs = pairs
        }

        subscript(_ name: String) -> String? {
            pairs.last { $0.0 == name }.map(\.1).flatMap { $0.trimmed().isEmpty ? nil : $0.trimmed() }
        }

        /// Every value given for a name, as a form's checkboxes send them.
        func all(_ name: String) -> [String] {
            pairs.filter { $0.0 == name }.map { $0.1.trimmed() }.filter { !$0.isEmpty }
        }

        func day(_ name: String) throws -> Day? {
            guard let text = self[name] else { return nil }
            guard let day = Day(iso: text) else { throw BadInput("\(name)=\(text) is not a day; write YYYY-MM-DD, e.g. 2020-11-10.") }
            return day
        }

        func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
            guard let text = self[name] else { return nil }
            guard let value = Int(text), range.contains(value) else { throw BadInput("\(name)=\(text) is not a whole number from \(range.lowerBound) to \(range.upperBound).") }
            return value
        }

        func choice<T>(_ name: String, _ options: [String: T]) throws -> T? {
            guard let text = self[name] else { return nil }
            guard let value = options[text] else { throw BadInput("\(name)=\(text) is not one of \(options.keys.sorted().joined(separator: ", ")).") }
            return value
        }
    }

    static let polarities = ["hostile": -1, "neutral": 0, "supportive": 1]

    /// The path's segments after a prefix, decoded: `/actor/x%2Fy` is the one id `x/y`, never a path.
    static func segment(_ path: String, after prefix: String) throws -> String? {
        guard path.hasPrefix(prefix) else { return nil }
        let rest = path.dropFirst(prefix.count)
        guard !rest.isEmpty, !rest.contains("/") else { return nil }
        guard let decoded = HTML.decodeComponent(rest.replacing("+", with: "%2B")) else { throw BadInput("The address is not well-formed.") }
        return decoded
    }

    private func get(_ request: DeskRequest, pages: DeskPages) throws -> DeskResponse {
        let parameters = try Parameters(request.query)
        let path = request.path
        let notFound = DeskResponse.html(404, pages.problem("Not found", "Nothing is at \(path). The map links to every actor, and each statement to its article."))
        switch path {
        case "/":
            let filters = try mapFilters(parameters, data: pages.data)
            return .html(200, pages.mapPage(try map(filters, data: pages.data), filters: filters))
        case "/assets/desk.css":
            return DeskResponse(status: 200, contentType: "text/css; charset=utf-8", headers: [("Cache-Control", "max-age=300")], body: Array(DeskAssets.css.utf8))
        case "/assets/desk.js":
            return DeskResponse(status: 200, contentType: "text/javascript; charset=utf-8", headers: [("Cache-Control", "max-age=300")], body: Array(DeskAssets.javascript.utf8))
        case "/figures":
            return .html(200, page("figures", data: pages.data) { pages.figuresPage() })
        case "/search":
            let query = parameters["q"] ?? ""
            return .html(200, pages.searchPage(query: query, hits: pages.search(query)))
        case "/review":
            return .html(200, pages.reviewPage(at: try parameters.integer("at", in: 0...Int(Int32.max)) ?? 0))
        case "/edge":
            guard let speaker = parameters["speaker"], let target = parameters["target"] else { throw BadInput("An edge needs speaker= and target=.") }
            return pages.edgePage(speaker: speaker, target: target, since: try parameters.day("since"), until: try parameters.day("until")).map { .html(200, $0) } ?? notFound
        case "/diff":
            // No actor yet: the form to pick one.
            guard let actor = parameters["actor"] else { return .html(200, pages.diffChooser()) }
            guard pages.data.actors[actor] != nil else { return notFound }
            let (before, after) = try windows(parameters, actor: actor, data: pages.data)
            return try pages.diffPage(actor: actor, before: before, after: after).map { .html(200, $0) } ?? notFound
        default:
            if let id = try Self.segment(path, after: "/actor/") {
                let filters = DeskPages.ActorFilters(
                    target: parameters["target"], topic: parameters["topic"], polarity: try parameters.choice("polarity", Self.polarities),
                    quote: try parameters.choice("form", ["quote": true, "reported": false]), checked: try parameters.choice("review", ["checked": true, "unchecked": false]),
                    page: try parameters.integer("page", in: 0...Int(Int32.max)) ?? 0)
                return pages.actorPage(id, filters: filters).map { .html(200, $0) } ?? notFound
            }
            if let id = try Self.segment(path, after: "/article/") {
                return pages.articlePage(id).map { .html(200, $0) } ?? notFound
            }
            return notFound
        }
    }

    func mapFilters(_ parameters: Parameters, data: DeskData) throws -> DeskPages.MapFilters {
        var filters = DeskPages.MapFilters()
        filters.since = try parameters.day("since")
        filters.until = try parameters.day("until")
        if let since = filters.since, let until = filters.until, since > until { throw BadInput("The window ends (\(until)) before it starts (\(since)).") }
        if let topic = parameters["topic"] {
            guard data.registry.topic(topic) != nil else { throw BadInput("topic=\(topic) is no topic; the topics are \(data.registry.topics.map(\.id).joined(separator: ", ")).") }
            filters.topic = topic
        }
        if let country = parameters["country"] {
            guard data.actors[country] != nil else { throw BadInput("country=\(country) names no actor.") }
            filters.country = country
        }
        filters.minimum = try parameters.integer("min", in: 1...100_000) ?? 1
        return filters
    }

    /// The map for these filters, laid out once and kept while the data stays the same.
    func map(_ filters: DeskPages.MapFilters, data: DeskData) throws -> DeskPages.Map {
        lock.lock()
        if let found = maps[filters], data === self.data {
            lock.unlock()
            return found
        }
        lock.unlock()
        let made = try DeskPages.mapSVG(data, filters: filters, links: .server)
        lock.lock()
        defer { lock.unlock() }
        if data === self.data {
            maps[filters] = made
            mapOrder.append(filters)
            if mapOrder.count > 24 { maps[mapOrder.removeFirst()] = nil }
        }
        return made
    }

    /// A page that depends on the data alone, made once per data.
    func page(_ key: String, data: DeskData, _ make: () -> String) -> String {
        lock.lock()
        if data === self.data, let found = pagesMade[key] {
            lock.unlock()
            return found
        }
        lock.unlock()
        let made = make()
        lock.lock()
        if data === self.data { pagesMade[key] = made }
        lock.unlock()
        return made
    }

    /// The diff's two windows: given as from1/to1 and from2/to2, else split at the middle day.
    func windows(_ parameters: Parameters, actor: String, data: DeskData) throws -> (StanceDiff.Window, StanceDiff.Window) {
        let given = [try parameters.day("from1"), try parameters.day("to1"), try parameters.day("from2"), try parameters.day("to2")]
        if given.contains(where: { $0 != nil }) {
            let first = StanceDiff.Window(from: given[0], to: given[1]), second = StanceDiff.Window(from: given[2], to: given[3])
            for window in [first, second] {
                if let from = window.from, let to = window.to, from > to { throw BadInput("The window \(window) ends before it starts.") }
            }
            return (first, second)
        }
        guard let split = DeskPages.defaultSplit(data, actor: actor) else {
            return (StanceDiff.Window(from: nil, to: nil), StanceDiff.Window(from: nil, to: nil))
        }
        return (StanceDiff.Window(from: nil, to: split.adding(days: -1)), StanceDiff.Window(from: split, to: nil))
    }

    // MARK: Review

    private func post(_ request: DeskRequest, pages: DeskPages) throws -> DeskResponse {
        // A form from another site: its Origin is not ours (browsers send one with every POST).
        if let origin = request.headers["origin"], origin != "null" {
            let stripped = origin.lowercased().replacing("http://", with: "")
            guard hosts.contains(stripped) else {
                return .html(403, pages.problem("Refused", "A form from \(origin) cannot change this desk."))
            }
        }
        guard let id = try Self.segment(request.path, after: "/review/") else {
            return .html(404, pages.problem("Not found", "Nothing at \(request.path) takes a form."))
        }
        guard request.body.count <= 1 << 20, let body = String(validating: request.body, as: UTF8.self) else {
            throw BadInput("The form is not UTF-8 text, or larger than 1 MB.")
        }
        let form = try Parameters(body)
        guard let token = form["token"], Self.constantTimeEqual(token, self.token) else {
            return .html(403, pages.problem("Refused", "The form's token is missing or out of date (the server may have restarted). Go back, reload the page, and try again."))
        }
        guard let statement = pages.data.statement(id) else {
            return .html(404, pages.problem("Not found", "No statement has the id \(id) now: it may have been rejected or changed by another reviewer. Reload the review queue."))
        }
        guard let action = form["action"], ["accept", "reject", "correct"].contains(action) else {
            throw BadInput("action= must be accept, reject or correct.")
        }
        let position = try form.integer("at", in: 0...Int(Int32.max)) ?? 0
        var edit: (inout Correction) -> Void
        switch action {
        case "accept":
            edit = { $0.confirmed = true }
        case "reject":
            edit = { $0.rejected = true }
        default:
            let speaker = form["speaker"]
            let polarity = try form.choice("polarity", Self.polarities)
            let targets = form["targets"].map { $0.split(separator: ";").map { $0.trimmed() }.filter { !$0.isEmpty } }
            let text = form["text"]
            let date = try form.day("date")
            // Unticking every topic sends none: the hidden field says the topics were on the form.
            let topics = form["topics-shown"] == nil ? nil : form.all("topic")
            for topic in topics ?? [] where pages.data.registry.topic(topic) == nil {
                throw BadInput("topic=\(topic) is no topic; the topics are \(pages.data.registry.topics.map(\.id).joined(separator: ", ")).")
            }
            if let text, text.count > 4000 { throw BadInput("The words are longer than 4,000 characters.") }
            if let speaker, speaker.count > 200 { throw BadInput("The speaker's name is longer than 200 characters.") }
            edit = { correction in
                if let speaker, speaker != statement.speaker.name, speaker != statement.speaker.id { correction.speaker = speaker }
                if let polarity, polarity != statement.polarity { correction.polarity = polarity }
                if let targets, targets != statement.targets.map(\.name) { correction.targets = targets }
                if let text, text != statement.text { correction.text = text }
                if let date, date != statement.date { correction.date = date }
                if let topics, Set(topics) != Set(statement.topics) { correction.topics = topics }
                correction.confirmed = true
            }
        }
        try change(statement, data: pages.data, note: form["note"], edit)
        return .redirect("/review?at=\(position)")
    }

    /// Writes a correction for `statement` to the corrections file, and puts the new data in place.
    func change(_ statement: Statement, data: DeskData, note: String?, _ edit: (inout Correction) -> Void) throws {
        lock.lock()
        defer { lock.unlock() }
        let existing = data.correctionOf[statement.id].map { data.corrections.corrections[$0] }
        let file = try CurationDesk.editing(correctionsPath, lockFolder: StoreOptions.folder(of: [source.corpus])) { file -> CorrectionsFile in
            CurationDesk.record(statement, existing: existing, in: &file, note: note, edit)
            return file
        }
        self.data = DeskData(self.data, corrections: file)
        // The stamp is left as it was: another reviewer may have written the file since this
        // one did, so the next look reads it again rather than taking it as seen.
        maps = [:]
        mapOrder = []
        pagesMade = [:]
        prewarm(self.data)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
