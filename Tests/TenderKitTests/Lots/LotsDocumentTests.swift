import Foundation
import Testing

@testable import TenderKit

/// The lots sample's documents: decision.json's lot members, the rationale's lots and standstill,
/// and the regulation 31 assessment summaries.
@Suite struct LotsDocumentTests {
    static let sample = "targeted-detached-youth-lots-2025"

    @Test func decisionRecordHoldsTheLotsAndTheStandstill() throws {
        let outputs = try SampleOutputs(Self.sample)
        let object = try JSONSerialization.jsonObject(
            with: Data(try #require(outputs.files["decision.json"])))
        let record = try #require(object as? [String: Any])
        let lots = try #require(record["lots"] as? [[String: Any]])
        #expect(
            lots.compactMap { $0["winner"] as? String } == [
                "tdl-2025-12", "tdl-2025-02", "tdl-2025-09", "tdl-2025-04",
            ])
        #expect(
            lots.compactMap { $0["passedOver"] as? [String] } == [
                ["tdl-2025-01"], [], ["tdl-2025-03"], [],
            ])
        let standstill = try #require(record["standstill"] as? [String: String])
        #expect(
            standstill == [
                "noticeDate": "2025-04-17", "ends": "2025-04-30",
                "earliestContractDate": "2025-05-01",
            ])
        let submissions = try #require(record["submissions"] as? [[String: Any]])
        let first = try #require(submissions.first)
        #expect(first["lot"] as? String == "hartlepool")
        let passed = try #require(first["passedOver"] as? [String: Any])
        #expect(passed["reason"] as? String == "bidder-at-lot-limit")
        #expect(passed["limit"] as? Int == 2)
        #expect(passed["lotsAwarded"] as? [String] == ["middlesbrough", "stockton-on-tees"])
    }

    @Test func theRationaleHasTheLotsAndTheStandstill() throws {
        let text = try SampleOutputs(Self.sample).text("award-rationale.md")
        #expect(
            text.contains(
                "| **Redcar and Cleveland** | `tdl-2025-09` Redcar Coast Youth Project | £78,000.00 | `tdl-2025-06` Tees Valley Youth Collective | 0.46 |"
            ))
        for lot in ["Hartlepool", "Middlesbrough", "Redcar and Cleveland", "Stockton-on-Tees"] {
            #expect(text.contains("### Lot: \(lot)\n"))
        }
        #expect(
            text.contains(
                "The standstill period ends on Wednesday 30 April 2025, and the contract will not be entered into before Thursday 1 May 2025."
            ))
    }

    @Test("regulation 31's order, for an unsuccessful and a successful supplier")
    func regulation31Order() throws {
        let outputs = try SampleOutputs(Self.sample)
        let loser = try outputs.text("summaries/tdl-2025-08.md")
        let headings = [
            "## 1\\. The supplier", "## 2\\. The award criteria",
            "## 3\\. How your tender was assessed",
            "## 4\\. Why the contract is not being awarded to you",
            "## 5\\. The most advantageous tender", "## 6\\. Standstill period",
        ]
        let positions = headings.compactMap { loser.range(of: $0)?.lowerBound }
        #expect(positions.count == headings.count)
        #expect(positions == positions.sorted())
        #expect(loser.contains("| **Detached youth work and early intervention approach** | 30% |"))
        #expect(
            loser.contains(
                "0 to 5: 0 Unacceptable, 1 Poor, 2 Weak, 3 Acceptable, 4 Good, 5 Excellent"))
        // The winner of its lot.
        #expect(loser.contains("- **Name:** Youth Direction North East Ltd"))
        #expect(loser.contains("**Total score** |  | **84.64 of 100**"))
        #expect(loser.contains("**Total score** |  | **87.30 of 100**"))
        #expect(loser.contains("ends on Wednesday 30 April 2025"))
        // Nothing about the other bids in the lot: Kerbside's passed-over tender is not named.
        #expect(!loser.contains("Kerbside"))
        let winner = try outputs.text("summaries/tdl-2025-12.md")
        #expect(winner.contains("## 4\\. Outcome"))
        #expect(!winner.contains("## 5\\."))
        #expect(winner.contains("Successful: awarded lot Hartlepool for £86,000.00."))
    }

    @Test func aPassedOverSupplierIsToldWhy() throws {
        let summary = try SampleOutputs(Self.sample).text("summaries/tdl-2025-03.md")
        #expect(
            summary.contains(
                "Not successful in lot Redcar and Cleveland: your submission ranked 1 in the lot, but your organisation had already been awarded 2 lots (Middlesbrough, Stockton-on-Tees), the most one bidder may be awarded, so the lot went to the next-ranked submission."
            ))
    }

    @Test func noStandstillForAProvisionalDecisionOrWithoutANoticeDate() throws {
        let round = try ScoringTests.SampleDecisionTests.load(Self.sample).round
        #expect(Standstill(round: round, status: .provisional) == nil)
        #expect(Standstill(round: round, status: .final) != nil)
        var withoutNotice = round
        withoutNotice.awardStage.awardNoticeDate = nil
        #expect(Standstill(round: withoutNotice, status: .final) == nil)
        #expect(
            StandstillWords.pending(withoutNotice, status: .final)?.contains(
                "sets no awardNoticeDate") == true)
        #expect(
            StandstillWords.pending(round, status: .provisional)?.contains(
                "starts only when the contract award notice is published after the decision is final"
            )
                == true)
    }
}
