import GraphvizKit

/// A hand-drawn map of the mission's actors and their institutions, rendered by `make graphs`
/// until maps are built from the corpus.
///
/// It shows who belongs to what (the CSTO, the OSCE Minsk Group and its co-chairs), who
/// holds which office, and the two sides of the 2020 war, clustered by country.
public enum DemonstrationMap {
    public static func graph() -> Graph {
        var graph = Graph(name: "mission_actors")
        graph.attributes = [
            "rankdir": "LR", "fontname": "Helvetica", "fontsize": "12", "newrank": "true",
            "label": "The mission's actors and their institutions (demonstration)", "labelloc": "t",
            "nodesep": "0.35", "ranksep": "0.9",
        ]
        graph.nodeDefaults = ["fontname": "Helvetica", "fontsize": "11", "style": "filled", "fillcolor": "white"]
        graph.edgeDefaults = ["fontname": "Helvetica", "fontsize": "9", "color": "#555555"]

        let countries: [(id: String, name: String, members: [(String, String, String)])] = [
            ("armenia", "Armenia", [("pashinyan", "Nikol Pashinyan", "prime minister")]),
            ("azerbaijan", "Azerbaijan", [("aliyev", "Ilham Aliyev", "president")]),
            ("russia", "Russia", [("putin", "Vladimir Putin", "president"), ("lavrov", "Sergei Lavrov", "foreign minister")]),
            ("turkey", "Turkey", [("cavusoglu", "Mevlüt Çavuşoğlu", "foreign minister")]),
        ]
        for country in countries {
            var cluster = Subgraph.cluster(country.id, label: country.name,
                                           attributes: ["style": "rounded,filled", "fillcolor": "#f4f4f4", "color": "#bbbbbb"])
            cluster.addNode(country.id, ["label": .text(country.name), "shape": "box3d", "fillcolor": "#e8eef7"])
            for (id, name, role) in country.members {
                cluster.addNode(id, ["label": .text(name), "shape": "ellipse"])
                cluster.addEdge(from: id, to: country.id, ["label": .text(role), "style": "dashed"])
            }
            graph.addSubgraph(cluster)
        }

        var international = Subgraph.cluster("international", label: "International bodies",
                                             attributes: ["style": "rounded,filled", "fillcolor": "#fbf6e9", "color": "#d9c79a"])
        international.addNode("un", ["label": "United Nations", "shape": "box"])
        international.addNode("guterres", ["label": "António Guterres", "shape": "ellipse"])
        international.addNode("csto", ["label": "CSTO", "shape": "box"])
        international.addNode("minsk_group", ["label": "OSCE Minsk Group", "shape": "box"])
        international.addEdge(from: "guterres", to: "un", ["label": "Secretary-General", "style": "dashed"])
        graph.addSubgraph(international)

        graph.addEdge(from: "armenia", to: "csto", ["label": "member of"])
        graph.addEdge(from: "russia", to: "csto", ["label": "member of"])
        for chair in ["russia", "usa", "france"] {
            graph.addEdge(from: chair, to: "minsk_group", ["label": "co-chair"])
        }
        graph.addNode("usa", ["label": "United States", "shape": "box3d", "fillcolor": "#e8eef7"])
        graph.addNode("france", ["label": "France", "shape": "box3d", "fillcolor": "#e8eef7"])
        graph.addEdge(from: "turkey", to: "azerbaijan", ["label": "ally", "color": "#2e7d32"])
        graph.addEdge(from: "armenia", to: "azerbaijan", ["label": "war, 2020", "color": "#c62828", "dir": "both"])
        return graph
    }
}
