import Testing

@testable import TenderKit

extension ConflictsTests {
    /// The indexed detector against `PairwiseReference` on a few hundred random small rounds drawn
    /// from name pools full of near misses (titles, initials, legal forms, identifier spellings,
    /// public mail domains), with random rulings. Seeded, so every run checks the same rounds.
    @Suite("Randomised against the pairwise reference")
    struct RandomisedDetectionTests {
        @Test("300 random rounds agree with the pairwise reference")
        func agreesWithReference() throws {
            var random = SeededGenerator(seed: 0x5EED_C0F1)
            let closes = try ConflictFixtures.date("2024-06-30")
            var findingsSeen = 0
            for round in 0..<300 {
                let panel = Panel(
                    evaluators: (0..<(1 + random.index(6))).map {
                        RandomRound.evaluator($0, &random)
                    })
                let submissions = (0..<(1 + random.index(12))).map {
                    RandomRound.submission($0, &random)
                }
                let rulings = (0..<random.index(4)).map { _ in
                    RandomRound.ruling(panel, submissions, &random)
                }
                let lookback = random.index(8)
                let reference = PairwiseReference(
                    panel: panel, closes: closes, lookbackYears: lookback, rulings: rulings)
                let assessment = ConflictAssessment.assess(
                    panel: panel, submissions: submissions, lookbackYears: lookback, closes: closes,
                    rulings: rulings)
                let found = assessment.findings.map {
                    "\($0.evaluator) \($0.submission) \($0.basis.rawValue) \($0.strength.rawValue) \($0.outcome) \($0.rationale ?? "-")"
                }
                #expect(found == reference.findings(submissions), "round \(round)")
                let pairs = assessment.pairsBySubmission.map {
                    $0.map { "\($0.evaluator):\($0.outcome.rawValue)" }
                }
                #expect(pairs == reference.pairs(submissions), "round \(round)")
                #expect(assessment.findings.allSatisfy { !$0.evidence.isEmpty })
                findingsSeen += found.count
            }
            // The pools are small enough that the rounds find plenty: the comparison is not vacuous.
            #expect(findingsSeen > 1_000)
        }
    }
}

/// Random evaluators, submissions and rulings drawn from pools of names that nearly collide.
enum RandomRound {
    static let people = [
        "Jane Smith", "J. Smith", "Dr Jane Smith", "Jane Ann Smith", "John Smith", "Smith",
        "jane smith",
        "Zoë O'Neil", "Zoe ONeil", "Z O'Neil", "Mrs Zoe Beth O'Neil", "Tom Hill", "T Hill", "Tom",
        "Prof. Tom Hill",
    ]
    static let organisations = [
        "Teesside Youth Trust Ltd", "The Teesside Youth Trust Limited",
        "Teesside Youth Trust North",
        "A & B Services CIC", "A and B Services", "A B Services", "Redcar Arts",
        "Redcar Arts Centre", "The Redcar Arts CIO",
    ]
    static let identifiers = ["GB-CHC-1", "gb-chc-1", "GB-CHC 1", "GB-CHC-2", "GB-COH-3", ""]
    static let emails = [
        "a@tyt.org.uk", "b@TYT.org.uk", "c@www.redcar.org", "d@gmail.com", "e@outlook.com",
        "f@acme.org", "no-domain",
    ]
    static let websites = [
        "https://www.tyt.org.uk/about", "tyt.org.uk", "http://redcar.org:80", "https://gmail.com",
        "acme.org/x", "",
    ]
    static let dates = [
        "2010-01-01", "2019-06-29", "2019-06-30", "2021-03-31", "2024-06-30", "2016-02-29",
    ]

    static func evaluator(_ index: Int, _ random: inout SeededGenerator) -> Evaluator {
        let interests = (0..<random.index(4)).map { _ in interest(&random) }
        return Evaluator(
            id: "E\(random.index(3))\(index)", name: random.pick(people),
            email: random.percentChance(70) ? random.pick(emails) : nil,
            organisation: random.percentChance(50) ? random.pick(organisations) : nil,
            interests: interests)
    }

    static func interest(_ random: inout SeededGenerator) -> Interest {
        if random.percentChance(40) {
            return .person(
                PersonInterest(
                    name: random.pick(people), relationship: random.pick(["sister", ""])))
        }
        return .organisation(
            OrganisationInterest(
                name: random.pick(organisations),
                identifiers: (0..<random.index(3)).map { _ in random.pick(identifiers) },
                relationship: "trustee",
                from: random.percentChance(50) ? ISODate("2005-01-01") : nil,
                to: random.percentChance(60) ? ISODate(random.pick(dates)) : nil))
    }

    static func submission(_ index: Int, _ random: inout SeededGenerator) -> Submission {
        let partners = (0..<random.index(3)).map { _ in
            Submission.Partner(
                name: random.pick(organisations),
                identifiers: random.percentChance(50) ? [random.pick(identifiers)] : [])
        }
        let organisation = Submission.Organisation(
            name: random.pick(organisations),
            identifiers: random.percentChance(60) ? [random.pick(identifiers)] : [],
            website: random.percentChance(70) ? random.pick(websites) : nil,
            people: (0..<random.index(4)).map { _ in
                Submission.Person(name: random.pick(people), role: "Trustee")
            })
        return Submission(
            id: "S\(random.index(3))\(index)", title: "Random \(index)", organisation: organisation,
            partners: partners)
    }

    static func ruling(_ panel: Panel, _ submissions: [Submission], _ random: inout SeededGenerator)
        -> PanelDecisions.ConflictRuling
    {
        let evaluator = random.percentChance(90) ? random.pick(panel.evaluators).id : "E-unknown"
        return PanelDecisions.ConflictRuling(
            evaluator: evaluator, submission: random.pick(submissions).id,
            outcome: random.percentChance(50) ? .conflict : .noConflict,
            rationale: "ruling \(random.index(1000))")
    }
}
