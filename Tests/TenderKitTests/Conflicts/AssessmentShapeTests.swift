import Testing

@testable import TenderKit

extension ConflictsTests {
    /// The shape of the assessment the scoring engine and documents read: finding order,
    /// `pairsBySubmission` against `outcome(evaluator:submission:)`, and indices out of range.
    @Suite("Assessment shape")
    struct AssessmentShapeTests {
        typealias F = ConflictFixtures

        /// Panel order E2, E10, E1 and submissions S2, S1: none of them in id order.
        private func unorderedRound() throws -> ConflictAssessment {
            let evaluators = [
                F.evaluator("E2", name: "Jane Smith", email: "jane@acme.org", organisation: "Acme"),
                F.evaluator("E10", interests: [F.person("Tom Hill")]),
                F.evaluator("E1", name: "Tom Hill"),
            ]
            let submissions = [
                F.submission(
                    "S2", applicant: "Acme Ltd", website: "acme.org",
                    people: [("Jane Smith", nil), ("Tom Hill", nil)]),
                F.submission("S1", people: [("J. Smith", nil), ("Tom Hill", nil)]),
            ]
            return try F.assess(evaluators, submissions)
        }

        @Test("findings are sorted by evaluator id, then submission id, then basis raw value")
        func sortOrder() throws {
            let assessment = try unorderedRound()
            #expect(
                assessment.findings.map(F.summary) == [
                    "E1 S1 undeclared-person match excluded",
                    "E1 S2 undeclared-person match excluded",
                    "E10 S1 declared-person match excluded",
                    "E10 S2 declared-person match excluded",
                    "E2 S1 undeclared-person possible pending",
                    "E2 S2 undeclared-domain possible excluded",
                    "E2 S2 undeclared-employer match excluded",
                    "E2 S2 undeclared-person match excluded",
                ])
        }

        @Test(
            "pairs by submission: panel indices ascending, the same outcomes as outcome(evaluator:submission:)"
        )
        func pairsBySubmission() throws {
            let assessment = try unorderedRound()
            let pairs = assessment.pairsBySubmission.map {
                $0.map { "\($0.evaluator):\($0.outcome.rawValue)" }
            }
            #expect(
                pairs == [
                    ["0:excluded", "1:excluded", "2:excluded"],
                    ["0:pending", "1:excluded", "2:excluded"],
                ])
            for submission in 0..<2 {
                for evaluator in 0..<3 {
                    let listed = assessment.pairsBySubmission[submission].first {
                        $0.evaluator == evaluator
                    }?.outcome
                    #expect(
                        assessment.outcome(evaluator: evaluator, submission: submission) == listed)
                }
            }
            #expect(assessment.excludedEvaluators(submission: 1) == [1, 2])
        }

        @Test("indices out of range have no outcome")
        func outOfRange() throws {
            let assessment = try unorderedRound()
            #expect(assessment.outcome(evaluator: 3, submission: 0) == nil)
            #expect(assessment.outcome(evaluator: 0, submission: 2) == nil)
            #expect(assessment.outcome(evaluator: -1, submission: -1) == nil)
            #expect(assessment.excludedEvaluators(submission: 5) == [])
        }

        @Test(
            "an empty panel or no submissions: nothing found, one (empty) pair list per submission")
        func emptyInputs() throws {
            #expect(try F.assess([], [F.submission("S1")]).pairsBySubmission.map(\.count) == [0])
            #expect(try F.assess([F.evaluator("E1")], []).findings.isEmpty)
        }

        @Test("basis raw values order the way decision.json lists them")
        func basisOrder() {
            #expect(
                ConflictBasis.allCases.sorted().map(\.rawValue) == [
                    "declared-organisation", "declared-partner", "declared-person",
                    "undeclared-domain", "undeclared-employer", "undeclared-person",
                ])
        }

        /// 3,000 submissions are assessed in parallel chunks; assessing each one alone must give
        /// the same findings and outcomes.
        @Test("parallel assessment equals assessing each submission alone, and repeats exactly")
        func parallelMatchesSequential() throws {
            let evaluators = (0..<20).map { index in
                F.evaluator(
                    "E\(index)", name: "Person \(index % 7) Surname\(index % 5)",
                    organisation: "Org \(index % 11)")
            }
            let submissions = (0..<3_000).map { index in
                F.submission(
                    "S\(index)", applicant: "Org \(index % 13)",
                    people: [("Person \(index % 9) Surname\(index % 6)", nil)])
            }
            let whole = try F.assess(evaluators, submissions)
            let again = try F.assess(evaluators, submissions)
            #expect(whole.findings == again.findings)
            var alone: [ConflictFinding] = []
            for (index, submission) in submissions.enumerated() {
                let single = try F.assess(evaluators, [submission])
                alone += single.findings
                let expected = single.pairsBySubmission[0].map { "\($0.evaluator):\($0.outcome)" }
                #expect(
                    whole.pairsBySubmission[index].map { "\($0.evaluator):\($0.outcome)" }
                        == expected)
            }
            alone.sort(by: ConflictFinding.isOrderedBefore)
            #expect(whole.findings == alone)
            #expect(!whole.findings.isEmpty)
        }
    }
}
