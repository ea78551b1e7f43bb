import Foundation
import Testing

@testable import TenderKit

extension SensitivityTests {
    /// Every sample's award rationale has its sensitivity section in words, and every ranked
    /// applicant's summary states its own figure.
    @Suite("The samples' sensitivity sentences")
    struct SampleSensitivityTests {
        static let samples = [
            "community-safety-fund-2024", "police-property-act-fund-2024",
            "targeted-detached-youth-2024", "victim-care-and-advice-2024",
        ]

        @Test("rationale and summaries carry the sensitivity sentences", arguments: samples)
        func sentences(sample: String) throws {
            let loaded = try ScoringTests.SampleDecisionTests.load(sample)
            var decision = RoundEvaluator.evaluate(loaded.scoringInput)
            let report = try #require(
                SensitivityAnalysis.analyse(decision, input: loaded.scoringInput, draws: 200))
            decision.sensitivity = report
            let rationale = MarkdownRenderer().render(
                AwardRationale(decision: decision, round: loaded).document())
            #expect(rationale.contains("## How close the decision was"))
            let wording = SensitivityWording(report: report, round: loaded, decision: decision)
            #expect(rationale.contains(wording.weightSentence))
            if let sentence = wording.scoreSentence { #expect(rationale.contains(sentence)) }
            #expect(rationale.contains("Within ±5 points of every weight"))
            let context = AssessmentSummaryContext(decision: decision, round: loaded)
            for result in decision.submissions where result.rank != nil {
                let summary = MarkdownRenderer().render(
                    AssessmentSummary(context: context, result: result).document())
                let own = try #require(wording.ownSentence(result), "\(result.id)")
                #expect(summary.contains(own), "\(result.id)")
                if result.status != .awarded {
                    #expect(
                        own.contains("your submission would have been")
                            || own.contains("No increase"))
                }
            }
        }
    }
}
