// swift-tools-version:6.2
import PackageDescription

// The pipeline is visible in the target graph: arrows point inward only.
//   claimwatch → {ClaimDaemon, Presentation} → {ClaimDatabase, Journal, Inbox, WordForms} → ClaimCore
// ClaimCore is pure (no Glibc, Dispatch, GRDB, Logging or CSystemd).
// Every target of ours builds with warnings as errors (dependencies keep their own settings).
let upcoming: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .treatAllWarnings(as: .error),
]

let package = Package(
    name: "claimwatch",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "claimwatch", targets: ["claimwatch"]),
        .executable(name: "claimwatch-bench", targets: ["claimwatch-bench"]),
        .library(name: "ClaimCore", targets: ["ClaimCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .target(name: "ClaimCore", swiftSettings: upcoming),
        // System calls made again on EINTR, writes that go on through short writes.
        .target(name: "SystemCalls", swiftSettings: upcoming),
        .systemLibrary(
            name: "CSystemd",
            pkgConfig: "libsystemd",
            providers: [.apt(["libsystemd-dev"])]
        ),
        // Morphology for Russian and Ukrainian (issue 21): Snowball and Hunspell, bound here so
        // that ClaimCore stays pure; the loader hands the analysers to the language profiles.
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        .systemLibrary(name: "CHunspell", pkgConfig: "hunspell", providers: [.apt(["libhunspell-dev"])]),
        .target(name: "CTransliteration", linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc")]),
        .target(name: "WordForms", dependencies: ["ClaimCore", "CStemmer", "CHunspell", "CTransliteration"], swiftSettings: upcoming),
        .target(
            name: "Journal",
            dependencies: [
                "ClaimCore", "CSystemd", "SystemCalls",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .target(name: "Inbox", dependencies: ["ClaimCore", "SystemCalls"], swiftSettings: upcoming),
        .target(
            name: "ClaimDatabase",
            dependencies: ["ClaimCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            swiftSettings: upcoming
        ),
        // The shared store on a PostgreSQL server (issue 24): the same `ClaimStore` as SQLite,
        // so the daemon, the differ and the outbox do not know which one runs.
        .target(
            name: "ClaimPostgres",
            dependencies: [
                "ClaimCore", "ClaimDatabase",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .target(
            name: "ClaimDaemon",
            dependencies: [
                "ClaimCore", "Journal", "Inbox", "ClaimDatabase", "ClaimPostgres", "WordForms", "SystemCalls",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: upcoming
        ),
        // What the CLI prints: tables, cells, JSON lines, time bounds (`--since`).
        .target(name: "Presentation", dependencies: ["ClaimCore", "ClaimDatabase", "Journal"], swiftSettings: upcoming),
        // `claimwatch-bench`: the figures of issue 6, against the real daemon and journald; its own
        // executable, not linked into the shipped `claimwatch`.
        .target(
            name: "ClaimBench",
            dependencies: ["ClaimCore", "ClaimDatabase", "Journal", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "claimwatch-bench",
            dependencies: ["ClaimBench", "ClaimCore", "ClaimDaemon", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: upcoming
        ),
        .executableTarget(
            name: "claimwatch",
            dependencies: [
                "ClaimCore", "ClaimDaemon", "ClaimDatabase", "Journal", "Presentation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: upcoming
        ),
        .target(name: "ClaimTesting", dependencies: ["ClaimCore"], swiftSettings: upcoming),
        .testTarget(name: "ClaimCoreTests", dependencies: ["ClaimCore", "ClaimTesting"], swiftSettings: upcoming),
        .testTarget(
            name: "ClaimDatabaseTests",
            dependencies: ["ClaimCore", "ClaimDatabase", "ClaimTesting"],
            swiftSettings: upcoming
        ),
        .testTarget(name: "WordFormsTests", dependencies: ["ClaimCore", "WordForms"], swiftSettings: upcoming),
        .testTarget(name: "InboxTests", dependencies: ["ClaimCore", "Inbox", "SystemCalls"], swiftSettings: upcoming),
        .testTarget(name: "JournalTests", dependencies: ["ClaimCore", "Journal", "ClaimTesting"], swiftSettings: upcoming),
        .testTarget(
            name: "PresentationTests", dependencies: ["ClaimCore", "ClaimDatabase", "Journal", "Presentation", "ClaimTesting"], swiftSettings: upcoming),
        .testTarget(
            name: "ClaimDaemonTests",
            dependencies: ["ClaimCore", "ClaimDaemon", "ClaimDatabase", "ClaimTesting", "Journal", "Inbox"],
            swiftSettings: upcoming
        ),
        .testTarget(
            name: "ClaimPostgresTests", dependencies: ["ClaimCore", "ClaimDatabase", "ClaimPostgres", "ClaimTesting"], swiftSettings: upcoming),
        .testTarget(name: "EndToEndTests", dependencies: ["ClaimTesting"], swiftSettings: upcoming),
    ],
    swiftLanguageModes: [.v6]
)
