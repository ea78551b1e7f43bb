// swift-tools-version:6.0
import PackageDescription

/// SHA-256 on the x86 SHA extensions is compiled with those instructions enabled, in a module of
/// its own (Swift has no per-function target attribute); TenderKit calls it only when the processor
/// reports them, and uses its portable code otherwise.
#if arch(x86_64)
    let shaInstructionFlags: [SwiftSetting] = [
        .unsafeFlags(["-Xcc", "-msha", "-Xcc", "-mssse3", "-Xcc", "-msse4.1"])
    ]
#else
    let shaInstructionFlags: [SwiftSetting] = []
#endif

let package = Package(
    name: "tender",
    products: [
        .executable(name: "tender", targets: ["tender"]),
        .library(name: "TenderKit", targets: ["TenderKit"]),
    ],
    targets: [
        .target(name: "SHA256Instructions", swiftSettings: shaInstructionFlags),
        .target(name: "TenderKit", dependencies: ["SHA256Instructions"]),
        .executableTarget(name: "tender", dependencies: ["TenderKit"]),
        .executableTarget(name: "tender-bench", dependencies: ["TenderKit"]),
        .testTarget(
            name: "TenderKitTests",
            dependencies: ["TenderKit", "tender"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
