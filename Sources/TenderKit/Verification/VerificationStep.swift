/// One check of `tender verify`: compares a part of the published decision record with the same
/// part recomputed from the inputs. Every step is listed in `DecisionVerifier.steps`, in the
/// order they are reported; adding a check is adding a type here and a line there.
protocol VerificationStep: Sendable {
    /// What the step compares, as the report names it ("input digests", "points and totals").
    var title: String { get }
    func check(_ context: VerificationContext) -> VerificationResult.Step
}

/// What every step sees: the published record, the record recomputed now, and the round.
struct VerificationContext {
    let recorded: JSONValue
    let recomputed: JSONValue
    let round: LoadedRound
}

/// The outcome of `tender verify`, step by step.
public struct VerificationResult: Sendable {
    public struct Step: Sendable {
        public var title: String
        /// How many things the step compared.
        public var compared: Int
        /// Each difference in words: "scores.csv: SHA-256 differs …", "s-3 total: 61.2 → 58.4".
        public var mismatches: [String]
        /// Facts that are not mismatches ("made by tender 0.0.9; the figures are still compared").
        public var notes: [String] = []
    }

    public var steps: [Step]

    public var matches: Bool { steps.allSatisfy { $0.mismatches.isEmpty } }
}
