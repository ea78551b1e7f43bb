/// `evaluator`: one more submission, from any bytes, in the fixed round (`FixedRound`): when it
/// loads and validates as the round loader would have it, the round is evaluated, every rule is
/// explained for it, and every output document and open-data file is made.
enum EvaluatorFuzz {
    @Sendable static func run(_ bytes: [UInt8]) {
        let fixed = FixedRound.shared
        let source = SourceText(path: "submissions/zz-fuzz.json", bytes: bytes)
        let log = DiagnosticLog()
        guard let root = JSONFile.parse(source, log: log),
            let submission = SubmissionDecoder.decode(root, source: source, log: log)
        else { return FuzzChecks.report(log.diagnostics, source: source) }
        let loaded = fixed.loaded(adding: submission, source: source)
        let documents = RoundDocuments(
            round: loaded.round, rubric: loaded.rubric, submissions: loaded.submissions,
            panel: loaded.panel, decisions: loaded.decisions)
        log.append(contentsOf: ValidationChecks.check(documents))
        FuzzChecks.report(log.diagnostics, source: source)
        guard !log.hasErrors else { return }
        let decision = RoundEvaluator.evaluate(loaded.scoringInput)
        FuzzChecks.require(
            decision.submissions.count == loaded.submissions.count, "a submission went missing")
        explainRules(for: submission, in: loaded)
        let formats = Set(RoundOutputs.Format.allCases)
        _ = RoundOutputs.make(decision: decision, round: loaded, formats: formats)
    }

    private static func explainRules(for submission: Submission, in loaded: LoadedRound) {
        let scope = RuleScope(
            submission: submission.json, round: loaded.round.json, rubric: loaded.rubric.json)
        var rules = loaded.rubric.gates.map(\.rule) + [loaded.rubric.award.amount]
        rules += loaded.rubric.criteria.compactMap(\.quantitative?.value)
        rules += loaded.rubric.audit.map { [$0.durationMonths] } ?? []
        for program in rules.compactMap(\.program) {
            _ = program.evaluate(in: scope)
            _ = program.explain(in: scope)
        }
    }
}
