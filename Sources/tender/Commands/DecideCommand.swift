import Foundation
import TenderKit

/// `tender decide ROUND moderation|clarification|conflict …`: records the chair's decision, and
/// `tender decide ROUND withdraw KIND …` withdraws one.
enum DecideCommand: Command {
    static let spec = CommandSpec(
        name: "decide",
        abstract:
            "Record (or withdraw) a moderation, a clarification outcome or a conflict ruling in decisions.json.",
        discussion: """
            KIND is one of:
              moderation     --submission S --criterion C --score X --rationale TEXT [--override]
              clarification  --submission S --criterion C --accepted|--rejected --rationale TEXT
              conflict       --evaluator E --submission S --conflict|--no-conflict --rationale TEXT
              withdraw moderation|clarification --submission S --criterion C
              withdraw conflict --evaluator E --submission S
            The decision is checked against the round (known ids, score on the scale, a value that
            was flagged, a finding that exists) and written atomically, keeping every other entry
            and the file's order. Replacing an earlier decision for the same key needs --replace.
            A moderation of scores that agree within the rubric's maxSpread replaces the panel's
            own consensus: that is unusual, and needs --override. A withdrawal removes the one
            entry with that key, whatever the state of the rest of the round.
            The decision, and the one it replaces, go into the round's history (history.jsonl)
            under --by NAME (by default the user name the system reports).
            """,
        arguments: [
            ArgumentSpec(name: "ROUND", help: "The round folder."),
            ArgumentSpec(name: "KIND", help: "moderation, clarification, conflict or withdraw."),
            ArgumentSpec(
                name: "WHAT", help: "After withdraw: moderation, clarification or conflict.",
                isOptional: true),
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
                "rationale", "TEXT",
                help: "Why: recorded and published in the award rationale (required to record)."),
            .flag("replace", help: "Replace an earlier decision for the same key."),
            .flag(
                "override",
                help:
                    "Moderate scores that agree within maxSpread (replacing the panel's consensus)."
            ),
            HistoryRecording.byOption,
        ],
        examples: [
            "tender decide Samples/targeted-detached-youth-2024 moderation --submission tdy-2024-01 --criterion targeting-with-partners --score 3 --rationale \"Agreed at moderation on 12 June: …\"",
            "tender decide Samples/targeted-detached-youth-2024 conflict --evaluator kdoyle --submission tdy-2024-04 --no-conflict --rationale \"Different person: …\"",
            "tender decide my-round withdraw moderation --submission tdy-2024-01 --criterion targeting-with-partners",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let folder = arguments.positionals[0]
        let change = try DecisionArguments.change(from: arguments)
        if case .record(let edit, _) = change {
            let evaluation = try RoundEvaluation.run(folder: folder, console: console)
            let problems = DecisionEditCheck(round: evaluation.round, decision: evaluation.decision)
                .problems(with: edit, override: arguments.flag("override"))
            guard problems.isEmpty else { throw .failed(problems.joined(separator: "; ")) }
        }
        let path = FilePath.join(folder, "decisions.json")
        let (existing, existingBytes) = try readDecisions(path, folder: folder)
        let history = try HistoryRecording.writer(
            folder: folder, command: "decide", arguments: arguments, console: console)
        let update: DecisionsFileUpdate
        do {
            update = try DecisionsFile.update(change, of: existing)
        } catch {
            throw .failed(error.message)
        }
        try HistoryRecording.perform { () throws(HistoryWriteError) in
            try history.write(
                update.bytes, to: "decisions.json",
                changes: [update.historyChange(for: change.key)],
                basedOn: existingBytes)
        }
        let verb =
            switch update.outcome {
            case .recorded: "Recorded"
            case .replaced: "Replaced"
            case .withdrawn: "Withdrew"
            }
        console.print("\(verb) the \(change.key.description) in \(path).")
        return .success
    }

    /// decisions.json as it stands and its bytes, or nils when there is none.
    private static func readDecisions(_ path: String, folder: String) throws(CommandError) -> (
        JSONValue?, [UInt8]?
    ) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw .invalidInput([
                .error(
                    at: .file(folder),
                    "round folder not found (a round is a folder holding round.json)")
            ])
        }
        guard let bytes = FileBytes.contents(atPath: path) else { return (nil, nil) }
        do {
            return (try JSONReader.read(bytes).root, bytes)
        } catch {
            throw .invalidInput([
                .error(
                    at: SourceText(path: path, bytes: bytes).location(at: error.offset),
                    error.message)
            ])
        }
    }
}
