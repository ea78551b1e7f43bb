import Testing

@testable import TenderKit

/// The namespace of the conflicts-of-interest tests, so that `swift test --filter Conflicts` runs
/// exactly them: every suite in this folder is declared inside it.
@Suite("Conflicts of interest")
enum ConflictsTests {}

/// Small builders for conflict tests: evaluators, interests, submissions and rulings written the
/// way `panel.json`, `submissions/*.json` and `decisions.json` hold them.
///
/// The round used throughout closes on 2024-06-30 with a five-year lookback, so an organisation
/// interest that ended on or after 2019-06-30 still counts and one that ended earlier is lapsed.
enum ConflictFixtures {
    static let closesText = "2024-06-30"
    static let lookbackYears = 5

    static func date(_ text: String) throws -> ISODate {
        try #require(ISODate(text))
    }

    static func organisation(
        _ name: String, identifiers: [String] = [], relationship: String = "trustee",
        from: String? = nil, to: String? = nil
    ) throws -> Interest {
        .organisation(
            OrganisationInterest(
                name: name, identifiers: identifiers, relationship: relationship,
                from: try from.map(date), to: try to.map(date)))
    }

    static func person(_ name: String, relationship: String = "sister") -> Interest {
        .person(PersonInterest(name: name, relationship: relationship))
    }

    static func evaluator(
        _ id: String, name: String = "Evaluator Nobody", email: String? = nil,
        organisation: String? = nil,
        interests: [Interest] = []
    ) -> Evaluator {
        Evaluator(
            id: id, name: name, email: email, organisation: organisation, interests: interests)
    }

    static func submission(
        _ id: String, applicant: String = "Unrelated Applicant Ltd", identifiers: [String] = [],
        website: String? = nil, people: [(String, String?)] = [],
        partners: [(String, [String])] = []
    ) -> Submission {
        Submission(
            id: id, title: "Submission \(id)",
            organisation: Submission.Organisation(
                name: applicant, identifiers: identifiers, website: website,
                people: people.map { Submission.Person(name: $0.0, role: $0.1) }),
            partners: partners.map { Submission.Partner(name: $0.0, identifiers: $0.1) })
    }

    static func ruling(
        _ evaluator: String, _ submission: String, _ outcome: PanelDecisions.ConflictRuling.Outcome,
        _ rationale: String
    ) -> PanelDecisions.ConflictRuling {
        PanelDecisions.ConflictRuling(
            evaluator: evaluator, submission: submission, outcome: outcome, rationale: rationale)
    }

    /// Assesses with the fixture round's closing date and lookback.
    static func assess(
        _ evaluators: [Evaluator], _ submissions: [Submission],
        rulings: [PanelDecisions.ConflictRuling] = [],
        closes: String = closesText, lookbackYears: Int = lookbackYears
    ) throws -> ConflictAssessment {
        ConflictAssessment.assess(
            panel: Panel(evaluators: evaluators), submissions: submissions,
            lookbackYears: lookbackYears,
            closes: try date(closes), rulings: rulings)
    }

    /// The single finding the assessment made, failing the test when there is not exactly one.
    static func onlyFinding(_ assessment: ConflictAssessment) throws -> ConflictFinding {
        try #require(
            assessment.findings.count == 1, "findings: \(assessment.findings.map(summary))")
        return assessment.findings[0]
    }

    /// `E1 S1 declared-organisation match excluded`: a finding in one line for comparisons.
    static func summary(_ finding: ConflictFinding) -> String {
        "\(finding.evaluator) \(finding.submission) \(finding.basis.rawValue) \(finding.strength.rawValue) \(finding.outcome)"
    }
}
