/// Countries beyond the registry, so that an unknown speaker ("Swedish Foreign Minister Ann
/// Linde", "India's Ministry of External Affairs") still gets a country. The registry's own
/// states come first and override these.
enum Gazetteer {
    /// Each country as a state ``Actor`` (not ``Actor/isKnown``: the user has not added it).
    static let countries: [Actor] = {
        let file = LexiconFile(name: "countries.tsv", bytes: PackageResources.countries_tsv)
        do {
            return try table(file)
        } catch {
            preconditionFailure("built-in lexicon: \(error)")
        }
    }()

    /// Reads a table of countries: id, name, adjectives, capital and other names, by tabs.
    static func table(_ file: LexiconFile) throws(LexiconFile.Problem) -> [Actor] {
        var seen = Set<String>()
        return try file.lines.map { line throws(LexiconFile.Problem) in
            guard (4...5).contains(line.fields.count) else {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "expected id, name, adjectives, capital and optional other names, separated by tabs")
            }
            let fields = line.fields
            guard seen.insert(fields[0]).inserted else {
                throw LexiconFile.Problem(file: file.name, line: line.number, message: "the id \"\(fields[0])\" is listed twice; keep one line")
            }
            let list = { (field: String) in field.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty } }
            return Actor(id: fields[0], name: fields[1], kind: .state, aliases: fields.count == 5 ? list(fields[4]) : [],
                         adjectives: list(fields[2]), capital: fields[3], isKnown: false)
        }
    }
}
