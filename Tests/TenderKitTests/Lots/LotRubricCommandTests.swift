import Foundation
import Testing

@testable import TenderKit
@testable import tender

extension FlowTests {
    /// `tender rubric` publishes the lot rules (the limit and the order) before anyone bids.
    @Suite("tender rubric: lot rules")
    struct LotRubricCommandTests {
        @Test func theLimitAndTheOrderAreStatedInWords() throws {
            let run = Flow.run([
                "rubric", Flow.rubric("targeted-detached-youth-services-lots.json"),
            ])
            #expect(run.exit == 0)
            for text in [
                "No bidder may be awarded more than 2 lots.",
                "Lots are awarded one at a time, in order of estimated value, the highest first",
                "each lot goes to its highest-ranked submission whose bidder has not already been awarded 2 lots",
                "the ranking and the tie-breaks are each lot's own",
            ] {
                #expect(run.out.contains(text), "\(text)")
            }
        }

        @Test func aRubricWithoutLotRulesSaysNothingOfLots() throws {
            let run = Flow.run(["rubric", Flow.rubric("targeted-detached-youth-services.json")])
            #expect(run.exit == 0)
            #expect(!run.out.contains("lot"))
        }

        @Test func listedOrderWithoutALimit() {
            var award = Rubric.Award(
                mode: .single,
                amount: RubricRule(text: "1", location: .file(""), program: nil),
                minimumTotal: nil, location: .file(""))
            award.lotOrder = .listed
            #expect(
                LotWords.awardRule(award).contains(
                    "There is no limit on the number of lots one bidder may be awarded; lots are awarded one at a time, in the order the invitation to tender lists them."
                ))
        }
    }
}
