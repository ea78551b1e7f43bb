import Foundation
import TenderKit

/// `tender import ROUND SHEET.csv --evaluator ID`: merges a filled scoresheet into scores.csv.
enum ImportCommand: Command {
    static let spec = CommandSpec(
        name: "import",
        abstract:
            "Merge an evaluator's filled scoresheet into scores.csv, checking every row first.",
        discussion: """
            Every row is checked (header, the evaluator's own id, known submission and panel-scored
            criterion, score on the scale, comment where required, no excluded pair, no duplicate).
            One bad row rejects the whole sheet and scores.csv is left untouched. Rows with neither
            score nor comment are skipped. Re-scoring something already scored needs --replace.
            Each score added or replaced is an entry in the round's history (history.jsonl),
            written with scores.csv: both or neither.
            """,
        arguments: [
            ArgumentSpec(name: "ROUND", help: "The round folder."),
            ArgumentSpec(name: "SHEET", help: "The filled scoresheet (CSV)."),
        ],
        options: [
            .value("evaluator", "ID", help: "The evaluator whose sheet it is.", required: true),
            .flag("replace", help: "Replace scores the evaluator already gave."),
        ],
        examples: ["tender import Samples/community-safety-fund-2024 rkaur.csv --evaluator rkaur"])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let folder = arguments.positionals[0]
        let evaluation = try RoundEvaluation.run(folder: folder, console: console)
        let evaluator = try evaluation.evaluatorIndex(arguments.value("evaluator") ?? "")
        let sheet = try readSheet(arguments.positionals[1])
        let importer = ScoreSheetImport(
            round: evaluation.round, decision: evaluation.decision, evaluator: evaluator,
            replace: arguments.flag("replace"))
        let outcome: ScoreSheetImport.Outcome
        do {
            outcome = try importer.merge(sheet)
        } catch {
            throw .invalidInput(error.diagnostics)
        }
        if !outcome.changes.isEmpty {
            let history = try HistoryRecording.writer(
                folder: folder, command: "import",
                by: evaluation.round.panel.evaluators[evaluator].id,
                arguments: arguments, console: console)
            try HistoryRecording.perform { () throws(HistoryWriteError) in
                try history.write(
                    outcome.scoresFile, to: "scores.csv", changes: outcome.changes,
                    basedOn: evaluation.round.scores.source.bytes)
            }
        }
        if !outcome.warnings.isEmpty {
            console.printError(DiagnosticFormatter().format(outcome.warnings))
        }
        for line in outcome.added { console.print("added     \(line)") }
        for line in outcome.replaced { console.print("replaced  \(line)") }
        console.print(
            "\(outcome.added.count) added, \(outcome.replaced.count) replaced, \(outcome.blankRows) left blank."
        )
        return .success
    }

    private static func readSheet(_ path: String) throws(CommandError) -> SourceText {
        guard let bytes = FileBytes.contents(atPath: path) else {
            throw .invalidInput([
                .error(at: .file(path), "the scoresheet cannot be read (is the path right?)")
            ])
        }
        return SourceText(path: path, bytes: bytes)
    }
}
