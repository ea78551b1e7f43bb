@testable import TenderKit

/// The obvious conflict detector: every evaluator against every submission, every interest
/// against every name, straight from the rules of issue 5. Too slow for a national fund, simple
/// enough to trust; the randomised test holds the indexed detector to it.
struct PairwiseReference {
    let panel: Panel
    let closes: ISODate
    let lookbackYears: Int
    let rulings: [PanelDecisions.ConflictRuling]

    /// `E1 S1 declared-person possible pending ruling-rationale`, one per finding, in decision.json order.
    func findings(_ submissions: [Submission]) -> [String] {
        var lines: [(String, String, String, String)] = []
        for evaluator in panel.evaluators {
            for submission in submissions {
                let strengths = strongest(evaluator, submission)
                let outcome = pairOutcome(
                    strengths.map(\.value), evaluator: evaluator.id, submission: submission.id)
                for (basis, strength) in strengths {
                    let word = strength == .lapsed ? "lapsed" : (outcome?.outcome.rawValue ?? "?")
                    let rationale = strength == .lapsed ? "-" : (outcome?.rationale ?? "-")
                    lines.append(
                        (
                            evaluator.id, submission.id, basis.rawValue,
                            "\(strength.rawValue) \(word) \(rationale)"
                        ))
                }
            }
        }
        return lines.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map {
            "\($0.0) \($0.1) \($0.2) \($0.3)"
        }
    }

    /// The outcome of every pair, as `evaluator-index:outcome` per submission.
    func pairs(_ submissions: [Submission]) -> [[String]] {
        submissions.map { submission in
            panel.evaluators.enumerated().compactMap { index, evaluator in
                let strengths = strongest(evaluator, submission).map(\.value)
                return pairOutcome(strengths, evaluator: evaluator.id, submission: submission.id)
                    .map { "\(index):\($0.outcome.rawValue)" }
            }
        }
    }

    private func pairOutcome(
        _ strengths: [ConflictStrength], evaluator: String, submission: String
    ) -> (outcome: PairOutcome, rationale: String?)? {
        let counted = strengths.filter { $0 != .lapsed }
        if counted.isEmpty { return nil }
        if let ruling = rulings.last(where: {
            $0.evaluator == evaluator && $0.submission == submission
        }) {
            return (ruling.outcome == .conflict ? .excluded : .kept, ruling.rationale)
        }
        return (counted.contains(.match) ? .excluded : .pending, nil)
    }

    /// The strongest strength per basis for one pair.
    private func strongest(_ evaluator: Evaluator, _ submission: Submission) -> [ConflictBasis:
        ConflictStrength]
    {
        var found: [ConflictBasis: ConflictStrength] = [:]
        func note(_ basis: ConflictBasis, _ strength: ConflictStrength?) {
            guard let strength else { return }
            found[basis] = max(found[basis] ?? strength, strength)
        }
        let organisation = submission.organisation
        for interest in evaluator.interests {
            switch interest {
            case .organisation(let declared):
                note(
                    .declaredOrganisation,
                    organisationStrength(declared, organisation.name, organisation.identifiers))
                for partner in submission.partners {
                    note(
                        .declaredPartner,
                        organisationStrength(declared, partner.name, partner.identifiers))
                }
            case .person(let declared):
                for person in organisation.people {
                    note(
                        .declaredPerson,
                        PersonName(declared.name).resemblance(to: PersonName(person.name)))
                }
            }
        }
        for person in organisation.people {
            note(
                .undeclaredPerson,
                PersonName(evaluator.name).resemblance(to: PersonName(person.name)))
        }
        if let employer = evaluator.organisation.map(OrganisationName.init) {
            let names = [organisation.name] + submission.partners.map(\.name)
            if names.contains(where: { employer.isSame(as: OrganisationName($0)) }) {
                note(.undeclaredEmployer, .match)
            }
        }
        if let email = evaluator.email.flatMap(WebDomain.ofEmail),
            email == organisation.website.flatMap(WebDomain.ofWebsite)
        {
            note(.undeclaredDomain, .possible)
        }
        return found
    }

    private func organisationStrength(
        _ declared: OrganisationInterest, _ name: String, _ identifiers: [String]
    ) -> ConflictStrength? {
        let declaredKeys = Set(
            declared.identifiers.map { OrganisationIdentifier($0).key }.filter { !$0.isEmpty })
        let sameIdentifier = identifiers.contains {
            declaredKeys.contains(OrganisationIdentifier($0).key)
        }
        guard OrganisationName(declared.name).isSame(as: OrganisationName(name)) || sameIdentifier
        else { return nil }
        guard let ended = declared.to, let earliest = closes.adding(years: -lookbackYears),
            ended < earliest
        else { return .match }
        return .lapsed
    }
}
