import Testing

@testable import TenderKit

extension ConflictsTests {
    /// One finding per (evaluator, submission, basis) with the strongest strength behind it, and
    /// organisation interests that lapse before the lookback window.
    @Suite("Strengths and lapsed interests")
    struct StrengthAndLapseTests {
        typealias F = ConflictFixtures

        @Test(
            "a current interest outweighs a lapsed one in the same applicant; its evidence is used")
        func matchOverLapsed() throws {
            let evaluator = F.evaluator(
                "E1",
                interests: [
                    try F.organisation(
                        "Teesside Youth Trust", relationship: "volunteer", from: "2001-01-01",
                        to: "2005-12-31"),
                    try F.organisation(
                        "The Teesside Youth Trust Ltd", relationship: "trustee", from: "2022-05-01"),
                ])
            let finding = try F.onlyFinding(
                try F.assess([evaluator], [F.submission("S1", applicant: "Teesside Youth Trust")]))
            #expect(F.summary(finding) == "E1 S1 declared-organisation match excluded")
            #expect(
                finding.evidence
                    == "declared interest \"The Teesside Youth Trust Ltd\" (2022-present) is the applicant \"Teesside Youth Trust\"; relationship: trustee"
            )
        }

        @Test(
            "a match outweighs a possible among declared people; equally strong ones give the first"
        )
        func matchOverPossible() throws {
            let evaluator = F.evaluator(
                "E1",
                interests: [
                    F.person("J. Smith", relationship: "cousin"),
                    F.person("Jane Smith", relationship: "sister"),
                    F.person("Dr Jane Smith", relationship: "neighbour"),
                ])
            let finding = try F.onlyFinding(
                try F.assess([evaluator], [F.submission("S1", people: [("Jane Smith", nil)])]))
            #expect(F.summary(finding) == "E1 S1 declared-person match excluded")
            #expect(
                finding.evidence
                    == "declared interest \"Jane Smith\" is \"Jane Smith\" named in the submission; relationship: sister"
            )
        }

        @Test("the evaluator named twice: the match is the finding, quoting the matching person")
        func strongestPersonNamed() throws {
            let evaluator = F.evaluator("E1", name: "Jane Smith")
            let submission = F.submission(
                "S1", people: [("Jane Ann Smith", "Trustee"), ("Jane Smith", "Chair")])
            let finding = try F.onlyFinding(try F.assess([evaluator], [submission]))
            #expect(F.summary(finding) == "E1 S1 undeclared-person match excluded")
            #expect(
                finding.evidence
                    == "evaluator's own name \"Jane Smith\" is \"Jane Smith\" (Chair) named in the submission"
            )
        }

        @Test("findings on different bases are kept apart; any match excludes the pair")
        func basesStayApart() throws {
            let evaluator = F.evaluator(
                "E1", name: "Jane Smith", email: "jane@tyt.org.uk", organisation: "TYT")
            let submission = F.submission(
                "S1", applicant: "TYT Ltd", website: "tyt.org.uk", people: [("J Smith", nil)])
            let assessment = try F.assess([evaluator], [submission])
            #expect(
                assessment.findings.map(F.summary) == [
                    "E1 S1 undeclared-domain possible excluded",
                    "E1 S1 undeclared-employer match excluded",
                    "E1 S1 undeclared-person possible excluded",
                ])
            #expect(assessment.outcome(evaluator: 0, submission: 0) == .excluded)
        }

        /// Closes 2024-06-30 with a five-year lookback: the earliest end date that counts is 2019-06-30.
        @Test(
            "the lookback boundary",
            arguments: [
                ("2019-06-30", "match", PairOutcome?.some(.excluded)),
                ("2019-06-29", "lapsed", nil),
                ("2010-01-01", "lapsed", nil),
                ("2024-12-31", "match", .excluded),
            ])
        func lookbackBoundary(ended: String, strength: String, outcome: PairOutcome?) throws {
            let evaluator = F.evaluator(
                "E1", interests: [try F.organisation("Acme", from: "2015-01-01", to: ended)])
            let assessment = try F.assess([evaluator], [F.submission("S1", applicant: "Acme Ltd")])
            let finding = try F.onlyFinding(assessment)
            #expect(finding.strength.rawValue == strength)
            #expect(finding.outcome == (outcome.map(ConflictFinding.Outcome.init) ?? .lapsed))
            #expect(assessment.outcome(evaluator: 0, submission: 0) == outcome)
        }

        @Test("a lapsed finding's evidence says when it ended and why it no longer counts")
        func lapsedEvidence() throws {
            let evaluator = F.evaluator(
                "E1",
                interests: [
                    try F.organisation(
                        "Teesside Youth Trust Ltd", from: "2015-09-01", to: "2019-06-29")
                ])
            let assessment = try F.assess(
                [evaluator], [F.submission("S1", partners: [("Teesside Youth Trust", [])])])
            let finding = try F.onlyFinding(assessment)
            #expect(F.summary(finding) == "E1 S1 declared-partner lapsed lapsed")
            #expect(
                finding.evidence
                    == "declared interest \"Teesside Youth Trust Ltd\" (2015-2019) is the partner \"Teesside Youth Trust\"; relationship: trustee; lapsed: ended 2019-06-29, before 2019-06-30 (5 years before the round closed on 2024-06-30)"
            )
            #expect(assessment.pairsBySubmission[0].isEmpty)
        }

        @Test(
            "calendar years: from 29 February the lookback ends on 28 February",
            arguments: [
                ("2019-02-28", ConflictStrength.match), ("2019-02-27", .lapsed),
            ])
        func leapDayBoundary(ended: String, strength: ConflictStrength) throws {
            let evaluator = F.evaluator("E1", interests: [try F.organisation("Acme", to: ended)])
            let assessment = try F.assess(
                [evaluator], [F.submission("S1", applicant: "Acme")], closes: "2024-02-29")
            #expect(try F.onlyFinding(assessment).strength == strength)
        }

        @Test(
            "a zero-year lookback: an interest that ended the day before closing has lapsed",
            arguments: [
                ("2024-06-30", ConflictStrength.match), ("2024-06-29", .lapsed),
            ])
        func zeroLookback(ended: String, strength: ConflictStrength) throws {
            let evaluator = F.evaluator("E1", interests: [try F.organisation("Acme", to: ended)])
            let assessment = try F.assess(
                [evaluator], [F.submission("S1", applicant: "Acme")], lookbackYears: 0)
            #expect(try F.onlyFinding(assessment).strength == strength)
        }

        @Test(
            "a lapsed finding beside a possible one: the pair is pending, the lapsed finding stays lapsed"
        )
        func lapsedBesidePossible() throws {
            let evaluator = F.evaluator(
                "E1", email: "kay@acme.org",
                interests: [try F.organisation("Acme", to: "2001-01-01")])
            let assessment = try F.assess(
                [evaluator], [F.submission("S1", applicant: "Acme", website: "acme.org")])
            #expect(
                assessment.findings.map(F.summary) == [
                    "E1 S1 declared-organisation lapsed lapsed",
                    "E1 S1 undeclared-domain possible pending",
                ])
            #expect(assessment.outcome(evaluator: 0, submission: 0) == .pending)
        }

        @Test("strengths order match over possible over lapsed")
        func strengthOrder() {
            #expect(ConflictStrength.match > .possible)
            #expect(ConflictStrength.possible > .lapsed)
            #expect([ConflictStrength.lapsed, .match, .possible].max() == .match)
        }
    }
}
