import Foundation

/// The outcome of evaluating a round: what `decision.json` records and every document is written from.
public struct Decision: Sendable {
    public enum Status: String, Sendable { case final, provisional }

    public var roundID: String
    public var roundTitle: String
    public var mode: Rubric.Award.Mode
    public var budget: Money
    public var status: Status
    /// Everything that stands between the round and a final decision, sorted by submission, kind,
    /// criterion, evaluator.
    public var blocking: [BlockingItem]
    /// In the round's file order; `decision.json` lists them sorted by id.
    public var submissions: [SubmissionResult]
    /// Every conflict-of-interest finding, sorted by evaluator, submission, basis.
    public var conflicts: ConflictAssessment
    public var remainingBudget: Decimal
    /// In a round divided into lots: each lot's competition and award, in the round's lot order.
    public var lots: [LotResult] = []
    /// Under the Procurement Act 2023, for a final decision with an award notice date: the
    /// standstill period before the contract may be entered into.
    public var standstill: Standstill?
    /// Each quantitative criterion's best and worst value (rubric order; none when nobody was scored).
    public var valueScales: [ValueScale] = []
    /// How far the decision is from changing; nil until `SensitivityAnalysis` has run.
    public var sensitivity: SensitivityReport? = nil
}

/// Something that must be settled before the decision can be final.
public struct BlockingItem: Sendable, Equatable, Comparable {
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        case moderationRequired = "moderation-required"
        case insufficientEvaluators = "insufficient-evaluators"
        case abnormallyLow = "abnormally-low"
        case possibleConflict = "possible-conflict"
        case tie
        /// A field of round.json or panel.json still holds init's placeholder or a zero budget.
        case incompleteRound = "incomplete-round"

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var kind: Kind
    public var submission: String
    public var criterion: String?
    public var evaluator: String?
    public var detail: BlockingDetail
    /// For `incomplete-round`: the file and field to fix (`round.json buyer.id`); the submission is "".
    public var field: String? = nil

    public static func < (lhs: BlockingItem, rhs: BlockingItem) -> Bool {
        (
            lhs.submission, lhs.kind.rawValue, lhs.criterion ?? "", lhs.evaluator ?? "",
            lhs.field ?? ""
        )
            < (
                rhs.submission, rhs.kind.rawValue, rhs.criterion ?? "", rhs.evaluator ?? "",
                rhs.field ?? ""
            )
    }
}

/// One submission's result: status, points, amounts, flags and reasons (`ReasonWords` and
/// `FlagWords` put the last two in words).
public struct SubmissionResult: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case awarded
        case notAwarded = "not-awarded"
        case notFunded = "not-funded"
        case ineligible
        case belowThreshold = "below-threshold"
        case rejected
    }

    public var id: String
    /// Index of the submission in the round's file order.
    public var index: Int
    public var organisation: String
    public var status: Status
    public var rank: Int?
    public var total: Double?
    public var qualityPercent: Double?
    /// The award amount the rubric's rule gives, to the penny; nil for ineligible submissions.
    public var amount: Decimal?
    /// The amount awarded; nil unless `status` is `awarded`.
    public var awarded: Decimal?
    public var gates: [GateResult]
    public var criteria: [CriterionResult]
    public var flags: [Flag]
    public var reasons: [SubmissionReason]
    /// In a round divided into lots: the lot it bids for.
    public var lot: String?
    /// Why a submission ranked above its lot's winner was passed over, if it was.
    public var passedOver: PassedOver?
}

/// A gate's result for one submission, with the rule's explanation.
public struct GateResult: Sendable {
    public var id: String
    public var passed: Bool
    /// The rubric's message for the gate, when it failed.
    public var message: String?
    /// Why the rule gave no answer, when it gave neither true nor false (`GateWords` adds it to
    /// the message).
    public var problem: GateProblem? = nil
    /// The rule's values in words: "submission.amountRequested 48,500 <= … : passed".
    public var explanation: String
}

/// One criterion's result for one submission.
public struct CriterionResult: Sendable {
    public enum Kind: String, Sendable { case quality, quantitative }
    public enum Source: String, Sendable { case mean, median, moderated }

    public var id: String
    public var kind: Kind
    /// Quality: the agreed score, if any.
    public var consensus: Double?
    /// Quality: max − min of the independent scores, if any.
    public var spread: Double?
    public var source: Source?
    /// Quantitative: the rule's value.
    public var value: Decimal?
    public var points: Double?
    /// Quality: the rows of `scores.csv` that count (independent evaluators), in row order.
    public var scoreRows: [Int32]
    /// Quality: evaluators excluded from this submission by a conflict of interest (panel order).
    public var excluded: [Int]
}
