// swift-tools-version:6.1
import PackageDescription

/// One target per layer: the C library, the Swift wrapper that owns it, the domain library,
/// and a thin executable. `StanceGraphBench` is the benchmark driver behind `make bench`.
let package = Package(
    name: "StanceGraph",
    products: [
        .executable(name: "stancegraph", targets: ["StanceGraphCLI"]),
        .library(name: "GraphvizKit", targets: ["GraphvizKit"]),
        .library(name: "StanceGraph", targets: ["StanceGraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // The desk's HTTP server (`stancegraph serve`); without its default traits, which
        // would add swift-configuration and full Foundation to every build.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(
            name: "GraphvizKit",
            dependencies: ["CGraphviz"]
        ),
        .target(
            name: "StanceGraph",
            dependencies: ["GraphvizKit", .product(name: "Yams", package: "Yams")],
            // The lexicons: data files a linguist can edit, built into the binary.
            resources: [
                .embedInCode("Lexicons/cues.tsv"), .embedInCode("Lexicons/stance.tsv"), .embedInCode("Lexicons/sentiment.tsv"),
                .embedInCode("Lexicons/titles.tsv"), .embedInCode("Lexicons/not-names.tsv"), .embedInCode("Lexicons/speaker-nouns.txt"),
                .embedInCode("Lexicons/source-nouns.txt"), .embedInCode("Lexicons/state-nouns.txt"),
                .embedInCode("Lexicons/countries.tsv"), .embedInCode("Lexicons/grammar.txt"),
                .embedInCode("Lexicons/person-nouns.txt"), .embedInCode("Lexicons/first-names.tsv"),
            ]
        ),
        // The persistent store: articles, statements and mentions in SQLite, kept current by `ingest`.
        .target(
            name: "StanceGraphStore",
            dependencies: ["StanceGraph", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "StanceGraphCLI",
            dependencies: [
                "StanceGraph",
                "StanceGraphStore",
                "GraphvizKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "StanceGraphBench",
            dependencies: ["StanceGraph", "GraphvizKit"]
        ),
        // libFuzzer harnesses, built by `make fuzz` with -sanitize=fuzzer (libFuzzer's main).
        .executableTarget(
            name: "StanceGraphFuzz",
            dependencies: ["StanceGraph", "GraphvizKit"],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GraphvizKitTests", dependencies: ["GraphvizKit", "TestSupport"]),
        .testTarget(name: "StanceGraphTests", dependencies: ["StanceGraph", "TestSupport"]),
        .testTarget(name: "StanceGraphStoreTests", dependencies: ["StanceGraphStore", "StanceGraph", "TestSupport"]),
        .testTarget(name: "StanceGraphCLITests", dependencies: ["StanceGraphCLI", "StanceGraph", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
