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
        RulePathsFitRoundAndRubric.self,
    ]

    public static let round: [any RoundCheck.Type] = [
        SubmissionIDsAreUnique.self,
        EvaluatorIDsAreUnique.self,
        ModerationNamesScoredCriteria.self,
        ModerationScoresLieOnScale.self,
        ClarificationsNameQuantitativeCriteria.self,
        ConflictRulingsNameKnownPairs.self,
        DecisionsAreNotRepeated.self,
        RulePathsExistInSubmissions.self,
        SubmissionsHaveRuleFields.self,
        SubmissionFieldsHaveRuleKinds.self,
        PlaceholdersAreReplaced.self,
        AllocationBudgetIsSet.self,
        RoundHasSubmissions.self,
        PanelHasEvaluators.self,
        OpenDataPrefixIsRegistered.self,
        LotIDsAreUnique.self,
        SubmissionsNameKnownLots.self,
        LotsAreAwardedSingly.self,
    ]

    public static func check(_ rubric: Rubric) -> [Diagnostic] {
        Self.rubric.flatMap { $0.check(rubric) }
    }

    public static func check(_ documents: RoundDocuments) -> [Diagnostic] {
        Self.round.flatMap { $0.check(documents) }
    }
}
