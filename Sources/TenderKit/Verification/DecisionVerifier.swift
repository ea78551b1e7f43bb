import Foundation

/// `tender verify`: recomputes a decision from its inputs and compares it, step by step, with the
/// published `decision.json`, as an election verifier checks a published count.
public enum DecisionVerifier {
    /// Every step, in the order they are reported.
    static let steps: [any VerificationStep] = [
        EngineVersionStep(),
        InputDigestStep(),
        FigureStep(title: "status and blocking items", members: ["status", "blocking"]),
        FigureStep(
            title: "statuses, points, totals and ranks", members: ["submissions"],
            submissionFields: [
                "id", "status", "rank", "total", "qualityPercent", "amount", "awarded", "criteria",
            ]),
        FigureStep(title: "awards and remaining budget", members: ["remainingBudget"]),
        FigureStep(title: "sensitivity", members: ["sensitivity"]),
    ]

    /// Compares `record` (a parsed decision.json) with the decision recomputed from `round`. When
    /// the record has a sensitivity analysis, it is recomputed with the record's draws and seed.
    public static func verify(record: JSONValue, round: LoadedRound) -> VerificationResult {
        var decision = RoundEvaluator.evaluate(round)
        if let sensitivity = record["sensitivity"], sensitivity.object != nil {
            let acceptability = sensitivity["acceptability"]
            decision.sensitivity = SensitivityAnalysis.analyse(
                decision, round: round, draws: acceptability?["draws"]?.number?.int ?? 0,
                seed: acceptability?["seed"]?.number.flatMap { UInt64(exactly: $0.double) }
                    ?? SensitivityAnalysis.defaultSeed)
        }
        let bytes = DecisionRecordWriter(decision: decision, round: round).write()
        let recomputed = (try? JSONReader.read(bytes).root) ?? JSONValue(.null)
        let context = VerificationContext(recorded: record, recomputed: recomputed, round: round)
        return VerificationResult(steps: steps.map { $0.check(context) })
    }
}
