import Foundation
import Testing

@testable import TenderKit

/// The bundled sample rounds, loaded and evaluated in memory, for the document tests.
struct SampleOutputs {
    static let packageRoot = URL(fileURLWithPath: RepositoryFiles.root)

    static let names = [
        "community-safety-fund-2024", "police-property-act-fund-2024",
        "targeted-detached-youth-2024", "victim-care-and-advice-2024",
        "targeted-detached-youth-lots-2025",
    ]

    let round: LoadedRound
    let decision: Decision
    let files: [String: [UInt8]]

    init(_ name: String) throws {
        try self.init(
            folder: SampleOutputs.packageRoot.appendingPathComponent("Samples/\(name)").path)
    }

    init(folder: String) throws {
        let load = RoundLoader.load(folder: folder)
        let round = try #require(
            load.round, "\(folder) did not load: \(DiagnosticFormatter().format(load.diagnostics))")
        self.round = round
        decision = RoundEvaluator.evaluate(round.scoringInput)
        let outputs = RoundOutputs.make(
            decision: decision, round: round, formats: Set(RoundOutputs.Format.allCases))
        files = Dictionary(
            outputs.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
    }

    func text(_ path: String) throws -> String {
        String(decoding: try #require(files[path], "no output \(path)"), as: UTF8.self)
    }
}

/// A copy of a sample in a temporary folder, its rubric path made absolute, removed when done.
final class TemporarySample {
    let folder: URL

    init(_ name: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "tender-doc-\(UUID().uuidString)")
        try FileManager.default.copyItem(
            at: SampleOutputs.packageRoot.appendingPathComponent("Samples/\(name)"), to: folder)
        try? FileManager.default.removeItem(at: folder.appendingPathComponent("out"))
        let roundFile = folder.appendingPathComponent("round.json")
        let text = try String(contentsOf: roundFile, encoding: .utf8)
            .replacingOccurrences(
                of: "\"../../Rubrics/", with: "\"\(SampleOutputs.packageRoot.path)/Rubrics/")
        try text.write(to: roundFile, atomically: true, encoding: .utf8)
    }

    func replace(_ old: String, with new: String, in file: String) throws {
        let url = folder.appendingPathComponent(file)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(old), "\(file) does not contain \(old)")
        try text.replacingOccurrences(of: old, with: new).write(
            to: url, atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// The programs some document checks need, and whether this machine has them.
enum ExternalTool {
    static func run(_ arguments: [String]) -> (status: Int32, output: String)? {
        (try? ExternalProcess.run(arguments)).map { ($0.code, $0.out + $0.error) }
    }

    static let hasSchemaValidator = ExternalProcess.succeeds([
        "python3", "-c", "import jsonschema, referencing, rfc3339_validator",
    ])

    static let hasChromium = ExternalProcess.succeeds(["chromium", "--version"])
}
