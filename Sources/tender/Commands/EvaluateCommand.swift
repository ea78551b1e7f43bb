import TenderKit

/// `tender evaluate ROUND`: scores the round and writes the decision record and documents.
enum EvaluateCommand: Command {
    static let spec = CommandSpec(
        name: "evaluate",
        abstract: "Evaluate a round and write the decision record and documents.",
        discussion: """
            Checks the round as 'tender validate' does (nothing is written if anything is wrong),
            then applies the rubric: gates, panel consensus, thresholds, value for money, ranking
            and award. Writes decision.json and the documents to the output folder, atomically.
            Progress goes to standard error; a summary of the decision to standard output.
            """,
        arguments: [ArgumentSpec(name: "ROUND", help: "The round folder.")],
        options: [
            .value(
                "out", "DIR", short: "o", help: "Where to write the outputs.", default: "ROUND/out"),
            .value(
                "format", "LIST",
                help:
                    "Comma-separated outputs to write: \(RoundOutputs.Format.allCases.map(\.rawValue).joined(separator: ",")).",
                default: "all of them"),
            SensitivityOption.spec,
            .flag(
                "require-final",
                help: "Exit with status 3 when the decision is provisional (something blocks it)."),
        ],
        examples: [
            "tender evaluate Samples/victim-care-and-advice-2024",
            "tender evaluate my-round --out /tmp/out --format json,md --require-final",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let folder = arguments.positionals[0]
        let formats = try parseFormats(arguments.value("format"))
        let evaluation = try RoundEvaluation.run(
            folder: folder, console: console,
            sensitivityDraws: SensitivityOption.draws(arguments))
        let outputFolder = arguments.value("out") ?? FilePath.join(folder, "out")
        let files = RoundOutputs.make(
            decision: evaluation.decision, round: evaluation.round, formats: formats)
        do {
            try AtomicFile.writeAll(files.map { (FilePath.join(outputFolder, $0.path), $0.bytes) })
        } catch {
            throw .failed("\(error.description); no output was changed")
        }
        console.printError("Wrote \(NumberText.counted(files.count, "file")) to \(outputFolder)")
        for problem in AuditSchedule(decision: evaluation.decision, round: evaluation.round)
            .problems
        {
            console.printError(
                "warning: no audit schedule for \(problem.submission): \(problem.reason)")
        }
        console.print(DecisionSummary.text(evaluation.decision, round: evaluation.round))
        if arguments.flag("require-final"), evaluation.decision.status == .provisional {
            return .notFinal
        }
        return .success
    }

    static func parseFormats(_ text: String?) throws(CommandError) -> Set<RoundOutputs.Format> {
        guard let text else { return Set(RoundOutputs.Format.allCases) }
        var formats: Set<RoundOutputs.Format> = []
        for name in text.split(separator: ",").map({ String($0).trimmingWhitespaceAndQuotes() })
        where !name.isEmpty {
            guard let format = RoundOutputs.Format(rawValue: name) else {
                let names = RoundOutputs.Format.allCases.map(\.rawValue)
                throw .usage(
                    .invalidValue(
                        option: "--format", value: name,
                        reason:
                            "the formats are \(names.joined(separator: ", "))\(EditDistance.didYouMean(name, among: names))"
                    ))
            }
            formats.insert(format)
        }
        guard !formats.isEmpty else {
            throw .usage(
                .invalidValue(option: "--format", value: text, reason: "name at least one format"))
        }
        return formats
    }
}

extension String {
    func trimmingWhitespaceAndQuotes() -> String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\"" || first == "'" {
            text.removeFirst()
        }
        while let last = text.last, last == " " || last == "\"" || last == "'" { text.removeLast() }
        return String(text)
    }
}
