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
            progress: ProgressReporter(console: console, quiet: quiet), quiet: quiet)
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
        console.print(text(evaluation))
        if !quiet { console.printError("Wrote \(path)") }
        return .success
    }

    static func text(_ evaluation: RoundEvaluation) -> String {
        let findings = evaluation.decision.conflicts.findings
        guard !findings.isEmpty else { return "No conflicts of interest found." }
        let evaluators = Dictionary(
            evaluation.round.panel.evaluators.map { ($0.id, $0.name) },
            uniquingKeysWith: { first, _ in first })
        let organisations = Dictionary(
            evaluation.round.submissions.map { ($0.id, $0.organisation.name) },
            uniquingKeysWith: { first, _ in first })
        var lines = ["\(NumberText.counted(findings.count, "conflict-of-interest finding")):"]
        var shown = findings
        if findings.count > shownInFull {
            lines += summary(findings)
            // Those awaiting a ruling first: they block the decision.
            shown = Array(
                (findings.filter { $0.outcome == .pending }
                    + findings.filter { $0.outcome != .pending }).prefix(shownInFull))
        }
        for finding in shown {
            lines.append("")
            lines.append(
                "\(finding.evaluator) (\(evaluators[finding.evaluator] ?? "")) and \(finding.submission) (\(organisations[finding.submission] ?? "")): \(ConflictWords.outcome(finding.outcome).uppercased())"
            )
            lines.append(
                "  \(finding.basis.rawValue), \(finding.strength.rawValue): \(finding.evidence)")
            if let rationale = finding.rationale { lines.append("  chair's ruling: \(rationale)") }
            if finding.outcome == .pending {
                lines.append(
                    "  to rule: "
                        + SettleCommands.conflict(
                            folder: evaluation.round.folder, evaluator: finding.evaluator,
                            submission: finding.submission))
            }
        }
        if findings.count > shownInFull {
            lines += [
                "",
                "… and \(findings.count - shownInFull) more: conflicts-assessment.md lists every finding.",
            ]
        }
        return lines.joined(separator: "\n")
    }

    /// Findings shown in full; a national round gets counts and the first of them.
    static let shownInFull = 20

    /// Counts by outcome and by basis, on a few lines.
    private static func summary(_ findings: [ConflictFinding]) -> [String] {
        let outcomes = Dictionary(grouping: findings, by: \.outcome).map {
            (ConflictWords.outcome($0.key), $0.value.count)
        }
        .sorted { $0.0 < $1.0 }
        let bases = Dictionary(grouping: findings, by: \.basis.rawValue).map {
            ($0.key, $0.value.count)
        }.sorted { $0.0 < $1.0 }
        return [
            "  by outcome: " + outcomes.map { "\($0.0) \($0.1)" }.joined(separator: ", "),
            "  by basis: " + bases.map { "\($0.0) \($0.1)" }.joined(separator: ", "),
            "  the first \(shownInFull), those awaiting a ruling first:",
        ]
    }
}
