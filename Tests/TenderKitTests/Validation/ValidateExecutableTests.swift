import Foundation
import Testing

@testable import TenderKit

/// Where `swift build` puts the `tender` executable, and whether it is there: beside the test
/// bundle (so `swift test --sanitize=address --scratch-path .build-asan` runs the sanitized one),
/// else `.build/debug/tender`.
enum TenderExecutable {
    static let path: String = {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let beside = bundle.deletingLastPathComponent().appendingPathComponent("tender").path
        return FileManager.default.isExecutableFile(atPath: beside)
            ? beside : RepositoryFiles.path(".build/debug/tender")
    }()
    static let exists = FileManager.default.isExecutableFile(atPath: path)
}

extension ValidationTests {
    /// The built `tender` executable (`.build/debug/tender`, built by `swift build`) run as a
    /// subprocess: real exit codes, and no Swift runtime crash or stack trace on bad input.
    @Suite(
        .enabled(
            if: TenderExecutable.exists,
            "needs the built executable at .build/debug/tender: run 'swift build' first"))
    struct ValidateExecutableTests {
        static func run(_ arguments: [String]) throws -> ExternalProcess.Run {
            try ExternalProcess.run(
                arguments, executable: TenderExecutable.path, directory: RepositoryFiles.root)
        }

        /// What a crash would print: the runtime's fatal error, a backtrace, a signal.
        static func looksLikeACrash(_ text: String) -> Bool {
            [
                "Fatal error", "Stack dump", "Backtrace", "Segmentation fault",
                "Illegal instruction", "Thread 0", "swift_",
            ]
            .contains { text.contains($0) }
        }

        @Test func theRepositoryValidatesWithExitZero() throws {
            let result = try Self.run([
                "validate", "Rubrics/victim-care-and-advice-service.json",
                "Samples/victim-care-and-advice-2024",
            ])
            #expect(result.code == 0)
            #expect(result.error == "")
            let lines = result.out.split(separator: "\n").map(String.init)
            try #require(lines.count == 2, "\(lines)")
            #expect(
                lines[0].hasPrefix(
                    "Rubrics/victim-care-and-advice-service.json: valid rubric 'victim-care-and-advice-service' version "
                ))
            #expect(
                lines[1].hasPrefix(
                    "Samples/victim-care-and-advice-2024: valid round 'victim-care-and-advice-2024': "
                ))
        }

        @Test func aBrokenRoundExitsTwoWithCompilerStyleLines() throws {
            let fixture = EveryProblemReportedTests.brokenEverywhere
            let (result, folder) = try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
                try fixture.apply(in: folder)
                return (try Self.run(["validate", folder]), folder)
            }
            #expect(result.code == 2)
            #expect(result.out == "")
            let lines = result.error.split(separator: "\n").map(String.init)
            #expect(
                lines == fixture.expected.map { ValidateCommandTests.errorLine($0, folder: folder) }
                    + ["tender validate: 10 errors"])
        }

        /// Hostile or mistaken input: each is reported as an error with exit code 2, never a crash.
        @Test(arguments: [
            ("binary noise", Array((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) })),
            ("an array nested 100000 deep", Array(String(repeating: "[", count: 100_000).utf8)),
            ("an empty file", []),
            ("a huge number", Array(#"{"id": 1e999999}"#.utf8)),
            (
                "a rule nested 5000 deep",
                Array(
                    #"{"award": {"mode": "single", "amount": "\#(String(repeating: "(", count: 5000))1\#(String(repeating: ")", count: 5000))"}}"#
                        .utf8)
            ),
        ])
        func badRubricFilesExitTwoWithoutACrash(name: String, bytes: [UInt8]) throws {
            let result = try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
                let path = FilePath.join(folder, "bad.json")
                try Data(bytes).write(to: URL(fileURLWithPath: path))
                return try Self.run(["validate", path])
            }
            #expect(result.code == 2)
            #expect(!Self.looksLikeACrash(result.error), "\(result.error.prefix(400))")
            let lines = result.error.split(separator: "\n").map(String.init)
            #expect(
                lines.first?.contains("bad.json:") == true
                    && lines.first?.contains(": error: ") == true)
            #expect(lines.last?.hasPrefix("tender validate: ") == true)
        }

        @Test(arguments: [
            (["validate"], "tender validate: error: missing argument PATH"),
            (
                ["validate", "--hlep"],
                "tender validate: error: unknown option '--hlep' (did you mean '--help'?)"
            ),
            (["valdate"], "tender: error: unknown command 'valdate' (did you mean 'validate'?)"),
        ])
        func aWrongCommandLineExitsTwo(arguments: [String], firstLine: String) throws {
            let result = try Self.run(arguments)
            #expect(result.code == 2)
            #expect(result.error.split(separator: "\n").first.map(String.init) == firstLine)
            #expect(!Self.looksLikeACrash(result.error))
        }
    }
}
