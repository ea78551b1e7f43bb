import Foundation
import TenderKit

/// `tender decide ROUND moderation|clarification|conflict …`: records the chair's decision.
enum DecideCommand: Command {
    static let spec = CommandSpec(
        name: "decide",
        abstract:
            "Record a moderation, a clarification outcome or a conflict ruling in decisions.json.",
        discussion: """
            KIND is one of:
              moderation     --submission S --criterion C --score X --rationale TEXT
              clarification  --submission S --criterion C --accepted|--rejected --rationale TEXT
              conflict       --evaluator E --submission S --conflict|--no-conflict --rationale TEXT
            The decision is checked against the round (known ids, score on the scale, a value that
            was flagged, a finding that exists) and written atomically, keeping every other entry
            and the file's order. Replacing an earlier decision for the same key needs --replace.
            """,
        arguments: [
            ArgumentSpec(name: "ROUND", help: "The round folder."),
            ArgumentSpec(name: "KIND", help: "moderation, clarification or conflict."),
        ],
        options: [
            .value("submission", "ID", help: "The submission."),
            .value("criterion", "ID", help: "The criterion (moderation, clarification)."),
            .value("evaluator", "ID", help: "The evaluator (conflict)."),
            .value("score", "X", help: "The agreed score (moderation)."),
            .flag("accepted", help: "The clarification is accepted: the value stands."),
            .flag("rejected", help: "The clarification is rejected: the submission is excluded."),
            .flag(
                "conflict", help: "The evaluator has a conflict: their scores for it do not count."),
            .flag("no-conflict", help: "The evaluator has no conflict: their scores count."),
            .value(
                "rationale", "TEXT", help: "Why: recorded and published in the award rationale.",
                required: true),
            .flag("replace", help: "Replace an earlier decision for the same key."),
        ],
        examples: [
            "tender decide Samples/targeted-detached-youth-2024 moderation --submission tdy-2024-01 --criterion targeting-with-partners --score 3 --rationale \"Agreed at moderation on 12 June: …\"",
            "tender decide Samples/targeted-detached-youth-2024 conflict --evaluator kdoyle --submission tdy-2024-04 --no-conflict --rationale \"Different person: …\"",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let folder = arguments.positionals[0]
        let edit = try DecisionArguments.edit(from: arguments)
        let evaluation = try RoundEvaluation.run(folder: folder, console: console)
        let problems = DecisionEditCheck(round: evaluation.round, decision: evaluation.decision)
            .problems(with: edit)
        guard problems.isEmpty else { throw .failed(problems.joined(separator: "; ")) }
        let path = FilePath.join(folder, "decisions.json")
        let existing = try readDecisions(path)
        do {
            let (bytes, replaced) = try DecisionsFile.apply(
                edit, to: existing, replace: arguments.flag("replace"))
            try AtomicFile.write(bytes, to: path)
            console.print(
                "\(replaced ? "Replaced" : "Recorded") the \(edit.description) in \(path).")
        } catch let error as DecisionEditError {
            throw .failed(error.message)
        } catch {
            throw .failed("\(error); decisions.json is unchanged")
        }
        return .success
    }

    /// decisions.json as it stands (the round loaded, so it is valid), or nil when there is none.
    private static func readDecisions(_ path: String) throws(CommandError) -> JSONValue? {
        guard let bytes = FileBytes.contents(atPath: path) else { return nil }
        do {
            return try JSONReader.read(bytes).root
        } catch {
            throw .invalidInput([
                .error(
                    at: SourceText(path: path, bytes: bytes).location(at: error.offset),
                    error.message)
            ])
        }
    }
}
