import Foundation
import Testing

@testable import TenderKit

/// Regression tests for sentences the documents got wrong: each builds the smallest round that
/// showed the defect and reads the words an applicant or the public would read.
@Suite struct PublishedWordsTests {
    typealias RoundBuilder = ScoringTests.RoundBuilder

    /// Renders every document of a round in memory; `summary(id)` is an applicant's Markdown.
    struct Rendered {
        let decision: Decision
        let files: [String: String]

        init(_ round: RoundBuilder) throws {
            let loaded = try round.load()
            decision = RoundEvaluator.evaluate(loaded.scoringInput)
            files = Dictionary(
                RoundOutputs.make(decision: decision, round: loaded, formats: [.md]).map {
                    ($0.path, String(decoding: $0.bytes, as: UTF8.self))
                }, uniquingKeysWith: { first, _ in first })
        }

        func summary(_ id: String) -> String { files["summaries/\(id).md"] ?? "" }
        var rationale: String { files["award-rationale.md"] ?? "" }
    }

    /// Three grants that all fit a budget of 5,000: 1,000 + 1,150 + 1,800 leaves 1,050.
    private func everyoneFunded() -> RoundBuilder {
        var round = RoundBuilder([.quality("q", weight: 100)])
        round.mode = "allocation"
        round.amount = "submission.amountRequested"
        round.budget = 5_000
        for (id, score, requested) in [("g1", 4.0, 1_000), ("g2", 3.0, 1_150), ("g3", 2.0, 1_800)] {
            round.submit(id, ["amountRequested": .json(String(requested))])
            round.score(id, "q", [score, score, score])
        }
        return round
    }

    @Test func aGrantRoundWhereEveryoneWasFundedDoesNotSayTheBudgetWasSpent() throws {
        let rendered = try Rendered(everyoneFunded())
        #expect(rendered.decision.remainingBudget == 1_050)
        for id in ["g1", "g2", "g3"] {
            let summary = rendered.summary(id)
            #expect(!summary.contains("until the budget was spent"), "\(id)")
            #expect(!summary.contains("Where the successful submission scored higher"), "\(id)")
            #expect(summary.contains("Every ranked application was funded."), "\(id)")
            #expect(summary.contains("£1,050.00 of the budget was left."), "\(id)")
        }
        let third = rendered.summary("g3")
        // The rank and total are said once; the award step is a sentence of its own.
        #expect(third.contains("- Your total: 40.00 out of 100, ranked 3.\n"))
        #expect(!third.contains("Ranked 3 with"))
        #expect(
            third.contains(
                "- Your grant of £1,800.00 was made in rank order; £1,050.00 of the budget was left after it.\n"
            ))
    }

    @Test func aPassedOverRequestIsToldWhatWasLeft() throws {
        var round = everyoneFunded()
        round.budget = 3_000  // g1 1,000 and g2 1,150 leave 850: g3's 1,800 does not fit
        let rendered = try Rendered(round)
        let summary = rendered.summary("g3")
        #expect(summary.contains("**Not funded.**"))
        #expect(
            summary.contains(
                "The amount requested, £1,800.00, did not fit the £850.00 of the budget left when your application was reached in rank order."
            ))
        #expect(summary.contains("Grants were made in rank order while the budget lasted"))
        #expect(summary.contains("Where the successful submission scored higher"))
    }

    /// One criterion whose scores are spread by 3 (more than 2) without moderation: provisional.
    private func provisionalContract() -> RoundBuilder {
        var round = RoundBuilder([.quality("q", weight: 100)])
        round.submit("c1", organisation: "Leading Ltd")
        round.submit("c2", organisation: "Second Ltd")
        round.score("c1", "q", [5, 2, 5])
        round.score("c2", "q", [3, 3, 3])
        return round
    }

    @Test func aProvisionalDecisionIsWordedAsProvisionalAndMarkedAsADraft() throws {
        let rendered = try Rendered(provisionalContract())
        #expect(rendered.decision.status == .provisional)
        let loser = rendered.summary("c2")
        #expect(loser.hasPrefix("# Draft assessment summary:"))
        #expect(loser.contains("**Draft: not to be sent.**"))
        #expect(!loser.contains("was awarded"))
        #expect(
            loser.contains(
                "if nothing changes, the contract would be awarded to a higher-ranked submission"))
        #expect(
            loser.contains(
                "The panel must agree a moderated score in 1 case where the evaluators' scores for a submission on a criterion differ by more than 2."
            ))
        let winner = rendered.summary("c1")
        #expect(winner.contains("you would be awarded £1,000.00 if nothing changes"))
        #expect(winner.contains("(this concerns your submission)"))
        #expect(rendered.rationale.contains("would be made if nothing changes"))
    }

    @Test func theLeadingPriceAwaitingAClarificationIsSaid() throws {
        var round = RoundBuilder([
            .quality("q", weight: 50),
            .quantitative(
                "price", weight: 50, value: "submission.price", better: "lower",
                method: "ratio-to-best", belowMeanBy: 0.25),
        ])
        for (id, price) in [("p1", 40), ("p2", 100), ("p3", 100)] {
            round.submit(id, ["price": .json(String(price))])
            round.score(id, "q", [3, 3, 3])
        }
        let rendered = try Rendered(round)
        #expect(rendered.decision.status == .provisional)
        #expect(
            rendered.summary("p2").contains(
                "The leading submission's criterion price was flagged as abnormally low and awaits a clarification"
            ))
    }

    /// 7 of 8 on a criterion of weight 35 is exactly 30.625 points: shown 30.63.
    @Test func halvesRoundAwayFromZeroInTheDocuments() throws {
        var round = RoundBuilder([.quality("a", weight: 35), .quality("b", weight: 65)])
        round.scaleMax = 8
        round.submit("s1")
        round.score("s1", "a", [7, 7, 7])
        round.score("s1", "b", [8, 8, 8])
        let rendered = try Rendered(round)
        #expect(rendered.rationale.contains("| 30.63 |"))
        #expect(rendered.summary("s1").contains("| 30.63 |"))
        #expect(rendered.rationale.contains("Figures are shown to 2 decimal places"))
    }

    @Test func agreedScoresAreRoundedForDisplay() throws {
        var round = RoundBuilder([.quality("q", weight: 100)])
        round.submit("s1")
        round.score("s1", "q", [3, 3, 4])  // 3.333… agreed
        let summary = try Rendered(round).summary("s1")
        #expect(summary.contains("| 3.33 |"))
        #expect(!summary.contains("3.333333"))
    }
}
