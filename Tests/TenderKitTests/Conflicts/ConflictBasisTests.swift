import Testing

@testable import TenderKit

extension ConflictsTests {
    /// One test per basis (and per way a basis can be met), each checking the single finding's
    /// basis, strength, outcome and evidence words, written out by hand.
    @Suite("Each basis")
    struct ConflictBasisTests {
        typealias F = ConflictFixtures

        @Test("declared-organisation by normalised name")
        func declaredOrganisationByName() throws {
            let evaluator = F.evaluator(
                "E1",
                interests: [
                    try F.organisation(
                        "Teesside Youth Trust Ltd", from: "2019-04-01", to: "2023-03-31")
                ])
            let finding = try F.onlyFinding(
                try F.assess(
                    [evaluator], [F.submission("S1", applicant: "The Teesside Youth Trust Limited")]
                ))
            #expect(F.summary(finding) == "E1 S1 declared-organisation match excluded")
            #expect(
                finding.evidence
                    == "declared interest \"Teesside Youth Trust Ltd\" (2019-2023) is the applicant \"The Teesside Youth Trust Limited\"; relationship: trustee"
            )
            #expect(finding.rationale == nil)
        }

        @Test("declared-organisation by identifier when the names differ")
        func declaredOrganisationByIdentifier() throws {
            let evaluator = F.evaluator(
                "E1",
                interests: [
                    try F.organisation(
                        "TYT", identifiers: ["gb-chc-1234567"], relationship: "director",
                        from: "2021-01-01")
                ])
            let submission = F.submission(
                "S1", applicant: "Teesside Youth Trust", identifiers: ["GB-CHC-1234567"])
            let finding = try F.onlyFinding(try F.assess([evaluator], [submission]))
            #expect(F.summary(finding) == "E1 S1 declared-organisation match excluded")
            #expect(
                finding.evidence
                    == "declared interest \"TYT\" (2021-present) is the applicant \"Teesside Youth Trust\" by identifier GB-CHC-1234567; relationship: director"
            )
        }

        @Test("declared-partner by name and by identifier")
        func declaredPartner() throws {
            let evaluator = F.evaluator(
                "E1",
                interests: [
                    try F.organisation("A & B Services CIC"),
                    try F.organisation(
                        "Hartlepool Foodbank", identifiers: ["GB-CHC-7"], to: "2023-12-31"),
                ])
            let byName = F.submission(
                "S1", partners: [("Someone Else", []), ("A and B Services", [])])
            let byIdentifier = F.submission("S2", partners: [("HFB", ["GB-CHC-7"])])
            let assessment = try F.assess([evaluator], [byName, byIdentifier])
            #expect(
                assessment.findings.map(F.summary) == [
                    "E1 S1 declared-partner match excluded",
                    "E1 S2 declared-partner match excluded",
                ])
            #expect(
                assessment.findings.map(\.evidence) == [
                    "declared interest \"A & B Services CIC\" is the partner \"A and B Services\"; relationship: trustee",
                    "declared interest \"Hartlepool Foodbank\" (until 2023) is the partner \"HFB\" by identifier GB-CHC-7; relationship: trustee",
                ])
        }

        @Test("declared-person: a match excludes, a possible is pending")
        func declaredPerson() throws {
            let evaluator = F.evaluator(
                "E1",
                interests: [F.person("Jane O'Neil"), F.person("J. Smith", relationship: "cousin")])
            let match = F.submission(
                "S1", people: [("Mr Tom Hill", "Chair"), ("Dr. Jane O'Neil", "Trustee")])
            let possible = F.submission("S2", people: [("Jane Smith", nil)])
            let assessment = try F.assess([evaluator], [match, possible])
            #expect(
                assessment.findings.map(F.summary) == [
                    "E1 S1 declared-person match excluded",
                    "E1 S2 declared-person possible pending",
                ])
            #expect(
                assessment.findings.map(\.evidence) == [
                    "declared interest \"Jane O'Neil\" is \"Dr. Jane O'Neil\" (Trustee) named in the submission; relationship: sister",
                    "declared interest \"J. Smith\" may be \"Jane Smith\" named in the submission; relationship: cousin",
                ])
        }

        @Test("undeclared-person: the evaluator's own name among the submission's people")
        func undeclaredPerson() throws {
            let evaluator = F.evaluator("E1", name: "Jane Smith")
            let match = F.submission("S1", people: [("Jane Smith", "Director")])
            let possible = F.submission("S2", people: [("Mrs Jane Ann Smith", "Treasurer")])
            let stranger = F.submission("S3", people: [("John Smith", "Director"), ("Smith", nil)])
            let assessment = try F.assess([evaluator], [match, possible, stranger])
            #expect(
                assessment.findings.map(F.summary) == [
                    "E1 S1 undeclared-person match excluded",
                    "E1 S2 undeclared-person possible pending",
                ])
            #expect(
                assessment.findings.map(\.evidence) == [
                    "evaluator's own name \"Jane Smith\" is \"Jane Smith\" (Director) named in the submission",
                    "evaluator's own name \"Jane Smith\" may be \"Mrs Jane Ann Smith\" (Treasurer) named in the submission",
                ])
        }

        @Test("undeclared-employer: the evaluator's organisation is the applicant or a partner")
        func undeclaredEmployer() throws {
            let evaluator = F.evaluator("E1", organisation: "Redcar Arts Centre Ltd")
            let applicant = F.submission("S1", applicant: "The Redcar Arts Centre")
            let partner = F.submission("S2", partners: [("Redcar Arts Centre CIC", [])])
            let assessment = try F.assess([evaluator], [applicant, partner])
            #expect(
                assessment.findings.map(F.summary) == [
                    "E1 S1 undeclared-employer match excluded",
                    "E1 S2 undeclared-employer match excluded",
                ])
            #expect(
                assessment.findings.map(\.evidence) == [
                    "evaluator's organisation \"Redcar Arts Centre Ltd\" is the applicant \"The Redcar Arts Centre\"",
                    "evaluator's organisation \"Redcar Arts Centre Ltd\" is the partner \"Redcar Arts Centre CIC\"",
                ])
        }

        @Test("undeclared-domain: the email domain is the applicant's website domain")
        func undeclaredDomain() throws {
            let evaluator = F.evaluator("E1", email: "alex@TYT.org.uk")
            let finding = try F.onlyFinding(
                try F.assess(
                    [evaluator], [F.submission("S1", website: "https://www.tyt.org.uk/about")]))
            #expect(F.summary(finding) == "E1 S1 undeclared-domain possible pending")
            #expect(
                finding.evidence
                    == "evaluator's email \"alex@TYT.org.uk\" shares the domain \"tyt.org.uk\" with the applicant's website \"https://www.tyt.org.uk/about\""
            )
        }

        @Test(
            "a public mail domain is never a conflict",
            arguments: ["gmail.com", "hotmail.co.uk", "btinternet.com"])
        func publicMailDomain(domain: String) throws {
            let evaluator = F.evaluator("E1", email: "alex@\(domain)")
            let assessment = try F.assess(
                [evaluator], [F.submission("S1", website: "https://www.\(domain)/")])
            #expect(assessment.findings.isEmpty)
            #expect(assessment.outcome(evaluator: 0, submission: 0) == nil)
        }

        @Test("a partner's website is not the applicant's: no domain finding")
        func subdomainIsNotTheDomain() throws {
            let evaluator = F.evaluator("E1", email: "alex@tyt.org.uk")
            let assessment = try F.assess(
                [evaluator], [F.submission("S1", website: "https://apply.tyt.org.uk")])
            #expect(assessment.findings.isEmpty)
        }

        @Test("nothing in common: no findings, no outcome")
        func noConflict() throws {
            let evaluator = F.evaluator(
                "E1", name: "Jane Smith", email: "jane@redcar-arts.org.uk",
                organisation: "Redcar Arts",
                interests: [try F.organisation("Hartlepool Foodbank"), F.person("Tom Hill")])
            let submission = F.submission(
                "S1", applicant: "Teesside Youth Trust", website: "tyt.org.uk",
                people: [("John Smith", nil), ("Tom Hills", nil)],
                partners: [("Redcar Arts Centre", [])])
            let assessment = try F.assess([evaluator], [submission])
            #expect(assessment.findings.isEmpty)
            #expect(assessment.pairsBySubmission.map(\.count) == [0])
        }
    }
}
