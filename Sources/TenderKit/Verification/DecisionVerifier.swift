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
        var decision = RoundEvaluator.evaluate(round.scoringInput)
        if let sensitivity = record["sensitivity"], sensitivity.object != nil {
            let (draws, seed) = recordedDraws(sensitivity)
            decision.sensitivity = SensitivityAnalysis.analyse(
                decision, input: round.scoringInput, draws: draws, seed: seed)
        }
        let bytes = DecisionRecordWriter(decision: decision, round: round).write()
        let recomputed = (try? JSONReader.read(bytes).root) ?? JSONValue(.null)
        let context = VerificationContext(recorded: record, recomputed: recomputed, round: round)
        return VerificationResult(steps: steps.map { $0.check(context) })
    }

    /// The draws and seed a record's rank acceptability was made with (0 draws when it has none).
    private static func recordedDraws(_ sensitivity: JSONValue) -> (Int, UInt64) {
        guard let acceptability = sensitivity["acceptability"],
            let draws = acceptability["draws"]?.number?.int
        else { return (0, SensitivityAnalysis.defaultSeed) }
        var seed = SensitivityAnalysis.defaultSeed
        if let number = acceptability["seed"]?.number, let value = UInt64(exactly: number.double) {
            seed = value
        }
        return (draws, seed)
    }
}
