import Foundation
import Testing

@testable import TenderKit
@testable import tender

/// The namespace of the workflow-command tests (`init`, `scoresheet`, `import`, `score`, `status`,
/// `decide`, `rubric`, `conflicts`), so that `swift test --filter FlowTests` runs exactly them.
@Suite("Workflow commands")
enum FlowTests {}

/// What one run of `tender` printed and returned.
struct FlowRun {
    var exit: Int32
    var out: String
    var err: String

    /// The `FILE:LINE:COLUMN: error: MESSAGE` (or `tender CMD: error: …`) lines on standard error.
    var errorLines: [String] {
        err.split(separator: "\n").map(String.init).filter { $0.contains(": error: ") }
    }

    /// The `FILE:LINE:COLUMN: warning: MESSAGE` lines on standard error.
    var warningLines: [String] {
        err.split(separator: "\n").map(String.init).filter { $0.contains(": warning: ") }
    }
}

/// A blocking item reduced to what names it: kind, submission, criterion, evaluator.
struct BlockingKey: Hashable, Comparable, CustomStringConvertible {
    var kind: String
    var submission: String
    var criterion: String?
    var evaluator: String?

    init(_ kind: String, _ submission: String, criterion: String? = nil, evaluator: String? = nil) {
        (self.kind, self.submission, self.criterion, self.evaluator) = (
            kind, submission, criterion, evaluator
        )
    }

    /// From an entry of `decision.json`'s or `tender status --format json`'s `blocking` list.
    init(json: [String: Any]) {
        self.init(
            json["kind"] as? String ?? "?", json["submission"] as? String ?? "?",
            criterion: json["criterion"] as? String, evaluator: json["evaluator"] as? String)
    }

    init(_ item: BlockingItem) {
        self.init(
            item.kind.rawValue, item.submission, criterion: item.criterion,
            evaluator: item.evaluator)
    }

    var description: String {
        [kind, submission, criterion ?? "-", evaluator ?? "-"].joined(separator: " ")
    }

    static func < (lhs: BlockingKey, rhs: BlockingKey) -> Bool { lhs.description < rhs.description }
}

/// A folder of its own under the system's temporary folder; `remove()` it when the test ends.
struct Scratch {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent(
                "tender-flow-\(UUID().uuidString)"
            ).path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }
    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Shortcuts shared by the workflow tests: the package's folders, copies of the samples, and
/// running `tender` with captured output and scripted input.
enum Flow {
    /// The `tender init` options that fill in what would otherwise stay a placeholder (and block
    /// a final decision): the buyer and the description.
    static let realRoundOptions = [
        "--buyer-id", "GB-GOR-PC000151", "--buyer-name",
        "Police and Crime Commissioner for Cleveland", "--description",
        "A test round, filled in as a real one would be.",
    ]

    static let root = RepositoryFiles.root

    static func fixture(_ name: String) -> String {
        root + "/Tests/TenderKitTests/Fixtures/workflow/" + name
    }
    static func rubric(_ name: String) -> String { root + "/Rubrics/" + name }

    /// A copy of `Samples/NAME` in `scratch` whose round.json names its rubric by absolute path.
    static func copySample(_ name: String, into scratch: Scratch) throws -> String {
        let folder = scratch.file(name)
        try FileManager.default.copyItem(atPath: root + "/Samples/" + name, toPath: folder)
        // Outputs of an earlier `tender evaluate` in the working tree are not part of the sample.
        try? FileManager.default.removeItem(atPath: folder + "/out")
        let roundPath = folder + "/round.json"
        let text = try read(roundPath)
        let rewritten = text.replacingOccurrences(
            of: "\"../../Rubrics/", with: "\"\(root)/Rubrics/")
        try #require(rewritten != text, "round.json of \(name) does not name ../../Rubrics/")
        try write(rewritten, to: roundPath)
        return folder
    }

    /// Runs `tender ARGUMENTS`, feeding `input` as the lines typed (then end of input).
    static func run(_ arguments: [String], input: [String] = []) -> FlowRun {
        final class Capture {
            var out = ""
            var err = ""
            var lines: [String] = []
        }
        let capture = Capture()
        capture.lines = input
        let console = Console(
            out: { capture.out += $0 }, error: { capture.err += $0 },
            readLine: { capture.lines.isEmpty ? nil : capture.lines.removeFirst() })
        let exit = TenderCommand.main(arguments, console: console)
        return FlowRun(exit: exit, out: capture.out, err: capture.err)
    }

    static func read(_ path: String) throws -> String {
        String(decoding: try bytes(path), as: UTF8.self)
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        try #require(FileBytes.contents(atPath: path), "cannot read \(path)")
    }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func jsonObject(_ text: String) throws -> [String: Any] {
        try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            "not a JSON object: \(text.prefix(200))")
    }

    /// `tender status ROUND --format json`: its exit code and its blocking list.
    static func status(_ folder: String) throws -> (
        exit: Int32, blocking: [BlockingKey], json: [String: Any]
    ) {
        let run = run(["status", folder, "--format", "json"])
        let json = try jsonObject(run.out)
        let blocking = (json["blocking"] as? [[String: Any]] ?? []).map(BlockingKey.init(json:))
        return (run.exit, blocking, json)
    }

    /// The round as the engine loads and evaluates it.
    static func evaluate(_ folder: String) throws -> (round: LoadedRound, decision: Decision) {
        let load = RoundLoader.load(folder: folder)
        let round = try #require(load.round, "the round does not load: \(load.diagnostics)")
        return (round, RoundEvaluator.evaluate(round.scoringInput))
    }

    /// Removes every row of `evaluator` from the round's scores.csv and returns the remaining text.
    @discardableResult
    static func removeRows(of evaluator: String, in folder: String) throws -> String {
        let path = folder + "/scores.csv"
        let kept = try read(path).split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix(evaluator + ",") }.joined(separator: "\n")
        try write(kept, to: path)
        return kept
    }

    /// The rows of scores.csv (without the header) that belong to `evaluator`, as written.
    static func rows(of evaluator: String, in folder: String) throws -> [String] {
        try read(folder + "/scores.csv").split(separator: "\n").map(String.init).filter {
            $0.hasPrefix(evaluator + ",")
        }
    }
}
