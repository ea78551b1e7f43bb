import TenderKit

/// `tender scoresheet ROUND --evaluator ID`: the blank CSV sheet an evaluator fills in.
enum ScoresheetCommand: Command {
    static let spec = CommandSpec(
        name: "scoresheet",
        abstract: "Write the blank scoresheet (CSV) an evaluator fills in any spreadsheet.",
        discussion: """
            One row per eligible submission the evaluator is not excluded from and per panel-scored
            criterion, with score and comment empty. Prices and other calculated values are never
            shown: quality is scored blind to price. Import the filled sheet with 'tender import'.
            """,
        arguments: [ArgumentSpec(name: "ROUND", help: "The round folder.")],
        options: [
            .value("evaluator", "ID", help: "The evaluator's id in panel.json.", required: true),
            .value(
                "out", "FILE", short: "o",
                help: "Write the sheet to this file instead of standard output."),
        ],
        examples: [
            "tender scoresheet Samples/community-safety-fund-2024 --evaluator rkaur --out rkaur.csv"
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let evaluation = try RoundEvaluation.run(folder: arguments.positionals[0], console: console)
        let evaluator = try evaluation.evaluatorIndex(arguments.value("evaluator") ?? "")
        let assignments = ScoringAssignments(round: evaluation.round, decision: evaluation.decision)
        let sheet = Scoresheet.blank(
            for: evaluator, assignments: assignments, round: evaluation.round)
        guard let path = arguments.value("out") else {
            console.writeOut(sheet)
            return .success
        }
        if let problem = RoundInputs(evaluation.round).problem(writingFile: path) {
            throw .failed(problem)
        }
        do {
            try AtomicFile.write(sheet, to: path)
        } catch {
            throw .failed(error.description)
        }
        console.printError(
            "Wrote \(path): \(assignments.assignments(for: evaluator).count) rows to score")
        return .success
    }
}

extension RoundEvaluation {
    /// The panel index of an evaluator named on the command line.
    func evaluatorIndex(_ id: String) throws(CommandError) -> Int {
        switch ScoringAssignments.evaluatorIndex(id, in: round.panel) {
        case .success(let index): return index
        case .failure(let error):
            throw .usage(.invalidValue(option: "--evaluator", value: id, reason: error.message))
        }
    }
}
