import Foundation
import TenderKit

/// `tender verify ROUND DECISION.json`: recomputes the decision from the inputs and compares it
/// with a published decision record, step by step.
enum VerifyCommand: Command {
    static let spec = CommandSpec(
        name: "verify",
        abstract: "Check a published decision.json against the round's inputs.",
        discussion: """
            Recomputes the decision from the round's files, as 'tender evaluate' would, and
            compares it with the published record, step by step: the engine and schema version,
            each input file's SHA-256, the status and blocking items, each submission's status,
            points, totals and ranks, the awards and remaining budget, and the sensitivity
            analysis (with the record's draws and seed). Exits 0 when everything matches and 4
            when anything differs, naming each input whose digest differs and each figure that
            changed (old → new).
            """,
        arguments: [
            ArgumentSpec(name: "ROUND", help: "The round folder."),
            ArgumentSpec(name: "DECISION.json", help: "The published decision record."),
        ],
        examples: [
            "tender verify Samples/community-safety-fund-2024 Samples/community-safety-fund-2024/out/decision.json"
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let folder = arguments.positionals[0]
        let record = try readRecord(arguments.positionals[1])
        let load = RoundLoader.load(
            folder: folder, digestingInputs: true, submissionFields: .readByRulesAndDocuments)
        guard let round = load.round else { throw .invalidInput(load.diagnostics) }
        let result = DecisionVerifier.verify(record: record, round: round)
        for step in result.steps {
            let mark = step.mismatches.isEmpty ? "match   " : "MISMATCH"
            console.print(
                "\(mark) \(step.title) (\(NumberText.counted(step.compared, "item")) compared)")
            for note in step.notes { console.print("         note: \(note)") }
            for line in step.mismatches.prefix(200) { console.print("         \(line)") }
            if step.mismatches.count > 200 {
                console.print("         … and \(step.mismatches.count - 200) more differences")
            }
        }
        let differing = result.steps.filter { !$0.mismatches.isEmpty }.count
        console.print(
            result.matches
                ? "The record matches the inputs: the decision is reproduced exactly."
                : "The record does not match: \(NumberText.counted(differing, "step")) differ.")
        return result.matches ? .success : .mismatch
    }

    private static func readRecord(_ path: String) throws(CommandError) -> JSONValue {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .failed("cannot read \(path): no such file, or it is not readable")
        }
        let bytes = [UInt8](data)
        let root: JSONValue
        do throws(JSONSyntaxError) {
            root = try JSONReader.read(bytes).root
        } catch {
            let location = SourceText(path: path, bytes: bytes).location(at: error.offset)
            throw .invalidInput([Diagnostic(.error, at: location, error.message)])
        }
        guard root.object != nil, root["submissions"] != nil else {
            throw .failed("\(path) is not a decision record: it has no \"submissions\"")
        }
        return root
    }
}
