import StanceGraph

/// Where the desk's pages are: paths on the server, or files side by side in a folder that
/// `stancegraph site` writes and a browser opens from disk.
struct DeskLinks: Sendable {
    /// Whether the pages are files: no filters that need the server, no review.
    let isStatic: Bool

    static let server = DeskLinks(isStatic: false)
    static let site = DeskLinks(isStatic: true)

    var map: String { isStatic ? "index.html" : "/" }
    var figures: String { isStatic ? "figures.html" : "/figures" }
    var search: String { isStatic ? "search.html" : "/search" }
    var review: String { "/review" }
    func asset(_ name: String) -> String { isStatic ? name : "/assets/" + name }

    func actor(_ id: String) -> String {
        isStatic ? "actor-\(Self.fileName(id)).html" : "/actor/" + HTML.component(id)
    }

    func article(_ id: String, statement: String? = nil) -> String {
        (isStatic ? "article-\(Self.fileName(id)).html" : "/article/" + HTML.component(id)) + (statement.map { "#s-" + $0 } ?? "")
    }

    /// The statements behind one stance edge of the map.
    func edge(speaker: String, target: String, since: Day? = nil, until: Day? = nil) -> String {
        if isStatic { return "edge-\(Self.fileName(speaker))--\(Self.fileName(target)).html" }
        return "/edge" + HTML.query([("speaker", speaker), ("target", target), ("since", since?.description), ("until", until?.description)])
    }

    /// An actor's stance diff; the site has one per actor, at the middle day of its statements.
    func diff(actor: String) -> String {
        isStatic ? "diff-\(Self.fileName(actor)).html" : "/diff" + HTML.query([("actor", actor)])
    }

    /// A file name made from an id: letters, digits, `-` and `_` kept, every other byte as
    /// `.XX`, so that no id names a file outside the folder or collides with another.
    static func fileName(_ id: String) -> String {
        let name = HTML.encoded(id, marker: ".", digits: "0123456789abcdef", keeping: "")
        return name.isEmpty ? ".00" : name
    }
}
