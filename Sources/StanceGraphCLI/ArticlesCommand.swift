import ArgumentParser
import StanceGraph

struct ArticlesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles",
        abstract: "Show how articles are read: date, outlet, paragraphs and their kinds, sentences."
    )

    @Argument(help: "Article files or folders (default: Corpus/).")
    var paths: [String] = []

    @Flag(help: "List every paragraph with its kind, and the sentences of the prose.")
    var sentences = false

    @Option(help: "Publication day (YYYY-MM-DD) to use for the one file named, whatever it says.")
    var published: String?

    func validate() throws {
        try Loading.validatePublished(published, paths: paths)
    }

    func run() throws {
        let named = paths.isEmpty ? ["Corpus"] : paths
        let corpus = Corpus.load(named, published: Loading.override(published, paths: paths))
        try reportingFailures { try Loading.requireArticles(corpus.articles.count, errors: corpus.errors, paths: named) }
        for article in corpus.articles {
            let date: String
            switch article.dateSource {
            case .frontMatter: date = "\(article.published!) (front matter)"
            case .override: date = "\(article.published!) (--published)"
            case .dateline(let words): date = "\(article.published!) (from \"\(words)\")"
            case .unknown: date = "unknown (no front matter date, dateline or byline)"
            }
            print("\(article.id)  \(article.outlet ?? "(no outlet)")  published \(date)  \(article.wordCount) words")
            guard sentences else { continue }
            for paragraph in article.paragraphs {
                print("  line \(paragraph.line) [\(Self.describe(paragraph.kind))] \(paragraph.text.prefix(90))")
                for sentence in paragraph.sentences {
                    print("    \(sentence.range.lowerBound)-\(sentence.range.upperBound)\(sentence.startsInsideQuote ? " (in quote)" : ""): \(sentence.text)")
                }
            }
        }
        Loading.report(corpus)
        if !corpus.errors.isEmpty { throw ExitCode.failure }
    }

    static func describe(_ kind: Paragraph.Kind) -> String {
        switch kind {
        case .body: return "prose"
        case .heading: return "heading"
        case .byline: return "byline"
        case .dateline: return "dateline"
        case .duplicate: return "repeated"
        case .boilerplate(let why): return "boilerplate: \(why)"
        }
    }
}
