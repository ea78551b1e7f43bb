import Foundation
import Testing

@testable import TenderKit

extension ValidationTests {
    /// `Rubrics/schema/rubric.schema.json` accepts every rubric in `Rubrics/`, and the schema and
    /// `RubricLoader` agree on what is required: each mutation of a real rubric is rejected by
    /// both or accepted by both.
    @Suite(.enabled(if: JSONSchemaValidator.isAvailable, JSONSchemaValidator.unavailableReason))
    struct RubricSchemaTests {
        static let schema = RepositoryFiles.path("Rubrics/schema/rubric.schema.json")
        /// Criteria 0 is panel-scored with a minimum; criteria 5 is the quantitative price with abnormallyLow.
        static let base = RepositoryFiles.path("Rubrics/victim-care-and-advice-service.json")

        @Test func everyRubricInTheRepositoryMatchesTheSchema() throws {
            let rubrics = RepositoryFiles.names(in: "Rubrics", endingWith: ".json").map {
                RepositoryFiles.path("Rubrics/\($0)")
            }
            try #require(rubrics.count >= 4)
            let outcomes = try JSONSchemaValidator.validate(rubrics, against: Self.schema)
            #expect(
                outcomes == rubrics.map { JSONSchemaValidator.Outcome(file: $0, problems: nil) })
        }

        static let rejected: [RubricMutation] = [
            .remove("title", loaderSays: "the rubric is missing the required field 'title'"),
            .remove("scale.max", loaderSays: "scale is missing the required field 'max'"),
            .remove(
                "scale.descriptors.1.meaning",
                loaderSays: "scale.descriptors[1] is missing the required field 'meaning'"),
            .remove("gates", loaderSays: "the rubric is missing the required field 'gates'"),
            .remove(
                "gates.0.message", loaderSays: "gates[0] is missing the required field 'message'"),
            .remove("award.amount", loaderSays: "award is missing the required field 'amount'"),
            .remove(
                "consensus.maxSpread",
                loaderSays: "consensus is missing the required field 'maxSpread'"),
            .remove(
                "panel.minIndependentEvaluators",
                loaderSays: "panel is missing the required field 'minIndependentEvaluators'"),
            .remove(
                "conflicts.lookbackYears",
                loaderSays: "conflicts is missing the required field 'lookbackYears'"),
            .remove(
                "audit.durationMonths",
                loaderSays: "audit is missing the required field 'durationMonths'"),
            .remove(
                "criteria.0.weight",
                loaderSays: "criteria[0] is missing the required field 'weight'"),
            .remove(
                "criteria.5.method",
                loaderSays: "criteria[5] is missing the required field 'method'"),
            .set(
                "tiebreak", to: "[]",
                loaderSays: "the rubric has an unknown field 'tiebreak' (did you mean 'tieBreak'?)"),
            .set(
                "criteria.1.wieght", to: "15",
                loaderSays: "criteria[1] has an unknown field 'wieght' (did you mean 'weight'?)"),
            .set("scale.interval", to: "1", loaderSays: "scale has an unknown field 'interval'"),
            .set(
                "award.mode", to: #""singel""#,
                loaderSays: "award.mode must be one of 'single', 'allocation'"),
            .set(
                "consensus.method", to: #""average""#,
                loaderSays: "consensus.method must be one of 'mean', 'median'"),
            .set(
                "criteria.5.better", to: #""smaller""#,
                loaderSays: "criteria[5].better must be one of 'lower', 'higher'"),
            .set(
                "criteria.5.method", to: #""ratio""#,
                loaderSays: "criteria[5].method must be one of"),
            .set(
                "criteria.0.type", to: #""qualitative""#,
                loaderSays: "criteria[0].type must be 'quality'"),
            .set(
                "criteria.0.weight", to: #""20""#,
                loaderSays: "criteria[0].weight must be a number, but it is a string"),
            .set(
                "panel.requireComments", to: #""yes""#,
                loaderSays: "panel.requireComments must be true or false"),
            .set(
                "panel.minIndependentEvaluators", to: "2.5",
                loaderSays: "panel.minIndependentEvaluators must be a whole number"),
            .set(
                "criteria.5.abnormallyLow.belowMeanBy", to: "1",
                loaderSays: "criteria[5].abnormallyLow.belowMeanBy must be a fraction"),
            .set(
                "criteria.5.better", to: #""higher""#,
                loaderSays: "the abnormally low test applies only where better is 'lower'"),
            .set(
                "minimumQuality", to: "101",
                loaderSays: "minimumQuality must be a percentage from 0 to 100"),
            .set("id", to: #""../x""#, loaderSays: "id '../x' is not a valid id"),
            .set("gates.0.rule", to: #""  ""#, loaderSays: "gates[0].rule must not be empty"),
            .set("criteria", to: "[]", loaderSays: "the rubric has no criteria"),
            .set("scale.descriptors", to: "[]", loaderSays: "scale.descriptors is empty"),
        ]

        static let accepted: [RubricMutation] = [
            .remove("$schema"), .remove("description"), .remove("minimumQuality"),
            .remove("tieBreak"), .remove("audit"),
            .remove("award.minimumTotal"), .remove("panel.requireComments"),
            .remove("criteria.0.minimum"),
            .remove("criteria.0.guidance"), .remove("criteria.0.outcomes"),
            .remove("criteria.0.principles"),
            .remove("criteria.5.abnormallyLow"), .set("criteria.0.type", to: #""quality""#),
        ]

        @Test(arguments: rejected)
        func bothRejectABrokenRubric(_ mutation: RubricMutation) throws {
            let (outcome, diagnostics) = try mutation.check(base: Self.base, schema: Self.schema)
            #expect(outcome.problems != nil, "the schema accepts it")
            #expect(!diagnostics.isEmpty, "RubricLoader accepts it")
            let says = try #require(mutation.loaderSays)
            #expect(
                diagnostics.contains { $0.message.contains(says) }, "\(diagnostics.map(\.message))")
        }

        @Test(arguments: accepted)
        func bothAcceptARubricWithoutAnOptionalField(_ mutation: RubricMutation) throws {
            let (outcome, diagnostics) = try mutation.check(base: Self.base, schema: Self.schema)
            #expect(outcome.problems == nil)
            #expect(diagnostics.map(\.message) == [])
        }
    }
}
