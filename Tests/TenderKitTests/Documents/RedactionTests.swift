import Foundation
import Testing

@testable import TenderKit

/// An applicant's assessment summary shows nothing about any other unsuccessful applicant: for
/// every sample, every summary is searched for every other unsuccessful applicant's distinctive
/// strings (name, id, identifiers, people, amount, and the panel's comments on it).
@Suite struct RedactionTests {
    @Test(arguments: SampleOutputs.names)
    func summariesRevealNothingOfOtherUnsuccessfulApplicants(sample: String) throws {
        let outputs = try SampleOutputs(sample)
        let results = outputs.decision.submissions
        #expect(results.count >= 4)
        for recipient in results {
            let allowed = allowedStrings(for: recipient, outputs: outputs)
            for format in ["md", "html"] {
                let summary = try outputs.text("summaries/\(recipient.id).\(format)")
                #expect(summary.contains(recipient.id))
                for other in results where other.id != recipient.id && other.status != .awarded {
                    for secret in distinctiveStrings(of: other, outputs: outputs)
                    where !allowed.contains(secret) {
                        #expect(
                            !summary.contains(secret),
                            "\(recipient.id).\(format) reveals '\(secret)' of unsuccessful \(other.id)"
                        )
                        #expect(
                            !summary.contains(escaped(secret)),
                            "\(recipient.id).\(format) reveals '\(secret)' of unsuccessful \(other.id)"
                        )
                    }
                }
            }
        }
    }

    /// What another applicant could be recognised by.
    private func distinctiveStrings(of result: SubmissionResult, outputs: SampleOutputs) -> Set<
        String
    > {
        let submission = outputs.round.submissions[result.index]
        var strings: Set<String> = [result.id, submission.organisation.name, submission.title]
        strings.formUnion(submission.organisation.identifiers)
        strings.formUnion(submission.organisation.people.map(\.name))
        strings.formUnion(submission.partners.map(\.name))
        if let amount = result.amount {
            strings.insert(MoneyText.format(amount, currency: outputs.round.round.budget.currency))
            strings.insert(NumberText.decimal(amount))
        }
        for criterion in result.criteria {
            for row in criterion.scoreRows {
                let comment = outputs.round.scores.comment(Int(row))
                if comment.count >= 25 { strings.insert(comment) }
            }
        }
        return strings
    }

    /// Strings the recipient may see anyway: their own, the successful submission's, round facts.
    private func allowedStrings(for recipient: SubmissionResult, outputs: SampleOutputs) -> Set<
        String
    > {
        var allowed = distinctiveStrings(of: recipient, outputs: outputs)
        for winner in outputs.decision.submissions where winner.status == .awarded {
            allowed.formUnion(distinctiveStrings(of: winner, outputs: outputs))
        }
        let round = outputs.round.round
        // The best (and, for linear-range, worst) value a formula used is published so that each
        // applicant can check its own points; whose value it was is not said.
        for scale in outputs.decision.valueScales {
            let unit = outputs.round.rubric.criteria.first { $0.id == scale.criterion }?
                .quantitative?.unit
            for value in [scale.best, scale.worst] {
                allowed.insert(ValueText.format(value, unit: unit))
                allowed.insert(NumberText.decimal(DisplayRounding.rounded(value, places: 2)))
            }
        }
        allowed.insert(MoneyText.format(round.budget.amount, currency: round.budget.currency))
        allowed.insert(
            MoneyText.format(outputs.decision.remainingBudget, currency: round.budget.currency))
        return allowed
    }

    @Test func theSearchWouldFindALeak() throws {
        // Guard against a vacuous proof: the award rationale (which is not redacted) does name
        // other unsuccessful applicants, and the same search finds them there.
        let outputs = try SampleOutputs("victim-care-and-advice-2024")
        let rationale = try outputs.text("award-rationale.md")
        let unsuccessful = outputs.decision.submissions.filter { $0.status != .awarded }
        #expect(unsuccessful.count == 4)
        for result in unsuccessful {
            #expect(rationale.contains(result.id))
            #expect(
                rationale.contains(
                    outputs.round.submissions[result.index].organisation.name.replacingOccurrences(
                        of: "-", with: "\\-")))
        }
    }

    @Test func contractSummaryNamesTheWinnerAndItsValue() throws {
        let outputs = try SampleOutputs("victim-care-and-advice-2024")
        let summary = try outputs.text("summaries/vcas-2024-02.md")
        #expect(summary.contains("Northern Lantern Victim Services"))
        #expect(summary.contains("£3,312,000.00"))
        #expect(summary.contains("Where the successful submission scored higher"))
    }

    @Test func grantSummaryShowsTheFundingLineWithoutNames() throws {
        let outputs = try SampleOutputs("community-safety-fund-2024")
        let summary = try outputs.text("summaries/csf-2024-02.md")
        // Funded totals are 80.25, 79.18, 73.01 and 50.54: the lowest funded is 50.54. csf-2024-02
        // (53.75) was passed over because its request did not fit what was left.
        #expect(summary.contains("Grants were made in rank order while the budget lasted"))
        #expect(summary.contains("The lowest total funded is 50.54 points"))
        #expect(!summary.contains("Coast and Moor Neighbours"))
    }

    @Test func ineligibleApplicantIsToldWhichGateFailed() throws {
        let outputs = try SampleOutputs("community-safety-fund-2024")
        let summary = try outputs.text("summaries/csf-2024-06.md")
        let gate = try #require(
            outputs.round.rubric.gates.first { gate in
                outputs.decision.submissions.first { $0.id == "csf-2024-06" }?.gates.contains {
                    $0.id == gate.id && !$0.passed
                } == true
            })
        #expect(summary.contains("Not eligible"))
        #expect(summary.contains(MarkdownRenderer().escaped(gate.title)))
    }
}

/// Redaction in rounds the samples do not cover.
@Suite struct RedactionEdgeTests {
    @Test func noAwardSummaryKeepsTheTopTotalToItself() throws {
        // s1 tops the round with 80 points but is below the minimum total of 90, so nobody is
        // awarded: s1 is as unsuccessful as s2, and s2's summary must not quote s1's 80.00.
        var round = ScoringTests.RoundBuilder([.quality("q", weight: 100)])
        round.minimumTotal = 90
        round.submit("s1")
        round.submit("s2")
        round.score("s1", "q", [4])
        round.score("s2", "q", [3])
        let loaded = try round.load()
        let decision = RoundEvaluator.evaluate(loaded.scoringInput)
        #expect(decision.statuses == ["s1": .notAwarded, "s2": .notAwarded])
        let context = AssessmentSummaryContext(decision: decision, round: loaded)
        let s2 = try decision.result("s2")
        let summary = MarkdownRenderer().render(
            AssessmentSummary(context: context, result: s2).document())
        #expect(summary.contains("60.00"))
        #expect(!summary.contains("80.00"), "s2's summary quotes s1's total: \(summary)")
    }
}

/// What an ineligible applicant is told.
@Suite struct IneligibleSummaryTests {
    @Test func aValueThatCannotBeWorkedOutIsExplainedWithoutAnEmptyGateTable() throws {
        // s2 passes every gate (there is one) but has no price, so its value cannot be evaluated.
        var round = ScoringTests.RoundBuilder([
            .quality("q", weight: 50),
            .quantitative(
                "p", weight: 50, value: "submission.price", better: "lower", method: "ratio-to-best"
            ),
        ])
        round.gates = [ScoringTests.GateSpec(id: "open", rule: "true", message: "Closed.")]
        round.submit("s1", ["price": 100])
        round.submit("s2")
        let loaded = try round.load()
        let decision = RoundEvaluator.evaluate(loaded.scoringInput)
        let s2 = try decision.result("s2")
        #expect(s2.status == .ineligible)
        let summary = MarkdownRenderer().render(
            AssessmentSummary(
                context: AssessmentSummaryContext(decision: decision, round: loaded), result: s2
            ).document())
        #expect(summary.contains("could not be evaluated"))
        #expect(!summary.contains("| Gate | Why it failed | Your values |"), "\(summary)")
        #expect(summary.contains("passed every eligibility gate"))
    }
}
