import Foundation
import TenderKit

/// `tender validate PATH...`: checks rubric files and round folders and reports every problem.
enum ValidateCommand: Command {
    static let spec = CommandSpec(
        name: "validate",
        abstract: "Check rubric files and round folders, reporting every problem.",
        discussion: """
            A PATH that is a folder is a round: round.json, the rubric it names, submissions/*.json,
            panel.json, scores.csv and decisions.json are all checked, against each other too,
            and the round's history (history.jsonl): its chain of digests (a broken one is an
            error) and that scores.csv and decisions.json are as it last recorded (a warning).
            A PATH that is a file is a rubric. Problems are printed as FILE:LINE:COLUMN: error: MESSAGE,
            and what is allowed but probably wrong (a field one submission lacks, a placeholder init
            wrote, no submissions yet) as FILE:LINE:COLUMN: warning: MESSAGE. Exits 2 on any error,
            and on any warning with --strict.
            """,
        arguments: [
            ArgumentSpec(name: "PATH", help: "A rubric file or a round folder.", isRepeating: true)
        ],
        options: [.flag("strict", help: DiagnosticCount.strictHelp)],
        examples: [
            "tender validate Rubrics/*.json Samples/*",
            "tender validate my-round --strict",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        // Each path's problems in the order the paths were given (sorted within a path), so the
        // order never depends on where the files live.
        let perPath = arguments.positionals.map { validate($0, console: console) }
        let diagnostics = perPath.flatMap { $0 }
        guard !diagnostics.isEmpty else { return .success }
        for problems in perPath where !problems.isEmpty {
            console.printError(DiagnosticFormatter().format(problems))
        }
        let strict = arguments.flag("strict")
        let stops = DiagnosticCount.stops(diagnostics, strict: strict)
        // Notes (a round without a history) are worth reading but count as nothing.
        guard diagnostics.contains(where: { $0.severity != .note }) else { return .success }
        let note = stops && !diagnostics.hasErrors ? " (--strict treats warnings as errors)" : ""
        console.printError("tender validate: \(DiagnosticCount.phrase(diagnostics))\(note)")
        return stops ? .invalidInput : .success
    }

    private static func validate(_ path: String, console: Console) -> [Diagnostic] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return [.error(at: .file(path), "no such file or folder")]
        }
        if isDirectory.boolValue {
            let load = RoundLoader.load(folder: path, writesOpenData: true)
            if let round = load.round {
                console.print(
                    "\(path): valid round '\(round.round.id)': \(NumberText.counted(load.submissionCount, "submission")), \(NumberText.counted(load.evaluatorCount, "evaluator")), \(NumberText.counted(load.scoreCount, "score"))"
                )
                if round.history == nil {
                    return load.diagnostics + [HistoryJournal.absenceNote(folder: path)]
                }
            }
            return load.diagnostics
        }
        let (rubric, diagnostics) = RubricLoader.load(path: path)
        if let rubric {
            console.print(
                "\(path): valid rubric '\(rubric.id)' version \(rubric.version): \(NumberText.counted(rubric.criteria.count, "criterion", plural: "criteria")), \(NumberText.counted(rubric.gates.count, "gate"))"
            )
        }
        return diagnostics
    }
}
