import Testing

@testable import TenderKit

extension ConflictsTests {
    /// The chair's rulings: they decide a pair with a finding that is not lapsed, and change
    /// nothing anywhere else.
    @Suite("Rulings and pair outcomes")
    struct RulingTests {
        typealias F = ConflictFixtures

        /// E1 is a trustee of S1's applicant (a match); E2 may be S1's treasurer (a possible).
        private func panelAndSubmission() throws -> ([Evaluator], [Submission]) {
            let evaluators = [
                F.evaluator(
                    "E1",
                    interests: [try F.organisation("Teesside Youth Trust", from: "2020-01-01")]),
                F.evaluator("E2", name: "Jane Smith"),
            ]
            let submission = F.submission(
                "S1", applicant: "Teesside Youth Trust CIO",
                people: [("Jane Ann Smith", "Treasurer")])
            return (evaluators, [submission])
        }

        @Test("without rulings: a match is excluded, a possible is pending")
        func withoutRulings() throws {
            let (evaluators, submissions) = try panelAndSubmission()
            let assessment = try F.assess(evaluators, submissions)
            #expect(
                assessment.findings.map(F.summary) == [
                    "E1 S1 declared-organisation match excluded",
                    "E2 S1 undeclared-person possible pending",
                ])
            #expect(assessment.findings.map(\.rationale) == [nil, nil])
        }

        @Test("a no-conflict ruling overturns a match; a conflict ruling confirms a possible")
        func rulingsDecide() throws {
            let (evaluators, submissions) = try panelAndSubmission()
            let rulings = [
                F.ruling(
                    "E1", "S1", .noConflict,
                    "Stood down as trustee before the round opened; no continuing role."),
                F.ruling("E2", "S1", .conflict, "Confirmed: the treasurer is the evaluator."),
            ]
            let assessment = try F.assess(evaluators, submissions, rulings: rulings)
            #expect(
                assessment.findings.map(F.summary) == [
                    "E1 S1 declared-organisation match kept",
                    "E2 S1 undeclared-person possible excluded",
                ])
            #expect(
                assessment.findings.map(\.rationale) == [
                    "Stood down as trustee before the round opened; no continuing role.",
                    "Confirmed: the treasurer is the evaluator.",
                ])
            #expect(assessment.outcome(evaluator: 0, submission: 0) == .kept)
            #expect(assessment.outcome(evaluator: 1, submission: 0) == .excluded)
        }

        @Test("a no-conflict ruling clears a possible")
        func noConflictClearsPossible() throws {
            let (evaluators, submissions) = try panelAndSubmission()
            let assessment = try F.assess(
                evaluators, submissions,
                rulings: [F.ruling("E2", "S1", .noConflict, "A different Jane Smith.")])
            #expect(assessment.outcome(evaluator: 1, submission: 0) == .kept)
            #expect(assessment.outcome(evaluator: 0, submission: 0) == .excluded)
        }

        @Test("a ruling for a pair without a finding changes nothing")
        func rulingWithoutFinding() throws {
            let (evaluators, submissions) = try panelAndSubmission()
            let others = [F.evaluator("E3")]
            let rulings = [
                F.ruling("E3", "S1", .conflict, "Precautionary."),
                F.ruling("E1", "S9", .noConflict, "No such submission."),
                F.ruling("E9", "S1", .noConflict, "No such evaluator."),
            ]
            let assessment = try F.assess(evaluators + others, submissions, rulings: rulings)
            #expect(
                assessment.findings.map(F.summary) == [
                    "E1 S1 declared-organisation match excluded",
                    "E2 S1 undeclared-person possible pending",
                ])
            #expect(assessment.outcome(evaluator: 2, submission: 0) == nil)
            #expect(assessment.findings.allSatisfy { $0.rationale == nil })
        }

        @Test("a ruling for a pair whose only finding is lapsed changes nothing")
        func rulingOnLapsedPair() throws {
            let evaluator = F.evaluator(
                "E1", interests: [try F.organisation("Acme", to: "2000-01-01")])
            let assessment = try F.assess(
                [evaluator], [F.submission("S1", applicant: "Acme")],
                rulings: [F.ruling("E1", "S1", .conflict, "Too close.")])
            let finding = try F.onlyFinding(assessment)
            #expect(F.summary(finding) == "E1 S1 declared-organisation lapsed lapsed")
            #expect(finding.rationale == nil)
            #expect(assessment.outcome(evaluator: 0, submission: 0) == nil)
        }

        @Test(
            "a ruling decides the whole pair; its lapsed findings stay lapsed and carry no rationale"
        )
        func rulingWithLapsedBeside() throws {
            let evaluator = F.evaluator(
                "E1", email: "kay@acme.org",
                interests: [try F.organisation("Acme", to: "2000-01-01")])
            let assessment = try F.assess(
                [evaluator], [F.submission("S1", applicant: "Acme", website: "https://acme.org")],
                rulings: [F.ruling("E1", "S1", .conflict, "Works at Acme.")])
            #expect(
                assessment.findings.map(F.summary) == [
                    "E1 S1 declared-organisation lapsed lapsed",
                    "E1 S1 undeclared-domain possible excluded",
                ])
            #expect(assessment.findings.map(\.rationale) == [nil, "Works at Acme."])
        }

        @Test("when a pair is ruled on twice, the later ruling stands")
        func laterRulingStands() throws {
            let (evaluators, submissions) = try panelAndSubmission()
            let rulings = [
                F.ruling("E2", "S1", .conflict, "First view."),
                F.ruling("E2", "S1", .noConflict, "On reflection, no."),
            ]
            let assessment = try F.assess(evaluators, submissions, rulings: rulings)
            #expect(assessment.outcome(evaluator: 1, submission: 0) == .kept)
            #expect(assessment.findings.last?.rationale == "On reflection, no.")
        }
    }
}
