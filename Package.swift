// swift-tools-version:6.0
import PackageDescription

// Stages are targets whose dependencies point one way: Load → Plan → Render → Incremental → Write, under a
// thin facade (VersusKit) that the command-line tool uses. An import against the flow does not compile.
// The stages that load, plan, render and fingerprint are optimized in debug builds too: the tests build whole
// sites with them (the shipped catalog, hundreds of seeded rebuilds), which takes half the time optimized.
let fast: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "versus",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "versus", targets: ["versus"]),
        .library(name: "VersusKit", targets: ["VersusKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // SwiftNIO's HTTP/1.1 server alone: no FoundationNetworking, so a --static-swift-stdlib binary needs no libcurl.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // An HTML5 parser with no dependencies of its own, so a static binary can link libgumbo.a.
        .systemLibrary(name: "CGumbo", pkgConfig: "gumbo", providers: [.apt(["libgumbo-dev"])]),
        .target(name: "VersusDiagnostics"),
        .target(name: "VersusFiles", dependencies: ["VersusDiagnostics"], swiftSettings: fast),
        .target(name: "VersusModel", swiftSettings: fast),
        .target(name: "VersusMarkdown", dependencies: ["CCmarkGFM"]),
        .target(name: "VersusMustache", swiftSettings: fast),
        // The default templates and the starter project, embedded at build time (nothing generated is committed).
        .executableTarget(name: "embed-defaults"),
        .plugin(name: "EmbedDefaults", capability: .buildTool(), dependencies: ["embed-defaults"]),
        .target(name: "VersusDefaults", plugins: ["EmbedDefaults"]),
        .target(name: "VersusLoad", dependencies: [
            "VersusDiagnostics", "VersusFiles", "VersusModel", "VersusMarkdown", "VersusMustache", "VersusDefaults",
            .product(name: "Yams", package: "Yams"),
        ], swiftSettings: fast),
        .target(name: "VersusPlan", dependencies: ["VersusDiagnostics", "VersusModel"], swiftSettings: fast),
        .target(name: "VersusRender", dependencies: ["VersusFiles", "VersusModel", "VersusPlan", "VersusMarkdown", "VersusMustache"], swiftSettings: fast),
        .target(name: "VersusIncremental", dependencies: [
            "VersusDiagnostics", "VersusModel", "VersusPlan", "VersusRender", "VersusMustache", "VersusFiles",
        ], swiftSettings: fast),
        .target(name: "VersusWrite", dependencies: [
            "VersusDiagnostics", "VersusFiles", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        .target(name: "VersusCheck", dependencies: ["VersusDiagnostics", "VersusFiles", "VersusPlan", "CGumbo"]),
        .target(name: "VersusBuild", dependencies: [
            "VersusDiagnostics", "VersusFiles", "VersusModel", "VersusMarkdown", "VersusMustache", "VersusLoad", "VersusPlan",
            "VersusRender", "VersusIncremental", "VersusWrite",
        ], swiftSettings: fast),
        .target(name: "VersusServe", dependencies: [
            "VersusDiagnostics", "VersusFiles", "VersusPlan", "VersusBuild",
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "NIOPosix", package: "swift-nio"),
            .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        .target(name: "VersusKit", dependencies: [
            "VersusDiagnostics", "VersusFiles", "VersusModel", "VersusDefaults", "VersusLoad", "VersusPlan", "VersusWrite",
            "VersusCheck", "VersusBuild", "VersusServe",
        ]),
        .executableTarget(
            name: "versus",
            dependencies: [
                "VersusKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "VersusKitTests",
            dependencies: [
                "VersusKit", "VersusDiagnostics", "VersusFiles", "VersusModel", "VersusMarkdown", "VersusMustache",
                "VersusDefaults", "VersusLoad", "VersusPlan", "VersusRender", "VersusIncremental", "VersusWrite",
                "VersusCheck", "VersusBuild", "VersusServe", "versus",
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
