import Testing

@testable import TenderKit

extension ValidationTests {
    /// The registry `ValidationChecks` lists exactly the checks in `Validation/Checks/`, one per
    /// file named for its type: a check added without being registered (or registered twice) fails.
    @Suite struct ValidationRegistryTests {
        static let checksFolder = "Sources/TenderKit/Validation/Checks"

        static var fileNames: [String] {
            RepositoryFiles.names(in: checksFolder, endingWith: ".swift").map {
                String($0.dropLast(".swift".count))
            }
        }

        static var registeredNames: [String] {
            ValidationChecks.rubric.map { String(describing: $0) }
                + ValidationChecks.round.map { String(describing: $0) }
        }

        @Test func everyCheckFileIsRegisteredOnce() throws {
            try #require(
                !Self.fileNames.isEmpty,
                "no check files found under \(RepositoryFiles.path(Self.checksFolder))")
            #expect(Self.registeredNames.sorted() == Self.fileNames)
            #expect(Set(Self.registeredNames).count == Self.registeredNames.count)
        }

        /// Each rubric check finds the problem of its case in `RubricCheckTests` when run on its own
        /// (on the rubric as decoded, before any other check).
        @Test(arguments: [
            ("WeightsSumToHundred", "weights adding up to 105"),
            ("ScaleMinIsBelowMax", "a reversed scale"),
            ("DescriptorsLieOnScale", "a descriptor above the scale"),
            ("CriterionMinimumLiesOnScale", "a criterion minimum above the scale"),
            ("AbnormallyLowOnlyWhereLowerIsBetter", "abnormallyLow where higher is better"),
            ("TieBreakNamesCriteria", "a tie-break naming an unknown criterion"),
            ("CriterionIDsAreUnique", "two criteria with one id"),
            ("GateIDsAreUnique", "two gates with one id"),
            ("RulePathsFitRoundAndRubric", "a round path outside round.json's shape"),
        ])
        func eachRubricCheckFindsItsCase(check: String, caseName: String) throws {
            let type = try #require(
                ValidationChecks.rubric.first { String(describing: $0) == check })
            let fixture = try #require(
                (RubricCheckTests.cases + RuleDataTests.rubricCases).first { $0.name == caseName })
            let found = try TemporaryCopy.of(BrokenFixture.baseRound) { folder in
                try fixture.apply(in: folder)
                let log = DiagnosticLog()
                let loaded = try #require(
                    RubricLoader.load(
                        path: FilePath.join(folder, "rubric.json"), log: log, what: "rubric file"))
                return type.check(loaded.rubric).map { $0.described(relativeTo: folder) }
            }
            #expect(found == fixture.expected)
        }

        /// Every rubric check is exercised by the table above; a new check needs a case there.
        @Test func everyRubricCheckHasACase() {
            let covered: Set<String> = [
                "WeightsSumToHundred", "ScaleMinIsBelowMax", "DescriptorsLieOnScale",
                "CriterionMinimumLiesOnScale",
                "AbnormallyLowOnlyWhereLowerIsBetter", "TieBreakNamesCriteria",
                "CriterionIDsAreUnique", "GateIDsAreUnique", "RulePathsFitRoundAndRubric",
            ]
            #expect(Set(ValidationChecks.rubric.map { String(describing: $0) }) == covered)
        }

        /// Every round check has at least one case in the round tables, named here.
        @Test func everyRoundCheckHasACase() {
            let cases =
                (RoundFileTests.panelJSON + RoundFileTests.submissionJSON
                + RoundCheckTests.moderation
                + RoundCheckTests.clarificationsAndRulings + RuleDataTests.roundCases
                + RoundReadinessTests.cases + LotValidationTests.cases).map(\.name)
            let covered = [
                "SubmissionIDsAreUnique": "two submissions with one id",
                "EvaluatorIDsAreUnique": "two evaluators with one id",
                "ModerationNamesScoredCriteria": "moderation of a quantitative criterion",
                "ModerationScoresLieOnScale": "a moderated score off the scale",
                "ClarificationsNameQuantitativeCriteria":
                    "a clarification for a panel-scored criterion",
                "ConflictRulingsNameKnownPairs": "a ruling on an unknown evaluator",
                "DecisionsAreNotRepeated": "a second moderation of the same score",
                "RulePathsExistInSubmissions": "a submission path no submission has",
                "SubmissionsHaveRuleFields": "a misspelt field in one submission",
                "SubmissionFieldsHaveRuleKinds": "an amount written as text",
                "PlaceholdersAreReplaced": "the placeholder buyer",
                "AllocationBudgetIsSet": "an allocation budget of 0",
                "RoundHasSubmissions": "a round with no submissions",
                "PanelHasEvaluators": "a panel with no evaluators",
                // its case is theDefaultOCIDPrefixWhenOpenDataIsWritten (it needs writesOpenData)
                "OpenDataPrefixIsRegistered": "the placeholder buyer",
                "LotIDsAreUnique": "two lots with one id",
                "SubmissionsNameKnownLots": "a submission for an unknown lot",
                "LotsAreAwardedSingly": "lots with a rubric in allocation mode",
            ]
            #expect(Set(covered.keys) == Set(ValidationChecks.round.map { String(describing: $0) }))
            for (check, caseName) in covered {
                #expect(cases.contains(caseName), "no case '\(caseName)' for \(check)")
            }
        }
    }
}
