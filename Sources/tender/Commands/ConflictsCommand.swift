import TenderKit

/// `tender conflicts ROUND`: the conflicts-of-interest assessment, on screen and as a document.
enum ConflictsCommand: Command {
    static let spec = CommandSpec(
        name: "conflicts",
        abstract: "Show the conflicts-of-interest assessment and write conflicts-assessment.md.",
        discussion: """
            Compares every evaluator's declared interests, own name, employer and email domain with
            every applicant, its partners and its people. Prints each finding (who, which submission,
            why, what was done) and writes conflicts-assessment.md beside the other outputs.
            """,
        arguments: [ArgumentSpec(name: "ROUND", help: "The round folder.")],
        options: [
            .value(
                "out", "DIR", short: "o", help: "Where to write conflicts-assessment.md.",
                default: "ROUND/out"),
            .flag("quiet", short: "q", help: "Print no progress or file counts on standard error."),
        ],
        examples: ["tender conflicts Samples/community-safety-fund-2024"])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let folder = arguments.positionals[0]
        let quiet = arguments.flag("quiet")
        let evaluation = try RoundEvaluation.run(
            folder: folder, console: console,
            progress: ProgressReporter(console: console, quiet: quiet), quiet: quiet,
            submissionFields: .readByRulesAndDocuments)
        let document = ConflictsAssessmentDocument(
            decision: evaluation.decision, round: evaluation.round
        ).document()
        let path = FilePath.join(
            arguments.value("out") ?? FilePath.join(folder, "out"), "conflicts-assessment.md")
        let inputs = RoundInputs(evaluation.round)
        if let problem = inputs.problem(writingFile: path)
            ?? inputs.problem(writingFolder: FilePath.normalise(path + "/.."))
        {
            throw .failed(problem)
        }
        do {
            try AtomicFile.write(MarkdownRenderer().render(document), to: path)
        } catch {
            throw .failed(error.description)
        }
        console.print(
            ConflictsReport(decision: evaluation.decision, round: evaluation.round).text())
        if !quiet { console.printError("Wrote \(path)") }
        return .success
    }
}
