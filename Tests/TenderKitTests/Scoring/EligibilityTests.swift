import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Step 1: gates, quantitative values and the award amount decide who is eligible.
    @Suite("Step 1: eligibility")
    struct EligibilityTests {
        /// Quality `q` (60) and price by ratio-to-best (40).
        private func priceRound(method: String = "ratio-to-best") -> RoundBuilder {
            RoundBuilder([
                .quality("q", weight: 60),
                .quantitative(
                    "price", weight: 40, value: "submission.price", better: "lower", method: method),
            ])
        }

        @Test(
            "every failed gate is listed, with the evaluation error of a gate that cannot be evaluated"
        )
        func failedGates() throws {
            var round = priceRound()
            round.gates = [
                GateSpec(
                    id: "price-cap", rule: "submission.price <= 500",
                    message: "The price must be at most 500."),
                GateSpec(
                    id: "registered", rule: "submission.registered == true",
                    message: "The bidder must be registered."),
                GateSpec(
                    id: "named", rule: "submission.id != \"\"",
                    message: "The submission needs an id."),
            ]
            round.submit("s1", ["price": 600])
            round.submit("s2", ["price": 400, "registered": true])
            round.score("s1", "q", [5, 0, 5])  // a spread of 5 that would block, were s1 scored
            round.score("s2", "q", [3, 3, 3])
            let decision = try round.evaluate()
            let s1 = try decision.result("s1")
            #expect(s1.status == .ineligible)
            #expect(s1.gates.map(\.passed) == [false, false, true])
            #expect(s1.gates[0].message == "The price must be at most 500.")
            #expect(s1.gates[0].problem == nil)
            #expect(s1.gates[1].message == "The bidder must be registered.")
            let problem = try #require(s1.gates[1].problem)
            guard case .notEvaluated(let error) = problem else {
                Issue.record("expected 'could not be evaluated', got \(problem)")
                return
            }
            #expect(error.contains("submission.registered is missing"))
            #expect(
                GateWords.message("The bidder must be registered.", problem: problem)
                    == "The bidder must be registered. (the rule could not be evaluated: \(error))")
            #expect(s1.reasons.count == 2)
            let messages = s1.reasons.map { reason -> String? in
                guard case .failedGate(_, let message, _) = reason else { return nil }
                return message
            }
            #expect(
                messages == ["The price must be at most 500.", "The bidder must be registered."])
            // Ineligible submissions are not scored further: nothing but the gates.
            #expect(
                s1.rank == nil && s1.total == nil && s1.qualityPercent == nil && s1.amount == nil
                    && s1.awarded == nil)
            #expect(s1.criteria.allSatisfy { $0.points == nil && $0.consensus == nil })
            #expect(decision.blocking.isEmpty)
            #expect(decision.status == .final)
            // s2 is alone in the pool: 3/5 × 60 = 36, best/v × 40 = 40; total 76.
            ScoringTests.expectNear(try decision.result("s2").total, 76, "s2 total")
            #expect(try decision.result("s2").status == .awarded)
        }

        @Test("a quantitative value that cannot be evaluated makes the submission ineligible")
        func valueCannotBeEvaluated() throws {
            var round = priceRound()
            round.submit("s1", ["cost": 100])
            round.submit("s2", ["price": 100])
            let decision = try round.evaluate()
            let s1 = try decision.result("s1")
            #expect(s1.status == .ineligible)
            #expect(s1.amount == nil)
            #expect(s1.reasons.count == 1)
            guard case .unusableValue(_, .notEvaluated(let error))? = s1.reasons.first else {
                Issue.record("s1's reason is not that its value could not be evaluated")
                return
            }
            #expect(error.contains("submission.price is missing"))
        }

        struct ValueCase: CustomTestStringConvertible, Sendable {
            var method: String
            var value: Double
            var eligible: Bool
            var testDescription: String {
                "\(method) with \(value): \(eligible ? "eligible" : "ineligible")"
            }
        }

        /// ratio-to-best and deviation-from-best divide by the value; linear-range does not.
        @Test(
            "a zero or negative value",
            arguments: [
                ValueCase(method: "ratio-to-best", value: 0, eligible: false),
                ValueCase(method: "ratio-to-best", value: -5, eligible: false),
                ValueCase(method: "deviation-from-best", value: 0, eligible: false),
                ValueCase(method: "deviation-from-best", value: -0.01, eligible: false),
                ValueCase(method: "linear-range", value: 0, eligible: true),
                ValueCase(method: "linear-range", value: -5, eligible: true),
            ])
        func nonPositiveValues(_ example: ValueCase) throws {
            var round = priceRound(method: example.method)
            round.submit("s1", ["price": .json(example.value.description)])
            round.submit("s2", ["price": 10])
            let decision = try round.evaluate()
            let s1 = try decision.result("s1")
            #expect((s1.status != .ineligible) == example.eligible)
            if example.eligible {
                // linear-range, lower is better: s1 is the best (full 40), s2 the worst (0).
                ScoringTests.expectNear(try s1.criterion("price").points, 40, "s1 price points")
                ScoringTests.expectNear(
                    try decision.result("s2").criterion("price").points, 0, "s2 price points")
            } else {
                #expect(s1.amount == nil)
                guard case .unusableValue(_, .notPositiveDivisor)? = s1.reasons.first else {
                    Issue.record("s1's reason is not that its value must be more than 0")
                    return
                }
            }
        }

        struct AmountCase: CustomTestStringConvertible, Sendable {
            var requested: String
            var amount: Decimal?
            var testDescription: String {
                "requested \(requested) → \(amount.map { "\($0)" } ?? "ineligible")"
            }
        }

        /// Rounded to the penny, halves away from zero; 0.00 or less is not an award.
        @Test(
            "the award amount is rounded to the penny and must be positive",
            arguments: [
                AmountCase(requested: "0.004", amount: nil),  // 0.004 → 0.00
                AmountCase(requested: "-0.004", amount: nil),  // −0.004 → −0.00
                AmountCase(requested: "-12", amount: nil),
                // half away from zero
                AmountCase(requested: "0.005", amount: Decimal(string: "0.01")),
                AmountCase(requested: "1234.565", amount: Decimal(string: "1234.57")),
                AmountCase(requested: "1234.5649", amount: Decimal(string: "1234.56")),
            ])
        func awardAmount(_ example: AmountCase) throws {
            var round = RoundBuilder([.quality("q", weight: 100)])
            round.amount = "submission.amountRequested"
            round.submit("s1", ["amountRequested": .json(example.requested)])
            round.score("s1", "q", [4])
            let s1 = try round.evaluate().result("s1")
            #expect(s1.amount == example.amount)
            if example.amount == nil {
                #expect(s1.status == .ineligible)
                guard case .unusableAmount? = s1.reasons.first else {
                    Issue.record("s1's reason is not about its award amount")
                    return
                }
            } else {
                #expect(s1.status == .awarded)
                #expect(s1.awarded == example.amount)
            }
        }

        @Test("an eligible value with an ineligible amount still leaves amount null")
        func amountNullWhenValueFails() throws {
            var round = priceRound()
            round.amount = "submission.amountRequested"
            round.submit("s1", ["price": 0, "amountRequested": 500])
            round.submit("s2", ["price": 10, "amountRequested": 500])
            let decision = try round.evaluate()
            #expect(try decision.result("s1").amount == nil)
            #expect(try decision.result("s2").amount == 500)
        }
    }
}
