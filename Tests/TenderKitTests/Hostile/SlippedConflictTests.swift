import Testing

@testable import TenderKit

extension HostileInputTests {
    /// Conflicts an evaluator could slip past by writing a name another way: each found, a
    /// look-alike letter as `possible` (a person must look), with the finding checked in full.
    @Suite struct SlippedConflictTests {
        typealias F = ConflictFixtures

        @Test func aNameWrittenFamilyNameFirstIsTheSamePerson() throws {
            let evaluator = F.evaluator("E1", interests: [F.person("Brennan, Lorraine")])
            let finding = try F.onlyFinding(
                try F.assess(
                    [evaluator], [F.submission("S1", people: [("Lorraine Brennan", "Chair")])]))
            #expect(F.summary(finding) == "E1 S1 declared-person match excluded")
        }

        @Test func lettersAfterANameAreNotPartOfIt() {
            #expect(
                PersonName("Jane Smith, OBE").resemblance(to: PersonName("Jane Smith")) == .match)
        }

        @Test func anAbbreviationWithStopsIsTheSameLegalForm() throws {
            #expect(
                OrganisationName("Hartlepool Carers C.I.O.")
                    == OrganisationName("Hartlepool Carers CIO"))
            #expect(OrganisationName("Hartlepool Carers C.I.O.").key == "hartlepool carers")
            #expect(OrganisationName("Y.M.C.A. Teesside").key == "ymca teesside")
            #expect(OrganisationName("St. John's Ambulance").key == "st john s ambulance")
            let evaluator = F.evaluator(
                "E1",
                interests: [try F.organisation("Hartlepool Carers C.I.O.", from: "2022-01-01")])
            let finding = try F.onlyFinding(
                try F.assess([evaluator], [F.submission("S1", applicant: "Hartlepool Carers")]))
            #expect(F.summary(finding) == "E1 S1 declared-organisation match excluded")
        }

        @Test func aCyrillicLookAlikeInAPersonsNameIsAPossibleMatch() throws {
            // "Lorrаine" with U+0430 CYRILLIC SMALL LETTER A.
            let disguised = "Lorr\u{430}ine Brennan"
            #expect(disguised != "Lorraine Brennan")
            let evaluator = F.evaluator("E1", name: "Lorraine Brennan")
            let finding = try F.onlyFinding(
                try F.assess([evaluator], [F.submission("S1", people: [(disguised, "Treasurer")])]))
            #expect(F.summary(finding) == "E1 S1 undeclared-person possible pending")
        }

        @Test func aGreekLookAlikeInAnApplicantsNameIsAPossibleMatch() throws {
            // "Τeesside" with U+03A4 GREEK CAPITAL LETTER TAU.
            let evaluator = F.evaluator(
                "E1", interests: [try F.organisation("Teesside Youth Trust", from: "2022-01-01")])
            let finding = try F.onlyFinding(
                try F.assess(
                    [evaluator], [F.submission("S1", applicant: "\u{3A4}eesside Youth Trust")]))
            #expect(F.summary(finding) == "E1 S1 declared-organisation possible pending")
        }

        @Test func aNameWhollyInCyrillicIsLeftAsItIs() {
            #expect(Homoglyphs.latinTwin("Анна Орлова") == nil)
            #expect(Homoglyphs.latinTwin("Anna Orlova") == nil)
            #expect(Homoglyphs.latinTwin("Аnna") == "Anna")
        }

        @Test func anEmailOnASubdomainOfTheApplicantsWebsiteIsFound() throws {
            let evaluator = F.evaluator("E1", email: "jo@mail.charity.org.uk")
            let finding = try F.onlyFinding(
                try F.assess(
                    [evaluator], [F.submission("S1", website: "https://www.charity.org.uk/about")]))
            #expect(F.summary(finding) == "E1 S1 undeclared-domain possible pending")
            #expect(
                finding.evidence
                    == "evaluator's email \"jo@mail.charity.org.uk\" shares the domain \"charity.org.uk\" with the applicant's website \"https://www.charity.org.uk/about\""
            )
        }

        @Test(arguments: [
            ("mail.charity.org.uk", ["mail.charity.org.uk", "charity.org.uk"]),
            ("a.b.example.com", ["a.b.example.com", "b.example.com", "example.com"]),
            ("charity.org.uk", ["charity.org.uk"]),
            ("example.com", ["example.com"]),
        ])
        func domainsAreFiledUnderTheirParentsDownToTheRegisteredName(
            domain: String, filed: [String]
        ) {
            #expect(WebDomain.selfAndParents(domain) == filed)
        }

        @Test func anUnrelatedDomainSharingOnlyASuffixIsNotFound() throws {
            let evaluator = F.evaluator("E1", email: "jo@other.org.uk")
            let assessment = try F.assess(
                [evaluator], [F.submission("S1", website: "https://charity.org.uk")])
            #expect(assessment.findings.isEmpty)
        }
    }
}
