import Foundation
import Testing

@testable import TenderKit

/// The reasons, flags and finding outcomes in words, as `decision.json` records them: the words
/// are written out by hand here, so a change to `ReasonWords`, `FlagWords` or `ConflictWords` that
/// would change the record is seen.
@Suite("Decision words")
struct ReasonWordsTests {
    let words = ReasonWords(currency: "GBP", lots: [Lot(id: "l4", title: "Lot l4")])

    @Test("award reasons carry their figures into the words")
    func awardReasons() {
        #expect(
            words.text(.award(.awardedFirst(amount: 48_500), rank: 1, total: 81.5))
                == "Ranked first with 81.50 points: awarded £48,500.00")
        #expect(
            words.text(.award(.doesNotFit(amount: 20_000, remaining: 5_000), rank: 3, total: 70))
                == "Ranked 3 with 70.00 points: the amount requested, £20,000.00, does not fit the remaining budget of £5,000.00"
        )
        #expect(
            words.text(.award(.noneReachedMinimum(minimumTotal: 60), rank: 1, total: 50))
                == "No award was made: no submission reached the minimum total of 60 for an award")
        #expect(
            words.text(.lotAward(.noAward(.belowMinimumTotal(70)), lot: "l4", rank: 1, total: 60))
                == "Ranked 1 in lot Lot l4 with 60.00 points; no award was made in lot Lot l4: no submission that could be awarded it reached the minimum total of 70 for an award"
        )
    }

    @Test("eligibility and threshold reasons")
    func eligibilityReasons() {
        #expect(
            words.text(
                .failedGate(
                    title: "Price cap", message: "The price must be at most 500.", problem: nil))
                == "Failed gate 'Price cap': The price must be at most 500.")
        #expect(
            words.text(
                .failedGate(
                    title: "Registered", message: "The bidder must be registered.",
                    problem: .notBoolean(.string("yes"))))
                == "Failed gate 'Registered': The bidder must be registered. (the rule gave \"yes\", not true or false)"
        )
        #expect(
            words.text(
                .unusableValue(criterion: "Price", .notPositiveDivisor(0, method: .ratioToBest)))
                == "The value of 'Price' is 0, but ratio-to-best divides by it, so it must be more than 0"
        )
        #expect(
            words.text(.unusableAmount(.notPositiveAmount(0)))
                == "The award amount is £0.00; it must be more than zero")
        #expect(
            words.text(.consensusBelowMinimum(criterion: "Approach", consensus: 1, minimum: 2))
                == "The agreed score for 'Approach' is 1, below the minimum of 2")
    }

    @Test("flags and finding outcomes")
    func flagsAndOutcomes() {
        let tie = SubmissionResult.Flag.tie(rank: 1, named: ["s2", "s3"], unnamed: 2, total: 60)
        #expect(FlagWords.kind(tie.kind) == "tie")
        #expect(
            FlagWords.detail(tie)
                == "shares rank 1 with s2, s3 and 2 other submissions on 60.00 points; the tie-breaks did not separate them"
        )
        #expect(FlagWords.kind(.abnormallyLow) == "abnormally-low")
        #expect(
            ConflictFinding.Outcome.allCases.map(ConflictWords.outcome) == [
                "excluded", "kept", "pending", "lapsed",
            ])
    }
}
