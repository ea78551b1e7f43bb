/// A semantic check of a rubric, run once the rubric's structure has been read.
///
/// Each check lives in its own file under `Checks/`, says in its doc comment what it checks and
/// why, and is listed in `ValidationChecks.rubric`.
public protocol RubricCheck: SendableMetatype {
    static func check(_ rubric: Rubric) -> [Diagnostic]
}

/// A check across a round's files (submissions, panel, decisions) against each other and the rubric.
public protocol RoundCheck: SendableMetatype {
    static func check(_ documents: RoundDocuments) -> [Diagnostic]
}

/// Everything of a round that could be read, for the cross-file checks. A part is nil when its
/// file failed to load; checks that need it are then skipped (its own errors are reported).
public struct RoundDocuments: Sendable {
    public var round: Round?
    public var rubric: Rubric?
    public var submissions: [Submission]
    public var panel: Panel?
    public var decisions: Decisions?

    public init(round: Round?, rubric: Rubric?, submissions: [Submission], panel: Panel?, decisions: Decisions?) {
        self.round = round
        self.rubric = rubric
        self.submissions = submissions
        self.panel = panel
        self.decisions = decisions
    }
}

/// The registry: every check the engine runs, in the order it runs them.
public enum ValidationChecks {
    public static let rubric: [any RubricCheck.Type] = [
        CriterionIDsAreUnique.self,
        GateIDsAreUnique.self,
        WeightsSumToHundred.self,
        ScaleMinIsBelowMax.self,
        DescriptorsLieOnScale.self,
        CriterionMinimumLiesOnScale.self,
        AbnormallyLowOnlyWhereLowerIsBetter.self,
        TieBreakNamesCriteria.self,
    ]

    public static let round: [any RoundCheck.Type] = [
        SubmissionIDsAreUnique.self,
        EvaluatorIDsAreUnique.self,
        ModerationNamesScoredCriteria.self,
        ModerationScoresLieOnScale.self,
        ClarificationsNameQuantitativeCriteria.self,
        ConflictRulingsNameKnownPairs.self,
        DecisionsAreNotRepeated.self,
    ]

    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        Self.rubric.flatMap { $0.check(rubric) }
    }

    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        Self.round.flatMap { $0.check(documents) }
    }
}
