// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tender",
    products: [
        .executable(name: "tender", targets: ["tender"]),
        .library(name: "TenderKit", targets: ["TenderKit"]),
    ],
    targets: [
        .target(name: "TenderKit"),
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
