import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender decide` refuses, with exit 2 and decisions.json byte-identical, every decision the
    /// issue lists as invalid, for each of the three kinds.
    @Suite("tender decide: rejections")
    struct DecideRejectionTests {
        struct Case: Sendable, CustomTestStringConvertible {
            var sample = "targeted-detached-youth-2024"
            var arguments: [String]
            var message: String
            var testDescription: String { arguments.joined(separator: " ") }
        }

        static let moderate = [
            "moderation", "--submission", "tdy-2024-01", "--criterion", "targeting-with-partners",
        ]
        static let clarify = [
            "clarification", "--submission", "tdy-2024-03", "--criterion", "price",
        ]
        static let rule = ["conflict", "--evaluator", "kdoyle", "--submission", "tdy-2024-04"]
        static let why = ["--rationale", "Agreed at the moderation meeting."]

        static let invalid: [Case] = [
            // Unknown ids.
            Case(
                arguments: [
                    "moderation", "--submission", "tdy-2024-09", "--criterion",
                    "targeting-with-partners", "--score", "3",
                ] + why,
                message: "unknown submission 'tdy-2024-09' (did you mean 'tdy-2024-01'?)"),
            Case(
                arguments: [
                    "moderation", "--submission", "tdy-2024-01", "--criterion",
                    "targetting-with-partners", "--score", "3",
                ] + why,
                message:
                    "unknown criterion 'targetting-with-partners' (did you mean 'targeting-with-partners'?)"
            ),
            Case(
                arguments: [
                    "clarification", "--submission", "tdy-2024-03", "--criterion", "prise",
                    "--accepted",
                ] + why,
                message: "unknown criterion 'prise' (did you mean 'price'?)"),
            Case(
                arguments: [
                    "conflict", "--evaluator", "kdoyl", "--submission", "tdy-2024-04", "--conflict",
                ] + why,
                message:
                    "unknown evaluator 'kdoyl' (did you mean 'kdoyle'?); the panel has nraine, sclarke, kdoyle, mhenderson"
            ),
            // Scores off the scale, moderation of a calculated criterion.
            Case(
                arguments: moderate + ["--score", "7"] + why,
                message: "the score 7 is outside the scale 0 to 5"),
            Case(
                arguments: moderate + ["--score", "-1"] + why,
                message: "the score -1 is outside the scale 0 to 5"),
            Case(
                arguments: moderate + ["--score", "three"] + why,
                message: "invalid value 'three' for '--score': write a number such as 3 or 3.5"),
            Case(
                arguments: [
                    "moderation", "--submission", "tdy-2024-03", "--criterion", "price", "--score",
                    "3",
                ] + why,
                message:
                    "criterion 'price' is calculated by the rubric's rule, so it cannot be moderated"
            ),
            // A clarification where no value was flagged, or of a panel-scored criterion.
            Case(
                arguments: [
                    "clarification", "--submission", "tdy-2024-01", "--criterion", "price",
                    "--accepted",
                ] + why,
                message:
                    "'tdy-2024-01' has no abnormally low value on 'price', so there is nothing to clarify"
            ),
            Case(
                arguments: [
                    "clarification", "--submission", "tdy-2024-03", "--criterion",
                    "youth-work-approach", "--rejected",
                ] + why,
                message:
                    "criterion 'youth-work-approach' is scored by the panel; clarifications answer abnormally low values of calculated criteria"
            ),
            // A ruling where no finding exists, or only a lapsed one.
            Case(
                arguments: [
                    "conflict", "--evaluator", "nraine", "--submission", "tdy-2024-04",
                    "--no-conflict",
                ] + why,
                message:
                    "there is no conflict-of-interest finding for evaluator 'nraine' and submission 'tdy-2024-04' (see 'tender conflicts'), so there is nothing to rule on"
            ),
            Case(
                sample: "victim-care-and-advice-2024",
                arguments: [
                    "conflict", "--evaluator", "ahussain", "--submission", "vcas-2024-01",
                    "--conflict",
                ] + why,
                message:
                    "there is no conflict-of-interest finding for evaluator 'ahussain' and submission 'vcas-2024-01' (see 'tender conflicts'), so there is nothing to rule on"
            ),
            // An empty rationale.
            Case(
                arguments: moderate + ["--score", "3", "--rationale", ""],
                message: "the rationale is empty: say why, in words the panel chair would sign"),
            Case(
                arguments: rule + ["--no-conflict", "--rationale", "   "],
                message: "the rationale is empty: say why, in words the panel chair would sign"),
            // Contradictory or missing flags, options of another kind, an unknown kind.
            Case(
                arguments: clarify + ["--accepted", "--rejected"] + why,
                message: "options '--accepted' and '--rejected' cannot be used together"),
            Case(
                arguments: rule + ["--conflict", "--no-conflict"] + why,
                message: "options '--conflict' and '--no-conflict' cannot be used together"),
            Case(
                arguments: clarify + why,
                message: "missing required option '--accepted or --rejected'"),
            Case(
                arguments: ["moderation", "--criterion", "targeting-with-partners", "--score", "3"]
                    + why, message: "missing required option '--submission'"),
            Case(
                arguments: clarify + ["--accepted", "--score", "3"] + why,
                message: "option '--score' does not apply to clarification"),
            Case(
                arguments: moderate + ["--score", "3", "--evaluator", "kdoyle"] + why,
                message: "option '--evaluator' does not apply to moderation"),
            Case(
                arguments: moderate + ["--score", "3", "--accepted"] + why,
                message: "option '--accepted' does not apply to moderation"),
            Case(
                arguments: rule + ["--conflict", "--criterion", "price"] + why,
                message: "option '--criterion' does not apply to conflict"),
            Case(
                arguments: ["mediation", "--submission", "tdy-2024-01"] + why,
                message:
                    "invalid value 'mediation' for 'KIND': use moderation, clarification, conflict or withdraw (did you mean 'moderation'?)"
            ),
            // A second decision for the same key, without --replace.
            Case(
                sample: "community-safety-fund-2024",
                arguments: [
                    "moderation", "--submission", "csf-2024-02", "--criterion",
                    "partnership-and-resources", "--score", "2",
                ] + why,
                message:
                    "decisions.json already has a moderation for csf-2024-02 / partnership-and-resources; add --replace to replace it"
            ),
            Case(
                sample: "community-safety-fund-2024",
                arguments: [
                    "clarification", "--submission", "csf-2024-05", "--criterion",
                    "cost-per-beneficiary", "--rejected",
                ] + why,
                message:
                    "decisions.json already has a clarification for csf-2024-05 / cost-per-beneficiary; add --replace to replace it"
            ),
            Case(
                sample: "community-safety-fund-2024",
                arguments: [
                    "conflict", "--evaluator", "sjwhitfield", "--submission", "csf-2024-01",
                    "--conflict",
                ] + why,
                message:
                    "decisions.json already has a conflict ruling for sjwhitfield / csf-2024-01; add --replace to replace it"
            ),
        ]

        @Test(
            "refused with the reason on stderr, exit 2, decisions.json byte-identical",
            arguments: invalid)
        func refused(_ example: Case) throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample(example.sample, into: scratch)
            let before = try Flow.bytes(round + "/decisions.json")

            let run = Flow.run(["decide", round] + example.arguments)

            #expect(run.exit == 2)
            #expect(run.errorLines == ["tender decide: error: " + example.message])
            #expect(run.out.isEmpty)
            #expect(try Flow.bytes(round + "/decisions.json") == before)
        }

        @Test("every problem with one decision is named at once")
        func everyProblem() throws {
            let scratch = try Scratch()
            defer { scratch.remove() }
            let round = try Flow.copySample("targeted-detached-youth-2024", into: scratch)

            let run = Flow.run([
                "decide", round, "moderation", "--submission", "tdy-2024-9", "--criterion", "price",
                "--score", "6", "--rationale", " ",
            ])

            #expect(run.exit == 2)
            #expect(
                run.errorLines == [
                    "tender decide: error: unknown submission 'tdy-2024-9' (did you mean 'tdy-2024-01'?); "
                        + "the rationale is empty: say why, in words the panel chair would sign; "
                        + "criterion 'price' is calculated by the rubric's rule, so it cannot be moderated; "
                        + "the score 6 is outside the scale 0 to 5"
                ])
        }
    }
}
