/// A graph to lay out and render: nodes, edges, subgraphs and clusters with their attributes.
///
/// A plain value: building one touches no C code, so it can be made on any thread, compared,
/// encoded, and rendered later through ``Graphviz``.
///
/// ```swift
/// var graph = Graph(name: "alliances")
/// graph.attributes["rankdir"] = "LR"
/// graph.addNode("armenia", ["label": "Armenia"])
/// graph.addNode("csto", ["label": "CSTO", "shape": "box"])
/// graph.addEdge(from: "armenia", to: "csto", ["label": "member of"])
/// let svg = try Graphviz.render(graph, format: .svg).data
/// ```
public struct Graph: GraphBody, Hashable, Sendable, Codable {
    public var name: String
    public var isDirected: Bool
    public var isStrict: Bool
    public var attributes: Attributes
    public var nodeDefaults: Attributes
    public var edgeDefaults: Attributes
    public var nodes: [Node]
    public var edges: [Edge]
    public var subgraphs: [Subgraph]

    public init(name: String = "G", directed: Bool = true, strict: Bool = false, attributes: Attributes = [:]) {
        self.name = name
        self.isDirected = directed
        self.isStrict = strict
        self.attributes = attributes
        self.nodeDefaults = [:]
        self.edgeDefaults = [:]
        self.nodes = []
        self.edges = []
        self.subgraphs = []
    }

    /// The number of distinct nodes, counting those declared only in subgraphs or by edges.
    public var nodeCount: Int {
        var ids = Set<String>()
        collectNodeIDs(into: &ids)
        return ids.count
    }

    /// The number of edges, counting those declared in subgraphs.
    public var edgeCount: Int { totalEdgeCount }
}

/// A node: its name (unique in the graph) and attributes.
public struct Node: Hashable, Sendable, Codable {
    public var id: String
    public var attributes: Attributes

    public init(_ id: String, _ attributes: Attributes = [:]) {
        self.id = id
        self.attributes = attributes
    }
}

/// An edge between two nodes named by their ids; the nodes are created if need be.
public struct Edge: Hashable, Sendable, Codable {
    public var tail: String
    public var head: String
    public var attributes: Attributes

    public init(from tail: String, to head: String, _ attributes: Attributes = [:]) {
        self.tail = tail
        self.head = head
        self.attributes = attributes
    }
}

/// A subgraph; one whose name starts with `cluster` is drawn as a box around its nodes.
public struct Subgraph: GraphBody, Hashable, Sendable, Codable {
    public var name: String
    public var attributes: Attributes
    public var nodeDefaults: Attributes
    public var edgeDefaults: Attributes
    public var nodes: [Node]
    public var edges: [Edge]
    public var subgraphs: [Subgraph]

    public init(name: String, attributes: Attributes = [:]) {
        self.name = name
        self.attributes = attributes
        self.nodeDefaults = [:]
        self.edgeDefaults = [:]
        self.nodes = []
        self.edges = []
        self.subgraphs = []
    }

    /// A cluster: a subgraph drawn in its own box, with `label` as its title.
    public static func cluster(_ name: String, label: String? = nil, attributes: Attributes = [:]) -> Subgraph {
        var subgraph = Subgraph(name: name.hasPrefix("cluster") ? name : "cluster_" + name, attributes: attributes)
        if let label { subgraph.attributes["label"] = .text(label) }
        return subgraph
    }

    public var isCluster: Bool { name.hasPrefix("cluster") }
}

/// What a graph and its subgraphs have in common: attributes, defaults, nodes, edges, subgraphs.
public protocol GraphBody {
    var attributes: Attributes { get set }
    var nodeDefaults: Attributes { get set }
    var edgeDefaults: Attributes { get set }
    var nodes: [Node] { get set }
    var edges: [Edge] { get set }
    var subgraphs: [Subgraph] { get set }
}

extension GraphBody {
    /// Declares a node; declaring the same id again adds to its attributes.
    public mutating func addNode(_ id: String, _ attributes: Attributes = [:]) {
        nodes.append(Node(id, attributes))
    }

    /// Declares an edge from `tail` to `head`.
    public mutating func addEdge(from tail: String, to head: String, _ attributes: Attributes = [:]) {
        edges.append(Edge(from: tail, to: head, attributes))
    }

    /// Adds a subgraph or cluster.
    public mutating func addSubgraph(_ subgraph: Subgraph) {
        subgraphs.append(subgraph)
    }

    func collectNodeIDs(into ids: inout Set<String>) {
        for node in nodes { ids.insert(node.id) }
        for edge in edges {
            ids.insert(edge.tail)
            ids.insert(edge.head)
        }
        for subgraph in subgraphs { subgraph.collectNodeIDs(into: &ids) }
    }

    var totalEdgeCount: Int {
        subgraphs.reduce(edges.count) { $0 + $1.totalEdgeCount }
    }
}
