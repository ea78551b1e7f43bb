import TenderKit

/// `tender explain ROUND --submission ID`: every number behind one submission's outcome.
enum ExplainCommand: Command {
    static let spec = CommandSpec(
        name: "explain",
        abstract: "Trace every number behind one submission's outcome to its inputs.",
        discussion: """
            Evaluates the round as 'tender evaluate' does (writing nothing) and shows, for one
            submission: each gate's rule with the values its paths resolved to; each criterion's
            individual scores with evaluator and comment, who was excluded and why; the consensus
            and the points formula with the numbers substituted; the value-for-money formula with
            the best and worst values; the thresholds; the total; the rank and its tie-breaks; the
            award step with the budget before and after; and its sensitivity figures.
            """,
        arguments: [ArgumentSpec(name: "ROUND", help: "The round folder.")],
        options: [
            .value("submission", "ID", help: "The submission to explain.", required: true),
            .value("format", "FORMAT", help: "text or json.", default: "text"),
            SensitivityOption.spec,
        ],
        examples: [
            "tender explain Samples/community-safety-fund-2024 --submission csf-2024-03",
            "tender explain my-round --submission s-17 --format json",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let format = arguments.value("format") ?? "text"
        guard format == "text" || format == "json" else {
            throw .usage(
                .invalidValue(option: "--format", value: format, reason: "use text or json"))
        }
        let id = arguments.value("submission") ?? ""
        let evaluation = try RoundEvaluation.run(
            folder: arguments.positionals[0], console: console,
            sensitivityDraws: SensitivityOption.draws(arguments),
            submissionFields: .readByRulesAndDocuments)
        guard
            let explanation = SubmissionExplanation(
                id: id, decision: evaluation.decision, round: evaluation.round)
        else {
            let ids = evaluation.decision.submissions.map(\.id)
            throw .usage(
                .invalidValue(
                    option: "--submission", value: id,
                    reason:
                        "the round has no such submission\(EditDistance.didYouMean(id, amongAtMost: ids))"
                ))
        }
        if format == "json" {
            console.writeOut(String(decoding: explanation.json(), as: UTF8.self))
        } else {
            console.print(explanation.text())
        }
        return .success
    }
}
