import TenderKit

/// `tender status ROUND`: what stands between the round and a final decision, on one screen.
enum StatusCommand: Command {
    static let spec = CommandSpec(
        name: "status",
        abstract: "Show what blocks a final decision, and the command that settles each item.",
        discussion: """
            Shows how complete the scoring is (evaluators by submissions, excluded pairs marked),
            then every blocking item: spreads above maxSpread with the scores and comments side by
            side, too few independent evaluators, abnormally low values awaiting clarification,
            possible conflicts awaiting a ruling, and ties. Exits 0 when the decision would be final,
            3 when something blocks it.
            """,
        arguments: [ArgumentSpec(name: "ROUND", help: "The round folder.")],
        options: [
            .value("format", "FORMAT", help: "text or json.", default: "text"),
            .flag("quiet", short: "q", help: "Print no progress or file counts on standard error."),
        ],
        examples: [
            "tender status Samples/targeted-detached-youth-2024",
            "tender status my-round --format json",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let format = arguments.value("format") ?? "text"
        guard format == "text" || format == "json" else {
            throw .usage(
                .invalidValue(option: "--format", value: format, reason: "use text or json"))
        }
        let quiet = arguments.flag("quiet")
        let evaluation = try RoundEvaluation.run(
            folder: arguments.positionals[0], console: console,
            progress: ProgressReporter(console: console, quiet: quiet), quiet: quiet,
            submissionFields: .readByRulesAndDocuments)
        let report = StatusReport(round: evaluation.round, decision: evaluation.decision)
        if format == "json" {
            console.writeOut(String(decoding: report.json(), as: UTF8.self))
        } else {
            console.print(report.text())
        }
        return report.isFinal ? .success : .notFinal
    }
}
