import TenderKit

/// `tender evaluate ROUND`: scores the round and writes the decision record and documents.
enum EvaluateCommand: Command {
    static let spec = CommandSpec(
        name: "evaluate",
        abstract: "Evaluate a round and write the decision record and documents.",
        discussion: """
            Checks the round as 'tender validate' does (nothing is written if anything is wrong;
            warnings are printed and the run goes on, unless --strict makes them stop it),
            then applies the rubric: gates, panel consensus, thresholds, value for money, ranking
            and award. Writes decision.json and the documents into a staging folder beside the
            output folder and swaps it in when all are written: a failed or interrupted run leaves
            the previous outputs whole, and no file of an earlier run remains beside the new ones.
            The documents: award-rationale (for the panel and auditors: names, interests,
            evidence), public-rationale (for publication: evaluators as Evaluator A, B, C), each
            applicant's summary (marked as a draft while the decision is provisional) and the
            open data.
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
            .flag("strict", help: DiagnosticCount.strictHelp),
            SensitivityOption.spec,
            .flag(
                "require-final",
                help:
                    "Exit with status 3 when the decision is provisional (something blocks it); when it is final, record that in the round's history."
            ),
            HistoryRecording.byOption,
            .flag("quiet", short: "q", help: "Print no progress or file counts on standard error."),
            .value(
                "threads", "N",
                help: "Use at most N threads (the outputs are the same bytes whatever N is).",
                default: "one per core"),
        ],
        examples: [
            "tender evaluate Samples/victim-care-and-advice-2024",
            "tender evaluate my-round --out /tmp/out --format json,md --require-final",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CommandError) -> ExitCode
    {
        let threads = try parseThreads(arguments.value("threads"))
        let result = ParallelMap.$threadLimit.withValue(threads) {
            Result { () throws(CommandError) in try evaluate(arguments, console: console) }
        }
        return try result.get()
    }

    static func parseThreads(_ text: String?) throws(CommandError) -> Int? {
        guard let text else { return nil }
        guard let count = Int(text), count >= 1 else {
            throw .usage(
                .invalidValue(
                    option: "--threads", value: text, reason: "write a whole number, 1 or more"))
        }
        return count
    }

    private static func evaluate(_ arguments: ParsedArguments, console: Console)
        throws(CommandError)
        -> ExitCode
    {
        let folder = arguments.positionals[0]
        let formats = try parseFormats(arguments.value("format"))
        let quiet = arguments.flag("quiet")
        let progress = ProgressReporter(console: console, quiet: quiet)
        let evaluation = try RoundEvaluation.run(
            folder: folder, console: console, strict: arguments.flag("strict"),
            writesOpenData: formats.contains(.ocds), progress: progress, quiet: quiet,
            sensitivityDraws: SensitivityOption.draws(arguments), digestingInputs: true,
            submissionFields: .readByRulesAndDocuments)
        let outputFolder = arguments.value("out") ?? FilePath.join(folder, "out")
        if let problem = RoundInputs(evaluation.round).problem(writingFolder: outputFolder) {
            throw .failed(problem)
        }
        let count = try OutputWriting.write(
            evaluation, formats: formats, to: outputFolder, progress: progress)
        if !quiet {
            console.printError("Wrote \(NumberText.counted(count, "file")) to \(outputFolder)")
        }
        for omission in RoundOutputs.omissions(
            decision: evaluation.decision, round: evaluation.round, formats: formats)
        {
            console.printError("note: \(omission)")
        }
        for problem in AuditSchedule(decision: evaluation.decision, round: evaluation.round)
            .problems
        {
            console.printError(
                "warning: no audit schedule for \(problem.submission): \(problem.reason)")
        }
        console.print(DecisionSummary.text(evaluation.decision, round: evaluation.round))
        if arguments.flag("require-final") {
            guard evaluation.decision.status == .final else { return .notFinal }
            try FinalEvaluationRecord.append(
                evaluation, written: formats.contains(.json) ? outputFolder : nil, folder: folder,
                arguments: arguments, console: console)
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
