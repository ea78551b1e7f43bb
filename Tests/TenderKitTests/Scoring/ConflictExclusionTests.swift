import Foundation
import Testing

@testable import TenderKit

extension ScoringTests {
    /// Issue 5 in scoring: an excluded evaluator's scores leave the consensus; a pending possible
    /// conflict counts the scores but blocks, for eligible submissions only; a `no-conflict` ruling
    /// keeps the scores.
    @Suite("Conflicts in scoring")
    struct ConflictExclusionTests {
        /// One criterion `q` (100). e3 may declare a trusteeship of Acme Support Trust, s1's applicant.
        /// s1 is scored 3, 3, 5; s2 3.5, 3.5, 3.
        private func round(declared: Bool) -> RoundBuilder {
            var round = RoundBuilder([.quality("q", weight: 100)])
            if declared { round.evaluators[2].declaredOrganisations = ["Acme Support Trust"] }
            round.submit("s1", organisation: "Acme Support Trust Ltd")
            round.submit("s2", organisation: "Borough Youth Club")
            round.score("s1", "q", [3, 3, 5])
            round.score("s2", "q", [3.5, 3.5, 3])
            return round
        }

        @Test("without the interest, e3's scores count")
        func noInterest() throws {
            let decision = try round(declared: false).evaluate()
            // s1: 11/3 / 5 × 100 = 73.33; s2: 10/3 / 5 × 100 = 66.67
            ScoringTests.expectNear(try decision.result("s1").total, 220.0 / 3, "s1")
            ScoringTests.expectNear(try decision.result("s2").total, 200.0 / 3, "s2")
            #expect(decision.ranks == ["s1": 1, "s2": 2])
            #expect(decision.conflicts.findings.isEmpty)
        }

        @Test("an excluded evaluator's scores leave the consensus, changing it and the ranks")
        func exclusionChangesRank() throws {
            let decision = try round(declared: true).evaluate()
            let q = try decision.result("s1").criterion("q")
            // s1 over e1 and e2 only: (3 + 3) / 2 = 3, spread 0, 60 points; s2 unchanged at 66.67.
            ScoringTests.expectNear(q.consensus, 3, "s1 consensus")
            ScoringTests.expectNear(q.spread, 0, "s1 spread")
            #expect(q.excluded == [2])
            ScoringTests.expectNear(try decision.result("s1").total, 60, "s1")
            ScoringTests.expectNear(try decision.result("s2").total, 200.0 / 3, "s2")
            #expect(decision.ranks == ["s1": 2, "s2": 1])
            #expect(decision.statuses == ["s1": .notAwarded, "s2": .awarded])
            #expect(
                decision.conflicts.findings.map { "\($0.evaluator) \($0.submission) \($0.outcome)" }
                    == ["e3 s1 excluded"])
            #expect(decision.status == .final)
        }

        @Test("a no-conflict ruling keeps the scores")
        func noConflictRuling() throws {
            var round = round(declared: true)
            round.rule("e3", "s1", "no-conflict")
            let decision = try round.evaluate()
            ScoringTests.expectNear(
                try decision.result("s1").criterion("q").consensus, 11.0 / 3, "s1 consensus")
            #expect(decision.ranks == ["s1": 1, "s2": 2])
            #expect(decision.blocking.isEmpty)
        }

        @Test("an exclusion can leave too few independent evaluators")
        func exclusionLeavesTooFew() throws {
            var round = round(declared: true)
            round.minIndependentEvaluators = 3
            let decision = try round.evaluate()
            #expect(decision.blockingSummary == ["insufficient-evaluators s1 q -"])
        }

        @Test(
            "a pending possible conflict counts the scores and blocks, for eligible submissions only"
        )
        func pendingPossibleConflict() throws {
            var round = RoundBuilder([.quality("q", weight: 100, minimum: 2)])
            round.evaluators[0].name = "Jane Smith"
            round.gates = [
                GateSpec(
                    id: "registered", rule: "submission.registered", message: "Must be registered.")
            ]
            // Each has "J Smith" among its trustees: a possible match for Jane Smith (e1).
            round.submit("s1", ["registered": true], people: ["J Smith"])
            round.submit("s2", ["registered": false], people: ["J Smith"])  // ineligible
            round.submit("s3", ["registered": true], people: ["J Smith"])  // below-threshold
            round.submit("s4", ["registered": true])
            round.score("s1", "q", [5, 3, 3])
            round.score("s3", "q", [1, 1, 1])
            round.score("s4", "q", [3, 3, 3])
            let decision = try round.evaluate()
            #expect(
                decision.statuses == [
                    "s1": .awarded, "s2": .ineligible, "s3": .belowThreshold, "s4": .notAwarded,
                ])
            #expect(
                decision.blockingSummary == [
                    "possible-conflict s1 - e1", "possible-conflict s3 - e1",
                ])
            #expect(decision.status == .provisional)
            // Pending: e1's 5 counts. (5 + 3 + 3) / 3 = 11/3; 11/3 / 5 × 100 = 73.33
            ScoringTests.expectNear(try decision.result("s1").total, 220.0 / 3, "s1")
            let outcomes = decision.conflicts.findings.map {
                "\($0.evaluator) \($0.submission) \($0.outcome)"
            }
            #expect(outcomes == ["e1 s1 pending", "e1 s2 pending", "e1 s3 pending"])
        }

        @Test("a conflict ruling on a possible conflict excludes the scores and clears the block")
        func conflictRuling() throws {
            var round = RoundBuilder([.quality("q", weight: 100)])
            round.evaluators[0].name = "Jane Smith"
            round.submit("s1", people: ["J Smith"])
            round.score("s1", "q", [5, 3, 3])
            round.rule("e1", "s1", "conflict")
            let decision = try round.evaluate()
            ScoringTests.expectNear(
                // (3 + 3) / 2
                try decision.result("s1").criterion("q").consensus, 3, "s1 consensus")
            #expect(decision.blocking.isEmpty)
        }
    }
}
