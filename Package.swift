// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "suiwen",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "suiwen", targets: ["suiwen"]),
        .executable(name: "suiwen-matcher-passes", targets: ["suiwen-matcher-passes"]),
        .library(name: "SuiwenKnowledge", targets: ["SuiwenKnowledge"]),
        .library(name: "SuiwenEngine", targets: ["SuiwenEngine"]),
        .library(name: "SuiwenRPC", targets: ["SuiwenRPC"]),
        .library(name: "SuiwenHTTP", targets: ["SuiwenHTTP"]),
    ],
    dependencies: [
        .package(url: "https://github.com/grpc/grpc-swift-2.git", exact: "2.4.3"),
        .package(url: "https://github.com/grpc/grpc-swift-nio-transport.git", exact: "2.9.2"),
        .package(url: "https://github.com/grpc/grpc-swift-protobuf.git", exact: "2.4.1"),
        // No traits, as grpc-swift-protobuf asks: we use neither of them, and with two traits
        // enabled SwiftPM 6.3 passes their -D flags in a random order, so every other build
        // recompiled SwiftProtobuf (swiftlang/swift-package-manager#10525).
        .package(url: "https://github.com/apple/swift-protobuf.git", exact: "1.39.0", traits: []),
        .package(url: "https://github.com/apple/swift-nio.git", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", exact: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-metrics.git", exact: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", exact: "2.4.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types.git", exact: "1.8.0"),
    ],
    targets: [
        // The knowledge graph: model, loading from knowledge/, validation. No networking.
        .target(
            name: "SuiwenKnowledge",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // Normalization, entity recognition, intent matching, answer rendering. No networking.
        .target(
            name: "SuiwenEngine",
            dependencies: ["SuiwenKnowledge"]
        ),
        // Generated protobuf/gRPC code, the QA and health services, the server.
        .target(
            name: "SuiwenRPC",
            dependencies: [
                "SuiwenEngine",
                .product(name: "GRPCCore", package: "grpc-swift-2"),
                .product(name: "GRPCNIOTransportHTTP2", package: "grpc-swift-nio-transport"),
                .product(name: "GRPCProtobuf", package: "grpc-swift-protobuf"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            // The descriptor set of every proto the server serves, for server reflection.
            resources: [.embedInCode("Generated/descriptors.pb")]
        ),
        // The HTTP port: Connect-style JSON, MCP over Streamable HTTP, the chat page, /metrics.
        .target(
            name: "SuiwenHTTP",
            dependencies: [
                "SuiwenRPC",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "SwiftProtobuf", package: "swift-protobuf"),
            ],
            resources: [.embedInCode("Web/index.html")]
        ),
        .executableTarget(
            name: "suiwen",
            dependencies: [
                "SuiwenRPC",
                "SuiwenHTTP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            // Linked by the toolchain's lld with packed relative relocations (DT_RELR, glibc ≥ 2.36):
            // 1.8 MB of relocation records become 16 kB that the loader reads at every start, and
            // the idle server's RSS drops by 2 MiB (BENCHMARKS.md). gold, the default, cannot pack.
            // `--static-swift-stdlib` links with `-export-dynamic` (the toolchain's
            // static-stdlib-args.lnk), which put the 53,000 symbols of the project's and its
            // dependencies' objects in the dynamic symbol table; the loader searched it for every
            // symbol of libc and libstdc++, keeping 3 MiB of it resident. Nothing loads plug-ins
            // into this process, so the executable exports nothing.
            linkerSettings: [
                .unsafeFlags(
                    ["-use-ld=lld", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs", "-Xlinker", "--no-export-dynamic"],
                    .when(platforms: [.linux])
                )
            ]
        ),
        // Answers question sets in process and prints only a count: what scripts/bench-instructions
        // counts the instructions of under valgrind. Only the engine and the graph: its release
        // build is minutes, not the whole CLI's quarter of an hour.
        .executableTarget(
            name: "suiwen-matcher-passes",
            dependencies: ["SuiwenEngine", "SuiwenKnowledge"]
        ),
        .testTarget(name: "SuiwenKnowledgeTests", dependencies: ["SuiwenKnowledge"]),
        .testTarget(name: "SuiwenEngineTests", dependencies: ["SuiwenEngine"]),
        .testTarget(name: "SuiwenRPCTests", dependencies: ["SuiwenRPC"]),
        .testTarget(name: "SuiwenHTTPTests", dependencies: ["SuiwenHTTP"]),
    ]
)
